/**
 * A worker process: opens the store, starts pg-boss (its tables are created on first start, under its own lock), and
 * runs jobs from every queue with `workers.concurrency` at a time per queue. Several workers, on one machine or many,
 * share the work through the database. A killed worker's jobs expire (`jobTimeoutSeconds`, `stageTimeoutSeconds`)
 * and are retried by the others.
 */
import { readFileSync } from 'node:fs';
import type PgBoss from 'pg-boss';
import type { Config } from '../config/index.js';
import { loadGazetteer } from '../extract/index.js';
import type { Reporter } from '../report.js';
import { PostgresStore } from '../store/postgres/driver.js';
import { firstDayJob, runJob, type WorkerDeps } from './jobs.js';
import { PgLlmGate } from './llm-gate.js';
import { type AnyJob, createQueues, jobId, makeBoss, QUEUES } from './queue.js';

export interface WorkerHandle {
  stop(): Promise<void>;
}

/** Today (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The process's peak RSS so far (Linux: VmHWM), for the job log: the job after which it rose is the one that raised it. */
function peakRssBytes(): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** A scheduled tick: the day's first look, once per date however many workers see the tick. */
interface CronTick {
  queue: 'day';
  cron: true;
  out: string;
  sources: string[];
}

/** Starts a worker; `schedule` also registers the config's cron schedule (the day enqueued at each tick). */
export async function startWorker(opts: {
  storeUrl: string;
  config: Config;
  reporter: Reporter;
  env?: NodeJS.ProcessEnv;
  out: string;
  schedule?: boolean;
}): Promise<WorkerHandle> {
  const { config, reporter } = opts;
  const w = config.workers;
  const store = await PostgresStore.open(opts.storeUrl, { poolSize: Math.max(4, w.concurrency * 2) });
  const boss = makeBoss(opts.storeUrl, w, { supervise: true, schedule: opts.schedule === true });
  boss.on('error', (e: Error) => reporter.warn(`[queue] ${e.message}`));
  await boss.start();
  await createQueues(boss, w);
  const deps: WorkerDeps = {
    store,
    boss,
    config,
    reporter,
    gaz: loadGazetteer(config.extract.gazetteer),
    gate: new PgLlmGate(store.pool, {
      requestsPerSecond: w.llmRequestsPerSecond,
      burst: w.llmBurst,
      budgetUsd: config.llm.budgetUsd,
      reservationSeconds: Math.ceil((config.llm.timeoutMs * (config.llm.maxRetries + 1)) / 1000) + 60,
    }),
    env: opts.env ?? process.env,
  };
  const handler = async (jobs: PgBoss.Job<object>[]) => {
    for (const job of jobs) {
      const data = job.data as AnyJob | CronTick;
      if ('cron' in data) {
        const date = todayIn(config.timeZone);
        const run = jobId('cron', date);
        const first = firstDayJob(run, date, data.out, data.sources);
        await boss.send('day', first.data, { id: first.id });
        reporter.info(`[queue] schedule: day ${date} enqueued`);
        continue;
      }
      const started = Date.now();
      const cpu0 = process.cpuUsage();
      try {
        const msg = await runJob(deps, data);
        const cpu = process.cpuUsage(cpu0);
        const mb = (n: number) => Math.round(n / 1048576);
        const m = process.memoryUsage();
        const peak = peakRssBytes();
        reporter.info(
          `[queue] ${job.name} ${job.id.slice(0, 8)}: ${msg} (${Date.now() - started} ms, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU; rss ${mb(m.rss)} MB${peak ? `, peak ${mb(peak)} MB` : ''}, heap ${mb(m.heapUsed)} MB)`,
        );
      } catch (e) {
        reporter.warn(`[queue] ${job.name} ${job.id.slice(0, 8)} failed: ${(e as Error).message}`);
        throw e;
      }
    }
  };
  for (const name of QUEUES)
    for (let i = 0; i < w.concurrency; i++) await boss.work(name, { pollingIntervalSeconds: w.pollSeconds, batchSize: 1 }, handler);
  if (opts.schedule) {
    const tick: CronTick = { queue: 'day', cron: true, out: opts.out, sources: config.sources };
    await boss.schedule('day', config.schedule, tick, { tz: config.timeZone });
    reporter.info(`[queue] schedule "${config.schedule}" (${config.timeZone}) registered`);
  }
  return {
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      await store.close();
    },
  };
}
