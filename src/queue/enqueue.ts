/** Sending a day to the queue (`factbrief run` on a PostgreSQL store), and waiting for it (`--wait`, tests, benchmarks). */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/index.js';
import { PostgresStore } from '../store/postgres/driver.js';
import { sleep } from '../util/retry.js';
import { firstDayJob } from './jobs.js';
import { createQueues, makeBoss } from './queue.js';
import { deadLetters, runFinished } from './status.js';

export interface Enqueued {
  run: string;
  jobId: string;
}

/** Enqueues the day: its first step (fetch) is sent; workers do the rest. */
export async function enqueueDay(
  storeUrl: string,
  config: Config,
  day: { date: string; out: string; sources: string[] },
): Promise<Enqueued> {
  const boss = makeBoss(storeUrl, config.workers, { supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    await createQueues(boss, config.workers);
    const run = randomUUID();
    const first = firstDayJob(run, day.date, day.out, day.sources);
    await boss.send('day', first.data, { id: first.id });
    return { run, jobId: first.id };
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Registers the config's cron schedule in the queue: at each tick a worker enqueues the day (once per date). */
export async function scheduleDays(storeUrl: string, config: Config, out: string): Promise<void> {
  const boss = makeBoss(storeUrl, config.workers, { supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  try {
    await createQueues(boss, config.workers);
    await boss.schedule('day', config.schedule, { queue: 'day', cron: true, out, sources: config.sources }, { tz: config.timeZone });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** Waits until the run finished; throws when one of its day steps landed in the dead-letter list, or on timeout. */
export async function waitForRun(storeUrl: string, config: Config, run: string, timeoutMs = 3_600_000): Promise<void> {
  const store = await PostgresStore.open(storeUrl, { poolSize: 1 });
  try {
    const until = Date.now() + timeoutMs;
    for (;;) {
      if (await runFinished(store, run)) return;
      const dead = (await deadLetters(store, config.workers)).find(
        (d) => d.queue === 'day' && (d.data as { run?: string } | null)?.run === run,
      );
      if (dead) throw new Error(`[queue] the day failed: ${dead.error}`);
      if (Date.now() > until) throw new Error(`[queue] run ${run} not finished after ${Math.round(timeoutMs / 1000)} s`);
      await sleep(500);
    }
  } finally {
    await store.close();
  }
}
