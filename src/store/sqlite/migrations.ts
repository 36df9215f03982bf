/** Append-only list of schema migrations for the SQLite store. Never edit a released step: add a new one. */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  locator TEXT NOT NULL UNIQUE,
  title TEXT,
  last_success_at TEXT,
  last_error_at TEXT,
  last_error TEXT,
  items_last_fetch INTEGER,
  etag TEXT,
  last_modified TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT
);
CREATE TABLE items (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  kind TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  date TEXT,
  author TEXT,
  lang TEXT NOT NULL,
  raw TEXT NOT NULL,
  text TEXT NOT NULL,
  meta TEXT NOT NULL,
  pairs TEXT NOT NULL,
  links TEXT NOT NULL,
  messages TEXT NOT NULL,
  story TEXT REFERENCES stories(id) ON DELETE SET NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX items_date ON items(date);
CREATE INDEX items_url ON items(url);
CREATE INDEX items_story ON items(story);
CREATE INDEX items_source ON items(source_id);
CREATE TABLE sentences (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  para INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (item_id, idx)
) WITHOUT ROWID;
CREATE TABLE extractions (
  item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  extracted_at TEXT NOT NULL
);
CREATE TABLE figures (
  item_id TEXT NOT NULL REFERENCES extractions(item_id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value REAL,
  low REAL,
  high REAL,
  currency TEXT,
  unit TEXT,
  qualifier TEXT NOT NULL,
  direction TEXT,
  subject TEXT,
  metric TEXT,
  period TEXT,
  PRIMARY KEY (item_id, idx)
) WITHOUT ROWID;
CREATE INDEX figures_claim ON figures(subject, metric, period);
CREATE TABLE mentions (
  item_id TEXT NOT NULL REFERENCES extractions(item_id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  match TEXT NOT NULL,
  PRIMARY KEY (item_id, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_name ON mentions(name);
CREATE TABLE knowledge (
  kind TEXT NOT NULL,
  idx INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, idx)
) WITHOUT ROWID;
CREATE TABLE push_log (
  channel TEXT NOT NULL,
  key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('reserved', 'sent')),
  detail TEXT,
  at TEXT NOT NULL,
  PRIMARY KEY (channel, key)
) WITHOUT ROWID;
CREATE TABLE cache (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (namespace, key)
) WITHOUT ROWID;
CREATE TABLE ledger (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  model TEXT NOT NULL,
  prompt_tokens INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  cost REAL NOT NULL,
  cached INTEGER NOT NULL,
  purpose TEXT NOT NULL
);
-- Full-text search over titles and text. The trigram tokenizer matches substrings,
-- which is what Chinese (no spaces between words) needs; queries shorter than three
-- characters fall back to LIKE in the driver.
CREATE VIRTUAL TABLE items_fts USING fts5(title, text, content='items', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
  INSERT INTO items_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER items_au AFTER UPDATE OF title, text ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  INSERT INTO items_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
`,
  },
  {
    version: 2,
    name: 'figures.negated (an amount the text denies states no claim) and figures.counterparty (who receives a payment)',
    sql: `
ALTER TABLE figures ADD COLUMN negated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN counterparty TEXT;
`,
  },
  {
    version: 3,
    name: 'quarantined items',
    sql: `
-- An item a stage refused (over a limit) or failed on: kept out of extraction, clustering, knowledge and digests until
-- removed; its row says which stage and why.
CREATE TABLE quarantine (
  item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL
) WITHOUT ROWID;
`,
  },
  {
    version: 4,
    name: 'sources.refused_key (bytes whose parsing went over its budget are not parsed again under the same limits)',
    sql: `
ALTER TABLE sources ADD COLUMN refused_key TEXT;
`,
  },
  {
    version: 5,
    name: 'search over indexTerms (Han bigrams + run-final character, folded words) instead of the trigram index',
    sql: `
-- The trigram index could not match two-character Chinese words (谷歌, 微软), the commonest query. The driver now writes
-- the terms of store/search-terms.ts (indexTerms) into a contentless FTS5 table in the same transaction as the item, and
-- queries it with parseQuery's phrases and prefixes. fb_index_terms is that function, registered on the connection for
-- this backfill.
DROP TRIGGER IF EXISTS items_ai;
DROP TRIGGER IF EXISTS items_ad;
DROP TRIGGER IF EXISTS items_au;
DROP TABLE IF EXISTS items_fts;
CREATE VIRTUAL TABLE items_terms USING fts5(title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
INSERT INTO items_terms(rowid, title, text) SELECT rowid, fb_index_terms(title), fb_index_terms(text) FROM items;
`,
  },
  {
    version: 6,
    name: 'cluster features by day (day-bounded clustering, issue 14)',
    sql: `
-- Each item's clustering features, written when it is first clustered: a later day reads only its window's rows.
CREATE TABLE cluster_features (
  item_id TEXT PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  signature BLOB NOT NULL,
  bands BLOB NOT NULL,
  blocks TEXT NOT NULL,
  body TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cluster_features_day ON cluster_features(day, item_id);
-- State kept between clustering runs (the shingle document-frequency table).
CREATE TABLE cluster_state (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL,
  at TEXT NOT NULL
) WITHOUT ROWID;
`,
  },
  {
    version: 7,
    name: 'knowledge parts per item and keyed knowledge records (incremental knowledge, issue 14)',
    sql: `
-- Each extracted item's part of the knowledge (statements, deals, derived facts), built once.
CREATE TABLE knowledge_items (
  item_id TEXT PRIMARY KEY REFERENCES extractions(item_id) ON DELETE CASCADE,
  body TEXT NOT NULL
) WITHOUT ROWID;
-- The claim groups and graph nodes each part touches; kept when the part goes (no foreign key), so the next update
-- knows what to recompute.
CREATE TABLE knowledge_keys (
  kind TEXT NOT NULL CHECK (kind IN ('claim', 'party')),
  key TEXT NOT NULL,
  item_id TEXT NOT NULL,
  PRIMARY KEY (kind, key, item_id)
) WITHOUT ROWID;
CREATE INDEX knowledge_keys_item ON knowledge_keys(item_id);
-- Items whose part was dropped (item removed, quarantined or re-extracted) until the next update accounts for them.
CREATE TABLE knowledge_stale (item_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TRIGGER knowledge_items_ad AFTER DELETE ON knowledge_items BEGIN
  INSERT OR IGNORE INTO knowledge_stale (item_id) VALUES (old.item_id);
END;
ALTER TABLE knowledge ADD COLUMN key TEXT;
ALTER TABLE knowledge ADD COLUMN ord TEXT;
CREATE INDEX knowledge_by_key ON knowledge(kind, key);
-- Undated items by the day they were ingested (a digest reads one day).
CREATE INDEX items_undated ON items(ingested_at) WHERE date IS NULL;
`,
  },
  {
    version: 8,
    name: "figures.scope: the segment or region a figure measures instead of its subject's total (数据中心营收)",
    sql: `
ALTER TABLE figures ADD COLUMN scope TEXT;
`,
  },
  {
    version: 9,
    name: 'capital-flow edges counted per (payer, payee); narrow id indexes of cluster_features and knowledge_items (issue 14)',
    sql: `
-- How many stored deal records go from payer to payee. Kept by commitKnowledge and saveKnowledge with the deal rows, so
-- a knowledge update finds the graph component of its new deals (and its loops) from these pairs alone, never by
-- reading every item with a deal.
CREATE TABLE knowledge_edges (
  payer TEXT NOT NULL,
  payee TEXT NOT NULL,
  deals INTEGER NOT NULL,
  PRIMARY KEY (payer, payee)
) WITHOUT ROWID;
CREATE INDEX knowledge_edges_payee ON knowledge_edges(payee, payer);
INSERT INTO knowledge_edges (payer, payee, deals)
  SELECT json_extract(body, '$.from'), json_extract(body, '$.to'), COUNT(*) FROM knowledge WHERE kind = 'deal'
  GROUP BY 1, 2;
-- Narrow indexes of the ids: "which items are not clustered / have no knowledge part yet" probed the tables themselves
-- (WITHOUT ROWID: every row with its blobs and JSON), ~6 s each over 200,000 items; the indexes make it ~0.1 s.
CREATE INDEX cluster_features_item ON cluster_features(item_id);
CREATE INDEX knowledge_items_item ON knowledge_items(item_id);
`,
  },
  {
    version: 10,
    name: 'knowledge parts stored as their counts, not a third copy of their statements (issue 14, decision 097)',
    sql: `
-- A part written before (the whole part as JSON, ~2.9 KB an item, never read back: its statements live in the claim
-- records, its deals and derived facts in theirs) becomes what the pipeline now writes (knowledge/incremental.ts
-- partSummaryBody): {"statements":N,"deals":N,"derived":N}. Old parts are the bodies that open with their item id.
UPDATE knowledge_items SET body = '{"statements":' || COALESCE(json_array_length(body, '$.statements'), 0)
  || ',"deals":' || COALESCE(json_array_length(body, '$.deals'), 0)
  || ',"derived":' || COALESCE(json_array_length(body, '$.derived'), 0) || '}'
WHERE body LIKE '{"itemId":%' AND json_valid(body);
`,
  },
];
