/**
 * The fingerprint of the code and data that decide what a stored item's extraction and knowledge part hold: a hash
 * of the running extract and knowledge modules (src/ under tsx, dist/ when built), the data tables they read and the
 * user's extra gazetteer files. A store whose extractions were made under another fingerprint re-extracts them
 * (pipeline.ts `itemsToExtract`), so upgrading factbrief improves an existing archive, not only new items.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './data-table.js';

/** The module folders (beside this file's folder) whose code makes extractions and knowledge parts. */
const CODE_DIRS = ['extract', 'knowledge'] as const;

/** The shipped tables those modules read (the digest's own tables, such as outlets or wording, are not among them). */
const DATA_TABLES = [
  'gazetteer.json',
  'entity-rules.json',
  'periods.json',
  'metrics.json',
  'subject-cues.json',
  'fiscal-years.json',
  'deal-patterns.json',
  'derived-cues.json',
  'metric-families.json',
  'target-price.json',
] as const;

/** Module files under `dir`, recursively, tests and source maps left out; sorted, so the hash is stable. */
function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(p));
    else if (/\.(?:ts|js|json)$/.test(e.name) && !/\.test\.[tj]s$|\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Hex SHA-256 over the extract and knowledge code, the data tables and `extraFiles` (the config's gazetteers). */
export function extractorFingerprint(extraFiles: readonly string[] = []): string {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const h = createHash('sha256');
  const add = (label: string, file: string): void => {
    h.update(`${label}\0`);
    h.update(readFileSync(file));
    h.update('\0');
  };
  for (const d of CODE_DIRS) for (const f of codeFiles(join(root, d))) add(f.slice(root.length), f);
  for (const t of DATA_TABLES) add(`data/${t}`, join(DATA_DIR, t));
  for (const f of extraFiles) add(`extra:${f}`, f);
  return h.digest('hex');
}
