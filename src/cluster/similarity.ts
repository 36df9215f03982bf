// Pair score: how strongly two items read as the same news event (near-duplicate text, shared entities and figures, headline topics and words, date gap).
import type { ItemFeatures, NormFigure, PairTable } from './features.js';
import { MIXED_LANG, textJaccard } from './features.js';
import { equalSlots } from './minhash.js';

/** Estimated Jaccard at or above which two items are copies of one article (syndication, light edits). */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Two figures of one kind match when within this relative difference (outlets round differently). */
const FIGURE_TOLERANCE = 0.1;

export interface PairScore {
  /** 0..1; the clusterer joins at `threshold` (default 0.5). */
  score: number;
  jaccard: number;
  /** Near-duplicate text: joined regardless of the other evidence. */
  strong: boolean;
}

function sharedCount(a: string[], b: string[]): number {
  // Both sorted: merge walk.
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as string;
    const y = b[j] as string;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Shared entity weight over the smaller side's total (common entities such as "China" weigh less). Both lists sorted. */
function weightedEntityOverlap(a: ItemFeatures, b: ItemFeatures): number {
  let totalA = 0;
  let totalB = 0;
  for (let i = 0; i < b.entities.length; i++) totalB += b.entityWeights[i] ?? 1;
  for (let i = 0; i < a.entities.length; i++) totalA += a.entityWeights[i] ?? 1;
  // Merge walk in a's order (the order the shared weight was always summed in).
  let shared = 0;
  let j = 0;
  for (let i = 0; i < a.entities.length && j < b.entities.length; i++) {
    const e = a.entities[i] as string;
    while (j < b.entities.length && (b.entities[j] as string) < e) j++;
    if (j < b.entities.length && b.entities[j] === e) shared += Math.min(a.entityWeights[i] ?? 1, b.entityWeights[j] ?? 1);
  }
  const denom = Math.min(totalA, totalB);
  return denom > 0 ? Math.min(1, shared / denom) : 0;
}

function setOverlap<T>(a: Set<T>, b: Set<T>): number {
  let n = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) n++;
  return n;
}

function figuresMatch(x: NormFigure, y: NormFigure): boolean {
  if (x.kind !== y.kind) return false;
  if (x.currency && y.currency && x.currency !== y.currency) return false;
  // $125 billion of Meta's bond orders is not CoreWeave's $130 billion backlog.
  if (x.subject && y.subject && x.subject !== y.subject) return false;
  const hi = Math.max(x.value, y.value);
  const lo = Math.min(x.value, y.value);
  return (hi - lo) / hi <= FIGURE_TOLERANCE;
}

let usedScratch = new Uint8Array(64);

/**
 * Figure evidence: summed weight of one-to-one matched figures, and whether both sides state
 * money figures of which none agree (a hint they report different events).
 */
export function figureEvidence(a: NormFigure[], b: NormFigure[]): { weight: number; moneyConflict: boolean; leadConflict: boolean } {
  // One scratch array for every call (asked of many pairs: an array each was most of the call's allocation).
  if (usedScratch.length < b.length) usedScratch = new Uint8Array(Math.max(b.length, 2 * usedScratch.length));
  const used = usedScratch;
  used.fill(0, 0, b.length);
  let weight = 0;
  let moneyMatched = false;
  for (const x of a) {
    let best = -1;
    for (let j = 0; j < b.length; j++) {
      if (used[j] || !figuresMatch(x, b[j] as NormFigure)) continue;
      best = j;
      break;
    }
    if (best >= 0) {
      used[best] = 1;
      const w = Math.min(x.weight, (b[best] as NormFigure).weight);
      weight += w;
      if (x.kind === 'money' && w >= 0.5) moneyMatched = true;
    }
  }
  let moneyA = 0;
  let moneyB = 0;
  for (const f of a) if (f.kind === 'money') moneyA++;
  for (const f of b) if (f.kind === 'money') moneyB++;
  return {
    weight,
    moneyConflict: !moneyMatched && moneyA >= 1 && moneyB >= 1 && moneyA + moneyB >= 3,
    leadConflict: leadMoneyConflict(a, b),
  };
}

/** The first specific money figure (text order): usually the headline amount. */
function leadMoney(f: NormFigure[]): NormFigure | undefined {
  return f.find((x) => x.kind === 'money' && x.weight >= 0.5);
}

/** Both lead amounts are stated and neither appears on the other side: two different deals / plans. */
function leadMoneyConflict(a: NormFigure[], b: NormFigure[]): boolean {
  const la = leadMoney(a);
  const lb = leadMoney(b);
  if (!la || !lb) return false;
  return !b.some((y) => figuresMatch(la, y)) && !a.some((x) => figuresMatch(x, lb));
}

function dice(n: number, a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * n) / (a + b);
}

/** Scores a pair of items (symmetric). */
export function scorePair(a: ItemFeatures, b: ItemFeatures): PairScore {
  const jaccard = textJaccard(a, b);
  const ent = sharedCount(a.entities, b.entities);
  const entScore = ent === 0 ? 0 : weightedEntityOverlap(a, b);
  // Copies share their entities: near-identical text naming different companies is a template, not a copy.
  if (jaccard >= NEAR_DUPLICATE_JACCARD && (ent > 0 || a.entities.length === 0 || b.entities.length === 0))
    return { score: 1, jaccard, strong: true };
  return scoreBeyondCopies(a, b, jaccard, ent, entScore, setOverlap(a.titleTopics, b.titleTopics), setOverlap(a.leadTopics, b.leadTopics));
}

/**
 * The score of a pair that is not a copy, given the parts `scorePair` computes first (text Jaccard, shared entities and
 * their weighted overlap, shared title and lead topics): `scorePairAbove` passes those it already has.
 */
function scoreBeyondCopies(
  a: ItemFeatures,
  b: ItemFeatures,
  jaccard: number,
  ent: number,
  entScore: number,
  tt: number,
  lt: number,
  headline = headlineScore(a, b),
): PairScore {
  const fig = figureEvidence(a.figures, b.figures);
  const figScore = Math.min(1, fig.weight / 1.5);

  const titleTopicScore = dice(tt, a.titleTopics.size, b.titleTopics.size);
  const leadTopicScore = dice(lt, a.leadTopics.size, b.leadTopics.size);
  const topicScore = a.titleTopics.size && b.titleTopics.size ? 0.6 * titleTopicScore + 0.4 * leadTopicScore : leadTopicScore;
  const topicConflict = a.titleTopics.size > 0 && b.titleTopics.size > 0 && tt === 0 && leadTopicScore < 0.5;

  let score =
    0.6 * Math.min(1, jaccard / 0.5) +
    0.2 * entScore +
    0.4 * figScore +
    0.2 * topicScore +
    0.25 * headline -
    (topicConflict ? 0.25 : 0) -
    (fig.moneyConflict ? 0.1 : 0) -
    (fig.leadConflict ? 0.3 : 0);
  if (ent === 0 && a.entities.length > 0 && b.entities.length > 0) score *= 0.5;
  if (!Number.isNaN(a.day) && !Number.isNaN(b.day)) score *= 1 - 0.08 * Math.abs(a.day - b.day);
  return { score: Math.max(0, Math.min(1, score)), jaccard, strong: false };
}

/** How alike the headlines read: shared name tokens (any language), or shared title words (one language). */
function headlineScore(a: ItemFeatures, b: ItemFeatures): number {
  const sameLang = a.lang === b.lang && a.lang !== 'mixed';
  const names = setOverlap(a.nameTokens, b.nameTokens);
  const nameScore = names === 0 ? 0 : names / Math.min(a.nameTokens.size, b.nameTokens.size);
  const wordScore = sameLang ? dice(setOverlap(a.titleTokens, b.titleTokens), a.titleTokens.size, b.titleTokens.size) : 0;
  return Math.max(nameScore, Math.min(1, wordScore * 1.5));
}

function figureWeightSum(f: NormFigure[]): number {
  let w = 0;
  for (const x of f) w += x.weight;
  return w;
}

/**
 * `scorePair` when the pair is strong or its score may reach `threshold`; undefined when it certainly cannot (an upper
 * bound of the score, figure evidence taken at its most, stays below). Most candidate pairs of a large window are
 * settled by the bound without the figure matching; a pair skipped here is scored in full if the average link asks.
 */
export function scorePairAbove(a: ItemFeatures, b: ItemFeatures, threshold: number): PairScore | undefined {
  const ia = a.pairIndex;
  const ib = b.pairIndex;
  if (ia === undefined || ib === undefined || ia.table !== ib.table) return scorePairAboveNamed(a, b, threshold);
  return scoreRowsAbove(ia.table, ia.at, ib.at, threshold, a, b);
}

/** `scorePair` of the items `a` and `b` at rows `x` and `y` of their `indexForPairs` table (no bar: every pair scored). */
export function scoreRows(t: PairTable, x: number, y: number, a: ItemFeatures, b: ItemFeatures): PairScore {
  // Under a bar of -Infinity no bound settles a pair: the pair is scored as `scorePair` scores it, from the table's numbers.
  return scoreRowsAbove(t, x, y, Number.NEGATIVE_INFINITY, a, b) as PairScore;
}

/**
 * `scorePairAbove` of the items `a` and `b` at rows `x` and `y` of their `indexForPairs` table: the bound reads only the
 * table's typed arrays (the same numbers as the items' fields, summed in the same order); the items themselves are
 * read only for a copy or a pair the bound leaves open.
 */
export function scoreRowsAbove(
  t: PairTable,
  x: number,
  y: number,
  threshold: number,
  a: ItemFeatures,
  b: ItemFeatures,
): PairScore | undefined {
  // `estimateJaccard` over the packed signatures.
  let jaccard = 0;
  if (t.emptySig[x] === 0 && t.emptySig[y] === 0) {
    const sx = t.sigStart[x] as number;
    const sy = t.sigStart[y] as number;
    const k = Math.min((t.sigStart[x + 1] as number) - sx, (t.sigStart[y + 1] as number) - sy);
    jaccard = equalSlots(t.sigs, sx, t.sigs, sy, k) / k;
  }
  // Shared entities and their weighted overlap (`sharedCount`, `weightedEntityOverlap`) in one merge walk over ids.
  const ids = t.entityIds;
  const weights = t.entityWeights;
  const x0 = t.entityStart[x] as number;
  const y0 = t.entityStart[y] as number;
  const xEnd = t.entityStart[x + 1] as number;
  const yEnd = t.entityStart[y + 1] as number;
  let ent = 0;
  let shared = 0;
  for (let i = x0, j = y0; i < xEnd && j < yEnd; ) {
    const u = ids[i] as number;
    const v = ids[j] as number;
    if (u === v) {
      ent++;
      shared += Math.min(weights[i] as number, weights[j] as number);
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  if (jaccard >= NEAR_DUPLICATE_JACCARD && (ent > 0 || xEnd === x0 || yEnd === y0)) return scorePair(a, b);
  let mult = ent === 0 && xEnd > x0 && yEnd > y0 ? 0.5 : 1;
  const dx = t.day[x] as number;
  const dy = t.day[y] as number;
  if (!Number.isNaN(dx) && !Number.isNaN(dy)) mult *= 1 - 0.08 * Math.abs(dx - dy);
  // A margin for rounding: the bound is summed in another order than the score.
  const bar = threshold - 1e-9;
  const denom = Math.min(t.entityTotal[x] as number, t.entityTotal[y] as number);
  const entScore = ent === 0 ? 0 : denom > 0 ? Math.min(1, shared / denom) : 0;
  const figBound = 0.4 * Math.min(1, Math.min(t.figureTotal[x] as number, t.figureTotal[y] as number) / 1.5);
  return aboveGivenText(a, b, bar, jaccard, ent, entScore, figBound, mult, t, x, y);
}

/** How many ids two length-prefixed ascending runs of `sets` (at offsets `x`, `y`) share: `setOverlap` over ids. */
function runOverlap(sets: Int32Array, x: number, y: number): number {
  let i = x + 1;
  let j = y + 1;
  const iEnd = i + (sets[x] as number);
  const jEnd = j + (sets[y] as number);
  let n = 0;
  while (i < iEnd && j < jEnd) {
    const u = sets[i] as number;
    const v = sets[j] as number;
    if (u === v) {
      n++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return n;
}

/** `headlineScore` of rows `x` and `y` of one table (title tokens are the third run of a row, name tokens the fourth). */
function headlineScoreOfRows(t: PairTable, x: number, y: number): number {
  const lang = t.lang[x] as number;
  const sameLang = lang === t.lang[y] && lang !== MIXED_LANG;
  const { sets, runs } = t;
  const nx = runs[4 * x + 3] as number;
  const ny = runs[4 * y + 3] as number;
  const names = runOverlap(sets, nx, ny);
  const nameScore = names === 0 ? 0 : names / Math.min(sets[nx] as number, sets[ny] as number);
  const kx = runs[4 * x + 2] as number;
  const ky = runs[4 * y + 2] as number;
  const wordScore = sameLang ? dice(runOverlap(sets, kx, ky), sets[kx] as number, sets[ky] as number) : 0;
  return Math.max(nameScore, Math.min(1, wordScore * 1.5));
}

/** `scorePairAbove` for features without a `pairIndex` (names compared as strings). */
function scorePairAboveNamed(a: ItemFeatures, b: ItemFeatures, threshold: number): PairScore | undefined {
  const jaccard = textJaccard(a, b);
  const ent = sharedCount(a.entities, b.entities);
  if (jaccard >= NEAR_DUPLICATE_JACCARD && (ent > 0 || a.entities.length === 0 || b.entities.length === 0)) return scorePair(a, b);
  let mult = ent === 0 && a.entities.length > 0 && b.entities.length > 0 ? 0.5 : 1;
  if (!Number.isNaN(a.day) && !Number.isNaN(b.day)) mult *= 1 - 0.08 * Math.abs(a.day - b.day);
  // A margin for rounding: the bound is summed in another order than the score.
  const bar = threshold - 1e-9;
  const entScore = ent === 0 ? 0 : weightedEntityOverlap(a, b);
  const figBound = 0.4 * Math.min(1, Math.min(figureWeightSum(a.figures), figureWeightSum(b.figures)) / 1.5);
  return aboveGivenText(a, b, bar, jaccard, ent, entScore, figBound, mult);
}

/** The rest of `scorePairAbove` once the text, entity and figure parts of the bound are known. */
function aboveGivenText(
  a: ItemFeatures,
  b: ItemFeatures,
  bar: number,
  jaccard: number,
  ent: number,
  entScore: number,
  figBound: number,
  mult: number,
  /** The items' `indexForPairs` table and rows, when indexed: the headline sets compared as ids (the same counts). */
  t?: PairTable,
  x = 0,
  y = 0,
): PairScore | undefined {
  const textPart = 0.6 * Math.min(1, jaccard / 0.5) + 0.2 * entScore;
  if ((textPart + figBound + 0.2 + 0.25) * mult < bar) return undefined;
  // Title topics are a row's first run, lead topics its second (their lengths are the sets' sizes).
  const ttx = t === undefined ? 0 : (t.runs[4 * x] as number);
  const tty = t === undefined ? 0 : (t.runs[4 * y] as number);
  const ltx = t === undefined ? 0 : (t.runs[4 * x + 1] as number);
  const lty = t === undefined ? 0 : (t.runs[4 * y + 1] as number);
  const ttSizeA = t === undefined ? a.titleTopics.size : (t.sets[ttx] as number);
  const ttSizeB = t === undefined ? b.titleTopics.size : (t.sets[tty] as number);
  const tt = t === undefined ? setOverlap(a.titleTopics, b.titleTopics) : runOverlap(t.sets, ttx, tty);
  const lt = t === undefined ? setOverlap(a.leadTopics, b.leadTopics) : runOverlap(t.sets, ltx, lty);
  const leadTopicScore =
    t === undefined ? dice(lt, a.leadTopics.size, b.leadTopics.size) : dice(lt, t.sets[ltx] as number, t.sets[lty] as number);
  const topicScore = ttSizeA && ttSizeB ? 0.6 * dice(tt, ttSizeA, ttSizeB) + 0.4 * leadTopicScore : leadTopicScore;
  const topicConflict = ttSizeA > 0 && ttSizeB > 0 && tt === 0 && leadTopicScore < 0.5;
  const beforeHeadline = textPart + figBound + 0.2 * topicScore - (topicConflict ? 0.25 : 0);
  if ((beforeHeadline + 0.25) * mult < bar) return undefined;
  // The headline part is a few small set overlaps, the figure matching (left at its bound) a walk over both figure
  // lists: with the headline known, ~2 in 3 of the pairs still open are settled without the figures (decision 031).
  // The score is clamped at 0, so a bar at or under 0 is reached by every pair, whatever the bound.
  const headline = t === undefined ? headlineScore(a, b) : headlineScoreOfRows(t, x, y);
  if (bar > 0 && (beforeHeadline + 0.25 * headline) * mult < bar) return undefined;
  return scoreBeyondCopies(a, b, jaccard, ent, entScore, tt, lt, headline);
}
