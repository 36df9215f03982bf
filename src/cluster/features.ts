// Per-item features the similarity score compares: MinHash signature, day number, entity set, normalized figures, headline topics and tokens.

import { z } from 'zod';
import { loadDataTable } from '../util/data-table.js';
import { isHanCode } from '../util/han.js';
import type { ClusterInput } from './input.js';
import { estimateJaccard, isEmptySignature, minhashSignature } from './minhash.js';
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
   * of millions of candidates, reads numbers laid side by side in one `PairTable` instead of this object's fields.
   */
  pairIndex?: PairIndex;
  /** LSH band keys of `sig` and candidate block keys, when read from the store (else computed from the fields above). */
  bands?: Uint32Array;
  blocks?: string[];
}

/** What `indexForPairs` sets on each item: the run's table and the item's row in it. */
export interface PairIndex {
  table: PairTable;
  at: number;
}

/**
 * What the scoring of a window's candidate pairs reads of every item, one typed array per field with item `at`'s values
 * at row `at` (`indexForPairs`): a candidate's bound reads a few slots of these instead of following each item's
 * objects (its signature, entity list and weights, headline sets), which the walk over ~4 million candidates met
 * scattered over the heap.
 */
export interface PairTable {
  /** Signatures side by side: item `at`'s are `sigs[sigStart[at] .. sigStart[at + 1]]`. */
  sigs: Uint32Array;
  sigStart: Int32Array;
  /** 1 when the item's signature came from no shingles (`isEmptySignature`). */
  emptySig: Uint8Array;
  /**
   * Entities as ids given in the names' sorted order over the whole run (a merge walk over ids meets the same pairs as
   * over names), with their weights: item `at`'s are at `entityStart[at] .. entityStart[at + 1]`.
   */
  entityIds: Int32Array;
  entityWeights: Float64Array;
  entityStart: Int32Array;
  /** Sums of each item's entity weights and figure weights, in the order `scorePair` sums them (the same numbers). */
  entityTotal: Float64Array;
  figureTotal: Float64Array;
  /** `ItemFeatures.day` (NaN when undated). */
  day: Float64Array;
  /** `ItemFeatures.lang` as a code: `MIXED_LANG` for 'mixed' (equal to no language), another number a language. */
  lang: Uint8Array;
  /**
   * The headline sets (`titleTopics`, `leadTopics`, `titleTokens`, `nameTokens`) as ids: at each offset a run's length,
   * then its ids ascending; item `at`'s four runs start at `runs[4 * at .. 4 * at + 3]`, in that order. Two items'
   * overlap is a merge walk over numbers instead of a `Set` lookup per member (the same counts).
   */
  sets: Int32Array;
  runs: Int32Array;
}

/** `PairTable.lang` of an item whose headline mixes languages. */
export const MIXED_LANG = 0;

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
 * Sets each item's `pairIndex` from its current entities and weights (after `discountCommonFigures`): every item's row
 * of one `PairTable` (`feats[at]` is row `at`), which it returns.
 */
export function indexForPairs(feats: ItemFeatures[]): PairTable {
  const n = feats.length;
  const names = new Set<string>();
  for (const f of feats) for (const e of f.entities) names.add(e);
  const ids = new Map([...names].sort().map((e, i) => [e, i]));
  const sigStart = new Int32Array(n + 1);
  const entityStart = new Int32Array(n + 1);
  // The headline sets' members as ids (any numbering: only equal ids are counted), length-prefixed runs in one array.
  const tokenIds = new Map<string, number>();
  const langCodes = new Map<string, number>([['mixed', MIXED_LANG]]);
  let slots = 0;
  for (let at = 0; at < n; at++) {
    const f = feats[at] as ItemFeatures;
    sigStart[at + 1] = (sigStart[at] as number) + f.sig.length;
    entityStart[at + 1] = (entityStart[at] as number) + f.entities.length;
    slots += 4 + f.titleTopics.size + f.leadTopics.size + f.titleTokens.size + f.nameTokens.size;
  }
  const table: PairTable = {
    sigs: new Uint32Array(sigStart[n] as number),
    sigStart,
    emptySig: new Uint8Array(n),
    entityIds: new Int32Array(entityStart[n] as number),
    entityWeights: new Float64Array(entityStart[n] as number),
    entityStart,
    entityTotal: new Float64Array(n),
    figureTotal: new Float64Array(n),
    day: new Float64Array(n),
    lang: new Uint8Array(n),
    sets: new Int32Array(slots),
    runs: new Int32Array(4 * n),
  };
  const { sets } = table;
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
  for (let at = 0; at < n; at++) {
    const f = feats[at] as ItemFeatures;
    table.sigs.set(f.sig, sigStart[at] as number);
    table.emptySig[at] = isEmptySignature(f.sig) ? 1 : 0;
    let entityTotal = 0;
    const e0 = entityStart[at] as number;
    for (let i = 0; i < f.entities.length; i++) {
      const w = f.entityWeights[i] ?? 1;
      entityTotal += w;
      table.entityIds[e0 + i] = ids.get(f.entities[i] as string) as number;
      table.entityWeights[e0 + i] = w;
    }
    table.entityTotal[at] = entityTotal;
    let figureTotal = 0;
    for (const x of f.figures) figureTotal += x.weight;
    table.figureTotal[at] = figureTotal;
    table.day[at] = f.day;
    let lang = langCodes.get(f.lang);
    if (lang === undefined) {
      lang = langCodes.size;
      langCodes.set(f.lang, lang);
    }
    table.lang[at] = lang;
    table.runs[4 * at] = run(f.titleTopics);
    table.runs[4 * at + 1] = run(f.leadTopics);
    table.runs[4 * at + 2] = run(f.titleTokens);
    table.runs[4 * at + 3] = run(f.nameTokens);
    f.pairIndex = { table, at };
  }
  return table;
}
