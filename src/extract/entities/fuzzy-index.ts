/** The alias keys fuzzy (speech-recognition) matching compares against, bucketed by first letter and by phonetic key. */
import type { GazetteerEntry } from '../../types/entity.js';
import { phoneticKey } from './phonetic.js';

export interface FuzzyTarget {
  /** Lowercase letters and digits of the alias: 'open ai' → 'openai'. */
  key: string;
  phonetic: string;
  entry: GazetteerEntry;
}

export interface FuzzyIndex {
  /** Exact squashed key → target ('Open A.I.' squashes to 'openai'). */
  byKey: Map<string, FuzzyTarget>;
  byFirst: Map<string, FuzzyTarget[]>;
  byPhonetic: Map<string, FuzzyTarget[]>;
}

/** Squashes a phrase to lowercase ASCII letters and digits. Example: 'Open A.I.' → 'openai'. */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Indexes the Latin aliases of every non-place entry, except the entries named in `skip` (matched only exactly). */
export function buildFuzzyIndex(entries: GazetteerEntry[], skip: ReadonlySet<string> = new Set()): FuzzyIndex {
  const idx: FuzzyIndex = { byKey: new Map(), byFirst: new Map(), byPhonetic: new Map() };
  for (const entry of entries) {
    if (entry.type === 'place' || skip.has(entry.name)) continue;
    for (const alias of [entry.name, ...entry.aliases]) {
      if (!/^[A-Za-z]/.test(alias)) continue;
      const key = squash(alias);
      if (key.length < 4 || idx.byKey.has(key)) continue;
      const t: FuzzyTarget = { key, phonetic: phoneticKey(alias), entry };
      idx.byKey.set(key, t);
      const first = key.charAt(0);
      const list = idx.byFirst.get(first) ?? [];
      list.push(t);
      idx.byFirst.set(first, list);
      if (/^[a-z]+$/.test(key)) {
        const pl = idx.byPhonetic.get(t.phonetic) ?? [];
        pl.push(t);
        idx.byPhonetic.set(t.phonetic, pl);
      }
    }
  }
  return idx;
}
