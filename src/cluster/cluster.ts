// Same-story clustering: near-duplicate copies join outright, other reports join a group only when their average score to its members clears the bar (no chaining).
import { createHash } from 'node:crypto';
import type { Story } from '../types/index.js';
import { ShingleFrequency } from './boilerplate.js';
import { forEachCandidate } from './candidates.js';
import {
  dayNumber,
  discountCommonFigures,
  type FeatureCounts,
  featuresOf,
  type ItemFeatures,
  indexForPairs,
  itemShingles,
} from './features.js';
import type { ClusterInput, ClusterOptions } from './input.js';
import { ScoredPairs } from './pair-table.js';
import { scoreRows, scoreRowsAbove } from './similarity.js';
import { UnionFind } from './union-find.js';

const DEFAULT_THRESHOLD = 0.5;
const DEFAULT_WINDOW_DAYS = 3;
/** A group joins another when the average score over all cross pairs reaches this share of the threshold. */
const AVERAGE_LINK_SHARE = 0.8;
/** Above this many cross pairs the average is taken over the first members of each group only. */
const MAX_LINK_SIDE = 40;

/** `st_` + 16 hex of sha256 of the earliest member's id. */
export function storyId(earliestItemId: string): string {
  return `st_${createHash('sha256').update(earliestItemId).digest('hex').slice(0, 16)}`;
}

export function compareInputs(a: { day: number; id: string }, b: { day: number; id: string }): number {
  const an = Number.isNaN(a.day);
  const bn = Number.isNaN(b.day);
  if (an !== bn) return an ? 1 : -1;
  if (!an && a.day !== b.day) return a.day - b.day;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Groups items into stories: each input item lands in exactly one story. Deterministic and independent
 * of input order. Items further apart than `windowDays` never share a story.
 * @example clusterStories([enReport, zhReport, syndicatedCopy]) → [{ id: 'st_…', title, date: '2026-03-02', items: [...] }]
 */
export function clusterStories(items: ClusterInput[], opts: ClusterOptions = {}): Story[] {
  const order = items.map((item) => ({ item, day: dayNumber(item.date), id: item.id })).sort(compareInputs);
  const sorted = order.map((o) => o.item);
  const shingles = sorted.map(itemShingles);
  const df = new ShingleFrequency();
  for (const sh of shingles) df.add(sh);
  return groupFeatures(
    sorted.map((item, i) => featuresOf(item, i, df.rare(shingles[i] as Uint32Array))),
    opts,
  );
}

/**
 * Groups items given their features (computed now, or stored when the items were first clustered: cluster/stored.ts).
 * `feats` must be sorted by (day, id) with undated items last, each `index` its position. Entity and figure weights
 * are discounted by `counts` (kept across runs), else over this set.
 */
export function groupFeatures(feats: ItemFeatures[], opts: ClusterOptions = {}, counts?: FeatureCounts): Story[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const windowDays = opts.windowDays ?? DEFAULT_WINDOW_DAYS;
  discountCommonFigures(feats, counts);
  const table = indexForPairs(feats);
  const n = feats.length;

  // Candidate pairs, each scored as it is walked (never all held): those reaching the threshold are kept with their
  // score (ascending keys, one typed table); any other pair the average link asks for is scored then, and kept.
  const cache = new ScoredPairs(n * n);
  const score = (i: number, j: number): number => {
    const key = i < j ? i * n + j : j * n + i;
    let s = cache.get(key);
    if (s === undefined) {
      s = scoreRows(table, i, j, feats[i] as ItemFeatures, feats[j] as ItemFeatures).score;
      cache.set(key, s);
    }
    return s;
  };

  const strong: number[] = [];
  const weak: { i: number; j: number; s: number }[] = [];
  forEachCandidate(feats, windowDays, (i, j) => {
    // Undefined: a candidate the bound settled without a score (it cannot reach the threshold).
    const r = scoreRowsAbove(table, i, j, threshold, feats[i] as ItemFeatures, feats[j] as ItemFeatures);
    if (r === undefined) return;
    const key = i * n + j;
    if (r.strong) strong.push(key);
    else if (r.score >= threshold) weak.push({ i, j, s: r.score });
    else return;
    cache.append(key, r.score);
  });

  const uf = new UnionFind(feats.map((f) => f.day));
  const members = new Map<number, number[]>();
  const membersOf = (root: number): number[] => members.get(root) ?? [root];
  const join = (a: number, b: number): void => {
    const ra = uf.find(a);
    const rb = uf.find(b);
    const merged = [...membersOf(ra), ...membersOf(rb)];
    members.delete(ra);
    members.delete(rb);
    members.set(uf.union(ra, rb), merged);
  };

  // 1. Copies of one article: join outright (still within the date window).
  strong.sort((a, b) => a - b);
  for (const key of strong) {
    const i = Math.floor(key / n);
    const j = key - i * n;
    if (uf.find(i) !== uf.find(j) && uf.spanIfMerged(i, j) <= windowDays) join(i, j);
  }

  // 2. Other reports of one event: best edges first, average link over the two groups.
  weak.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  for (const { i, j } of weak) {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj || uf.spanIfMerged(i, j) > windowDays) continue;
    const A = membersOf(ri).slice(0, MAX_LINK_SIDE);
    const B = membersOf(rj).slice(0, MAX_LINK_SIDE);
    let sum = 0;
    for (const x of A) for (const y of B) sum += score(x, y);
    if (sum / (A.length * B.length) >= threshold * AVERAGE_LINK_SHARE) join(i, j);
  }

  // 3. Stories.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g === undefined) groups.set(r, [i]);
    else g.push(i);
  }
  const stories: Story[] = [];
  for (const g of groups.values()) {
    // Indices ascend with (date, id): g[0] is the earliest member.
    const first = feats[g[0] as number] as ItemFeatures;
    const central = g.length > 2 && g.length <= MAX_LINK_SIDE ? mostCentral(g, score) : (g[0] as number);
    stories.push({
      id: storyId(first.id),
      title: (feats[central] as ItemFeatures).title,
      date: first.date ? first.date.slice(0, 10) : null,
      items: g.map((i) => (feats[i] as ItemFeatures).id),
    });
  }
  stories.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : 1));
  return stories;
}

/** The member with the highest total score to the others (ties: the earliest). */
function mostCentral(g: number[], score: (i: number, j: number) => number): number {
  let best = g[0] as number;
  let bestSum = -1;
  for (const x of g) {
    let sum = 0;
    for (const y of g) if (x !== y) sum += score(x, y);
    if (sum > bestSum + 1e-9) {
      bestSum = sum;
      best = x;
    }
  }
  return best;
}
