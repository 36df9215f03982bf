/** Reading the queue for `factbrief jobs` and `factbrief run --wait`: counts by queue and state, the dead-letter list. */
import type { Config } from '../config/index.js';
import type { PostgresStore } from '../store/postgres/driver.js';
import { RUN_NS } from './jobs.js';
import { DEAD_LETTER } from './queue.js';

export interface QueueCount {
  queue: string;
  state: string;
  jobs: number;
}

export interface DeadJob {
  id: string;
  /** The queue the job failed in. */
  queue: string;
  data: unknown;
  error: string;
  at: string;
}

async function hasQueueTables(store: PostgresStore, schema: string): Promise<boolean> {
  const r = await store.pool.query('SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2', [schema, 'job']);
  return (r.rowCount ?? 0) > 0;
}

/** Jobs by queue and state (the dead-letter queue listed as `dead`). */
export async function queueCounts(store: PostgresStore, w: Config['workers']): Promise<QueueCount[]> {
  if (!(await hasQueueTables(store, w.queueSchema))) return [];
  const r = await store.pool.query<QueueCount>(
    `SELECT name AS queue, state::text AS state, COUNT(*)::int AS jobs FROM ${w.queueSchema}.job
     WHERE name NOT LIKE '\\_\\_%' GROUP BY name, state ORDER BY name, state`,
  );
  return r.rows;
}

/** Jobs that failed after all their retries, newest first. */
export async function deadLetters(store: PostgresStore, w: Config['workers'], limit = 100): Promise<DeadJob[]> {
  if (!(await hasQueueTables(store, w.queueSchema))) return [];
  const r = await store.pool.query<{ id: string; data: Record<string, unknown>; output: unknown; created_on: Date }>(
    `SELECT id::text AS id, data, output, created_on FROM ${w.queueSchema}.job WHERE name = $1 ORDER BY created_on DESC LIMIT $2`,
    [DEAD_LETTER, limit],
  );
  return r.rows.map((row) => ({
    id: row.id,
    queue: typeof row.data?.queue === 'string' ? row.data.queue : 'unknown',
    data: row.data,
    error: errorText(row.output),
    at: row.created_on.toISOString(),
  }));
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: { message?: unknown } };
    if (typeof o.message === 'string') return o.message;
    if (typeof o.value?.message === 'string') return o.value.message;
  }
  return JSON.stringify(output ?? null);
}

/** True once the day enqueued as `run` went through every step. */
export async function runFinished(store: PostgresStore, run: string): Promise<boolean> {
  return (await store.cache.get(RUN_NS, run)) !== undefined;
}
