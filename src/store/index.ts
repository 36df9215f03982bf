/** The store: open a driver by options; the rest of the code sees only the `Store` interface. */
import { isPostgresUrl } from './postgres/open.js';
import { SqliteStore } from './sqlite/driver.js';
import type { Store } from './types.js';

export { StoreError } from './errors.js';
export { isPostgresUrl } from './postgres/open.js';
export type * from './types.js';

export interface StoreOptions {
  /** A file path, ':memory:' for tests, or a PostgreSQL connection string (`postgres://…`, optional `?schema=name`). */
  path: string;
  driver?: 'sqlite' | 'postgres';
  /** Open for reading only (commands that only read): works on a read-only file or folder, and any write fails. */
  readonly?: boolean;
  /** PostgreSQL: connections in the pool (default 4). */
  poolSize?: number;
}

/** Opens (and migrates) a store: PostgreSQL for a connection string, else the SQLite file. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  if (opts.driver === 'postgres' || isPostgresUrl(opts.path)) {
    const { PostgresStore } = await import('./postgres/driver.js');
    return PostgresStore.open(opts.path, opts.poolSize !== undefined ? { poolSize: opts.poolSize } : {});
  }
  return new SqliteStore(opts.path, { readonly: opts.readonly ?? false });
}
