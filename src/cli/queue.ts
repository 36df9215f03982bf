/** The job-queue commands (a PostgreSQL store only): `worker`, `jobs`, and `run` enqueuing the day. */
import type { Command } from 'commander';
import { enqueueDay, scheduleDays, waitForRun } from '../queue/enqueue.js';
import { deadLetters, queueCounts } from '../queue/status.js';
import { startWorker } from '../queue/worker.js';
import { PostgresStore } from '../store/postgres/driver.js';
import { type Context, context, type GlobalFlags, usesPostgres } from './context.js';
import { printJsonLines, printLines, stderrReporter } from './output.js';

function needsPostgres(ctx: Context, command: string): void {
  if (!usesPostgres(ctx))
    throw new Error(
      `[queue] \`factbrief ${command}\` needs a PostgreSQL store: pass --store postgres://… or set FACTBRIEF_DATABASE_URL (see docs/scaling.md)`,
    );
}

export function registerQueueCommands(program: Command): void {
  program
    .command('worker')
    .description('run jobs from the queue (PostgreSQL store): fetch, extract, cluster, knowledge, digest, publish')
    .option('--schedule', 'also register the config `schedule`: at each tick the day is enqueued (once per date)')
    .action(async (o: { schedule?: boolean }, cmd: Command) => {
      const flags = cmd.optsWithGlobals() as GlobalFlags;
      const ctx = context(flags);
      needsPostgres(ctx, 'worker');
      const rep = stderrReporter({ quiet: false });
      const w = await startWorker({ storeUrl: ctx.store, config: ctx.config, reporter: rep, out: ctx.out, schedule: o.schedule === true });
      rep.info(`[queue] worker ${process.pid} started (${ctx.config.workers.concurrency} job(s) per queue at once); Ctrl-C to stop`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          rep.info('[queue] stopping: finishing the jobs in hand (up to 30 s; a second signal stops at once)');
          process.once('SIGINT', () => process.exit(130));
          process.once('SIGTERM', () => process.exit(143));
          // A job still running after the grace period is left to expire and be retried by another worker.
          const hard = setTimeout(() => process.exit(1), 45_000);
          w.stop().then(
            () => {
              clearTimeout(hard);
              resolve();
            },
            () => process.exit(1),
          );
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      // Stopped: leave even if a library kept a timer or socket open.
      process.exit(0);
    });

  program
    .command('jobs')
    .description('the job queue: jobs by queue and state, and the dead-letter list (jobs that failed after their retries)')
    .option('--json', 'JSON Lines')
    .action(async (_o, cmd: Command) => {
      const flags = cmd.optsWithGlobals() as GlobalFlags;
      const ctx = context(flags);
      needsPostgres(ctx, 'jobs');
      const store = await PostgresStore.open(ctx.store, { poolSize: 1 });
      try {
        const counts = await queueCounts(store, ctx.config.workers);
        const dead = await deadLetters(store, ctx.config.workers);
        if (flags.json) {
          printJsonLines([...counts.map((c) => ({ type: 'count', ...c })), ...dead.map((d) => ({ type: 'dead', ...d }))]);
          return;
        }
        const lines = counts.length ? counts.map((c) => `${c.queue.padEnd(10)} ${c.state.padEnd(10)} ${c.jobs}`) : ['no jobs yet'];
        lines.push(dead.length ? `dead letters (${dead.length}):` : 'dead letters: none');
        for (const d of dead) lines.push(`  ${d.at}  ${d.queue.padEnd(9)} ${d.id}  ${d.error}`);
        printLines(lines);
      } finally {
        await store.close();
      }
    });
}

/** `factbrief run` on a PostgreSQL store: the day goes to the queue (or, with --cron, the schedule does). */
export async function enqueueRunCommand(
  ctx: Context,
  o: { sources: string[]; date: string; cron: boolean; wait: boolean; json: boolean },
): Promise<void> {
  const rep = stderrReporter({ quiet: o.json });
  if (o.cron) {
    await scheduleDays(ctx.store, ctx.config, ctx.out);
    rep.info(`[queue] schedule "${ctx.config.schedule}" (${ctx.config.timeZone}) registered: workers enqueue each day at its tick`);
    return;
  }
  const t0 = Date.now();
  const q = await enqueueDay(ctx.store, ctx.config, { date: o.date, out: ctx.out, sources: o.sources });
  if (o.json) printJsonLines([{ enqueued: o.date, run: q.run, job: q.jobId }]);
  rep.info(`[queue] day ${o.date} enqueued (run ${q.run}): \`factbrief worker\` processes it, \`factbrief jobs\` shows the queue`);
  if (!o.wait) return;
  await waitForRun(ctx.store, ctx.config, q.run);
  rep.info(`[queue] day ${o.date} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
