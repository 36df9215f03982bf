/** The store: open a driver by options; the rest of the code sees only the `Store` interface. */
import { SqliteStore } from './sqlite/driver.js';
import type { Store } from './types.js';

export { StoreError } from './errors.js';
export type * from './types.js';

export interface StoreOptions {
  /** A file path, or ':memory:' for tests. */
  path: string;
  driver?: 'sqlite';
  /** Open for reading only (commands that only read): works on a read-only file or folder, and any write fails. */
  readonly?: boolean;
}

/** Opens (and migrates) a store. */
export async function openStore(opts: StoreOptions): Promise<Store> {
  return new SqliteStore(opts.path, { readonly: opts.readonly ?? false });
}
