/**
 * Opening the SQLite file: read-write for commands that write (refused with a clear message when the file or its
 * folder cannot be written), read-only for commands that only read, which then also work on a store whose file is
 * mode 0444 or whose folder is read-only.
 */
import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { StoreError } from '../errors.js';
import { indexTerms } from '../search-terms.js';

const now = (): string => new Date().toISOString();

import { migrations } from './migrations.js';

// A WAL database in a folder nobody may write to can only be read as an immutable URI (`file:…?immutable=1`): SQLite
// cannot create the -shm index there. better-sqlite3 reads this switch once, when its addon loads (first `new
// Database`); only names starting with `file:` are affected, and the store never uses such names otherwise.
process.env.SQLITE_USE_URI ??= '1';

/**
 * The connection's page cache, in KiB: SQLite's own default (2,000 KiB). better-sqlite3 builds SQLite with 16,000 KiB,
 * which a run that reads the whole store (clustering and knowledge of a first run) fills and keeps in the process's
 * malloc heap to the end; the pages it would hold are in the operating system's file cache anyway (a read of one is a
 * copy, not a disk access). Decision 047.
 */
export const PAGE_CACHE_KIB = 2000;

/**
 * Where the writable connection keeps its statement journals and the sub-journals of savepoints: in memory. Every
 * `saveItems` of a batch (ingest) and every piece of knowledge's update is a savepoint inside one transaction, and
 * SQLite copies each page the savepoint changes into its sub-journal before changing it (to roll the savepoint back);
 * past 64 KiB (16 pages) that sub-journal goes to a temporary file: the 10,000-article pipeline wrote ~400,000 pages
 * (+ 4-byte headers) to such files, one system call each, and never read one back. In memory it is a copy, freed when
 * the savepoint ends (a piece's pages: a few MB at most). The transient tables of a query (`NOT IN (SELECT …)`,
 * `DISTINCT`) are held in memory too: the store's are a column of ids at most. Decision 068.
 */
export const TEMP_STORE = 'MEMORY';

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Why the store at `path` cannot be written, or null. */
function readOnlyReason(path: string): string | null {
  if (existsSync(path) && !writable(path)) return 'the file is read-only';
  const dir = dirname(path);
  if (existsSync(dir) && !writable(dir)) return 'its folder is read-only';
  for (const side of ['-wal', '-shm']) if (existsSync(path + side) && !writable(path + side)) return `${path}${side} is read-only`;
  return null;
}

/** A read-write connection in WAL mode with migrations applied; a store that cannot be written is a StoreError. */
export function openWritable(path: string): Database.Database {
  if (path !== ':memory:') {
    const why = readOnlyReason(path);
    if (why)
      throw new StoreError(
        'sqlite',
        `cannot write to the store ${path}: ${why}. This command writes to it; the read commands (items, stories, claims, graph) still work on a read-only store`,
      );
  }
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    db.pragma(`temp_store = ${TEMP_STORE}`);
    migrate(db);
    return db;
  } catch (cause) {
    db?.close();
    throw new StoreError('sqlite', `cannot open ${path}: ${(cause as Error).message}`, { cause });
  }
}

/**
 * A read-only connection to an existing store, or null when there is none yet (the caller then creates it). A store
 * that still needs a migration is opened writable to apply it, or refused with a message saying so when it is read-only.
 */
export function openReadOnly(path: string): Database.Database | null {
  if (path === ':memory:' || !existsSync(path)) return null;
  let db: Database.Database | undefined;
  try {
    const walHasData = existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
    const canIndex = writable(dirname(path)) || existsSync(`${path}-shm`);
    if (!canIndex && walHasData)
      throw new Error(`its folder is read-only and ${path}-wal holds changes not yet in the file; open it once where it can be written`);
    // No -shm and no way to create one: nothing else can be writing either, so the file is read as it stands.
    db = canIndex
      ? new Database(path, { readonly: true, fileMustExist: true })
      : new Database(`${pathToFileURL(path).href}?immutable=1`, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    if (pendingMigrations(db) > 0) {
      db.close();
      if (readOnlyReason(path) === null) return openWritable(path);
      throw new Error('it was written by an older factbrief and needs an upgrade, which a read-only store cannot take');
    }
    return db;
  } catch (cause) {
    if (db?.open) db.close();
    if (cause instanceof StoreError) throw cause;
    throw new StoreError('sqlite', `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}

/** Applies pending migrations in one transaction each; returns the schema version. */
export function migrate(db: Database.Database): number {
  // Migration 5 backfills the search index with the one term scheme (store/search-terms.ts).
  db.function('fb_index_terms', { deterministic: true }, (text: unknown) => indexTerms(typeof text === 'string' ? text : ''));
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  let current = row.v ?? 0;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
    })();
    current = m.version;
  }
  return current;
}

/** Migrations not yet applied to `db` (read without writing). */
export function pendingMigrations(db: Database.Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const current = has ? ((db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0) : 0;
  return migrations.filter((m) => m.version > current).length;
}
