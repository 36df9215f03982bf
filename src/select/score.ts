/** The ranking score of a day's story: sources, figure size, entity weight, recency and the watch-list. */
import { escapeRegExp } from '../util/regexp.js';

/** What the score is computed from, gathered per story by selection. */
export interface StorySignals {
  /** Distinct outlets (hosts / files) reporting the story. */
  sources: number;
  /** Largest USD-equivalent money figure, 0 when none. */
  largestUsd: number;
  /** Canonical names of the known entities mentioned (not discovered ones). */
  entities: string[];
  /** Latest item instant (ms) and the end of the day's window (ms). */
  latest: number;
  windowEnd: number;
  /** Titles and text, lower-cased, for keyword watch terms. */
  text: string;
}

/** Score parts, kept so a run can explain its ranking. */
export interface ScoreParts {
  sources: number;
  figure: number;
  entities: number;
  recency: number;
  watch: number;
  total: number;
}

/**
 * Weights, documented here because they decide the order:
 * - sources: 1.5 · log2(1 + n) — one outlet 1.5, three 3, seven 4.5;
 * - figure: 0.5 · max(0, log10(USD) − 6) — $1B → 1.5, $100B → 2.5, $1T → 3;
 * - entities: Σ weight per distinct entity (default 0.25, `entityWeights` overrides), capped at 3;
 * - recency: 1 at the end of the day down to 0 twenty-four hours earlier;
 * - watch: 3 per watched entity or keyword found, at most two counted (6).
 */
export const DEFAULT_ENTITY_WEIGHT = 0.25;
const WATCH_BOOST = 3;
const WATCH_MAX_HITS = 2;
const ENTITY_CAP = 3;

const LATIN = /[A-Za-z]/;

/** Whether a watch term is present: an entity name (case-insensitive) or a keyword in the text (word-bounded for Latin terms). */
export function watchHits(watch: readonly string[], entities: readonly string[], text: string): string[] {
  const names = new Set(entities.map((e) => e.toLowerCase()));
  const hits: string[] = [];
  for (const term of watch) {
    const t = term.trim().toLowerCase();
    if (t === '') continue;
    let found = names.has(t);
    if (!found) {
      found = LATIN.test(t) ? new RegExp(`(?<![a-z0-9])${escapeRegExp(t)}(?![a-z0-9])`, 'u').test(text) : text.includes(t);
    }
    if (found) hits.push(term);
  }
  return hits;
}

/** Computes a story's score from its signals. */
export function scoreStory(s: StorySignals, watch: readonly string[], entityWeights: Readonly<Record<string, number>> = {}): ScoreParts {
  const sources = 1.5 * Math.log2(1 + s.sources);
  const figure = s.largestUsd > 0 ? 0.5 * Math.max(0, Math.log10(s.largestUsd) - 6) : 0;
  let ent = 0;
  for (const e of new Set(s.entities)) ent += entityWeights[e] ?? DEFAULT_ENTITY_WEIGHT;
  const entities = Math.min(ENTITY_CAP, ent);
  const hoursBeforeEnd = (s.windowEnd - s.latest) / 3600_000;
  const recency = Math.min(1, Math.max(0, 1 - hoursBeforeEnd / 24));
  const watchScore = WATCH_BOOST * Math.min(WATCH_MAX_HITS, watchHits(watch, s.entities, s.text).length);
  const total = sources + figure + entities + recency + watchScore;
  return { sources, figure, entities, recency, watch: watchScore, total };
}
