/**
 * Clustering's candidate scoring on two cores (docs/decisions/051-cluster-scoring-on-two-threads.md): the calling
 * thread scores the candidates of the earlier items of the window while one worker thread scores those of the later
 * ones; the stories are then linked from both ranges' scores, in order, as from one walk.
 *
 * Same stories, by construction: a range's walk is the walk restricted to its items (`walkCandidates`), the worker
 * scores with the same function over a structured clone of the same prepared features (discounted and indexed once,
 * by the calling thread), and `linkStories` reads the two ranges' kept pairs one after the other, as the one walk
 * would have produced them. Failures never change the result: if the worker cannot start, throws or dies, the calling
 * thread scores its range itself.
 */
import type { Worker } from 'node:worker_threads';
import { entryBeside, spawnModuleWorker } from '../sandbox/spawn.js';
import type { Story } from '../types/index.js';
import type { CandidateTable } from './candidates.js';
import { groupFeatures, linkStories, prepareFeatures, type RangeScores, scoreCandidates, settingsOf } from './cluster.js';
import type { FeatureCounts, ItemFeatures } from './features.js';
import type { ClusterOptions } from './input.js';
import type { ScoreReply, ScoreRequest } from './score-protocol.js';

/** From this many items in a window the worker is started: below, its start-up (~0.1–0.3 s) would not pay. */
export const TWO_THREADS_FROM = 2000;
/**
 * The worker's young generation, in MB: its garbage is the pair scores it settles, short-lived; a small young
 * generation keeps the process's peak low (clustering sets the 10,000-article pipeline's peak).
 */
const WORKER_YOUNG_MB = 4;

/**
 * Where the calling thread's range ends: the item after which about half of the candidate groups' memberships lie
 * (an item's candidates grow with its memberships, each giving at most `MAX_PARTNERS`).
 */
export function splitPoint(table: CandidateTable, share = 0.5): number {
  const total = table.slotStart[table.n] as number;
  const target = total * share;
  let lo = 0;
  let hi = table.n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table.slotStart[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the worker needs of an item: its features without the band and block keys (the table holds the groups). */
function forScoring(f: ItemFeatures): ItemFeatures {
  return { ...f, bands: undefined, blocks: undefined };
}

/** A scoring worker, started; undefined when worker threads cannot start here. */
function startScorer(): Worker | undefined {
  try {
    return spawnModuleWorker(entryBeside(import.meta.url, 'score-worker'), {
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
  } catch {
    return undefined;
  }
}

/**
 * The candidates of items `from <= i < to` of the prepared `feats` scored on `worker` (started if not given, and
 * stopped once it answered); undefined when the worker could not do it (failed to start, threw, died).
 */
export function scoreOnWorker(
  feats: readonly ItemFeatures[],
  table: CandidateTable,
  windowDays: number,
  threshold: number,
  from: number,
  to: number,
  worker: Worker | undefined = startScorer(),
): Promise<RangeScores | undefined> {
  if (!worker) return Promise.resolve(undefined);
  const w = worker;
  // Only the items from `from` on: every partner of an item is after it.
  const request: ScoreRequest = { feats: feats.slice(from).map(forScoring), table, windowDays, threshold, from, to };
  return new Promise((resolve) => {
    const done = (r: RangeScores | undefined) => {
      w.removeAllListeners();
      void w.terminate();
      resolve(r);
    };
    w.once('message', (m: ScoreReply) => done(m.ok ? m.scores : undefined));
    w.once('error', () => done(undefined));
    w.once('exit', () => done(undefined));
    w.postMessage(request);
  });
}

/**
 * `groupFeatures` with the candidates of the later items scored on a worker thread, for windows of at least `from`
 * items (`TWO_THREADS_FROM`); smaller ones are grouped in this thread. Same arguments, same stories.
 */
export async function groupFeaturesOnTwo(
  feats: ItemFeatures[],
  opts: ClusterOptions = {},
  counts?: FeatureCounts,
  from = TWO_THREADS_FROM,
): Promise<Story[]> {
  const n = feats.length;
  if (n < from || n < 2) return groupFeatures(feats, opts, counts);
  // Started first: it loads its modules while this thread prepares the features.
  const worker = startScorer();
  const table = prepareFeatures(feats, counts);
  const { threshold, windowDays } = settingsOf(opts);
  const mid = splitPoint(table);
  // The request is copied when posted (structured clone), before this thread scores its own range.
  const theirs = scoreOnWorker(feats, table, windowDays, threshold, mid, n, worker);
  const mine = scoreCandidates(feats, 0, table, windowDays, threshold, 0, mid);
  const later = (await theirs) ?? scoreCandidates(feats, 0, table, windowDays, threshold, mid, n);
  return linkStories(feats, opts, [mine, later]);
}
