/** What every command needs: the data directory, the config and the store, from global flags. */
import { join, resolve } from 'node:path';
import { type Config, dataDir, findConfigFile, loadConfig } from '../config/index.js';
import { openStore, type Store } from '../store/index.js';

export interface GlobalFlags {
  data?: string;
  out?: string;
  config?: string;
  json?: boolean;
  verbose?: boolean;
}

export interface Context {
  data: string;
  out: string;
  config: Config;
  configFile: string | undefined;
}

export function context(flags: GlobalFlags): Context {
  const data = dataDir(flags.data);
  const configFile = findConfigFile(flags.config, data);
  return { data, out: resolve(flags.out ?? 'out'), config: loadConfig(configFile), configFile };
}

export async function withStore<T>(ctx: Context, fn: (store: Store) => Promise<T>, readonly = false): Promise<T> {
  const store = await openStore({ path: join(ctx.data, 'factbrief.db'), readonly });
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
