/** Locates and reads the knowledge layer's JSON data tables (data/*.json at the package root). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reads `data/<name>` from the nearest ancestor directory of this module that has it (works from src/ and dist/). */
export function readDataFile(name: string): unknown {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data', name);
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8'));
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`[knowledge] data file not found: data/${name}`);
    dir = parent;
  }
}
