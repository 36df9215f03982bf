/**
 * Append-only schema migrations of the PostgreSQL store. Never edit a released step: add a new one. They run under a
 * transaction-scoped advisory lock (see open.ts), so several workers starting at once apply each step exactly once.
 *
 * Differences from the SQLite schema, each for a reason: dates stay ISO text (the same comparisons as SQLite), sorted
 * text columns use the "C" collation (byte order, as SQLite, whatever the database locale), `"end"` is quoted (a
 * reserved word here), and search is a `tsvector` column the driver fills from `indexTerms` (no text-search parser or
 * dictionary is involved, so it works in any locale) with a GIN index.
 */

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const pgMigrations: readonly PgMigration[] = [
  {
    version: 1,
    name: 'initial schema (the SQLite schema at its version 4, plus a search tsvector and the worker tables)',
    sql: `
CREATE TABLE sources (
  id SERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  locator TEXT COLLATE "C" NOT NULL UNIQUE,
  title TEXT,
  last_success_at TEXT,
  last_error_at TEXT,
  last_error TEXT,
  items_last_fetch INTEGER,
  etag TEXT,
  last_modified TEXT,
  refused_key TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE stories (
  id TEXT COLLATE "C" PRIMARY KEY,
  title TEXT NOT NULL,
  date TEXT COLLATE "C"
);
CREATE TABLE items (
  id TEXT COLLATE "C" PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  kind TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT,
  date TEXT COLLATE "C",
  author TEXT,
  lang TEXT NOT NULL,
  raw TEXT NOT NULL,
  text TEXT NOT NULL,
  meta TEXT NOT NULL,
  pairs TEXT NOT NULL,
  links TEXT NOT NULL,
  messages TEXT NOT NULL,
  story TEXT COLLATE "C" REFERENCES stories(id) ON DELETE SET NULL,
  ingested_at TEXT NOT NULL,
  search TSVECTOR NOT NULL
);
CREATE INDEX items_date ON items(date);
CREATE INDEX items_url ON items(url);
CREATE INDEX items_story ON items(story);
CREATE INDEX items_source ON items(source_id);
CREATE INDEX items_search ON items USING GIN (search);
CREATE TABLE sentences (
  item_id TEXT COLLATE "C" NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  para INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (item_id, idx)
);
CREATE TABLE extractions (
  item_id TEXT COLLATE "C" PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  extracted_at TEXT NOT NULL
);
CREATE TABLE figures (
  item_id TEXT COLLATE "C" NOT NULL REFERENCES extractions(item_id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  value DOUBLE PRECISION,
  low DOUBLE PRECISION,
  high DOUBLE PRECISION,
  currency TEXT,
  unit TEXT,
  qualifier TEXT NOT NULL,
  direction TEXT,
  subject TEXT,
  metric TEXT,
  period TEXT,
  negated BOOLEAN NOT NULL DEFAULT FALSE,
  counterparty TEXT,
  PRIMARY KEY (item_id, idx)
);
CREATE INDEX figures_claim ON figures(subject, metric, period);
CREATE TABLE mentions (
  item_id TEXT COLLATE "C" NOT NULL REFERENCES extractions(item_id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  match TEXT NOT NULL,
  PRIMARY KEY (item_id, idx)
);
CREATE INDEX mentions_name ON mentions(name);
CREATE TABLE quarantine (
  item_id TEXT COLLATE "C" PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  stage TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE knowledge (
  kind TEXT COLLATE "C" NOT NULL,
  idx INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, idx)
);
CREATE TABLE push_log (
  channel TEXT NOT NULL,
  key TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('reserved', 'sent')),
  detail TEXT,
  at TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (channel, key)
);
CREATE TABLE cache (
  namespace TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (namespace, key)
);
CREATE TABLE ledger (
  id BIGSERIAL PRIMARY KEY,
  at TEXT COLLATE "C" NOT NULL,
  model TEXT NOT NULL,
  prompt_tokens INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  cost DOUBLE PRECISION NOT NULL,
  cached BOOLEAN NOT NULL,
  purpose TEXT NOT NULL
);
CREATE INDEX ledger_at ON ledger(at);
-- The request rate of each LLM endpoint, shared by every worker: a token bucket refilled at rate_per_s up to burst.
CREATE TABLE llm_rate (
  endpoint TEXT PRIMARY KEY,
  tokens DOUBLE PRECISION NOT NULL,
  rate_per_s DOUBLE PRECISION NOT NULL,
  burst DOUBLE PRECISION NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
-- Spending promised to requests in flight (estimated cost), so workers checking the ledger at once cannot together
-- pass the budget; a reservation is replaced by its ledger row when the reply comes, or expires after a crash.
CREATE TABLE llm_reservations (
  id BIGSERIAL PRIMARY KEY,
  scope TEXT NOT NULL,
  usd DOUBLE PRECISION NOT NULL,
  at TIMESTAMPTZ NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'day-bounded pipeline: cluster features by day, knowledge parts per item, keyed knowledge (issue 14; SQLite 6 and 7)',
    sql: `
-- Each item's clustering features, written when it is first clustered: a later day reads only its window's rows.
CREATE TABLE cluster_features (
  item_id TEXT COLLATE "C" PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
  day INTEGER NOT NULL,
  signature BYTEA NOT NULL,
  bands BYTEA NOT NULL,
  blocks TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX cluster_features_day ON cluster_features(day, item_id);
-- State kept between clustering runs (the shingle document-frequency table, entity and figure counts).
CREATE TABLE cluster_state (
  name TEXT PRIMARY KEY,
  value BYTEA NOT NULL,
  at TEXT NOT NULL
);
-- Each extracted item's part of the knowledge (statements, deals, derived facts), built once.
CREATE TABLE knowledge_items (
  item_id TEXT COLLATE "C" PRIMARY KEY REFERENCES extractions(item_id) ON DELETE CASCADE,
  body TEXT NOT NULL
);
-- The claim groups and graph nodes each part touches; kept when the part goes (no foreign key). Keys hold U+0001
-- where the store's callers write U+0000 (a text value here cannot hold NUL; the driver maps both ways).
CREATE TABLE knowledge_keys (
  kind TEXT NOT NULL CHECK (kind IN ('claim', 'party')),
  key TEXT COLLATE "C" NOT NULL,
  item_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (kind, key, item_id)
);
CREATE INDEX knowledge_keys_item ON knowledge_keys(item_id);
-- Items whose part was dropped (item removed, quarantined or re-extracted) until the next update accounts for them.
CREATE TABLE knowledge_stale (item_id TEXT COLLATE "C" PRIMARY KEY);
-- The SQLite trigger's equivalent; the table is named in the trigger's own schema, whatever the search path.
CREATE FUNCTION knowledge_items_ad() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('INSERT INTO %I.knowledge_stale (item_id) VALUES ($1) ON CONFLICT DO NOTHING', TG_TABLE_SCHEMA) USING OLD.item_id;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER knowledge_items_ad AFTER DELETE ON knowledge_items FOR EACH ROW EXECUTE FUNCTION knowledge_items_ad();
ALTER TABLE knowledge ADD COLUMN key TEXT COLLATE "C";
ALTER TABLE knowledge ADD COLUMN ord TEXT COLLATE "C";
CREATE INDEX knowledge_by_key ON knowledge(kind, key);
-- Undated items by the day they were ingested (a digest reads one day).
CREATE INDEX items_undated ON items(ingested_at) WHERE date IS NULL;
`,
  },
  {
    version: 3,
    name: "figures.scope: the segment or region a figure measures instead of its subject's total (SQLite 8)",
    sql: `
ALTER TABLE figures ADD COLUMN scope TEXT;
`,
  },
  {
    version: 4,
    name: 'capital-flow edges: stored deals counted per (payer, payee) (bounded knowledge updates; SQLite 9)',
    sql: `
-- How many stored deal records go from payer to payee (names with U+0001 for U+0000, as the other keys), kept by
-- commitKnowledge and saveKnowledge with the deal rows. The backfill drops \\u0000 escapes before reading the JSON
-- (PostgreSQL's JSON refuses them); a name never holds one.
CREATE TABLE knowledge_edges (
  payer TEXT COLLATE "C" NOT NULL,
  payee TEXT COLLATE "C" NOT NULL,
  deals INTEGER NOT NULL,
  PRIMARY KEY (payer, payee)
);
CREATE INDEX knowledge_edges_payee ON knowledge_edges(payee, payer);
INSERT INTO knowledge_edges (payer, payee, deals)
  SELECT j->>'from', j->>'to', COUNT(*)::int
  FROM (SELECT replace(body, '\\u0000', '')::jsonb AS j FROM knowledge WHERE kind = 'deal') d
  GROUP BY 1, 2;
`,
  },
  {
    version: 5,
    name: 'knowledge parts stored as their counts, not a third copy of their statements (SQLite 10, decision 097)',
    sql: `
-- A part written before (the whole part as JSON, never read back) becomes what the pipeline now writes
-- (knowledge/incremental.ts partSummaryBody): {"statements":N,"deals":N,"derived":N}. Old parts are the bodies that
-- open with their item id; \\u0000 escapes are dropped before the JSON is read, as in migration 4.
UPDATE knowledge_items SET body = '{"statements":' || COALESCE(json_array_length(j->'statements'), 0)
  || ',"deals":' || COALESCE(json_array_length(j->'deals'), 0)
  || ',"derived":' || COALESCE(json_array_length(j->'derived'), 0) || '}'
FROM (SELECT item_id AS id, replace(body, '\\u0000', '')::json AS j FROM knowledge_items WHERE body LIKE '{"itemId":%') old
WHERE knowledge_items.item_id = old.id;
`,
  },
];
