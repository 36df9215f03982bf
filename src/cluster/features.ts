// Per-item features the similarity score compares: MinHash signature, day number, entity set, normalized figures, headline topics and tokens.

import { z } from 'zod';
import { loadDataTable } from '../util/data-table.js';
import { isHanCode } from '../util/han.js';
import type { ClusterInput } from './input.js';
import { estimateJaccard, minhashSignature } from './minhash.js';
import { normalizeText, shingleHashes, tokenize } from './shingles.js';
import { topicsOf } from './topics.js';

const stopwordsSchema = z.object({ words: z.array(z.string()) });
let stopwords: Set<string> | undefined;
/** English words ignored when comparing headlines (data/stopwords.json), read on first use. */
const isStopword = (t: string): boolean => (stopwords ??= new Set(loadDataTable('stopwords.json', stopwordsSchema).words)).has(t);
/** At most this many characters of the first paragraph are read as the lead (with the title) for topic concepts. */
const LEAD_CHARS = 360;

/** A key figure as compared across items. */
export interface NormFigure {
  kind: string;
  value: number;
  currency: string | undefined;
  /** How much a match on this figure says (round percents say less than an exact dollar amount). */
  weight: number;
  /** Whose figure it is, when extraction could tell: figures of different subjects never match. */
  subject: string | undefined;
}

export interface ItemFeatures {
  index: number;
  id: string;
  /** The item's title (a story is titled by its most central member) and date as given (a story's date: its earliest member's). */
  title: string;
  date: string | null;
  lang: ClusterInput['lang'];
  /** Days since 1970-01-01 (UTC) of the item's date, NaN when undated. */
  day: number;
  sig: Uint32Array;
  /** Canonical entity names, lower-cased, unique, sorted. */
  entities: string[];
  /** Weight of each entity (parallel to `entities`): 1, lowered for entities many items name. */
  entityWeights: number[];
  figures: NormFigure[];
  titleTopics: Set<string>;
  leadTopics: Set<string>;
  /** Headline tokens comparable within one language: English content words, Chinese character bigrams, Latin names. */
  titleTokens: Set<string>;
  /** Latin-script, non-numeric headline tokens that are not entity names (model and product names): comparable across languages. */
  nameTokens: Set<string>;
  /**
   * Set for a clustering run once weights are discounted (`indexForPairs`), so that the bound of `scorePairAbove`, asked
   * of millions of candidates, compares numbers: `entities` as ids ascending in the same order as the names, the sum of
   * `entityWeights` and of the figures' weights.
   */
  pairIndex?: PairIndex;
  /** LSH band keys of `sig` and candidate block keys, when read from the store (else computed from the fields above). */
  bands?: Uint32Array;
  blocks?: string[];
}

/** What `indexForPairs` sets on each item for the scoring of its candidate pairs. */
export interface PairIndex {
  sig: Uint32Array;
  entityIds: Int32Array;
  entityTotal: number;
  figureTotal: number;
  /**
   * The headline sets (`titleTopics`, `leadTopics`, `titleTokens`, `nameTokens`) as ids, one array shared by every item
   * of the run: at each offset (`tt`, `lt`, `tk`, `nm`) a run's length, then its ids ascending. Two items' overlap is a
   * merge walk over numbers instead of a `Set` lookup per member (the same counts).
   */
  sets: Int32Array;
  tt: number;
  lt: number;
  tk: number;
  nm: number;
}

/**
 * Day number of an ISO date or date-time (its first 10 characters), NaN when absent or malformed.
 * @example dayNumber('2026-03-02T08:00:00Z') → 20514
 */
export function dayNumber(date: string | null | undefined): number {
  if (!date || date.length < 10) return Number.NaN;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return Number.NaN;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? Number.NaN : Math.floor(t / 86_400_000);
}

/** How much a match on a figure says, before discounting (round percents say less than an exact amount). */
export function figureWeight(kind: string, value: number): number {
  if (kind === 'money') return 1;
  if (kind === 'count') return 0.8;
  if (kind === 'percent') return Number.isInteger(value) && value % 5 === 0 ? 0.35 : 0.6;
  if (kind === 'multiple') return Number.isInteger(value) ? 0.3 : 0.5;
  return 0.3;
}

function normFigures(figs: ClusterInput['figures']): NormFigure[] {
  const out: NormFigure[] = [];
  const seen = new Set<string>();
  for (const f of figs ?? []) {
    if (!Number.isFinite(f.value) || f.value <= 0) continue;
    const currency = f.currency ? f.currency.toUpperCase() : undefined;
    const key = `${f.kind}|${currency ?? ''}|${f.value}|${f.subject ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: f.kind, value: f.value, currency, weight: figureWeight(f.kind, f.value), subject: f.subject });
  }
  return out;
}

function headlineTokens(normTitle: string, entityWords: Set<string>): { all: Set<string>; names: Set<string> } {
  const all = new Set<string>();
  const names = new Set<string>();
  const toks = tokenize(normTitle);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    if (isHanCode(t.charCodeAt(0))) {
      const next = toks[i + 1];
      if (next !== undefined && isHanCode(next.charCodeAt(0))) all.add(t + next);
    } else if (!isStopword(t) && (t.length > 1 || /\d/.test(t))) {
      all.add(t);
      if (/[a-z]/.test(t) && !entityWords.has(t)) names.add(t);
    }
  }
  return { all, names };
}

/** Shingles of an item as the clusterer compares them: title and body. */
export function itemShingles(item: ClusterInput): Uint32Array {
  return shingleHashes(`${item.title}\n${item.text}`);
}

/**
 * Computes the features of one input item (`index` is its position in the sorted input).
 * `shingles` defaults to all of the item's shingles; the clusterer passes them with boilerplate removed.
 */
export function featuresOf(item: ClusterInput, index: number, shingles: Uint32Array = itemShingles(item)): ItemFeatures {
  const entities = [...new Set((item.entities ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();
  const entityWords = new Set<string>();
  for (const e of entities) for (const w of tokenize(normalizeText(e))) entityWords.add(w);
  const normTitle = normalizeText(item.title);
  const firstPara = item.text.trimStart().split(/\n\s*\n/, 1)[0] ?? '';
  const lead = normalizeText(firstPara.slice(0, LEAD_CHARS));
  const { all, names } = headlineTokens(normTitle, entityWords);
  return {
    index,
    id: item.id,
    title: item.title,
    date: item.date,
    lang: item.lang,
    day: dayNumber(item.date),
    sig: minhashSignature(shingles),
    entities,
    entityWeights: entities.map(() => 1),
    figures: normFigures(item.figures),
    titleTopics: topicsOf(normTitle),
    leadTopics: topicsOf(`${normTitle}\n${lead}`),
    titleTokens: all,
    nameTokens: names,
  };
}

/** Estimated Jaccard similarity of two items' shingle sets. */
export function textJaccard(a: ItemFeatures, b: ItemFeatures): number {
  return estimateJaccard(a.sig, b.sig);
}

function figureKey(f: NormFigure): string {
  return `${f.kind}|${f.currency ?? ''}|${f.value.toPrecision(2)}`;
}

/** How many items name each entity and state each figure (by `figureKey`), over `docs` items. */
export interface FeatureCounts {
  docs: number;
  /** The newest dated day counted (undated items are windowed there: cluster/stored.ts). */
  latestDay?: number;
  entities: Map<string, number>;
  figures: Map<string, number>;
}

/** Counts of a set of items (the batch clusterer's), or adds them to counts kept across runs (cluster/stored.ts). */
export function countFeatures(
  feats: ItemFeatures[],
  into: FeatureCounts = { docs: 0, entities: new Map(), figures: new Map() },
): FeatureCounts {
  for (const f of feats) {
    into.docs++;
    if (!Number.isNaN(f.day) && (into.latestDay === undefined || f.day > into.latestDay)) into.latestDay = f.day;
    for (const e of f.entities) into.entities.set(e, (into.entities.get(e) ?? 0) + 1);
    for (const k of new Set(f.figures.map(figureKey))) into.figures.set(k, (into.figures.get(k) ?? 0) + 1);
  }
  return into;
}

/**
 * Lowers the weight of figures many items state (background numbers such as an industry-wide capex total
 * repeated across unrelated stories): above `max(5, 0.1% of N)` items, weight × limit / count. Entities likewise
 * (above `max(5, 0.2% of N)`), so "China" or "OpenAI" alone says little in a large corpus. Counted over `feats`
 * unless `counts` (kept across runs) are given.
 */
export function discountCommonFigures(feats: ItemFeatures[], counts: FeatureCounts = countFeatures(feats)): void {
  const entityLimit = Math.max(5, Math.ceil(counts.docs * 0.002));
  for (const f of feats)
    f.entityWeights = f.entities.map((e) => {
      const n = counts.entities.get(e) ?? 1;
      return n > entityLimit ? entityLimit / n : 1;
    });
  const limit = Math.max(5, Math.ceil(counts.docs * 0.001));
  for (const f of feats)
    for (const fig of f.figures) {
      const n = counts.figures.get(figureKey(fig)) ?? 1;
      if (n > limit) fig.weight *= limit / n;
    }
}

/**
 * Sets each item's `pairIndex` from its current entities and weights (after `discountCommonFigures`): entity ids are
 * given in the names' sorted order over the whole set, so a merge walk over ids meets the same pairs as over names,
 * and the totals are summed in the order `scorePair` sums them (the same numbers, bit for bit).
 */
export function indexForPairs(feats: ItemFeatures[]): void {
  const names = new Set<string>();
  for (const f of feats) for (const e of f.entities) names.add(e);
  const ids = new Map([...names].sort().map((e, i) => [e, i]));
  // Signatures side by side in one buffer (each pair's Jaccard reads two of them; scattered, they missed the cache).
  let words = 0;
  for (const f of feats) words += f.sig.length;
  const packed = new Uint32Array(words);
  // The headline sets' members as ids (any numbering: only equal ids are counted), length-prefixed runs in one array.
  const tokenIds = new Map<string, number>();
  let slots = 0;
  for (const f of feats) slots += 4 + f.titleTopics.size + f.leadTopics.size + f.titleTokens.size + f.nameTokens.size;
  const sets = new Int32Array(slots);
  let end = 0;
  const run = (members: Set<string>): number => {
    const start = end;
    sets[end++] = members.size;
    for (const t of members) {
      let id = tokenIds.get(t);
      if (id === undefined) {
        id = tokenIds.size;
        tokenIds.set(t, id);
      }
      sets[end++] = id;
    }
    sets.subarray(start + 1, end).sort();
    return start;
  };
  let at = 0;
  for (const f of feats) {
    const sig = packed.subarray(at, at + f.sig.length);
    sig.set(f.sig);
    at += f.sig.length;
    let entityTotal = 0;
    for (let i = 0; i < f.entities.length; i++) entityTotal += f.entityWeights[i] ?? 1;
    let figureTotal = 0;
    for (const x of f.figures) figureTotal += x.weight;
    f.pairIndex = {
      sig,
      entityIds: Int32Array.from(f.entities, (e) => ids.get(e) as number),
      entityTotal,
      figureTotal,
      sets,
      tt: run(f.titleTopics),
      lt: run(f.leadTopics),
      tk: run(f.titleTokens),
      nm: run(f.nameTokens),
    };
  }
}
