/** Messages between the extraction pool (pool.ts) and its workers (pool-worker.ts); structured-cloned, plain data only. */
import type { BudgetedExtraction, Gazetteer } from '../extract/index.js';
import type { ExtractContext } from '../types/figure.js';
import type { ItemKind } from '../types/item.js';
import type { SandboxLimits } from './index.js';

/** An item's extraction context without the known names (they travel once per list, as `names`). */
export type PoolContext = Omit<ExtractContext, 'known'> & { kind?: ItemKind };

export type PoolRequest =
  /** The first message: the gazetteer the worker extracts with, and the limits of every job. */
  | { op: 'setup'; entries: Gazetteer['entries']; rules: Gazetteer['rules']; limits: SandboxLimits }
  /** The known names later jobs name by `id` (the worker keeps the newest list; the pipeline's lists only grow). */
  | { op: 'names'; id: number; names: readonly string[] }
  | { op: 'extract'; job: number; text: string; sentences: number; ctx: PoolContext; names: number };

export type PoolReply =
  | { ready: true }
  /** `tainted`: a stop in the worker's own thread may have left its module state half-updated: retire it. */
  | { job: number; result: BudgetedExtraction; tainted: boolean }
  /** The job could not be run (a message out of order): the item fails with this message. */
  | { job: number; error: string };
