/**
 * What each job does: the stage functions of src/pipeline.ts (the one orchestrator) applied to a part of the day, and
 * the `day` job that moves a day through its steps. Every job may run twice (a retry, or a worker killed after the
 * work but before the queue heard of it), so each is idempotent: ingest skips stored content, an extraction replaces
 * the item's previous one, cluster/knowledge/digest recompute, publish goes through the push log.
 *
 * The `day` job never waits inside a job: each look at a step is a short job that sends the step's jobs, or checks
 * them and sends the next look (after `pollSeconds`). A worker killed during a look loses only that look, which the
 * queue retries after its short expiry; ids derived from the run make a repeated look send nothing twice.
 */
import type PgBoss from 'pg-boss';
import type { Config } from '../config/index.js';
import type { Gazetteer } from '../extract/index.js';
import { expandTargets, type SourceError } from '../ingest/index.js';
import {
  cluster,
  digest,
  digestChannels,
  EmptyDigestError,
  engineFor,
  extractItems,
  ingest,
  itemsToExtract,
  knowledge,
  publishDigest,
} from '../pipeline.js';
import type { Reporter } from '../report.js';
import type { PostgresStore } from '../store/postgres/driver.js';
import type { PgLlmGate } from './llm-gate.js';
import {
  type AnyJob,
  type DayJob,
  DEAD_LETTER,
  type DigestJob,
  type ExtractJob,
  type FetchJob,
  jobId,
  type PublishJob,
  type QueueName,
  STEPS,
  type Step,
} from './queue.js';

export interface WorkerDeps {
  store: PostgresStore;
  boss: PgBoss;
  config: Config;
  reporter: Reporter;
  gaz: Gazetteer;
  gate: PgLlmGate;
  env: NodeJS.ProcessEnv;
}

/** Cache namespaces the jobs write: the day's digest (for its publish jobs) and the runs that finished. */
export const DIGEST_NS = 'queue:digest';
export const RUN_NS = 'queue:run';

async function send(w: WorkerDeps, queue: QueueName, data: AnyJob, id: string, opts: PgBoss.SendOptions = {}): Promise<string> {
  await w.boss.send(queue, data as object, { ...opts, id });
  return id;
}

/** The first look at a day (what `factbrief run` sends). */
export function firstDayJob(run: string, date: string, out: string, sources: string[]): { data: DayJob; id: string } {
  const data: DayJob = { queue: 'day', run, date, out, sources, step: 'fetch', waiting: [], round: 0 };
  return { data, id: dayJobId(data) };
}

function dayJobId(d: Pick<DayJob, 'run' | 'step' | 'round' | 'waiting'>): string {
  return jobId(d.run, 'day', d.step, d.waiting.length > 0 ? 'wait' : 'start', String(d.round));
}

/** Sources as fetch jobs: files in groups of `fetchBatch`, each feed or URL alone; a target that cannot be listed is its own job (ingest then records why). */
export async function fetchGroups(sources: string[], fetchBatch: number): Promise<string[][]> {
  const groups: string[][] = [];
  let files: string[] = [];
  for (const s of sources) {
    let expanded: string[];
    try {
      const unreadable: SourceError[] = [];
      expanded = await expandTargets([s], unreadable);
      for (const e of unreadable) groups.push([e.source]);
    } catch {
      groups.push([s]);
      continue;
    }
    for (const t of expanded) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) groups.push([t]);
      else files.push(t);
    }
  }
  files = [...new Set(files)];
  for (let i = 0; i < files.length; i += fetchBatch) groups.push(files.slice(i, i + fetchBatch));
  return groups;
}

/** Sends the jobs of a step; returns their ids. */
async function startStep(w: WorkerDeps, day: DayJob): Promise<string[]> {
  const run = day.run;
  const wk = w.config.workers;
  switch (day.step) {
    case 'fetch': {
      const ids: string[] = [];
      for (const targets of await fetchGroups(day.sources, wk.fetchBatch)) {
        const key = targets.length === 1 ? (targets[0] as string) : `${targets[0]}+${targets.length - 1}`;
        ids.push(await send(w, 'fetch', { queue: 'fetch', run, targets }, jobId(run, 'fetch', key), { singletonKey: key }));
      }
      return ids;
    }
    case 'extract': {
      const pending = await itemsToExtract(w.store, w.reporter, w.config.extract.gazetteer);
      const ids: string[] = [];
      for (let i = 0; i < pending.length; i += wk.extractBatch) {
        const batch = pending.slice(i, i + wk.extractBatch);
        ids.push(
          await send(w, 'extract', { queue: 'extract', run, ids: batch }, jobId(run, 'extract', batch[0] as string, String(batch.length))),
        );
      }
      return ids;
    }
    case 'cluster':
    case 'knowledge':
      return [await send(w, day.step, { queue: day.step, run }, jobId(run, day.step))];
    case 'digest':
      return [
        await send(w, 'digest', { queue: 'digest', run, date: day.date, out: day.out }, jobId(run, 'digest'), { singletonKey: day.date }),
      ];
    case 'publish': {
      const ids: string[] = [];
      for (const c of digestChannels(w.config, w.reporter, w.env)) {
        const key = `${c.name}:${day.date}`;
        ids.push(
          await send(w, 'publish', { queue: 'publish', run, date: day.date, channel: c.name }, jobId(run, 'publish', key), {
            singletonKey: key,
          }),
        );
      }
      return ids;
    }
    case 'done':
      return [];
  }
}

/** Terminal or not, per job id (a job no longer in the queue's tables counts as completed). */
export async function jobStates(w: Pick<WorkerDeps, 'store' | 'config'>, ids: string[]): Promise<Map<string, string>> {
  const s = w.config.workers.queueSchema;
  const rows = await w.store.pool.query<{ id: string; state: string }>(
    `SELECT id::text AS id, state::text AS state FROM ${s}.job WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, state::text FROM ${s}.archive WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const out = new Map<string, string>(ids.map((id) => [id, 'completed']));
  for (const r of rows.rows) out.set(r.id, r.state);
  return out;
}

/** Steps whose failure ends the day (a failed fetch or extract batch leaves the rest of the day going). */
const REQUIRED: readonly Step[] = ['cluster', 'knowledge', 'digest'];

/** One look at a day: start the step's jobs, or check them and move on. */
export async function dayStep(w: WorkerDeps, day: DayJob): Promise<string> {
  if (day.step === 'done') {
    await w.store.cache.put(RUN_NS, day.run, JSON.stringify({ date: day.date, finishedAt: new Date().toISOString() }));
    return `day ${day.date} done`;
  }
  if (day.waiting.length === 0 && day.round === 0) {
    const ids = await startStep(w, day);
    const next: DayJob = { ...day, waiting: ids, round: 1 };
    if (ids.length === 0) return advance(w, day);
    await send(w, 'day', next, dayJobId(next), { startAfter: Math.ceil(w.config.workers.pollSeconds) });
    return `${day.step}: ${ids.length} job(s) sent`;
  }
  const states = await jobStates(w, day.waiting);
  const open = day.waiting.filter((id) => ['created', 'retry', 'active'].includes(states.get(id) ?? ''));
  if (open.length > 0) {
    const next: DayJob = { ...day, waiting: open, round: day.round + 1 };
    await send(w, 'day', next, dayJobId(next), { startAfter: Math.ceil(w.config.workers.pollSeconds) });
    return `${day.step}: ${open.length} job(s) still going`;
  }
  const failed = day.waiting.filter((id) => ['failed', 'cancelled'].includes(states.get(id) ?? ''));
  if (failed.length > 0) {
    const msg = `[queue] ${day.date}: ${failed.length} ${day.step} job(s) failed after their retries (see \`factbrief jobs\`)`;
    if (REQUIRED.includes(day.step)) throw new Error(`${msg}; the day stops here`);
    w.reporter.warn(msg);
  }
  return advance(w, day);
}

async function advance(w: WorkerDeps, day: DayJob): Promise<string> {
  const step = STEPS[STEPS.indexOf(day.step) + 1] ?? 'done';
  const next: DayJob = { ...day, step, waiting: [], round: 0 };
  await send(w, 'day', next, dayJobId(next));
  return `${day.step} finished; next ${step}`;
}

export async function fetchJob(w: WorkerDeps, job: FetchJob): Promise<string> {
  const r = await ingest(w.store, job.targets, w.config, w.reporter);
  return `${r.sources} source(s), ${r.added} new, ${r.skipped} unchanged, ${r.failed.length} failed`;
}

export async function extractJob(w: WorkerDeps, job: ExtractJob): Promise<string> {
  const r = await extractItems(w.store, job.ids, w.gaz, w.reporter, w.config.limits);
  return `${r.extracted} extracted, ${r.quarantined.length} quarantined`;
}

export async function clusterJob(w: WorkerDeps): Promise<string> {
  return `${await cluster(w.store, w.config)} stories`;
}

export async function knowledgeJob(w: WorkerDeps): Promise<string> {
  const k = await knowledge(w.store, w.config, w.gaz, w.reporter);
  return `${k.claims} claims, ${k.deals} capital flows`;
}

export async function digestJob(w: WorkerDeps, job: DigestJob): Promise<string> {
  try {
    const engine = engineFor(w.store, w.config, w.reporter, w.env, w.gate);
    const d = await digest(w.store, w.config, job.date, job.out, engine, w.reporter);
    await w.store.cache.put(DIGEST_NS, job.date, JSON.stringify({ date: job.date, title: d.digest.title, markdown: d.markdown }));
    return `${d.digest.stories.length} stories; ${d.files.length} files`;
  } catch (e) {
    if (!(e instanceof EmptyDigestError)) throw e;
    w.reporter.warn(e.message);
    return e.message;
  }
}

export async function publishJob(w: WorkerDeps, job: PublishJob): Promise<string> {
  const stored = await w.store.cache.get(DIGEST_NS, job.date);
  if (stored === undefined) return `no digest for ${job.date}: nothing to publish`;
  const d = JSON.parse(stored) as { date: string; title: string; markdown: string };
  const results = await publishDigest(w.store, w.config, d, d.markdown, w.reporter, w.env, job.channel);
  const failed = results.filter((r) => r.status === 'failed');
  // A failed send released its push-log reservation: throwing lets the queue retry it with backoff.
  if (failed.length > 0) throw new Error(failed.map((r) => ('error' in r ? r.error : r.status)).join('; '));
  return results.map((r) => `${r.channel}: ${r.status}`).join(', ') || 'no channel';
}

/** Runs one job by its queue. */
export async function runJob(w: WorkerDeps, job: AnyJob): Promise<string> {
  switch (job.queue) {
    case 'day':
      return dayStep(w, job);
    case 'fetch':
      return fetchJob(w, job);
    case 'extract':
      return extractJob(w, job);
    case 'cluster':
      return clusterJob(w);
    case 'knowledge':
      return knowledgeJob(w);
    case 'digest':
      return digestJob(w, job);
    case 'publish':
      return publishJob(w, job);
  }
}

export { DEAD_LETTER };
