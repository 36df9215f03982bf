/**
 * The job queue (pg-boss 10 in the store's PostgreSQL database): queue names, their policies and retry settings, and
 * job ids derived from what the job is (so a step re-run after a crash sends the same jobs, which the queue then
 * ignores, instead of sending them twice).
 */
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { Config } from '../config/index.js';
import { parseTarget } from '../store/postgres/open.js';

/** The queues: one per kind of job, plus the dead-letter list. */
export const QUEUES = ['day', 'fetch', 'extract', 'cluster', 'knowledge', 'digest', 'publish'] as const;
export type QueueName = (typeof QUEUES)[number];
export const DEAD_LETTER = 'dead';

/** The day's steps, in order; the `day` job moves through them. */
export const STEPS = ['fetch', 'extract', 'cluster', 'knowledge', 'digest', 'publish', 'done'] as const;
export type Step = (typeof STEPS)[number];

export interface DayJob {
  queue: 'day';
  /** One enqueued day (a `factbrief run`): every job id of the day derives from it. */
  run: string;
  date: string;
  out: string;
  sources: string[];
  step: Step;
  /** Jobs of the current step still to finish. */
  waiting: string[];
  /** How many times this step has been looked at (each look is its own short job). */
  round: number;
}
export interface FetchJob {
  queue: 'fetch';
  run: string;
  targets: string[];
}
export interface ExtractJob {
  queue: 'extract';
  run: string;
  ids: string[];
}
export interface StageJob {
  queue: 'cluster' | 'knowledge';
  run: string;
}
export interface DigestJob {
  queue: 'digest';
  run: string;
  date: string;
  out: string;
}
export interface PublishJob {
  queue: 'publish';
  run: string;
  date: string;
  channel: string;
}
export type AnyJob = DayJob | FetchJob | ExtractJob | StageJob | DigestJob | PublishJob;

/** A UUID derived from `parts` (pg-boss job ids are UUIDs): the same job description gives the same id. */
export function jobId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

/** The pg-boss instance for a store's database and the `workers` settings. */
export function makeBoss(storeUrl: string, w: Config['workers'], opts: { supervise: boolean; schedule: boolean }): PgBoss {
  const t = parseTarget(storeUrl);
  const boss = new PgBoss({
    connectionString: t.url,
    schema: w.queueSchema,
    max: 4,
    supervise: opts.supervise,
    schedule: opts.schedule,
    maintenanceIntervalSeconds: w.maintenanceSeconds,
    monitorStateIntervalSeconds: Math.max(w.maintenanceSeconds, 10),
  });
  return boss;
}

/** PostgreSQL's SQLSTATE for a deadlock (40P01) and a serialisation failure (40001): the transaction may be retried. */
function retryable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `fn` again when PostgreSQL aborted it as a deadlock victim: pg-boss's `create_queue` creates a queue's table and
 * its row in one transaction, and two workers creating the same queues at once can deadlock on them (seen in the
 * two-worker benchmark). The call is idempotent, so the loser retries after a short, growing, jittered pause.
 */
export async function retryDeadlock<T>(fn: () => Promise<T>, attempts = 6, baseMs = 25): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (!retryable(e) || i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, baseMs * 2 ** (i - 1) * (0.5 + Math.random())));
    }
  }
}

/** Creates the queues (a no-op when they exist; safe from several workers at once: a deadlock victim retries). */
export async function createQueues(boss: PgBoss, w: Config['workers']): Promise<void> {
  await retryDeadlock(() =>
    boss.createQueue(DEAD_LETTER, { name: DEAD_LETTER, policy: 'standard', retryLimit: 0, retentionMinutes: 60 * 24 * 30 }),
  );
  const common = { retryLimit: w.retryLimit, retryDelay: w.retryDelaySeconds, retryBackoff: true, deadLetter: DEAD_LETTER };
  for (const name of QUEUES) {
    // One fetch per source, one digest per date, one publish per channel and date, one rebuild of the shared
    // stories / knowledge at a time (singleton: one active job per singleton key, or per queue without a key).
    const policy = name === 'day' || name === 'extract' ? 'standard' : 'singleton';
    // A look at a day is short (it sends or checks jobs): it expires early, so a killed worker's look is soon retried.
    const expireInSeconds =
      name === 'day'
        ? Math.min(120, w.jobTimeoutSeconds)
        : name === 'fetch' || name === 'extract'
          ? w.jobTimeoutSeconds
          : w.stageTimeoutSeconds;
    await retryDeadlock(() => boss.createQueue(name, { name, policy, expireInSeconds, ...common }));
  }
}
