/** Locates and reads the JSON data tables shipped in the package's `data/` folder (gazetteer, entity rules, metrics, periods). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let dataDir: string | undefined;

/** The package's `data/` directory, found by walking up from this module (works from src/ under tsx and from dist/). */
export function packageDataDir(): string {
  if (dataDir) return dataDir;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'gazetteer.json')) && existsSync(join(dir, 'package.json'))) {
      dataDir = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('[extract] [data] cannot find the data/ folder (data/gazetteer.json) above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

const cache = new Map<string, unknown>();

/** Reads and parses `data/<name>` once; later calls return the same object. Example: readDataJson('metrics.json'). */
export function readDataJson<T>(name: string): T {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as T;
  const path = join(packageDataDir(), name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`[extract] [data] ${path}: cannot read data table`, { cause });
  }
  cache.set(name, parsed);
  return parsed as T;
}
