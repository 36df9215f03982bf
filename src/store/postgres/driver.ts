/**
 * The PostgreSQL store (`pg`): raw SQL per entity like the SQLite driver, one transaction per write, multi-row writes
 * through `unnest` arrays, search on a `tsvector` of the shared search terms with a GIN index. Several processes may
 * use one database at once (the workers): every write is a single statement or a transaction, and uniqueness (item
 * hash, push log, extraction per item) is enforced by the database, not by a read-then-write.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { Figure, NormalizedItem, SourceKind, Story } from '../../types/index.js';
import { edgeDelta } from '../deal-edges.js';
import { StoreError } from '../errors.js';
import { byOrd } from '../sqlite/daybound.js';
import {
  EVIDENCE_COLUMNS,
  evidenceFromRow,
  type FigureRow,
  figureFromRow,
  figureToRow,
  type ItemRow,
  itemFromRow,
  type MentionRow,
  mentionFromRow,
  type SentenceRow,
  type SourceRow,
  sourceFromRow,
} from '../sqlite/rows.js';
import type {
  ClusterEvidence,
  ClusterFeatureFilter,
  ClusterFeatureRow,
  ClusteringCommit,
  ItemExtraction,
  ItemFilter,
  ItemKnowledgeRow,
  KeyValueCache,
  KnowledgeCommit,
  KnowledgeSnapshot,
  Ledger,
  LedgerEntry,
  PushLog,
  Quarantine,
  Removed,
  SaveItemsResult,
  SearchHit,
  SourceHealth,
  Store,
} from '../types.js';
import { knowledgePiece } from '../types.js';
import * as daybound from './daybound.js';
import { makePool, migrate, type PgTarget, parseTarget, redact } from './open.js';
import { queryWords, snippetOf, tsqueryLiteral, tsvectorLiteral } from './search.js';

const now = (): string => new Date().toISOString();

/** The items' columns and source, `raw` read or '' in its place (an item listed without its raw text). */
const itemSelect = (withRaw = true): string => `SELECT items.id, items.hash, items.source_id, items.kind, items.format, items.title,
  items.url, items.date, items.author, items.lang, ${withRaw ? 'items.raw' : "'' AS raw"}, items.text, items.meta, items.pairs, items.links,
  items.messages, items.story, items.ingested_at, sources.locator AS source FROM items JOIN sources ON sources.id = items.source_id`;
const ITEM_SELECT = itemSelect();
/** SQLite sorts NULL first; so does every listing here. */
const ITEM_ORDER = 'ORDER BY items.date NULLS FIRST, items.id';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** An open `batch`: its connection (in a transaction), and the first error that must end it (see `batch`). */
interface Batch {
  client: pg.PoolClient;
  fatal?: unknown;
  savepoints: number;
}

/**
 * Errors after which the batch's transaction cannot be trusted to commit what its caller believes was written: a
 * deadlock or serialization failure (the database chose this transaction to abort), an operator or resource
 * intervention, a connection failure. A constraint or data error of one source (class 22, 23) is that source's
 * failure alone, as on SQLite; a lost connection without a code fails the savepoint's rollback, which ends the batch.
 */
function endsBatch(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^(40|08|57|53)/.test(code);
}

export class PostgresStore implements Store {
  readonly driver = 'postgres';
  readonly flags = { fullTextSearch: true, concurrentWriters: true };
  readonly pushLog: PushLog;
  readonly cache: KeyValueCache;
  readonly ledger: Ledger;
  /** The pool, for modules that share this database (the job queue, the shared LLM gate). */
  readonly pool: pg.Pool;
  readonly target: PgTarget;
  private closed = false;
  /** The batch (if any) the current async context writes through: set by `batch`, joined by `q` and `tx`. */
  private readonly batches = new AsyncLocalStorage<Batch>();

  private constructor(target: PgTarget, pool: pg.Pool) {
    this.target = target;
    this.pool = pool;
    this.pushLog = this.makePushLog();
    this.cache = this.makeCache();
    this.ledger = this.makeLedger();
  }

  /** Connects and migrates; a database that cannot be reached is a StoreError naming it (password blanked). */
  static async open(location: string, opts: { poolSize?: number } = {}): Promise<PostgresStore> {
    const target = parseTarget(location);
    const pool = makePool(target, opts.poolSize ?? 4);
    try {
      await migrate(pool, target.schema);
    } catch (cause) {
      await pool.end().catch(() => {});
      throw new StoreError('postgres', `cannot open ${redact(location)}: ${(cause as Error).message}`, { cause });
    }
    return new PostgresStore(target, pool);
  }

  private async q<R extends pg.QueryResultRow>(sql: string, params: unknown[] = [], on?: Queryable): Promise<R[]> {
    const b = on ? undefined : this.batches.getStore();
    try {
      return (await (on ?? b?.client ?? this.pool).query<R>(sql, params)).rows;
    } catch (e) {
      if (b && b.fatal === undefined) b.fatal = e;
      throw e;
    }
  }

  /**
   * Runs `fn` (which may await) as one transaction on one connection: the store's writes made from `fn`'s async
   * context (not other callers') go through it, so a fetch job's run of local files (a source row, its items, its
   * health, per file) commits once instead of three times a file, each commit a WAL flush. A `tx` inside (saveItems)
   * is a savepoint, so a source whose rows the database refuses fails alone, as on SQLite. An error that aborts the
   * transaction itself (deadlock, lost connection) fails the whole batch even if `fn` caught it: nothing of it is
   * committed, and the job that ran it is retried by the queue (ingest skips content already stored). A nested call
   * joins the outer batch.
   */
  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.batches.getStore()) return fn();
    const client = await this.pool.connect();
    const b: Batch = { client, savepoints: 0 };
    let broken = false;
    try {
      await client.query('BEGIN');
      const out = await this.batches.run(b, fn);
      if (b.fatal !== undefined) throw b.fatal;
      // A statement that failed outside `q` (a read on this connection whose error `fn` caught) aborts the
      // transaction without a `fatal`: PostgreSQL then answers COMMIT with ROLLBACK, not with an error.
      if ((await client.query('COMMIT')).command === 'ROLLBACK') throw new Error('the batch was rolled back: a statement in it failed');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      // The error that ended the batch, not what later statements of the aborted transaction reported (25P02).
      throw b.fatal ?? e;
    } finally {
      client.release(broken);
    }
  }

  /**
   * Where the knowledge reads go: the current `batch`'s connection, so that an update written in pieces
   * (`updateKnowledge`) reads what its earlier pieces wrote, as on SQLite; else the pool.
   */
  private get reader(): Queryable {
    return this.batches.getStore()?.client ?? this.pool;
  }

  /** Runs `fn` in one transaction on one connection (a savepoint of the current `batch`, if any). */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const b = this.batches.getStore();
    if (b) return this.savepoint(b, fn);
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  /** Runs one statement: by itself outside a batch (atomic, no BEGIN / COMMIT round trips), in a savepoint within one. */
  private single<T>(fn: (on?: Queryable) => Promise<T>): Promise<T> {
    const b = this.batches.getStore();
    return b ? this.savepoint(b, fn) : fn();
  }

  private async savepoint<T>(b: Batch, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const name = `sp${++b.savepoints}`;
    const c = b.client;
    await this.q(`SAVEPOINT ${name}`);
    try {
      const out = await fn(c);
      await this.q(`RELEASE SAVEPOINT ${name}`);
      return out;
    } catch (e) {
      if (b.fatal === undefined && endsBatch(e)) b.fatal = e;
      if (b.fatal === undefined) await this.q(`ROLLBACK TO SAVEPOINT ${name}`);
      throw e;
    }
  }

  /** One round trip when the row is new or was there before this statement began; a second only after a concurrent insert. */
  async upsertSource(kind: SourceKind, locator: string) {
    const [row] = await this.q<SourceRow>(
      `WITH ins AS (INSERT INTO sources (kind, locator, created_at) VALUES ($1, $2, $3) ON CONFLICT (locator) DO NOTHING RETURNING *)
       SELECT * FROM ins UNION ALL SELECT * FROM sources WHERE locator = $2`,
      [kind, locator, now()],
    );
    // Empty only when another transaction inserted the locator after this statement's snapshot was taken.
    return sourceFromRow(row ?? ((await this.q<SourceRow>('SELECT * FROM sources WHERE locator = $1', [locator]))[0] as SourceRow));
  }

  async getSource(locator: string) {
    const [row] = await this.q<SourceRow>('SELECT * FROM sources WHERE locator = $1', [locator]);
    return row ? sourceFromRow(row) : undefined;
  }

  async listSources() {
    return (await this.q<SourceRow>('SELECT * FROM sources ORDER BY id')).map(sourceFromRow);
  }

  async recordSourceHealth(sourceId: number, h: SourceHealth) {
    const at = now();
    if (h.ok)
      await this.q(
        `UPDATE sources SET last_success_at = $1, items_last_fetch = $2, etag = COALESCE($3, etag),
         last_modified = COALESCE($4, last_modified), title = COALESCE($5, title), refused_key = NULL WHERE id = $6`,
        [at, h.items ?? null, h.etag ?? null, h.lastModified ?? null, h.title ?? null, sourceId],
      );
    else
      await this.q('UPDATE sources SET last_error_at = $1, last_error = $2, refused_key = COALESCE($3, refused_key) WHERE id = $4', [
        at,
        h.error ?? 'unknown error',
        h.refusedKey ?? null,
        sourceId,
      ]);
  }

  async saveItems(sourceId: number, items: NormalizedItem[]): Promise<SaveItemsResult> {
    if (items.length === 0) return { added: [], skipped: [] };
    const at = now();
    const col = <K extends keyof NormalizedItem>(k: K) => items.map((it) => it[k]);
    const json = (k: 'meta' | 'pairs' | 'links' | 'messages') => items.map((it) => JSON.stringify(it[k]));
    // Sentences of each id's first occurrence (a repeated item is skipped, as its content is already there).
    const sentences: { item: string[]; idx: number[]; para: number[]; start: number[]; end: number[] } = {
      item: [],
      idx: [],
      para: [],
      start: [],
      end: [],
    };
    const first = new Set<string>();
    for (const it of items) {
      if (first.has(it.id)) continue;
      first.add(it.id);
      for (const s of it.sentences) {
        sentences.item.push(it.id);
        sentences.idx.push(s.index);
        sentences.para.push(s.para);
        sentences.start.push(s.start);
        sentences.end.push(s.end);
      }
    }
    // One statement (atomic by itself, one round trip): the items not stored yet, then the sentences of those inserted.
    // Within a batch, a savepoint around it, so that a source whose rows the database refuses fails alone.
    const rows = await this.single((on) =>
      this.q<{ id: string }>(
        `WITH ins AS (
         INSERT INTO items (id, hash, source_id, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, ingested_at, search)
         SELECT id, hash, $3, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, $4, search::tsvector
         FROM unnest($1::text[], $2::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[],
                     $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[])
           AS t(id, hash, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, search)
         ON CONFLICT (hash) DO NOTHING RETURNING id),
       sen AS (
         INSERT INTO sentences (item_id, idx, para, start, "end")
         SELECT * FROM unnest($19::text[], $20::int[], $21::int[], $22::int[], $23::int[]) AS s(item_id, idx, para, start, "end")
         WHERE s.item_id IN (SELECT id FROM ins))
       SELECT id FROM ins`,
        [
          col('id'),
          col('hash'),
          sourceId,
          at,
          col('kind'),
          col('format'),
          col('title'),
          col('url'),
          col('date'),
          col('author'),
          col('lang'),
          col('raw'),
          col('text'),
          json('meta'),
          json('pairs'),
          json('links'),
          json('messages'),
          items.map((it) => tsvectorLiteral(`${it.title}\n${it.text}`)),
          sentences.item,
          sentences.idx,
          sentences.para,
          sentences.start,
          sentences.end,
        ],
        on,
      ),
    );
    const fresh = new Set(rows.map((r) => r.id));
    const result: SaveItemsResult = { added: [], skipped: [] };
    for (const it of items) (fresh.delete(it.id) ? result.added : result.skipped).push(it.id);
    return result;
  }

  private async loadSentences(ids: string[]): Promise<Map<string, SentenceRow[]>> {
    const map = new Map<string, SentenceRow[]>();
    if (ids.length === 0) return map;
    const rows = await this.q<SentenceRow>('SELECT * FROM sentences WHERE item_id = ANY($1::text[]) ORDER BY item_id, idx', [ids]);
    for (const r of rows) {
      let list = map.get(r.item_id);
      if (!list) map.set(r.item_id, (list = []));
      list.push(r);
    }
    return map;
  }

  async getItem(id: string) {
    const [row] = await this.q<ItemRow>(`${ITEM_SELECT} WHERE items.id = $1`, [id]);
    if (!row) return undefined;
    return itemFromRow(row, (await this.loadSentences([id])).get(id) ?? []);
  }

  async listItems(filter: ItemFilter = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    const arg = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const range: string[] = [];
    if (filter.since) range.push(`items.date >= ${arg(filter.since)}`);
    if (filter.until) range.push(`items.date < ${arg(filter.until)}`);
    if (range.length > 0 && filter.orUndatedIngested) {
      const undated = ['items.date IS NULL'];
      if (filter.since) undated.push(`items.ingested_at >= ${arg(filter.since)}`);
      if (filter.until) undated.push(`items.ingested_at < ${arg(filter.until)}`);
      where.push(`((${range.join(' AND ')}) OR (${undated.join(' AND ')}))`);
    } else where.push(...range);
    if (filter.kind) where.push(`items.kind = ${arg(filter.kind)}`);
    if (filter.ids) {
      if (filter.ids.length === 0) return [];
      where.push(`items.id = ANY(${arg(filter.ids)}::text[])`);
    }
    if (!filter.withQuarantined) where.push('NOT EXISTS (SELECT 1 FROM quarantine WHERE quarantine.item_id = items.id)');
    const rows = await this.q<ItemRow>(
      `${itemSelect(filter.withRaw)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ${ITEM_ORDER}`,
      params,
    );
    const sentences = filter.withSentences === false ? new Map<string, SentenceRow[]>() : await this.loadSentences(rows.map((r) => r.id));
    return rows.map((r) => itemFromRow(r, sentences.get(r.id) ?? []));
  }

  async countItems() {
    const [r] = await this.q<{ n: number }>('SELECT COUNT(*)::int AS n FROM items');
    return r?.n ?? 0;
  }

  async saveStories(stories: Story[]) {
    const ids: string[] = [];
    const members: string[] = [];
    for (const s of stories)
      for (const id of s.items) {
        ids.push(s.id);
        members.push(id);
      }
    await this.tx(async (c) => {
      await c.query('UPDATE items SET story = NULL WHERE story IS NOT NULL');
      await c.query('DELETE FROM stories');
      await c.query('INSERT INTO stories (id, title, date) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
        stories.map((s) => s.id),
        stories.map((s) => s.title),
        stories.map((s) => s.date),
      ]);
      await c.query('UPDATE items SET story = m.story FROM unnest($1::text[], $2::text[]) AS m(story, id) WHERE items.id = m.id', [
        ids,
        members,
      ]);
    });
  }

  async listStories(date?: string) {
    const rows = date
      ? await this.q<{ id: string; title: string; date: string | null }>('SELECT * FROM stories WHERE date = $1 ORDER BY date, id', [date])
      : await this.q<{ id: string; title: string; date: string | null }>('SELECT * FROM stories ORDER BY date NULLS FIRST, id');
    if (rows.length === 0) return [];
    const members = await this.q<{ id: string; story: string }>(
      `SELECT id, story FROM items WHERE story = ANY($1::text[]) ${ITEM_ORDER.replaceAll('items.', '')}`,
      [rows.map((r) => r.id)],
    );
    const byStory = new Map<string, string[]>();
    for (const m of members) {
      let list = byStory.get(m.story);
      if (!list) byStory.set(m.story, (list = []));
      list.push(m.id);
    }
    return rows.map((r) => ({ ...r, items: byStory.get(r.id) ?? [] }));
  }

  // Day-bounded clustering (issue 14): SQL in daybound.ts.
  async itemsWithoutClusterFeatures() {
    return daybound.itemsWithoutClusterFeatures(this.pool);
  }

  async *clusterFeatures(filter: ClusterFeatureFilter): AsyncIterable<ClusterFeatureRow> {
    yield* daybound.clusterFeatures(this.pool, filter);
  }

  async getClusterState(name: string) {
    return daybound.getClusterState(this.pool, name);
  }

  async commitClustering(commit: ClusteringCommit) {
    await this.tx((c) => daybound.commitClustering(c, commit, now()));
  }

  async listStoriesOfItems(itemIds: string[]) {
    return daybound.listStoriesOfItems(this.pool, itemIds);
  }

  async countStories() {
    return daybound.countStories(this.pool);
  }

  // Incremental knowledge (issue 14): SQL in daybound.ts.
  async itemsWithoutKnowledge() {
    return daybound.itemsWithoutKnowledge(this.reader);
  }

  async staleKnowledge() {
    return daybound.staleKnowledge(this.reader);
  }

  async *itemKnowledge(filter: { ids?: string[]; claimKeys?: string[]; parties?: string[] }): AsyncIterable<ItemKnowledgeRow> {
    yield* daybound.itemKnowledge(this.reader, filter);
  }

  async commitKnowledge(commit: KnowledgeCommit) {
    await this.tx((c) => daybound.commitKnowledge(c, commit));
  }

  /**
   * The pieces are savepoints of one `batch` (its connection, for `fn`'s async context): a piece the database refuses
   * rolls back alone and rejects `write`; an error that aborts the transaction fails the whole update even if `fn`
   * caught it (see `batch`).
   */
  updateKnowledge<T>(fn: (write: (piece: Partial<KnowledgeCommit>) => Promise<void>) => Promise<T>): Promise<T> {
    return this.batch(() => fn((piece) => this.commitKnowledge(knowledgePiece(piece))));
  }

  async claimsFor(filter: { keys?: string[]; subjectMetrics?: string[] }) {
    return daybound.claimsFor(this.reader, filter);
  }

  async claimKeysOfItems(itemIds: string[]) {
    return daybound.claimKeysOfItems(this.reader, itemIds);
  }

  async dealPairs(nodes: string[]) {
    return daybound.dealPairs(this.reader, nodes);
  }

  async knowledgeOfItems(itemIds: string[]) {
    return daybound.knowledgeOfItems(this.reader, itemIds);
  }

  async knowledgeCounts() {
    return daybound.knowledgeCounts(this.reader);
  }

  async saveExtractions(extractions: ItemExtraction[]) {
    if (extractions.length === 0) return;
    // The last extraction of an item wins, as when the SQLite driver replaces them one by one.
    const last = new Map(extractions.map((x) => [x.itemId, x]));
    const ids = [...last.keys()];
    const figs: FigureRow[] = [];
    const mens: MentionRow[] = [];
    for (const x of last.values()) {
      x.figures.forEach((f, i) => figs.push(figureToRow(x.itemId, i, f)));
      x.entities.forEach((m, i) => mens.push({ item_id: x.itemId, idx: i, ...m }));
    }
    const fc = <K extends keyof FigureRow>(k: K) => figs.map((f) => f[k]);
    const mc = <K extends keyof MentionRow>(k: K) => mens.map((m) => m[k]);
    const at = now();
    await this.tx(async (c) => {
      await c.query('DELETE FROM extractions WHERE item_id = ANY($1::text[])', [ids]);
      // Re-extracted items are clustered again as new (their entities and figures are cluster features).
      await c.query('DELETE FROM cluster_features WHERE item_id = ANY($1::text[])', [ids]);
      await c.query('INSERT INTO extractions (item_id, extracted_at) SELECT id, $2 FROM unnest($1::text[]) AS t(id)', [ids, at]);
      if (figs.length > 0)
        await c.query(
          `INSERT INTO figures (item_id, idx, start, "end", text, kind, value, low, high, currency, unit, qualifier, direction, subject, metric, period, negated, counterparty, scope)
           SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::float8[],
             $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::boolean[], $18::text[], $19::text[])`,
          [
            fc('item_id'),
            fc('idx'),
            fc('start'),
            fc('end'),
            fc('text'),
            fc('kind'),
            fc('value'),
            fc('low'),
            fc('high'),
            fc('currency'),
            fc('unit'),
            fc('qualifier'),
            fc('direction'),
            fc('subject'),
            fc('metric'),
            fc('period'),
            figs.map((f) => f.negated === 1),
            fc('counterparty'),
            fc('scope'),
          ],
        );
      if (mens.length > 0)
        await c.query(
          `INSERT INTO mentions (item_id, idx, name, type, start, "end", text, match)
           SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[])`,
          [mc('item_id'), mc('idx'), mc('name'), mc('type'), mc('start'), mc('end'), mc('text'), mc('match')],
        );
    });
  }

  async getExtractions(itemIds?: string[]): Promise<ItemExtraction[]> {
    const ids = itemIds ?? (await this.q<{ item_id: string }>('SELECT item_id FROM extractions ORDER BY item_id')).map((r) => r.item_id);
    if (ids.length === 0) return [];
    const byId = new Map<string, ItemExtraction>(ids.map((id) => [id, { itemId: id, figures: [], entities: [] }]));
    const where = itemIds !== undefined ? ' WHERE item_id = ANY($1::text[])' : '';
    const args = itemIds !== undefined ? [ids] : [];
    for (const r of await this.q<FigureRow & { negated: unknown }>(`SELECT * FROM figures${where} ORDER BY item_id, idx`, args))
      byId.get(r.item_id)?.figures.push(figureFromRow({ ...r, negated: r.negated ? 1 : 0 }));
    for (const r of await this.q<MentionRow>(`SELECT * FROM mentions${where} ORDER BY item_id, idx`, args))
      byId.get(r.item_id)?.entities.push(mentionFromRow(r));
    return [...byId.values()];
  }

  async getClusterEvidence(itemIds: string[], figureKinds: readonly Figure['kind'][]): Promise<ClusterEvidence[]> {
    if (itemIds.length === 0) return [];
    const byId = new Map<string, ClusterEvidence>(itemIds.map((id) => [id, { itemId: id, figures: [], entities: [] }]));
    type Evidence = { item_id: string; kind: string; value: number | null; low: number | null; high: number | null };
    const figures = await this.q<Evidence & { currency: string | null; subject: string | null }>(
      `SELECT ${EVIDENCE_COLUMNS} FROM figures WHERE item_id = ANY($1::text[]) AND kind = ANY($2::text[]) ORDER BY item_id, idx`,
      [itemIds, figureKinds],
    );
    for (const r of figures)
      byId.get(r.item_id)?.figures.push(evidenceFromRow([r.item_id, r.kind, r.value, r.low, r.high, r.currency, r.subject]));
    const names = await this.q<{ item_id: string; name: string }>(
      'SELECT item_id, name FROM mentions WHERE item_id = ANY($1::text[]) ORDER BY item_id, idx',
      [itemIds],
    );
    for (const r of names) byId.get(r.item_id)?.entities.push({ name: r.name });
    return [...byId.values()];
  }

  async itemsWithoutExtraction() {
    const rows = await this.q<{ id: string }>(
      `SELECT id FROM items WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.item_id = items.id)
       AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.item_id = items.id) ORDER BY id`,
    );
    return rows.map((r) => r.id);
  }

  async itemsExtractedBefore(at: string) {
    const rows = await this.q<{ item_id: string }>(
      `SELECT item_id FROM extractions e WHERE extracted_at < $1
       AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.item_id = e.item_id) ORDER BY item_id`,
      [at],
    );
    return rows.map((r) => r.item_id);
  }

  async itemsNaming(names: string[]) {
    if (names.length === 0) return [];
    const rows = await this.q<{ item_id: string }>(
      `SELECT item_id FROM mentions WHERE name = ANY($1::text[])
       UNION SELECT item_id FROM figures WHERE subject = ANY($1::text[]) OR counterparty = ANY($1::text[])
       ORDER BY item_id`,
      [[...new Set(names)]],
    );
    return rows.map((r) => r.item_id);
  }

  async quarantineItem(itemId: string, stage: string, reason: string) {
    await this.tx(async (c) => {
      if ((await c.query('SELECT 1 FROM items WHERE id = $1 FOR UPDATE', [itemId])).rowCount === 0) return;
      await c.query(
        `INSERT INTO quarantine (item_id, stage, reason, at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (item_id) DO UPDATE SET stage = excluded.stage, reason = excluded.reason, at = excluded.at`,
        [itemId, stage, reason, now()],
      );
      await c.query('DELETE FROM extractions WHERE item_id = $1', [itemId]);
      await c.query('UPDATE items SET story = NULL WHERE id = $1', [itemId]);
      await this.dropEmptyStories(c);
    });
  }

  async listQuarantine(): Promise<Quarantine[]> {
    const rows = await this.q<{ item_id: string; stage: string; reason: string; at: string; source: string }>(
      `SELECT q.item_id, q.stage, q.reason, q.at, sources.locator AS source FROM quarantine q
       JOIN items ON items.id = q.item_id JOIN sources ON sources.id = items.source_id ORDER BY q.at, q.item_id`,
    );
    return rows.map((r) => ({ itemId: r.item_id, stage: r.stage, reason: r.reason, at: r.at, source: r.source }));
  }

  async remove(target: string): Promise<Removed> {
    return this.tx(async (c) => {
      const removed: Removed = { items: [], sources: [] };
      if ((await c.query('DELETE FROM items WHERE id = $1', [target])).rowCount) {
        removed.items.push(target);
      } else {
        const src =
          (await this.q<{ id: number; locator: string }>('SELECT id, locator FROM sources WHERE locator = $1', [target], c))[0] ??
          (/^\d{1,9}$/.test(target)
            ? (await this.q<{ id: number; locator: string }>('SELECT id, locator FROM sources WHERE id = $1', [Number(target)], c))[0]
            : undefined);
        if (!src) return removed;
        const gone = await this.q<{ id: string }>('DELETE FROM items WHERE source_id = $1 RETURNING id', [src.id], c);
        removed.items.push(...gone.map((r) => r.id).sort());
        await c.query('DELETE FROM sources WHERE id = $1', [src.id]);
        removed.sources.push(src.locator);
      }
      await this.dropEmptyStories(c);
      return removed;
    });
  }

  private async dropEmptyStories(c: Queryable): Promise<void> {
    await c.query('DELETE FROM stories WHERE NOT EXISTS (SELECT 1 FROM items WHERE items.story = stories.id)');
  }

  async saveKnowledge(k: KnowledgeSnapshot) {
    const kinds: string[] = [];
    const idx: number[] = [];
    const bodies: string[] = [];
    const add = (kind: string, xs: unknown[]) =>
      xs.forEach((x, i) => {
        kinds.push(kind);
        idx.push(i);
        bodies.push(JSON.stringify(x));
      });
    add('claim', k.claims);
    add('deal', k.deals);
    add('derived', k.derived);
    add('cycle', k.cycles);
    await this.tx(async (c) => {
      // One writer at a time: two workers refreshing knowledge at once must not interleave their snapshots.
      await c.query('LOCK TABLE knowledge IN EXCLUSIVE MODE');
      await c.query('DELETE FROM knowledge');
      // A snapshot saved whole replaces the per-item parts too: the next incremental update rebuilds every item.
      await c.query('DELETE FROM knowledge_items');
      await c.query('DELETE FROM knowledge_keys');
      await c.query('DELETE FROM knowledge_stale');
      await c.query('DELETE FROM knowledge_edges');
      await daybound.addEdges(
        c,
        edgeDelta(
          [],
          k.deals.map((d) => JSON.stringify(d)),
        ),
      );
      for (const [from, to] of daybound.writeSlices(kinds.length, (i) => bodies[i]?.length ?? 0))
        await c.query('INSERT INTO knowledge (kind, idx, body) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])', [
          kinds.slice(from, to),
          idx.slice(from, to),
          bodies.slice(from, to),
        ]);
    });
  }

  async getKnowledge(): Promise<KnowledgeSnapshot> {
    const rows = (
      await this.q<{ kind: string; body: string; ord: string | null; idx: number }>('SELECT kind, body, ord, idx FROM knowledge')
    ).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : byOrd(a, b)));
    const k: KnowledgeSnapshot = { claims: [], deals: [], derived: [], cycles: [] };
    for (const r of rows) {
      const body: unknown = JSON.parse(r.body);
      if (r.kind === 'claim') k.claims.push(body as KnowledgeSnapshot['claims'][number]);
      else if (r.kind === 'deal') k.deals.push(body as KnowledgeSnapshot['deals'][number]);
      else if (r.kind === 'derived') k.derived.push(body as KnowledgeSnapshot['derived'][number]);
      else if (r.kind === 'cycle') k.cycles.push(body as string[]);
    }
    return k;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const tsq = tsqueryLiteral(query);
    if (tsq === null) return [];
    const rows = await this.q<{ itemId: string; title: string; text: string; score: number }>(
      `SELECT items.id AS "itemId", items.title, items.text, ts_rank(items.search, q) AS score
       FROM items, CAST($1 AS tsquery) AS q WHERE items.search @@ q
       ORDER BY score DESC, items.date DESC NULLS LAST, items.id LIMIT $2`,
      [tsq, limit],
    );
    const words = queryWords(query);
    return rows.map((r) => ({ itemId: r.itemId, title: r.title, snippet: snippetOf(r.text, words), score: r.score }));
  }

  private makePushLog(): PushLog {
    const q = this.q.bind(this);
    return {
      async has(channel, key) {
        return (await q('SELECT 1 FROM push_log WHERE channel = $1 AND key = $2', [channel, key])).length > 0;
      },
      async reserve(channel, key) {
        const rows = await q(
          `INSERT INTO push_log (channel, key, status, at) VALUES ($1, $2, 'reserved', $3) ON CONFLICT (channel, key) DO NOTHING RETURNING 1`,
          [channel, key, now()],
        );
        return rows.length === 1;
      },
      async markSent(channel, key, detail) {
        await q(
          `INSERT INTO push_log (channel, key, status, detail, at) VALUES ($1, $2, 'sent', $3, $4)
           ON CONFLICT (channel, key) DO UPDATE SET status = 'sent', detail = excluded.detail, at = excluded.at`,
          [channel, key, detail ?? null, now()],
        );
      },
      async release(channel, key) {
        await q(`DELETE FROM push_log WHERE channel = $1 AND key = $2 AND status = 'reserved'`, [channel, key]);
      },
      async list(channel) {
        return channel
          ? q<{ channel: string; key: string; status: 'reserved' | 'sent'; at: string }>(
              'SELECT channel, key, status, at FROM push_log WHERE channel = $1 ORDER BY at',
              [channel],
            )
          : q<{ channel: string; key: string; status: 'reserved' | 'sent'; at: string }>(
              'SELECT channel, key, status, at FROM push_log ORDER BY at',
            );
      },
    };
  }

  private makeCache(): KeyValueCache {
    const q = this.q.bind(this);
    return {
      async get(namespace, key) {
        return (await q<{ value: string }>('SELECT value FROM cache WHERE namespace = $1 AND key = $2', [namespace, key]))[0]?.value;
      },
      async put(namespace, key, value) {
        await q(
          `INSERT INTO cache (namespace, key, value, at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, at = excluded.at`,
          [namespace, key, value, now()],
        );
      },
    };
  }

  private makeLedger(): Ledger {
    const q = this.q.bind(this);
    return {
      async add(e: LedgerEntry) {
        await q(
          'INSERT INTO ledger (at, model, prompt_tokens, completion_tokens, cost, cached, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7)',
          [e.at, e.model, e.promptTokens, e.completionTokens, e.cost, e.cached, e.purpose],
        );
      },
      async list(since) {
        const rows = await q<{
          at: string;
          model: string;
          prompt_tokens: number;
          completion_tokens: number;
          cost: number;
          cached: boolean;
          purpose: string;
        }>(since ? 'SELECT * FROM ledger WHERE at >= $1 ORDER BY id' : 'SELECT * FROM ledger ORDER BY id', since ? [since] : []);
        return rows.map((r) => ({
          at: r.at,
          model: r.model,
          promptTokens: r.prompt_tokens,
          completionTokens: r.completion_tokens,
          cost: r.cost,
          cached: r.cached,
          purpose: r.purpose,
        }));
      },
    };
  }

  /** Foreign keys are enforced by PostgreSQL; this reports invalid indexes (a failed concurrent build) and unreachable data. */
  async check() {
    const [r] = await this.q<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = $1 AND NOT i.indisvalid`,
      [this.target.schema],
    );
    return (r?.n ?? 0) === 0 ? 'ok' : `${r?.n} invalid indexes`;
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
