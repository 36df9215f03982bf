/** Loads the enrich data tables (data/glossary.json, data/impact-rules.json, data/gazetteer.json) from the repository's data folder. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GazetteerEntry } from '../types/index.js';

/** One row of data/impact-rules.json (schema in its `$comment`). */
export interface ImpactRule {
  id: string;
  when: {
    metrics?: string[];
    direction?: 'up' | 'down';
    tags?: string[];
    subjects?: string[];
    dealKinds?: string[];
    minDeals?: number;
  };
  template: string;
  fallback?: boolean;
}

// src/enrich/ and dist/enrich/ both sit two levels below the package root.
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

function readJson(name: string): unknown {
  const path = `${DATA_DIR}${name}`;
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (cause) {
    throw new Error(`[enrich] [data] ${path}: not valid JSON`, { cause });
  }
}

/** The default glossary: term → gloss. */
export function loadGlossary(): Record<string, string> {
  const j = readJson('glossary.json') as { terms?: Record<string, string> } | undefined;
  return j?.terms ?? {};
}

/** The default impact rules. */
export function loadImpactRules(): ImpactRule[] {
  const j = readJson('impact-rules.json') as { rules?: ImpactRule[] } | undefined;
  return j?.rules ?? [];
}

/** The default gazetteer entries (for Chinese names and tags of subjects); empty when the file is absent. */
export function loadGazetteerEntries(): GazetteerEntry[] {
  const j = readJson('gazetteer.json') as { entries?: GazetteerEntry[] } | GazetteerEntry[] | undefined;
  if (Array.isArray(j)) return j;
  return j?.entries ?? [];
}
