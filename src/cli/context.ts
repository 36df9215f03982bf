/** What every command needs: the data directory, the config and the store, from global flags. */
import { join, resolve } from 'node:path';
import { type Config, dataDir, findConfigFile, loadConfig } from '../config/index.js';
import { isPostgresUrl, openStore, type Store } from '../store/index.js';

export interface GlobalFlags {
  data?: string;
  out?: string;
  config?: string;
  /** A PostgreSQL connection string (else FACTBRIEF_DATABASE_URL, else the SQLite file in the data directory). */
  store?: string;
  json?: boolean;
  verbose?: boolean;
}

export interface Context {
  data: string;
  out: string;
  config: Config;
  configFile: string | undefined;
  /** Where the store lives: a SQLite file path or a PostgreSQL connection string. */
  store: string;
}

/** The store location: `--store`, else FACTBRIEF_DATABASE_URL, else `<data>/factbrief.db`. */
export function storeLocation(data: string, flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.FACTBRIEF_DATABASE_URL;
  if (chosen === undefined || chosen === '') return join(data, 'factbrief.db');
  if (isPostgresUrl(chosen)) return chosen;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chosen))
    throw new Error(`[store] unsupported store ${chosen.replace(/\/\/[^@/]*@/, '//***@')}: give a postgres:// URL or a SQLite file path`);
  return resolve(chosen);
}

/** True when the configured store is PostgreSQL (the commands then use the job queue). */
export function usesPostgres(ctx: Context): boolean {
  return isPostgresUrl(ctx.store);
}

export function context(flags: GlobalFlags): Context {
  const data = dataDir(flags.data);
  const configFile = findConfigFile(flags.config, data);
  return { data, out: resolve(flags.out ?? 'out'), config: loadConfig(configFile), configFile, store: storeLocation(data, flags.store) };
}

export async function withStore<T>(ctx: Context, fn: (store: Store) => Promise<T>, readonly = false): Promise<T> {
  const store = await openStore({ path: ctx.store, readonly });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** withStore for commands that only read: the store is opened read-only, so a read-only file or folder still serves them. */
export function withReadStore<T>(ctx: Context, fn: (store: Store) => Promise<T>): Promise<T> {
  return withStore(ctx, fn, true);
}
