/**
 * PostgreSQL SQL of the day-bounded pipeline (issue 14): the SQLite driver's daybound.ts, statement for statement.
 * Keys (claim groups, loop nodes, orders) are written with U+0001 for U+0000, which a text value cannot hold, and read
 * back mapped; callers never see the difference (U+0001 sorts where U+0000 did: below every other character).
 */
import type pg from 'pg';
import type { Story } from '../../types/index.js';
import { type DealPair, edgeDelta } from '../deal-edges.js';
import { type FeatureDbRow, featureFromDb, u32ToBytes } from '../feature-rows.js';
import { byOrd } from '../sqlite/daybound.js';
import type {
  ClusterFeatureFilter,
  ClusterFeatureRow,
  ClusteringCommit,
  ItemKnowledgeRow,
  KnowledgeCommit,
  KnowledgeCounts,
  KnowledgeSnapshot,
} from '../types.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Rows a cursor-less read fetches per round trip (keyset pagination: every page is an index range scan). */
const PAGE = 2000;

/**
 * Bounds of one multi-row write (`unnest` of array parameters). pg sends each array as one literal string (every
 * element escaped, the whole concatenated and flattened, then encoded into a message buffer that grows by doubling):
 * strings this large are allocated outside V8's young generation and stay until a full collection, which V8 puts off
 * while the heap is within its allowance. Committing 41 million characters of knowledge JSON (10,000 parts, 2,000
 * claims) in one statement raised the peak RSS by 605 MB and cost 8.1 s of CPU; in slices of 2 M characters by 343 MB
 * and 6.5 s; of 256 K characters by 86 MB and 2.2 s (docs/decisions/022). The slices are statements of the same
 * transaction: the same rows, written atomically.
 */
export const WRITE_ROWS = 5000;
export const WRITE_CHARS = 1 << 18;

/** Consecutive [start, end) ranges of `n` rows, each within WRITE_ROWS rows and WRITE_CHARS characters (a longer row alone). */
export function* writeSlices(n: number, chars: (i: number) => number = () => 0): Generator<[number, number]> {
  let start = 0;
  let size = 0;
  for (let i = 0; i < n; i++) {
    const c = chars(i);
    if (i > start && (i - start >= WRITE_ROWS || size + c > WRITE_CHARS)) {
      yield [start, i];
      start = i;
      size = 0;
    }
    size += c;
  }
  if (start < n) yield [start, n];
}

const toDb = (k: string): string => k.replaceAll('\u0000', '\u0001');
const fromDbKey = (k: string): string => k.replaceAll('\u0001', '\u0000');

async function rows<R extends pg.QueryResultRow>(on: Queryable, sql: string, params: unknown[] = []): Promise<R[]> {
  return (await on.query<R>(sql, params)).rows;
}

export async function itemsWithoutClusterFeatures(on: Queryable): Promise<string[]> {
  const r = await rows<{ id: string }>(
    on,
    `SELECT id FROM items WHERE NOT EXISTS (SELECT 1 FROM cluster_features cf WHERE cf.item_id = items.id)
     AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.item_id = items.id) ORDER BY id`,
  );
  return r.map((x) => x.id);
}

/** Pages of `PAGE` rows by (day, item id): the caller holds only what it keeps, as with SQLite's cursor. */
export async function* clusterFeatures(on: Queryable, f: ClusterFeatureFilter): AsyncGenerator<ClusterFeatureRow> {
  const where: string[] = ['NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.item_id = cf.item_id)'];
  const params: unknown[] = [];
  const arg = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.sinceDay !== undefined) where.push(`cf.day >= ${arg(f.sinceDay)}`);
  if (f.untilDay !== undefined) where.push(`cf.day <= ${arg(f.untilDay)}`);
  if (f.ids !== undefined) {
    if (f.ids.length === 0) return;
    where.push(`cf.item_id = ANY(${arg([...new Set(f.ids)])}::text[])`);
  }
  let after: [number, string] | undefined;
  for (;;) {
    const page = [...params];
    const keyset = after ? ` AND (cf.day, cf.item_id) > ($${page.push(after[0])}, $${page.push(after[1])})` : '';
    const got = await rows<FeatureDbRow>(
      on,
      `SELECT cf.* FROM cluster_features cf WHERE ${where.join(' AND ')}${keyset} ORDER BY cf.day, cf.item_id LIMIT ${PAGE}`,
      page,
    );
    for (const r of got) yield featureFromDb(r);
    const last = got.at(-1);
    if (got.length < PAGE || !last) return;
    after = [last.day, last.item_id];
  }
}

export async function getClusterState(on: Queryable, name: string): Promise<Uint8Array | undefined> {
  const [r] = await rows<{ value: Buffer }>(on, 'SELECT value FROM cluster_state WHERE name = $1', [name]);
  return r ? new Uint8Array(r.value) : undefined;
}

export async function commitClustering(c: pg.PoolClient, x: ClusteringCommit, at: string): Promise<void> {
  // One clustering at a time: two workers must not replace overlapping windows' stories at once.
  await c.query('LOCK TABLE cluster_state IN EXCLUSIVE MODE');
  for (const [from, to] of writeSlices(
    x.features.length,
    (i) => (x.features[i]?.body.length ?? 0) + 64 * (x.features[i]?.blocks.length ?? 0),
  )) {
    const f = x.features.slice(from, to);
    await c.query(
      `INSERT INTO cluster_features (item_id, day, signature, bands, blocks, body)
       SELECT * FROM unnest($1::text[], $2::int[], $3::bytea[], $4::bytea[], $5::text[], $6::text[])
       ON CONFLICT (item_id) DO UPDATE SET day = excluded.day, signature = excluded.signature, bands = excluded.bands,
         blocks = excluded.blocks, body = excluded.body`,
      [
        f.map((r) => r.itemId),
        f.map((r) => r.day),
        f.map((r) => u32ToBytes(r.signature)),
        f.map((r) => u32ToBytes(r.bands)),
        f.map((r) => JSON.stringify(r.blocks)),
        f.map((r) => r.body),
      ],
    );
  }
  for (const s of x.state)
    await c.query(
      `INSERT INTO cluster_state (name, value, at) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET value = excluded.value, at = excluded.at`,
      [s.name, Buffer.from(s.value.buffer, s.value.byteOffset, s.value.byteLength), at],
    );
  if (x.scope.length > 0) {
    const old = (
      await rows<{ story: string }>(c, 'SELECT DISTINCT story FROM items WHERE id = ANY($1::text[]) AND story IS NOT NULL', [x.scope])
    ).map((r) => r.story);
    if (old.length > 0) {
      await c.query('UPDATE items SET story = NULL WHERE story = ANY($1::text[])', [old]);
      await c.query('DELETE FROM stories WHERE id = ANY($1::text[])', [old]);
    }
  }
  if (x.stories.length === 0) return;
  await c.query('INSERT INTO stories (id, title, date) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
    x.stories.map((s) => s.id),
    x.stories.map((s) => s.title),
    x.stories.map((s) => s.date),
  ]);
  const story: string[] = [];
  const member: string[] = [];
  for (const s of x.stories)
    for (const id of s.items) {
      story.push(s.id);
      member.push(id);
    }
  await c.query('UPDATE items SET story = m.story FROM unnest($1::text[], $2::text[]) AS m(story, id) WHERE items.id = m.id', [
    story,
    member,
  ]);
}

export async function listStoriesOfItems(on: Queryable, itemIds: string[]): Promise<Story[]> {
  if (itemIds.length === 0) return [];
  const stories = await rows<{ id: string; title: string; date: string | null }>(
    on,
    `SELECT * FROM stories WHERE id IN (SELECT DISTINCT story FROM items WHERE id = ANY($1::text[]) AND story IS NOT NULL)`,
    [[...new Set(itemIds)]],
  );
  if (stories.length === 0) return [];
  const members = await rows<{ id: string; story: string }>(
    on,
    'SELECT id, story FROM items WHERE story = ANY($1::text[]) ORDER BY date NULLS FIRST, id',
    [stories.map((s) => s.id)],
  );
  const byStory = new Map<string, string[]>();
  for (const m of members) {
    let list = byStory.get(m.story);
    if (!list) byStory.set(m.story, (list = []));
    list.push(m.id);
  }
  return stories
    .map((s) => ({ ...s, items: byStory.get(s.id) ?? [] }))
    .sort((a, b) => {
      const da = a.date ?? '\uffff';
      const db = b.date ?? '\uffff';
      return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}

export async function countStories(on: Queryable): Promise<number> {
  const [r] = await rows<{ n: number }>(on, 'SELECT COUNT(*)::int AS n FROM stories');
  return r?.n ?? 0;
}

// ---- Incremental knowledge ----

export async function itemsWithoutKnowledge(on: Queryable): Promise<string[]> {
  const r = await rows<{ item_id: string }>(
    on,
    `SELECT item_id FROM extractions e WHERE NOT EXISTS (SELECT 1 FROM knowledge_items k WHERE k.item_id = e.item_id)
     AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.item_id = e.item_id) ORDER BY item_id`,
  );
  return r.map((x) => x.item_id);
}

export async function staleKnowledge(on: Queryable): Promise<{ items: string[]; claimKeys: string[]; parties: string[] }> {
  const items = (await rows<{ item_id: string }>(on, 'SELECT item_id FROM knowledge_stale ORDER BY item_id')).map((r) => r.item_id);
  const claimKeys = new Set<string>();
  const parties = new Set<string>();
  if (items.length > 0)
    for (const r of await rows<{ kind: string; key: string }>(on, 'SELECT kind, key FROM knowledge_keys WHERE item_id = ANY($1::text[])', [
      items,
    ]))
      (r.kind === 'claim' ? claimKeys : parties).add(fromDbKey(r.key));
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { items, claimKeys: sorted(claimKeys), parties: sorted(parties) };
}

/** Parts by id or by the keys they touch, in item-id order, a page of ids at a time. */
export async function* itemKnowledge(
  on: Queryable,
  f: { ids?: string[]; claimKeys?: string[]; parties?: string[] },
): AsyncGenerator<ItemKnowledgeRow> {
  const ids = new Set(f.ids ?? []);
  for (const [kind, keys] of [
    ['claim', f.claimKeys ?? []],
    ['party', f.parties ?? []],
  ] as const) {
    if (keys.length === 0) continue;
    for (const r of await rows<{ item_id: string }>(
      on,
      'SELECT DISTINCT item_id FROM knowledge_keys WHERE kind = $1 AND key = ANY($2::text[])',
      [kind, [...new Set(keys)].map(toDb)],
    ))
      ids.add(r.item_id);
  }
  const all = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < all.length; i += PAGE) {
    const page = all.slice(i, i + PAGE);
    const bodies = await rows<{ item_id: string; body: string }>(
      on,
      'SELECT item_id, body FROM knowledge_items WHERE item_id = ANY($1::text[]) ORDER BY item_id',
      [page],
    );
    const keys = new Map<string, { claimKeys: string[]; parties: string[] }>();
    for (const r of await rows<{ item_id: string; kind: string; key: string }>(
      on,
      'SELECT item_id, kind, key FROM knowledge_keys WHERE item_id = ANY($1::text[]) ORDER BY item_id, kind, key',
      [page],
    )) {
      let k = keys.get(r.item_id);
      if (!k) keys.set(r.item_id, (k = { claimKeys: [], parties: [] }));
      (r.kind === 'claim' ? k.claimKeys : k.parties).push(fromDbKey(r.key));
    }
    for (const b of bodies) yield { itemId: b.item_id, body: b.body, ...(keys.get(b.item_id) ?? { claimKeys: [], parties: [] }) };
  }
}

export async function claimKeysOfItems(on: Queryable, itemIds: string[]): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const got = await rows<{ key: string }>(
    on,
    "SELECT DISTINCT key FROM knowledge_keys WHERE kind = 'claim' AND item_id = ANY($1::text[])",
    [[...new Set(itemIds)]],
  );
  return got.map((r) => fromDbKey(r.key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function commitKnowledge(c: pg.PoolClient, x: KnowledgeCommit): Promise<void> {
  // One writer at a time (as saveKnowledge): positions are taken from MAX(idx) below.
  await c.query('LOCK TABLE knowledge IN EXCLUSIVE MODE');
  const forget = [...x.settled, ...x.items.map((it) => it.itemId)];
  if (forget.length > 0) await c.query('DELETE FROM knowledge_keys WHERE item_id = ANY($1::text[])', [forget]);
  for (const [from, to] of writeSlices(x.items.length, (i) => x.items[i]?.body.length ?? 0)) {
    const items = x.items.slice(from, to);
    await c.query(
      `INSERT INTO knowledge_items (item_id, body) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT (item_id) DO UPDATE SET body = excluded.body`,
      [items.map((it) => it.itemId), items.map((it) => it.body)],
    );
    const kind: string[] = [];
    const key: string[] = [];
    const item: string[] = [];
    for (const it of items)
      for (const [k, ks] of [
        ['claim', it.claimKeys],
        ['party', it.parties],
      ] as const)
        for (const one of ks) {
          kind.push(k);
          key.push(toDb(one));
          item.push(it.itemId);
        }
    for (const [a, b] of writeSlices(kind.length))
      await c.query(
        'INSERT INTO knowledge_keys (kind, key, item_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING',
        [kind.slice(a, b), key.slice(a, b), item.slice(a, b)],
      );
  }
  if (forget.length > 0) await c.query('DELETE FROM knowledge_stale WHERE item_id = ANY($1::text[])', [forget]);
  const del = async (kind: string, keys: string[]) => {
    if (keys.length > 0) await c.query('DELETE FROM knowledge WHERE kind = $1 AND key = ANY($2::text[])', [kind, keys.map(toDb)]);
  };
  await del('claim', x.claims.keys);
  // The edge counts follow the deal records replaced here.
  const replaced =
    x.deals.items.length > 0
      ? (
          await rows<{ body: string }>(c, "SELECT body FROM knowledge WHERE kind = 'deal' AND key = ANY($1::text[])", [
            x.deals.items.map(toDb),
          ])
        ).map((r) => r.body)
      : [];
  await addEdges(
    c,
    edgeDelta(
      replaced,
      x.deals.rows.map((r) => r.body),
    ),
  );
  await del('deal', x.deals.items);
  await del('derived', x.derived.items);
  const nodes = new Set(x.cycles.nodes);
  const gone =
    nodes.size === 0
      ? []
      : (await rows<{ idx: number; body: string }>(c, "SELECT idx, body FROM knowledge WHERE kind = 'cycle'"))
          .filter((r) => (JSON.parse(r.body) as string[]).some((n) => nodes.has(n)))
          .map((r) => r.idx);
  if (gone.length > 0) await c.query("DELETE FROM knowledge WHERE kind = 'cycle' AND idx = ANY($1::int[])", [gone]);
  // Positions follow the largest stored one, read only when this commit inserts records (`updateKnowledge` makes many
  // commits that insert none).
  const records = x.claims.rows.length + x.deals.rows.length + x.derived.rows.length + x.cycles.rows.length;
  const [m] = records === 0 ? [] : await rows<{ m: number }>(c, 'SELECT COALESCE(MAX(idx), -1)::int AS m FROM knowledge');
  let next = (m?.m ?? -1) + 1;
  const kinds: string[] = [];
  const idx: number[] = [];
  const bodies: string[] = [];
  const keys: string[] = [];
  const ords: string[] = [];
  for (const [kind, list] of [
    ['claim', x.claims.rows],
    ['deal', x.deals.rows],
    ['derived', x.derived.rows],
    ['cycle', x.cycles.rows],
  ] as const)
    for (const r of list) {
      kinds.push(kind);
      idx.push(next++);
      bodies.push(r.body);
      keys.push(toDb(r.key));
      ords.push(toDb(r.ord));
    }
  for (const [from, to] of writeSlices(kinds.length, (i) => bodies[i]?.length ?? 0))
    await c.query(
      'INSERT INTO knowledge (kind, idx, body, key, ord) SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[])',
      [kinds.slice(from, to), idx.slice(from, to), bodies.slice(from, to), keys.slice(from, to), ords.slice(from, to)],
    );
}

/** Adds (or takes away) deal counts per edge; an edge left with none is dropped. */
export async function addEdges(c: Queryable, delta: DealPair[]): Promise<void> {
  if (delta.length === 0) return;
  await c.query(
    `INSERT INTO knowledge_edges (payer, payee, deals) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
     ON CONFLICT (payer, payee) DO UPDATE SET deals = knowledge_edges.deals + excluded.deals`,
    [delta.map((e) => toDb(e.from)), delta.map((e) => toDb(e.to)), delta.map((e) => e.deals)],
  );
  if (delta.some((e) => e.deals < 0)) await c.query('DELETE FROM knowledge_edges WHERE deals <= 0');
}

export async function dealPairs(on: Queryable, nodes: string[]): Promise<DealPair[]> {
  if (nodes.length === 0) return [];
  const got = await rows<{ payer: string; payee: string; deals: number }>(
    on,
    'SELECT payer, payee, deals FROM knowledge_edges WHERE payer = ANY($1::text[]) OR payee = ANY($1::text[])',
    [[...new Set(nodes)].map(toDb)],
  );
  return got.map((r) => ({ from: fromDbKey(r.payer), to: fromDbKey(r.payee), deals: r.deals }));
}

type ClaimList = KnowledgeSnapshot['claims'];

/** Claims by key or by `subject\u0000metric` prefix of the key, ordered by key. */
export async function claimsFor(on: Queryable, f: { keys?: string[]; subjectMetrics?: string[] }): Promise<ClaimList> {
  const found = new Map<string, string>();
  const keys = [...new Set(f.keys ?? [])].map(toDb);
  if (keys.length > 0)
    for (const r of await rows<{ key: string; body: string }>(
      on,
      "SELECT key, body FROM knowledge WHERE kind = 'claim' AND key = ANY($1::text[])",
      [keys],
    ))
      found.set(r.key, r.body);
  const sms = [...new Set(f.subjectMetrics ?? [])].map(toDb);
  if (sms.length > 0)
    for (const r of await rows<{ key: string; body: string }>(
      on,
      `SELECT k.key, k.body FROM knowledge k JOIN unnest($1::text[]) AS sm(p) ON k.key >= sm.p || E'\\x01' AND k.key < sm.p || E'\\x02'
       WHERE k.kind = 'claim'`,
      [sms],
    ))
      found.set(r.key, r.body);
  return [...found.entries()]
    .map(([k, b]) => [fromDbKey(k), b] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, b]) => JSON.parse(b) as ClaimList[number]);
}

export async function knowledgeOfItems(on: Queryable, itemIds: string[]): Promise<Pick<KnowledgeSnapshot, 'deals' | 'derived'>> {
  const out: Pick<KnowledgeSnapshot, 'deals' | 'derived'> = { deals: [], derived: [] };
  if (itemIds.length === 0) return out;
  const got = await rows<{ kind: string; ord: string | null; idx: number; body: string }>(
    on,
    "SELECT kind, ord, idx, body FROM knowledge WHERE kind IN ('deal', 'derived') AND key = ANY($1::text[])",
    [[...new Set(itemIds)]],
  );
  for (const r of got) if (r.ord !== null) r.ord = fromDbKey(r.ord);
  got.sort(byOrd);
  for (const r of got) (r.kind === 'deal' ? out.deals : out.derived).push(JSON.parse(r.body));
  return out;
}

export async function knowledgeCounts(on: Queryable): Promise<KnowledgeCounts> {
  const c: KnowledgeCounts = { claims: 0, conflicts: 0, deals: 0, derived: 0, cycles: 0 };
  for (const r of await rows<{ kind: string; n: number }>(on, 'SELECT kind, COUNT(*)::int AS n FROM knowledge GROUP BY kind')) {
    if (r.kind === 'claim') c.claims = r.n;
    else if (r.kind === 'deal') c.deals = r.n;
    else if (r.kind === 'derived') c.derived = r.n;
    else if (r.kind === 'cycle') c.cycles = r.n;
  }
  // The claim's own top-level key (JSON.stringify writes it unescaped; in a string value the quotes would be escaped).
  // Not `body::json`: a body may hold \u0000, which PostgreSQL's JSON refuses to turn into text.
  const [r] = await rows<{ n: number }>(
    on,
    `SELECT COUNT(*)::int AS n FROM knowledge WHERE kind = 'claim' AND strpos(body, '"conflict":true') > 0`,
  );
  c.conflicts = r?.n ?? 0;
  return c;
}
