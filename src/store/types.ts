/**
 * The Store: the one storage interface every driver implements (sqlite now, postgres later).
 * Methods are domain-level and async so a networked driver fits; each write method is one transaction.
 */
import type {
  Claim,
  DealEdge,
  DerivedFact,
  EntityMention,
  Figure,
  ItemRecord,
  NormalizedItem,
  SourceKind,
  SourceRecord,
  Story,
} from '../types/index.js';
import type { DealPair } from './deal-edges.js';

export type { DealPair } from './deal-edges.js';

export interface SourceHealth {
  ok: boolean;
  error?: string;
  items?: number;
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  /** A failure over the parse budget: the key of the bytes and limits refused (ingest `Parser.refusalKey`), kept until a read succeeds. */
  refusedKey?: string;
}

/** An item's search terms made ahead (`indexTerms` of its title and of its text). */
export type ItemTerms = readonly [title: string, text: string];

export interface SaveItemsResult {
  /** Ids of items newly stored. */
  added: string[];
  /** Ids of items already stored (same content hash): nothing written. */
  skipped: string[];
}

export interface ItemFilter {
  /** Inclusive ISO lower bound on item date. */
  since?: string;
  /** Exclusive ISO upper bound on item date. */
  until?: string;
  /** With `since`/`until`: also undated items ingested within the same bounds (a digest reads one day). */
  orUndatedIngested?: boolean;
  ids?: string[];
  kind?: ItemRecord['kind'];
  /** Load each item's sentences (default true); listings and the clusterer do without them and save memory. */
  withSentences?: boolean;
  /**
   * Load each item's raw text (default true); without it `raw` is '' (the clusterer reads title and text only, and the
   * raw text is about as long as the text: reading it cost a store read's time and memory for nothing).
   */
  withRaw?: boolean;
  /** Also list quarantined items (default false: every stage skips them; the `items` listing shows them). */
  withQuarantined?: boolean;
}

/** Why an item was set aside: the stage that refused or failed on it, and a message naming the limit or error. */
export interface Quarantine {
  itemId: string;
  stage: string;
  reason: string;
  at: string;
  /** The locator of the item's source. */
  source: string;
}

/** What a removal deleted. */
export interface Removed {
  items: string[];
  sources: string[];
}

/** Extraction results stored per item (replaced as a whole on re-extraction). */
export interface ItemExtraction {
  itemId: string;
  figures: Figure[];
  entities: EntityMention[];
}

/** A figure as the clusterer weighs it: `Figure`'s fields of the same names (absent where the figure has none). */
export type EvidenceFigure = Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency' | 'subject'>;

/** What the clusterer reads of an item's extraction; an `ItemExtraction` is one. */
export interface ClusterEvidence {
  itemId: string;
  figures: EvidenceFigure[];
  entities: Pick<EntityMention, 'name'>[];
}

/** The knowledge layer's output, replaced as a whole each run (so re-runs never duplicate). */
export interface KnowledgeSnapshot {
  claims: Claim[];
  deals: DealEdge[];
  derived: DerivedFact[];
  cycles: string[][];
}

/** Records what was sent where, so a push is never repeated (see publish/). */
export interface PushLog {
  /** True when `key` was already sent (or is being sent) on `channel`. */
  has(channel: string, key: string): Promise<boolean>;
  /** Reserve before sending: returns false if another run already reserved or sent it. */
  reserve(channel: string, key: string): Promise<boolean>;
  /** Mark as sent after the channel accepted it. */
  markSent(channel: string, key: string, detail?: string): Promise<void>;
  /** Release a reservation whose send failed (so a later run retries). */
  release(channel: string, key: string): Promise<void>;
  list(channel?: string): Promise<{ channel: string; key: string; status: 'reserved' | 'sent'; at: string }[]>;
}

/** A small persistent key-value cache (the LLM response cache). */
export interface KeyValueCache {
  get(namespace: string, key: string): Promise<string | undefined>;
  put(namespace: string, key: string, value: string): Promise<void>;
}

export interface LedgerEntry {
  at: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  cost: number;
  cached: boolean;
  purpose: string;
}

export interface Ledger {
  add(entry: LedgerEntry): Promise<void>;
  list(since?: string): Promise<LedgerEntry[]>;
}

export interface SearchHit {
  itemId: string;
  title: string;
  snippet: string;
  score: number;
}

export interface Store {
  /** Driver name and capabilities (like unstorage flags). */
  readonly driver: string;
  readonly flags: { fullTextSearch: boolean; concurrentWriters: boolean };

  upsertSource(kind: SourceKind, locator: string): Promise<SourceRecord>;
  getSource(locator: string): Promise<SourceRecord | undefined>;
  listSources(): Promise<SourceRecord[]>;
  recordSourceHealth(sourceId: number, health: SourceHealth): Promise<void>;

  /**
   * Optional: runs `fn` (which may await) as one write transaction, so the many small writes of a run of local files
   * (a source row, its items, its health, per file) commit once instead of once each; a nested call joins the outer
   * one, and the whole batch is rolled back if `fn` throws. Nothing else may write through this store meanwhile.
   */
  batch?<T>(fn: () => Promise<T>): Promise<T>;

  /**
   * Stores items of one source in one transaction; idempotent by content hash. `terms`: each item's search terms (title,
   * text) as `indexTerms` (store/search-terms.ts) makes them, when made ahead on another thread (ingest's read-ahead);
   * a driver that indexes otherwise ignores them.
   */
  saveItems(sourceId: number, items: NormalizedItem[], terms?: readonly ItemTerms[]): Promise<SaveItemsResult>;
  getItem(id: string): Promise<ItemRecord | undefined>;
  listItems(filter?: ItemFilter): Promise<ItemRecord[]>;
  countItems(): Promise<number>;

  /** Replaces all story assignments in one transaction. */
  saveStories(stories: Story[]): Promise<void>;
  listStories(date?: string): Promise<Story[]>;
  // Day-bounded clustering (issue 14).
  /** Items (quarantined excluded) whose cluster features are not stored yet: the ones the next clustering adds. */
  itemsWithoutClusterFeatures(): Promise<string[]>;
  /** Streams stored cluster features by day range and/or ids, ordered by (day, item id); quarantined items excluded. */
  clusterFeatures(filter: ClusterFeatureFilter): AsyncIterable<ClusterFeatureRow>;
  getClusterState(name: string): Promise<Uint8Array | undefined>;
  /** Saves new features and state and replaces the stories of `scope`, in one transaction. */
  commitClustering(commit: ClusteringCommit): Promise<void>;
  /** The stories (with every member) holding any of the given items. */
  listStoriesOfItems(itemIds: string[]): Promise<Story[]>;
  countStories(): Promise<number>;

  /** Replaces the extraction of the given items in one transaction. */
  saveExtractions(extractions: ItemExtraction[]): Promise<void>;
  getExtractions(itemIds?: string[]): Promise<ItemExtraction[]>;
  /**
   * What the clusterer weighs of the given items' extractions (`ClusterEvidence`): each mention's name and each
   * figure of `figureKinds` with its value, range, currency and subject, in their stored order, as `getExtractions`
   * would give them (one per given id, empty lists for an item not extracted). A narrower read than the whole
   * extraction: clustering reads every new item's.
   */
  getClusterEvidence(itemIds: string[], figureKinds: readonly Figure['kind'][]): Promise<ClusterEvidence[]>;
  /** Items with no extraction stored yet (quarantined items excluded). */
  itemsWithoutExtraction(): Promise<string[]>;
  /** Extracted items (sorted ids, quarantined excluded) whose extraction was saved before `at` (an ISO time). */
  itemsExtractedBefore(at: string): Promise<string[]>;
  /**
   * Extracted items (sorted ids) with a mention named any of `names` or a figure whose subject or counterparty is one
   * of them: the items a newly linked name renames (extract/entities/name-links.ts).
   */
  itemsNaming(names: string[]): Promise<string[]>;
  /** Sets an item aside (replacing any earlier reason) and drops what was derived from it; stages skip it from now on. */
  quarantineItem(itemId: string, stage: string, reason: string): Promise<void>;
  listQuarantine(): Promise<Quarantine[]>;
  /**
   * Deletes an item (by id) or a source (by locator or numeric id) with everything derived from it: sentences,
   * extractions, quarantine rows, story assignments and stories left empty. The knowledge snapshot is the caller's to
   * rebuild. Unknown targets remove nothing.
   */
  remove(target: string): Promise<Removed>;

  /** Replaces the knowledge snapshot in one transaction. */
  saveKnowledge(snapshot: KnowledgeSnapshot): Promise<void>;
  getKnowledge(): Promise<KnowledgeSnapshot>;
  // Incremental knowledge (issue 14).
  /** Extracted items (quarantined excluded) whose knowledge part is not stored yet. */
  itemsWithoutKnowledge(): Promise<string[]>;
  /** Items whose stored part was dropped since (removed, quarantined, re-extracted), with the claim keys and parties it had. */
  staleKnowledge(): Promise<{ items: string[]; claimKeys: string[]; parties: string[] }>;
  /** Streams stored parts by item id, or of the items touching any of the claim keys or parties. */
  itemKnowledge(filter: { ids?: string[]; claimKeys?: string[]; parties?: string[] }): AsyncIterable<ItemKnowledgeRow>;
  commitKnowledge(commit: KnowledgeCommit): Promise<void>;
  /**
   * One knowledge update handed over in pieces that commit together, so a large update (a first run over a whole
   * archive) is written as it is built and never held whole (docs/decisions/023). `fn` gets `write`, which applies one
   * piece as `commitKnowledge` would (lists a piece leaves out are empty), in the order written; a piece that fails
   * rejects `write` having written nothing of itself. Every piece is committed when `fn` resolves, none when it throws.
   * The store's other calls made from `fn`'s async context, reads included, run in the same transaction and see the
   * pieces written so far.
   */
  updateKnowledge<T>(fn: (write: (piece: Partial<KnowledgeCommit>) => Promise<void>) => Promise<T>): Promise<T>;
  /** The claim keys the stored parts of the given items touch (what `itemKnowledge` gives, without reading the parts). */
  claimKeysOfItems(itemIds: string[]): Promise<string[]>;
  /** Claim records of the given keys (`claimKey`), and of the given subject + metric pairs (`subject\u0000metric`). */
  claimsFor(filter: { keys?: string[]; subjectMetrics?: string[] }): Promise<KnowledgeSnapshot['claims']>;
  /**
   * The capital-flow edges (per payer and payee, how many stored deal records go that way, never 0) with an end in any
   * of the given nodes: what a knowledge update grows a graph component through.
   */
  dealPairs(nodes: string[]): Promise<DealPair[]>;
  /** Deal and derived-fact records of the given items. */
  knowledgeOfItems(itemIds: string[]): Promise<Pick<KnowledgeSnapshot, 'deals' | 'derived'>>;
  knowledgeCounts(): Promise<KnowledgeCounts>;

  search(query: string, limit?: number): Promise<SearchHit[]>;

  readonly pushLog: PushLog;
  readonly cache: KeyValueCache;
  readonly ledger: Ledger;

  /** Integrity check (sqlite: PRAGMA integrity_check). Returns 'ok' or the problems. */
  check(): Promise<string>;
  close(): Promise<void>;
}

// ---- Day-bounded pipeline (issue 14; docs/decisions/017-day-bounded-pipeline.md) ----

/** One item's clustering features, written when the item is first clustered (cluster/stored.ts makes and reads them). */
export interface ClusterFeatureRow {
  itemId: string;
  /** Day number (days since 1970-01-01 UTC) the item is windowed by: its date's, else the day it was ingested. */
  day: number;
  /** MinHash signature (empty for items never clustered with others: highlights, notes). */
  signature: Uint32Array;
  /** LSH band keys of the signature. */
  bands: Uint32Array;
  /** Candidate block keys (entity × topic, entity × money bucket, entity pairs, name tokens). */
  blocks: string[];
  /** The other features, JSON written by cluster/stored.ts. */
  body: string;
}

/** Which stored cluster features to read: a range of day numbers (inclusive) and/or ids. */
export interface ClusterFeatureFilter {
  sinceDay?: number;
  untilDay?: number;
  ids?: string[];
}

/** What one incremental clustering writes, in one transaction. */
export interface ClusteringCommit {
  /** Features of the items clustered for the first time. */
  features: ClusterFeatureRow[];
  /** Named state kept between runs (shingle, entity and figure document frequencies), each replaced as a whole. */
  state: { name: string; value: Uint8Array }[];
  /** Items whose story assignment is replaced: the stories holding any of them are deleted first. */
  scope: string[];
  /** The new stories of those items. */
  stories: Story[];
}

/** One item's part of the knowledge (knowledge/build.ts `ItemKnowledge`, JSON), with the keys it touches. */
export interface ItemKnowledgeRow {
  itemId: string;
  body: string;
  /** The claim groups its statements fall in. */
  claimKeys: string[];
  /** The payers and payees of its deals (nodes of the capital-flow graph). */
  parties: string[];
}

/** A knowledge record as stored: `key` finds it (a claim's group, a deal's or derived fact's item, a loop's nodes), `ord` orders it. */
export interface KnowledgeRow {
  key: string;
  ord: string;
  body: string;
}

/** What one incremental knowledge update writes, in one transaction. */
export interface KnowledgeCommit {
  /** Parts of newly built items. */
  items: ItemKnowledgeRow[];
  /** Items whose part was dropped (removed, quarantined, re-extracted) and is now accounted for: their keys are forgotten. */
  settled: string[];
  /** Claim records of these keys replaced by `rows`. */
  claims: { keys: string[]; rows: KnowledgeRow[] };
  /** Deal and derived-fact records of these items replaced. */
  deals: { items: string[]; rows: KnowledgeRow[] };
  derived: { items: string[]; rows: KnowledgeRow[] };
  /** Loops through any of these nodes replaced. */
  cycles: { nodes: string[]; rows: KnowledgeRow[] };
}

/** A whole commit from one piece of it (`updateKnowledge`): the lists the piece leaves out are empty. */
export function knowledgePiece(p: Partial<KnowledgeCommit>): KnowledgeCommit {
  return {
    items: p.items ?? [],
    settled: p.settled ?? [],
    claims: p.claims ?? { keys: [], rows: [] },
    deals: p.deals ?? { items: [], rows: [] },
    derived: p.derived ?? { items: [], rows: [] },
    cycles: p.cycles ?? { nodes: [], rows: [] },
  };
}

/** Totals of the stored knowledge (the run report's line). */
export interface KnowledgeCounts {
  claims: number;
  conflicts: number;
  deals: number;
  derived: number;
  cycles: number;
}
