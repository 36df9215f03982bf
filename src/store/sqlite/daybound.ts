/** SQLite SQL of the day-bounded pipeline (issue 14): cluster features by day, windowed story replacement. */
import type Database from 'better-sqlite3';
import type { Story } from '../../types/index.js';
import { type DealPair, edgeDelta } from '../deal-edges.js';
import { type FeatureDbRow, featureFromDb, u32ToBytes } from '../feature-rows.js';
import type {
  ClusterFeatureFilter,
  ClusterFeatureRow,
  ClusteringCommit,
  KnowledgeCommit,
  KnowledgeCounts,
  KnowledgeSnapshot,
} from '../types.js';

type Stmt = (sql: string) => Database.Statement;

/** IN lists are cut to this many parameters (SQLite's limit is 32,766; short lists keep statements cached). */
const CHUNK = 500;

function chunks<T>(xs: readonly T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * Knowledge records by (kind, key) through their index, named: without statistics SQLite (3.53) plans a statement on
 * them that needs more than the index holds (a record's body; any DELETE) as a scan of the primary key's `kind` prefix,
 * every record of that kind with its body. Deleting the 256 claim groups of one `updateKnowledge` piece then read every
 * stored claim (~20 MB on the benchmark) per group: ~19 ms a statement, 7 s of the 10,000-article update; by the index
 * it is ~0.02 ms (docs/decisions/023).
 */
const BY_KEY = 'knowledge INDEXED BY knowledge_by_key';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

export function itemsWithoutClusterFeatures(stmt: Stmt): string[] {
  const sql = `SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM cluster_features)
    AND id NOT IN (SELECT item_id FROM quarantine) ORDER BY id`;
  return (stmt(sql).all() as { id: string }[]).map((r) => r.id);
}

/** Rows stream from the cursor (`iterate`): the caller holds only what it keeps. */
export function* clusterFeatures(stmt: Stmt, f: ClusterFeatureFilter): Generator<ClusterFeatureRow> {
  const where: string[] = ['cf.item_id NOT IN (SELECT item_id FROM quarantine)'];
  const params: unknown[] = [];
  if (f.sinceDay !== undefined) {
    where.push('cf.day >= ?');
    params.push(f.sinceDay);
  }
  if (f.untilDay !== undefined) {
    where.push('cf.day <= ?');
    params.push(f.untilDay);
  }
  const base = `SELECT cf.* FROM cluster_features cf WHERE ${where.join(' AND ')}`;
  if (f.ids === undefined) {
    for (const r of stmt(`${base} ORDER BY cf.day, cf.item_id`).iterate(...params)) yield featureFromDb(r as FeatureDbRow);
    return;
  }
  const rows: ClusterFeatureRow[] = [];
  for (const ids of chunks([...new Set(f.ids)].sort())) {
    for (const r of stmt(`${base} AND cf.item_id IN (${marks(ids.length)})`).iterate(...params, ...ids))
      rows.push(featureFromDb(r as FeatureDbRow));
  }
  rows.sort((a, b) => a.day - b.day || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  yield* rows;
}

export function getClusterState(stmt: Stmt, name: string): Uint8Array | undefined {
  const r = stmt('SELECT value FROM cluster_state WHERE name = ?').get(name) as { value: Buffer } | undefined;
  // A view of the Buffer read, not a copy (the shingle table is 8 MB; ShingleFrequency.fromBytes copies it once).
  return r ? new Uint8Array(r.value.buffer, r.value.byteOffset, r.value.byteLength) : undefined;
}

export function commitClustering(db: Database.Database, stmt: Stmt, c: ClusteringCommit, at: string): void {
  const feature = stmt(`INSERT OR REPLACE INTO cluster_features (item_id, day, signature, bands, blocks, body) VALUES (?, ?, ?, ?, ?, ?)`);
  const insert = stmt('INSERT INTO stories (id, title, date) VALUES (?, ?, ?)');
  const assign = stmt('UPDATE items SET story = ? WHERE id = ?');
  db.transaction(() => {
    for (const r of c.features)
      feature.run(r.itemId, r.day, u32ToBytes(r.signature), u32ToBytes(r.bands), JSON.stringify(r.blocks), r.body);
    for (const x of c.state)
      stmt('INSERT OR REPLACE INTO cluster_state (name, value, at) VALUES (?, ?, ?)').run(
        x.name,
        Buffer.from(x.value.buffer, x.value.byteOffset, x.value.byteLength),
        at,
      );
    const old = new Set<string>();
    for (const ids of chunks(c.scope)) {
      for (const r of stmt(`SELECT DISTINCT story FROM items WHERE id IN (${marks(ids.length)}) AND story IS NOT NULL`).all(...ids) as {
        story: string;
      }[])
        old.add(r.story);
    }
    for (const ids of chunks([...old])) {
      stmt(`UPDATE items SET story = NULL WHERE story IN (${marks(ids.length)})`).run(...ids);
      stmt(`DELETE FROM stories WHERE id IN (${marks(ids.length)})`).run(...ids);
    }
    for (const s of c.stories) {
      insert.run(s.id, s.title, s.date);
      for (const id of s.items) assign.run(s.id, id);
    }
  })();
}

export function listStoriesOfItems(stmt: Stmt, itemIds: string[]): Story[] {
  const ids = new Set<string>();
  for (const chunk of chunks([...new Set(itemIds)])) {
    for (const r of stmt(`SELECT DISTINCT story FROM items WHERE id IN (${marks(chunk.length)}) AND story IS NOT NULL`).all(...chunk) as {
      story: string;
    }[])
      ids.add(r.story);
  }
  const members = stmt('SELECT id FROM items WHERE story = ? ORDER BY date, id');
  const one = stmt('SELECT * FROM stories WHERE id = ?');
  const out: Story[] = [];
  for (const id of [...ids].sort()) {
    const r = one.get(id) as { id: string; title: string; date: string | null } | undefined;
    if (r) out.push({ ...r, items: (members.all(id) as { id: string }[]).map((m) => m.id) });
  }
  return out.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : 1));
}

export function countStories(stmt: Stmt): number {
  return (stmt('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
}

// ---- Incremental knowledge ----

export function itemsWithoutKnowledge(stmt: Stmt): string[] {
  const sql = `SELECT item_id FROM extractions WHERE item_id NOT IN (SELECT item_id FROM knowledge_items)
    AND item_id NOT IN (SELECT item_id FROM quarantine) ORDER BY item_id`;
  return (stmt(sql).all() as { item_id: string }[]).map((r) => r.item_id);
}

export function staleKnowledge(stmt: Stmt): { items: string[]; claimKeys: string[]; parties: string[] } {
  const items = (stmt('SELECT item_id FROM knowledge_stale ORDER BY item_id').all() as { item_id: string }[]).map((r) => r.item_id);
  const claimKeys = new Set<string>();
  const parties = new Set<string>();
  for (const ids of chunks(items)) {
    for (const r of stmt(`SELECT kind, key FROM knowledge_keys WHERE item_id IN (${marks(ids.length)})`).all(...ids) as {
      kind: string;
      key: string;
    }[])
      (r.kind === 'claim' ? claimKeys : parties).add(r.key);
  }
  return { items, claimKeys: [...claimKeys].sort(), parties: [...parties].sort() };
}

export function* itemKnowledge(
  stmt: Stmt,
  f: { ids?: string[]; claimKeys?: string[]; parties?: string[] },
): Generator<{ itemId: string; body: string; claimKeys: string[]; parties: string[] }> {
  const ids = new Set(f.ids ?? []);
  for (const [kind, keys] of [
    ['claim', f.claimKeys ?? []],
    ['party', f.parties ?? []],
  ] as const) {
    for (const c of chunks([...new Set(keys)])) {
      for (const r of stmt(`SELECT item_id FROM knowledge_keys WHERE kind = ? AND key IN (${marks(c.length)})`).iterate(kind, ...c))
        ids.add((r as { item_id: string }).item_id);
    }
  }
  const body = stmt('SELECT body FROM knowledge_items WHERE item_id = ?');
  const keys = stmt('SELECT kind, key FROM knowledge_keys WHERE item_id = ? ORDER BY kind, key');
  for (const id of [...ids].sort()) {
    const b = body.get(id) as { body: string } | undefined;
    if (!b) continue;
    const ks = keys.all(id) as { kind: string; key: string }[];
    yield {
      itemId: id,
      body: b.body,
      claimKeys: ks.filter((k) => k.kind === 'claim').map((k) => k.key),
      parties: ks.filter((k) => k.kind === 'party').map((k) => k.key),
    };
  }
}

export function claimKeysOfItems(stmt: Stmt, itemIds: string[]): string[] {
  const keys = new Set<string>();
  for (const c of chunks([...new Set(itemIds)]))
    for (const r of stmt(`SELECT DISTINCT key FROM knowledge_keys WHERE kind = 'claim' AND item_id IN (${marks(c.length)})`).iterate(...c))
      keys.add((r as { key: string }).key);
  return [...keys].sort();
}

export function commitKnowledge(db: Database.Database, stmt: Stmt, c: KnowledgeCommit): void {
  const part = stmt('INSERT OR REPLACE INTO knowledge_items (item_id, body) VALUES (?, ?)');
  const key = stmt('INSERT OR IGNORE INTO knowledge_keys (kind, key, item_id) VALUES (?, ?, ?)');
  db.transaction(() => {
    // Positions follow the largest stored one, read (a scan of the table) only when this commit inserts records: an
    // update written in pieces (`updateKnowledge`) makes many commits that insert none.
    const records = c.claims.rows.length + c.deals.rows.length + c.derived.rows.length + c.cycles.rows.length;
    let next = records === 0 ? 0 : ((stmt('SELECT COALESCE(MAX(idx), -1) AS m FROM knowledge').get() as { m: number }).m ?? -1) + 1;
    const ins = stmt('INSERT INTO knowledge (kind, idx, body, key, ord) VALUES (?, ?, ?, ?, ?)');
    const forget = stmt('DELETE FROM knowledge_keys WHERE item_id = ?');
    const unstale = stmt('DELETE FROM knowledge_stale WHERE item_id = ?');
    for (const id of c.settled) {
      forget.run(id);
      unstale.run(id);
    }
    for (const it of c.items) {
      forget.run(it.itemId);
      part.run(it.itemId, it.body);
      unstale.run(it.itemId);
      for (const k of it.claimKeys) key.run('claim', k, it.itemId);
      for (const k of it.parties) key.run('party', k, it.itemId);
    }
    const del = stmt(`DELETE FROM ${BY_KEY} WHERE kind = ? AND key = ?`);
    for (const k of c.claims.keys) del.run('claim', k);
    for (const r of c.claims.rows) ins.run('claim', next++, r.body, r.key, r.ord);
    // The edge counts follow the deal records replaced here.
    const gone: string[] = [];
    const dealsOf = stmt(`SELECT body FROM ${BY_KEY} WHERE kind = 'deal' AND key = ?`);
    for (const id of c.deals.items) for (const r of dealsOf.all(id) as { body: string }[]) gone.push(r.body);
    addEdges(
      stmt,
      edgeDelta(
        gone,
        c.deals.rows.map((r) => r.body),
      ),
    );
    for (const [kind, x] of [
      ['deal', c.deals],
      ['derived', c.derived],
    ] as const) {
      for (const id of x.items) del.run(kind, id);
      for (const r of x.rows) ins.run(kind, next++, r.body, r.key, r.ord);
    }
    const nodes = new Set(c.cycles.nodes);
    const delIdx = stmt("DELETE FROM knowledge WHERE kind = 'cycle' AND idx = ?");
    if (nodes.size > 0)
      for (const r of stmt("SELECT idx, body FROM knowledge WHERE kind = 'cycle'").all() as { idx: number; body: string }[]) {
        if ((JSON.parse(r.body) as string[]).some((n) => nodes.has(n))) delIdx.run(r.idx);
      }
    for (const r of c.cycles.rows) ins.run('cycle', next++, r.body, r.key, r.ord);
  })();
}

/** Adds (or takes away) deal counts per edge; an edge left with none is dropped. */
export function addEdges(stmt: Stmt, delta: DealPair[]): void {
  const upsert = stmt(
    'INSERT INTO knowledge_edges (payer, payee, deals) VALUES (?, ?, ?) ON CONFLICT (payer, payee) DO UPDATE SET deals = deals + excluded.deals',
  );
  for (const e of delta) upsert.run(e.from, e.to, e.deals);
  if (delta.some((e) => e.deals < 0)) stmt('DELETE FROM knowledge_edges WHERE deals <= 0').run();
}

export function dealPairs(stmt: Stmt, nodes: string[]): DealPair[] {
  const out = new Map<string, DealPair>();
  const from = stmt('SELECT payer, payee, deals FROM knowledge_edges WHERE payer = ?');
  const to = stmt('SELECT payer, payee, deals FROM knowledge_edges WHERE payee = ?');
  for (const n of new Set(nodes))
    for (const q of [from, to])
      for (const r of q.all(n) as { payer: string; payee: string; deals: number }[])
        out.set(`${r.payer}\u0000${r.payee}`, { from: r.payer, to: r.payee, deals: r.deals });
  return [...out.values()];
}

/** Claims by key or by `subject\u0000metric` prefix of the key, ordered by key. */
export function claimsFor(stmt: Stmt, f: { keys?: string[]; subjectMetrics?: string[] }): KnowledgeSnapshot['claims'] {
  const rows = new Map<string, string>();
  for (const c of chunks([...new Set(f.keys ?? [])])) {
    for (const r of stmt(`SELECT key, body FROM ${BY_KEY} WHERE kind = 'claim' AND key IN (${marks(c.length)})`).iterate(...c)) {
      const x = r as { key: string; body: string };
      rows.set(x.key, x.body);
    }
  }
  const range = stmt("SELECT key, body FROM knowledge WHERE kind = 'claim' AND key >= ? AND key < ?");
  for (const sm of new Set(f.subjectMetrics ?? [])) {
    for (const r of range.iterate(`${sm}\u0000`, `${sm}\u0001`)) {
      const x = r as { key: string; body: string };
      rows.set(x.key, x.body);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, b]) => JSON.parse(b) as KnowledgeSnapshot['claims'][number]);
}

export function knowledgeOfItems(stmt: Stmt, itemIds: string[]): Pick<KnowledgeSnapshot, 'deals' | 'derived'> {
  const out: Pick<KnowledgeSnapshot, 'deals' | 'derived'> = { deals: [], derived: [] };
  const rows: { kind: string; ord: string | null; idx: number; body: string }[] = [];
  for (const c of chunks([...new Set(itemIds)])) {
    for (const r of stmt(
      `SELECT kind, ord, idx, body FROM ${BY_KEY} WHERE kind IN ('deal', 'derived') AND key IN (${marks(c.length)})`,
    ).iterate(...c))
      rows.push(r as (typeof rows)[number]);
  }
  rows.sort(byOrd);
  for (const r of rows) (r.kind === 'deal' ? out.deals : out.derived).push(JSON.parse(r.body));
  return out;
}

/** Stored order: by `ord` (written by incremental updates), else by position (a snapshot saved whole). */
export function byOrd(a: { ord: string | null; idx: number }, b: { ord: string | null; idx: number }): number {
  if (a.ord !== null && b.ord !== null) return a.ord < b.ord ? -1 : a.ord > b.ord ? 1 : a.idx - b.idx;
  return a.idx - b.idx;
}

export function knowledgeCounts(stmt: Stmt): KnowledgeCounts {
  const c: KnowledgeCounts = { claims: 0, conflicts: 0, deals: 0, derived: 0, cycles: 0 };
  for (const r of stmt('SELECT kind, COUNT(*) AS n FROM knowledge GROUP BY kind').all() as { kind: string; n: number }[]) {
    if (r.kind === 'claim') c.claims = r.n;
    else if (r.kind === 'deal') c.deals = r.n;
    else if (r.kind === 'derived') c.derived = r.n;
    else if (r.kind === 'cycle') c.cycles = r.n;
  }
  c.conflicts = (
    stmt("SELECT COUNT(*) AS n FROM knowledge WHERE kind = 'claim' AND json_extract(body, '$.conflict') = 1").get() as { n: number }
  ).n;
  return c;
}
