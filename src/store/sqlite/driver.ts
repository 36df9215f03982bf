/** The SQLite store (better-sqlite3): WAL, foreign keys, append-only migrations, one transaction per write. */
import type Database from 'better-sqlite3';
import type { Figure, NormalizedItem, SourceKind, Story } from '../../types/index.js';
import { append } from '../../util/arrays.js';
import { edgeDelta } from '../deal-edges.js';
import { indexTerms, isEmptyQuery, parseQuery, type SearchQuery } from '../search-terms.js';
import { searchSnippet } from '../snippet.js';
import type {
  ClusterEvidence,
  ClusterFeatureFilter,
  ClusterFeatureRow,
  ClusteringCommit,
  ItemExtraction,
  ItemFilter,
  ItemKnowledgeRow,
  ItemTerms,
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
import { openReadOnly, openWritable } from './open.js';
import {
  EVIDENCE_COLUMNS,
  type EvidenceValues,
  evidenceFromRow,
  FIGURE_COLUMNS,
  type FigureValues,
  figureFromRow,
  figureRowOf,
  figureToRow,
  ITEM_COLUMNS_AFTER_RAW,
  ITEM_COLUMNS_BEFORE_RAW,
  type ItemRow,
  type ItemValues,
  itemFromRow,
  itemRowOf,
  MENTION_COLUMNS,
  type MentionValues,
  mentionFromRow,
  mentionRowOf,
  SENTENCE_COLUMNS,
  type SentenceRow,
  type SentenceValues,
  type SourceRow,
  sentenceRowOf,
  sourceFromRow,
} from './rows.js';

const now = (): string => new Date().toISOString();

export { migrate } from './open.js';

/** How many of the newest matches a search ranks (see `search`). */
export const SEARCH_WINDOW = 2000;

/** The items' columns, `raw` among them (an item listed without its raw text reads '' in its place). */
const itemSelect = (withRaw = true): string =>
  `SELECT ${ITEM_COLUMNS_BEFORE_RAW}, ${withRaw ? 'items.raw' : "'' AS raw"}, ${ITEM_COLUMNS_AFTER_RAW} FROM items JOIN sources ON sources.id = items.source_id`;
const ITEM_SELECT = itemSelect();

export class SqliteStore implements Store {
  readonly driver = 'sqlite';
  readonly flags = { fullTextSearch: true, concurrentWriters: false };
  readonly pushLog: PushLog;
  readonly cache: KeyValueCache;
  readonly ledger: Ledger;
  private readonly db: Database.Database;
  /** Prepared statements by SQL text: preparing costs more than running the small statements ingest issues per item. */
  private readonly statements = new Map<string, Database.Statement>();
  /**
   * Inside `batch`: the search-index rows of the items saved so far, written just before the batch commits. FTS5 writes
   * its pending terms out as a new segment at every savepoint, so indexing each source's items inside its own
   * (nested) `saveItems` transaction made one tiny segment per file and a merge cascade at commit.
   */
  private pendingTerms: [number | bigint, string, string][] | null = null;

  /** `readonly`: for commands that only read (works on a read-only file or folder); any write then fails. */
  constructor(path: string, opts: { readonly?: boolean } = {}) {
    this.db = (opts.readonly ? openReadOnly(path) : null) ?? openWritable(path);
    this.pushLog = this.makePushLog();
    this.cache = this.makeCache();
    this.ledger = this.makeLedger();
  }

  /** The prepared statement for `sql`, cached (at most 256; statements with long IN lists are not worth keeping). */
  private stmt(sql: string): Database.Statement {
    const hit = this.statements.get(sql);
    if (hit) return hit;
    const st = this.db.prepare(sql);
    if (sql.length < 2000) {
      if (this.statements.size >= 256) this.statements.clear();
      this.statements.set(sql, st);
    }
    return st;
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    this.pendingTerms = [];
    try {
      const r = await fn();
      this.indexPending();
      this.db.exec('COMMIT');
      return r;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.pendingTerms = null;
    }
  }

  /** Writes the search terms `saveItems` kept back during a batch (see `pendingTerms`). */
  private indexPending(): void {
    const pending = this.pendingTerms;
    if (!pending || pending.length === 0) return;
    const index = this.stmt('INSERT INTO items_terms (rowid, title, text) VALUES (?, ?, ?)');
    for (const [rowid, title, text] of pending) index.run(rowid, title, text);
    pending.length = 0;
  }

  async upsertSource(kind: SourceKind, locator: string) {
    this.stmt('INSERT INTO sources (kind, locator, created_at) VALUES (?, ?, ?) ON CONFLICT(locator) DO NOTHING').run(kind, locator, now());
    const row = this.stmt('SELECT * FROM sources WHERE locator = ?').get(locator) as SourceRow;
    return sourceFromRow(row);
  }

  async getSource(locator: string) {
    const row = this.stmt('SELECT * FROM sources WHERE locator = ?').get(locator) as SourceRow | undefined;
    return row ? sourceFromRow(row) : undefined;
  }

  async listSources() {
    return (this.stmt('SELECT * FROM sources ORDER BY id').all() as SourceRow[]).map(sourceFromRow);
  }

  async recordSourceHealth(sourceId: number, h: SourceHealth) {
    const at = now();
    if (h.ok) {
      this.stmt(
        `UPDATE sources SET last_success_at = ?, items_last_fetch = ?, etag = COALESCE(?, etag),
           last_modified = COALESCE(?, last_modified), title = COALESCE(?, title), refused_key = NULL WHERE id = ?`,
      ).run(at, h.items ?? null, h.etag ?? null, h.lastModified ?? null, h.title ?? null, sourceId);
    } else {
      this.stmt('UPDATE sources SET last_error_at = ?, last_error = ?, refused_key = COALESCE(?, refused_key) WHERE id = ?').run(
        at,
        h.error ?? 'unknown error',
        h.refusedKey ?? null,
        sourceId,
      );
    }
  }

  async saveItems(sourceId: number, items: NormalizedItem[], made?: readonly ItemTerms[]): Promise<SaveItemsResult> {
    const insert = this.stmt(
      `INSERT INTO items (id, hash, source_id, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, story, ingested_at)
       VALUES (@id, @hash, @source_id, @kind, @format, @title, @url, @date, @author, @lang, @raw, @text, @meta, @pairs, @links, @messages, NULL, @ingested_at)
       ON CONFLICT(hash) DO NOTHING`,
    );
    const insertSentence = this.stmt('INSERT INTO sentences (item_id, idx, para, start, end) VALUES (?, ?, ?, ?, ?)');
    const index = this.stmt('INSERT INTO items_terms (rowid, title, text) VALUES (?, ?, ?)');
    const result: SaveItemsResult = { added: [], skipped: [] };
    const at = now();
    const terms: [number | bigint, string, string][] = [];
    this.db.transaction(() => {
      for (let k = 0; k < items.length; k++) {
        const it = items[k] as NormalizedItem;
        const info = insert.run({
          id: it.id,
          hash: it.hash,
          source_id: sourceId,
          kind: it.kind,
          format: it.format,
          title: it.title,
          url: it.url,
          date: it.date,
          author: it.author,
          lang: it.lang,
          raw: it.raw,
          text: it.text,
          meta: JSON.stringify(it.meta),
          pairs: JSON.stringify(it.pairs),
          links: JSON.stringify(it.links),
          messages: JSON.stringify(it.messages),
          ingested_at: at,
        });
        if (info.changes === 0) {
          result.skipped.push(it.id);
          continue;
        }
        for (const s of it.sentences) insertSentence.run(it.id, s.index, s.para, s.start, s.end);
        const ahead = made?.[k];
        const row: [number | bigint, string, string] = ahead
          ? [info.lastInsertRowid, ahead[0], ahead[1]]
          : [info.lastInsertRowid, indexTerms(it.title), indexTerms(it.text)];
        if (this.pendingTerms) terms.push(row);
        else index.run(...row);
        result.added.push(it.id);
      }
    })();
    // Kept for the batch's commit only once this source's items are in (a failed save leaves nothing to index).
    if (this.pendingTerms) append(this.pendingTerms, terms);
    return result;
  }

  private loadSentences(ids: string[]): Map<string, SentenceRow[]> {
    const map = new Map<string, SentenceRow[]>();
    if (ids.length === 0) return map;
    // 500 ids at a time: a day's items never read the whole table.
    for (let i = 0; i < ids.length; i += 500) {
      const list = ids.slice(i, i + 500);
      const sql = `SELECT ${SENTENCE_COLUMNS} FROM sentences WHERE item_id IN (${list.map(() => '?').join(',')}) ORDER BY item_id, idx`;
      // Rows as arrays (`raw`), named by `sentenceRowOf`'s literal: cheaper than the driver's objects (decision 073).
      let id = '';
      let rows: SentenceRow[] = [];
      for (const v of this.stmt(sql)
        .raw(true)
        .iterate(...list) as IterableIterator<SentenceValues>) {
        if (v[0] !== id) {
          id = v[0];
          rows = map.get(id) ?? [];
          map.set(id, rows);
        }
        rows.push(sentenceRowOf(v));
      }
    }
    return map;
  }

  async getItem(id: string) {
    const row = this.stmt(`${ITEM_SELECT} WHERE items.id = ?`).get(id) as ItemRow | undefined;
    if (!row) return undefined;
    return itemFromRow(row, this.loadSentences([id]).get(id) ?? []);
  }

  async listItems(filter: ItemFilter = {}) {
    const where: string[] = [];
    const params: unknown[] = [];
    const range: string[] = [];
    if (filter.since) {
      range.push('items.date >= ?');
      params.push(filter.since);
    }
    if (filter.until) {
      range.push('items.date < ?');
      params.push(filter.until);
    }
    if (range.length > 0 && filter.orUndatedIngested) {
      const undated = ['items.date IS NULL'];
      if (filter.since) {
        undated.push('items.ingested_at >= ?');
        params.push(filter.since);
      }
      if (filter.until) {
        undated.push('items.ingested_at < ?');
        params.push(filter.until);
      }
      where.push(`((${range.join(' AND ')}) OR (${undated.join(' AND ')}))`);
    } else append(where, range);
    if (filter.kind) {
      where.push('items.kind = ?');
      params.push(filter.kind);
    }
    if (filter.ids) {
      if (filter.ids.length === 0) return [];
      where.push(`items.id IN (${filter.ids.map(() => '?').join(',')})`);
      append(params, filter.ids);
    }
    if (!filter.withQuarantined) where.push('items.id NOT IN (SELECT item_id FROM quarantine)');
    const sql = `${itemSelect(filter.withRaw)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY items.date, items.id`;
    const rows = (
      this.stmt(sql)
        .raw(true)
        .all(...params) as ItemValues[]
    ).map(itemRowOf);
    const sentences = filter.withSentences === false ? new Map<string, SentenceRow[]>() : this.loadSentences(rows.map((r) => r.id));
    return rows.map((r) => itemFromRow(r, sentences.get(r.id) ?? []));
  }

  async countItems() {
    return (this.stmt('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  }

  async saveStories(stories: Story[]) {
    const insert = this.stmt('INSERT INTO stories (id, title, date) VALUES (?, ?, ?)');
    const assign = this.stmt('UPDATE items SET story = ? WHERE id = ?');
    this.db.transaction(() => {
      this.stmt('UPDATE items SET story = NULL').run();
      this.stmt('DELETE FROM stories').run();
      for (const s of stories) {
        insert.run(s.id, s.title, s.date);
        for (const id of s.items) assign.run(s.id, id);
      }
    })();
  }

  async listStories(date?: string) {
    const rows = (
      date
        ? this.stmt('SELECT * FROM stories WHERE date = ? ORDER BY date, id').all(date)
        : this.stmt('SELECT * FROM stories ORDER BY date, id').all()
    ) as { id: string; title: string; date: string | null }[];
    const members = this.stmt('SELECT id FROM items WHERE story = ? ORDER BY date, id');
    return rows.map((r) => ({ ...r, items: (members.all(r.id) as { id: string }[]).map((m) => m.id) }));
  }

  // Day-bounded clustering (issue 14): SQL in daybound.ts.
  async itemsWithoutClusterFeatures() {
    return daybound.itemsWithoutClusterFeatures(this.st);
  }

  async *clusterFeatures(filter: ClusterFeatureFilter): AsyncIterable<ClusterFeatureRow> {
    yield* daybound.clusterFeatures(this.st, filter);
  }

  async getClusterState(name: string) {
    return daybound.getClusterState(this.st, name);
  }

  async commitClustering(commit: ClusteringCommit) {
    daybound.commitClustering(this.db, this.st, commit, now());
  }

  async listStoriesOfItems(itemIds: string[]) {
    return daybound.listStoriesOfItems(this.st, itemIds);
  }

  async countStories() {
    return daybound.countStories(this.st);
  }

  private readonly st = (sql: string) => this.stmt(sql);

  // Incremental knowledge (issue 14): SQL in daybound.ts.
  async itemsWithoutKnowledge() {
    return daybound.itemsWithoutKnowledge(this.st);
  }

  async staleKnowledge() {
    return daybound.staleKnowledge(this.st);
  }

  async *itemKnowledge(filter: { ids?: string[]; claimKeys?: string[]; parties?: string[] }): AsyncIterable<ItemKnowledgeRow> {
    yield* daybound.itemKnowledge(this.st, filter);
  }

  async commitKnowledge(commit: KnowledgeCommit) {
    daybound.commitKnowledge(this.db, this.st, commit);
  }

  /** The pieces are savepoints of one `batch` (BEGIN IMMEDIATE … COMMIT): nothing else writes this file meanwhile. */
  updateKnowledge<T>(fn: (write: (piece: Partial<KnowledgeCommit>) => Promise<void>) => Promise<T>): Promise<T> {
    return this.batch(() => fn(async (piece) => daybound.commitKnowledge(this.db, this.st, knowledgePiece(piece))));
  }

  async claimsFor(filter: { keys?: string[]; subjectMetrics?: string[] }) {
    return daybound.claimsFor(this.st, filter);
  }

  async claimKeysOfItems(itemIds: string[]) {
    return daybound.claimKeysOfItems(this.st, itemIds);
  }

  async dealPairs(nodes: string[]) {
    return daybound.dealPairs(this.st, nodes);
  }

  async knowledgeOfItems(itemIds: string[]) {
    return daybound.knowledgeOfItems(this.st, itemIds);
  }

  async knowledgeCounts() {
    return daybound.knowledgeCounts(this.st);
  }

  async saveExtractions(extractions: ItemExtraction[]) {
    const del = this.stmt('DELETE FROM extractions WHERE item_id = ?');
    // Re-extracted items are clustered again as new (their entities and figures are cluster features).
    const unfeature = this.stmt('DELETE FROM cluster_features WHERE item_id = ?');
    const mark = this.stmt('INSERT INTO extractions (item_id, extracted_at) VALUES (?, ?)');
    // Positional parameters (the columns of figureToRow, in order): binding ~400,000 rows by name cost more than the rows.
    const fig = this.stmt(
      `INSERT INTO figures (item_id, idx, start, end, text, kind, value, low, high, currency, unit, qualifier, direction, subject, metric, period, negated, counterparty, scope)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const men = this.stmt('INSERT INTO mentions (item_id, idx, name, type, start, end, text, match) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const at = now();
    this.db.transaction(() => {
      for (const x of extractions) {
        del.run(x.itemId);
        unfeature.run(x.itemId);
        mark.run(x.itemId, at);
        x.figures.forEach((f, i) => {
          const r = figureToRow(x.itemId, i, f);
          fig.run(
            r.item_id,
            r.idx,
            r.start,
            r.end,
            r.text,
            r.kind,
            r.value,
            r.low,
            r.high,
            r.currency,
            r.unit,
            r.qualifier,
            r.direction,
            r.subject,
            r.metric,
            r.period,
            r.negated,
            r.counterparty,
            r.scope,
          );
        });
        x.entities.forEach((m, i) => men.run(x.itemId, i, m.name, m.type, m.start, m.end, m.text, m.match));
      }
    })();
  }

  async getExtractions(itemIds?: string[]): Promise<ItemExtraction[]> {
    const ids =
      itemIds ?? (this.stmt('SELECT item_id FROM extractions ORDER BY item_id').all() as { item_id: string }[]).map((r) => r.item_id);
    const byId = new Map<string, ItemExtraction>(ids.map((id) => [id, { itemId: id, figures: [], entities: [] }]));
    if (ids.length === 0) return [];
    // Given ids are read 500 at a time (never the whole table for a day's items); all ids: one streamed pass.
    const lists =
      itemIds === undefined ? [null] : Array.from({ length: Math.ceil(ids.length / 500) }, (_, i) => ids.slice(i * 500, i * 500 + 500));
    for (const list of lists) {
      const inList = list ? ` WHERE item_id IN (${list.map(() => '?').join(',')})` : '';
      const args = list ?? [];
      // Rows as arrays (`raw`), named by the literal of `figureRowOf` / `mentionRowOf`: cheaper than the driver's objects.
      const figures = this.stmt(`SELECT ${FIGURE_COLUMNS} FROM figures${inList} ORDER BY item_id, idx`).raw(true);
      for (const v of figures.iterate(...args) as IterableIterator<FigureValues>) {
        byId.get(v[0])?.figures.push(figureFromRow(figureRowOf(v)));
      }
      const mentions = this.stmt(`SELECT ${MENTION_COLUMNS} FROM mentions${inList} ORDER BY item_id, idx`).raw(true);
      for (const v of mentions.iterate(...args) as IterableIterator<MentionValues>) {
        byId.get(v[0])?.entities.push(mentionFromRow(mentionRowOf(v)));
      }
    }
    return [...byId.values()];
  }

  async getClusterEvidence(itemIds: string[], figureKinds: readonly Figure['kind'][]): Promise<ClusterEvidence[]> {
    const byId = new Map<string, ClusterEvidence>(itemIds.map((id) => [id, { itemId: id, figures: [], entities: [] }]));
    const kinds = figureKinds.map(() => '?').join(',');
    for (let i = 0; i < itemIds.length; i += 500) {
      const list = itemIds.slice(i, i + 500);
      const inList = `item_id IN (${list.map(() => '?').join(',')})`;
      if (figureKinds.length > 0) {
        const figures = this.stmt(`SELECT ${EVIDENCE_COLUMNS} FROM figures WHERE ${inList} AND kind IN (${kinds}) ORDER BY item_id, idx`);
        for (const v of figures.raw(true).iterate(...list, ...figureKinds) as IterableIterator<EvidenceValues>)
          byId.get(v[0])?.figures.push(evidenceFromRow(v));
      }
      const names = this.stmt(`SELECT item_id, name FROM mentions WHERE ${inList} ORDER BY item_id, idx`).raw(true);
      for (const v of names.iterate(...list) as IterableIterator<[string, string]>) byId.get(v[0])?.entities.push({ name: v[1] });
    }
    return [...byId.values()];
  }

  async itemsWithoutExtraction() {
    const sql = `SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM extractions)
      AND id NOT IN (SELECT item_id FROM quarantine) ORDER BY id`;
    return (this.stmt(sql).all() as { id: string }[]).map((r) => r.id);
  }

  async itemsExtractedBefore(at: string) {
    const sql = `SELECT item_id FROM extractions WHERE extracted_at < ?
      AND item_id NOT IN (SELECT item_id FROM quarantine) ORDER BY item_id`;
    return (this.stmt(sql).all(at) as { item_id: string }[]).map((r) => r.item_id);
  }

  async itemsNaming(names: string[]) {
    const ids = new Set<string>();
    const unique = [...new Set(names)];
    for (let i = 0; i < unique.length; i += 500) {
      const c = unique.slice(i, i + 500);
      const m = c.map(() => '?').join(',');
      const sql = `SELECT item_id FROM mentions WHERE name IN (${m})
        UNION SELECT item_id FROM figures WHERE subject IN (${m}) UNION SELECT item_id FROM figures WHERE counterparty IN (${m})`;
      for (const r of this.db.prepare(sql).all(...c, ...c, ...c) as { item_id: string }[]) ids.add(r.item_id);
    }
    return [...ids].sort();
  }

  async quarantineItem(itemId: string, stage: string, reason: string) {
    this.db.transaction(() => {
      if (!this.stmt('SELECT 1 FROM items WHERE id = ?').get(itemId)) return;
      this.stmt('INSERT OR REPLACE INTO quarantine (item_id, stage, reason, at) VALUES (?, ?, ?, ?)').run(itemId, stage, reason, now());
      this.stmt('DELETE FROM extractions WHERE item_id = ?').run(itemId);
      this.stmt('UPDATE items SET story = NULL WHERE id = ?').run(itemId);
      this.dropEmptyStories();
    })();
  }

  async listQuarantine(): Promise<Quarantine[]> {
    const rows = this.stmt(
      `SELECT q.item_id, q.stage, q.reason, q.at, sources.locator AS source FROM quarantine q
       JOIN items ON items.id = q.item_id JOIN sources ON sources.id = items.source_id ORDER BY q.at, q.item_id`,
    ).all() as { item_id: string; stage: string; reason: string; at: string; source: string }[];
    return rows.map((r) => ({ itemId: r.item_id, stage: r.stage, reason: r.reason, at: r.at, source: r.source }));
  }

  async remove(target: string): Promise<Removed> {
    const removed: Removed = { items: [], sources: [] };
    this.db.transaction(() => {
      const unindex = this.stmt('DELETE FROM items_terms WHERE rowid = (SELECT rowid FROM items WHERE id = ?)');
      const del = this.stmt('DELETE FROM items WHERE id = ?');
      // The contentless index forgets a row only when told, in the same transaction as the item.
      const delItem = {
        run(id: string) {
          unindex.run(id);
          del.run(id);
        },
      };
      if (this.stmt('SELECT 1 FROM items WHERE id = ?').get(target)) {
        delItem.run(target);
        removed.items.push(target);
      } else {
        const src = (this.stmt('SELECT id, locator FROM sources WHERE locator = ?').get(target) ??
          (/^\d+$/.test(target) ? this.stmt('SELECT id, locator FROM sources WHERE id = ?').get(Number(target)) : undefined)) as
          | { id: number; locator: string }
          | undefined;
        if (!src) return;
        for (const r of this.stmt('SELECT id FROM items WHERE source_id = ? ORDER BY id').all(src.id) as { id: string }[]) {
          delItem.run(r.id);
          removed.items.push(r.id);
        }
        this.stmt('DELETE FROM sources WHERE id = ?').run(src.id);
        removed.sources.push(src.locator);
      }
      this.dropEmptyStories();
    })();
    return removed;
  }

  /** Stories no item points to any more (after a removal or quarantine). */
  private dropEmptyStories(): void {
    this.stmt('DELETE FROM stories WHERE id NOT IN (SELECT story FROM items WHERE story IS NOT NULL)').run();
  }

  async saveKnowledge(k: KnowledgeSnapshot) {
    const ins = this.stmt('INSERT INTO knowledge (kind, idx, body) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.stmt('DELETE FROM knowledge').run();
      // A snapshot saved whole replaces the per-item parts too: the next incremental update rebuilds every item.
      this.stmt('DELETE FROM knowledge_items').run();
      this.stmt('DELETE FROM knowledge_keys').run();
      this.stmt('DELETE FROM knowledge_stale').run();
      this.stmt('DELETE FROM knowledge_edges').run();
      daybound.addEdges(
        this.st,
        edgeDelta(
          [],
          k.deals.map((d) => JSON.stringify(d)),
        ),
      );
      k.claims.forEach((c, i) => ins.run('claim', i, JSON.stringify(c)));
      k.deals.forEach((d, i) => ins.run('deal', i, JSON.stringify(d)));
      k.derived.forEach((d, i) => ins.run('derived', i, JSON.stringify(d)));
      k.cycles.forEach((c, i) => ins.run('cycle', i, JSON.stringify(c)));
    })();
  }

  async getKnowledge(): Promise<KnowledgeSnapshot> {
    const rows = (
      this.stmt('SELECT kind, body, ord, idx FROM knowledge ORDER BY kind, idx').all() as {
        kind: string;
        body: string;
        ord: string | null;
        idx: number;
      }[]
    ).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : daybound.byOrd(a, b)));
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
    const q = parseQuery(query);
    if (isEmptyQuery(q)) return [];
    // bm25 is lower for better matches; a title match weighs twice a text match. Ranking looks at the newest
    // SEARCH_WINDOW matches (highest rowids: the most recently stored), so a query matching a third of a large store
    // costs the same as a rare one; a narrower query reaches further back. Only the best `limit` rowids are then
    // joined to items (whose text the snippet needs).
    const rows = this.stmt(
      `SELECT items.id AS itemId, items.title AS title, items.text AS text, best.score AS score
       FROM (SELECT rowid, score FROM (SELECT rowid, bm25(items_terms, 2.0, 1.0) AS score FROM items_terms
             WHERE items_terms MATCH ? ORDER BY rowid DESC LIMIT ${SEARCH_WINDOW}) ORDER BY score LIMIT ?) AS best
       JOIN items ON items.rowid = best.rowid ORDER BY best.score, items.id`,
    ).all(ftsMatch(q), limit) as { itemId: string; title: string; text: string; score: number }[];
    return rows.map((r) => ({ itemId: r.itemId, title: r.title, snippet: searchSnippet(r.text, query), score: -r.score }));
  }

  private makePushLog(): PushLog {
    const db = this.db;
    return {
      async has(channel, key) {
        return db.prepare('SELECT 1 FROM push_log WHERE channel = ? AND key = ?').get(channel, key) !== undefined;
      },
      async reserve(channel, key) {
        const info = db
          .prepare(`INSERT INTO push_log (channel, key, status, at) VALUES (?, ?, 'reserved', ?) ON CONFLICT(channel, key) DO NOTHING`)
          .run(channel, key, now());
        return info.changes === 1;
      },
      async markSent(channel, key, detail) {
        db.prepare(
          `INSERT INTO push_log (channel, key, status, detail, at) VALUES (?, ?, 'sent', ?, ?)
           ON CONFLICT(channel, key) DO UPDATE SET status = 'sent', detail = excluded.detail, at = excluded.at`,
        ).run(channel, key, detail ?? null, now());
      },
      async release(channel, key) {
        db.prepare(`DELETE FROM push_log WHERE channel = ? AND key = ? AND status = 'reserved'`).run(channel, key);
      },
      async list(channel) {
        const rows = (
          channel
            ? db.prepare('SELECT channel, key, status, at FROM push_log WHERE channel = ? ORDER BY at').all(channel)
            : db.prepare('SELECT channel, key, status, at FROM push_log ORDER BY at').all()
        ) as { channel: string; key: string; status: 'reserved' | 'sent'; at: string }[];
        return rows;
      },
    };
  }

  private makeCache(): KeyValueCache {
    const db = this.db;
    return {
      async get(namespace, key) {
        const r = db.prepare('SELECT value FROM cache WHERE namespace = ? AND key = ?').get(namespace, key) as
          | { value: string }
          | undefined;
        return r?.value;
      },
      async put(namespace, key, value) {
        db.prepare(
          'INSERT INTO cache (namespace, key, value, at) VALUES (?, ?, ?, ?) ON CONFLICT(namespace, key) DO UPDATE SET value = excluded.value, at = excluded.at',
        ).run(namespace, key, value, now());
      },
    };
  }

  private makeLedger(): Ledger {
    const db = this.db;
    return {
      async add(e: LedgerEntry) {
        db.prepare(
          'INSERT INTO ledger (at, model, prompt_tokens, completion_tokens, cost, cached, purpose) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(e.at, e.model, e.promptTokens, e.completionTokens, e.cost, e.cached ? 1 : 0, e.purpose);
      },
      async list(since) {
        const rows = (
          since
            ? db.prepare('SELECT * FROM ledger WHERE at >= ? ORDER BY id').all(since)
            : db.prepare('SELECT * FROM ledger ORDER BY id').all()
        ) as {
          at: string;
          model: string;
          prompt_tokens: number;
          completion_tokens: number;
          cost: number;
          cached: number;
          purpose: string;
        }[];
        return rows.map((r) => ({
          at: r.at,
          model: r.model,
          promptTokens: r.prompt_tokens,
          completionTokens: r.completion_tokens,
          cost: r.cost,
          cached: r.cached === 1,
          purpose: r.purpose,
        }));
      },
    };
  }

  async check() {
    const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    const problems = rows.map((r) => r.integrity_check).filter((x) => x !== 'ok');
    if (fk.length > 0) problems.push(`${fk.length} foreign key violations`);
    return problems.length === 0 ? 'ok' : problems.join('; ');
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}

/**
 * An FTS5 MATCH expression for a parsed query: each phrase quoted (adjacent tokens), each one-character query a prefix,
 * all joined by AND. Tokens are letters and digits only (search-terms.ts), so quoting cannot be escaped.
 * @example ftsMatch(parseQuery('英伟达 云')) // → '"英伟 伟达" AND "云"*'
 */
export function ftsMatch(q: SearchQuery): string {
  const quote = (t: string) => `"${t.replaceAll('"', '""')}"`;
  return [...q.phrases.map((p) => quote(p.join(' '))), ...q.prefixes.map((c) => `${quote(c)}*`)].join(' AND ');
}
