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
];
