// What the calling thread and the scoring thread of a clustering run send each other (score-pool.ts).
import type { CandidateTable } from './candidates.js';
import type { RangeScores } from './cluster.js';
import type { ItemFeatures } from './features.js';

/** Score the candidates of items `from <= i < to`; `feats` holds the items from `from` to the end of the window. */
export interface ScoreRequest {
  feats: ItemFeatures[];
  table: CandidateTable;
  windowDays: number;
  threshold: number;
  from: number;
  to: number;
}

export type ScoreReply = { ok: true; scores: RangeScores } | { ok: false; error: string };
