/**
 * Extraction on several cores: a batch of items is extracted by the calling thread and a few worker threads at once
 * (docs/decisions/036-extraction-worker-pool.md). Every item is extracted as `extractInSandbox` extracts it in the
 * calling thread (the same limits and watchdog; items over `IN_THREAD_CHARS` stay with the calling thread, which sends
 * them to the killable worker as before), with the gazetteer and known names the caller gives, so the results are the
 * caller's own, in the caller's order. Items are handed out one at a time as threads come free (a worker keeps a few
 * queued so it never waits on the calling thread). A worker that dies fails the item it was extracting with a clear
 * reason, its other items go back to the queue and a new worker takes its place; a worker that cannot start leaves
 * the work to the others and the calling thread. `close` terminates the workers; an idle worker never keeps the
 * process alive.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { BudgetedExtraction, Gazetteer } from '../extract/index.js';
import { extractInSandbox, IN_THREAD_CHARS, type SandboxLimits } from './index.js';
import type { PoolContext, PoolReply, PoolRequest } from './pool-protocol.js';
import { entryBeside, spawnModuleWorker } from './spawn.js';

export type { PoolContext } from './pool-protocol.js';

/** One item to extract: its text (title and body), its sentence count (for the limits) and its context. */
export interface PoolJob {
  text: string;
  sentences: number;
  ctx: PoolContext;
}

/** Items a worker holds queued besides the one it extracts (so it never waits on the calling thread's own item). */
const QUEUED_PER_WORKER = 4;
/**
 * Items a worker may hold while the calling thread is away from the batch (between `start` and `join` it writes the
 * previous batch: synchronous store work that lets no answer in, so a worker holding five items ran dry after ~15 ms
 * of ~150). At most a fair share of the batch, so a batch joined at once is still split evenly (decision 048).
 */
const QUEUED_WHILE_AWAY = 96;

/**
 * Items each worker may hold of a batch of `queued` items shared by `workers` workers and the calling thread: a fair
 * share up to QUEUED_WHILE_AWAY while the caller is away, QUEUED_PER_WORKER once it has joined; never fewer.
 * @example workerHold(500, 1, false) → 96; workerHold(40, 1, false) → 20; workerHold(500, 1, true) → 4
 */
export function workerHold(queued: number, workers: number, joined: boolean): number {
  if (joined) return QUEUED_PER_WORKER;
  return Math.max(QUEUED_PER_WORKER, Math.min(QUEUED_WHILE_AWAY, Math.floor(queued / (workers + 1))));
}
/** Workers started in place of dead ones, per pool, before the pool goes on without them. */
const MAX_RESTARTS = 3;
/**
 * A worker's young generation, in MB (V8's default is larger): the worker's share of the process's peak memory, ~24 MB
 * less at this size on the 10,000-article benchmark, with no measurable change in CPU (decision 036).
 */
const WORKER_YOUNG_MB = 12;
/** The threads setting when neither the config nor the environment gives one. */
export const DEFAULT_EXTRACT_THREADS = 4;
/** Fewer items than this are extracted in the calling thread only: a worker's start-up (~0.8 s of CPU) would not pay. */
export const POOL_FROM_ITEMS = 1000;

/**
 * Threads that extract at once (the calling thread included): `FACTBRIEF_EXTRACT_THREADS` if set, else the config's
 * `limits.extractThreads`, at most the machine's available parallelism, at least 1.
 * @example extractThreads(4, {}, 2) → 2; extractThreads(4, { FACTBRIEF_EXTRACT_THREADS: '1' }, 8) → 1
 */
export function extractThreads(
  configured: number | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): number {
  const fromEnv = env.FACTBRIEF_EXTRACT_THREADS?.trim();
  const n = fromEnv ? Number(fromEnv) : (configured ?? DEFAULT_EXTRACT_THREADS);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`FACTBRIEF_EXTRACT_THREADS must be a whole number of threads, 1 or more; got ${JSON.stringify(fromEnv)}`);
  return Math.max(1, Math.min(n, cores));
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Indices of the current run's jobs sent to the worker, in the order it answers them. */
  inFlight: number[];
  /** The id of the known-names list the worker holds. */
  names: number;
  /** Settles when the worker is ready or gone. */
  up: Promise<void>;
  started: () => void;
}

/** A run of `ExtractPool.run`: its jobs, what is left to hand out, and the results so far. */
interface Run {
  jobs: readonly PoolJob[];
  names: number;
  /** Job indices not handed out yet (items the workers may take: small enough). */
  queue: number[];
  results: (BudgetedExtraction | undefined)[];
  left: number;
  /** Items a worker may hold now: many while the calling thread is away (before `join`), a few once it takes its share. */
  hold: number;
}

export class ExtractPool {
  private readonly slots = new Set<Slot>();
  private current: Run | null = null;
  /** Wakes the calling thread when it waits for the workers (an item settled, or items came back to the queue). */
  private wake: (() => void) | null = null;
  private closed = false;
  private restarts = 0;
  private namesIds = new WeakMap<readonly string[], number>();
  private namesNext = 1;
  private known: readonly string[] = [];

  /**
   * A pool of `workers` worker threads (the calling thread is one more extracting thread), started now so their start-up
   * overlaps the caller's first items. `entry`: the worker module (tests give one of their own).
   */
  constructor(
    workers: number,
    private readonly gaz: Gazetteer,
    private readonly limits: SandboxLimits,
    private readonly entry: URL = entryBeside(import.meta.url, 'pool-worker'),
  ) {
    for (let i = 0; i < workers; i++) this.spawn();
  }

  /** Workers alive (started or starting). */
  get size(): number {
    return this.slots.size;
  }

  /** Resolves once every worker started now has started or failed to (the pool works before that too). */
  started(): Promise<void> {
    return Promise.all([...this.slots].map((s) => s.up)).then(() => undefined);
  }

  /**
   * The extractions of `jobs` under the `known` names (each job's context gets them as the pipeline composes it: only
   * when there are some), in the order of `jobs`. Runs one batch at a time.
   */
  async run(jobs: readonly PoolJob[], known: readonly string[]): Promise<BudgetedExtraction[]> {
    return this.start(jobs, known).join();
  }

  /**
   * `run` in two steps: the workers start on `jobs` now, while the caller does other work (writes the previous batch);
   * `join` has the calling thread take its share of what is left and returns every result. One batch at a time.
   */
  start(jobs: readonly PoolJob[], known: readonly string[]): { join: () => Promise<BudgetedExtraction[]> } {
    if (this.closed) throw new Error('the extraction pool is closed');
    if (this.current) throw new Error('the extraction pool runs one batch at a time');
    const big: number[] = [];
    const queue: number[] = [];
    jobs.forEach((j, i) => {
      (j.text.length > IN_THREAD_CHARS ? big : queue).push(i);
    });
    const run: Run = {
      jobs,
      names: this.namesId(known),
      queue,
      results: new Array(jobs.length),
      left: jobs.length,
      hold: workerHold(queue.length, this.slots.size, false),
    };
    this.current = run;
    this.feed();
    return { join: () => this.join(run, big, known) };
  }

  private async join(run: Run, big: readonly number[], known: readonly string[]): Promise<BudgetedExtraction[]> {
    run.hold = workerHold(run.queue.length, this.slots.size, true);
    try {
      // The calling thread: large items (through the killable worker, as before), then small ones as they come, and
      // any a dead worker gave back; it waits only when the workers hold every item left.
      for (const i of big) this.settle(run, i, await this.here(run.jobs[i] as PoolJob, known));
      while (run.left > 0) {
        const i = run.queue.shift();
        if (i === undefined) {
          await new Promise<void>((ok) => {
            this.wake = ok;
          });
          continue;
        }
        this.settle(run, i, await this.here(run.jobs[i] as PoolJob, known));
        // Lets the workers' answers in (and their next items out) between two of our own.
        await new Promise<void>((ok) => setImmediate(ok));
      }
    } finally {
      this.current = null;
      this.wake = null;
      // Only when the calling thread's own extraction threw: workers still holding items are dropped, not left running.
      for (const s of this.slots) if (s.inFlight.length > 0) this.retire(s);
    }
    return run.results as BudgetedExtraction[];
  }

  /** Terminates the workers (awaited); later runs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.slots];
    this.slots.clear();
    for (const s of all) s.started();
    await Promise.all(all.map((s) => s.worker.terminate()));
  }

  private here(job: PoolJob, known: readonly string[]): Promise<BudgetedExtraction> {
    const ctx = known.length > 0 ? { ...job.ctx, known } : job.ctx;
    return extractInSandbox(job.text, job.sentences, ctx, this.gaz, this.limits);
  }

  private namesId(known: readonly string[]): number {
    let id = this.namesIds.get(known);
    if (id === undefined) {
      id = this.namesNext++;
      this.namesIds.set(known, id);
    }
    this.known = known;
    return id;
  }

  private settle(run: Run, i: number, r: BudgetedExtraction): void {
    if (run.results[i] !== undefined) return;
    run.results[i] = r;
    run.left--;
    this.poke();
  }

  private poke(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Hands queued items to every ready worker with room. */
  private feed(): void {
    const run = this.current;
    if (!run) return;
    for (const s of this.slots) {
      if (!s.ready) continue;
      while (s.inFlight.length <= run.hold && run.queue.length > 0) {
        const i = run.queue.shift() as number;
        if (s.names !== run.names) {
          s.names = run.names;
          this.post(s, { op: 'names', id: run.names, names: this.known });
        }
        const job = run.jobs[i] as PoolJob;
        s.inFlight.push(i);
        this.post(s, { op: 'extract', job: i, text: job.text, sentences: job.sentences, ctx: job.ctx, names: run.names });
      }
      // A worker with work keeps the process alive; an idle one does not.
      if (s.inFlight.length > 0) s.worker.ref();
      else s.worker.unref();
    }
  }

  private post(s: Slot, m: PoolRequest): void {
    s.worker.postMessage(m);
  }

  private spawn(): void {
    if (this.closed) return;
    let worker: Worker;
    try {
      worker = spawnModuleWorker(this.entry, {
        execArgv: [],
        resourceLimits: {
          maxOldGenerationSizeMb: this.limits.workerMemoryMb,
          maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
        },
      });
    } catch (e) {
      this.unavailable((e as Error).message);
      return;
    }
    let started = () => {};
    const up = new Promise<void>((ok) => {
      started = ok;
    });
    const s: Slot = { worker, ready: false, inFlight: [], names: 0, up, started };
    // Referenced while it starts (so `started` can be awaited alone), then only while it holds items.
    this.slots.add(s);
    this.post(s, { op: 'setup', entries: this.gaz.entries, rules: this.gaz.rules, limits: this.limits });
    worker.on('message', (m: PoolReply) => this.answered(s, m));
    // An error may be reported before the answers the worker sent ahead of it; the exit comes after them (Node drains
    // the worker's messages first), so the item it was extracting is known then.
    let why: string | undefined;
    worker.on('error', (e: Error & { code?: string }) => {
      why ??= `${e.code ? `${e.code}: ` : ''}${e.message}`;
    });
    worker.on('exit', (code) => this.died(s, why ?? `it exited with code ${code}`));
  }

  private answered(s: Slot, m: PoolReply): void {
    if (!this.slots.has(s)) return;
    if ('ready' in m) {
      s.ready = true;
      s.started();
      s.worker.unref();
      this.feed();
      return;
    }
    const run = this.current;
    if (!run) return;
    if (s.inFlight[0] !== m.job) {
      // Never expected (a worker answers in order): the worker is dropped and what it held goes back to the queue.
      this.retire(s);
      this.spawn();
      return;
    }
    s.inFlight.shift();
    this.settle(run, m.job, 'error' in m ? { ok: false, cpuMs: 0, reason: `extraction failed: ${m.error}` } : m.result);
    if ('result' in m && m.tainted) {
      // A stop in the worker's own thread: its later items go back to the queue, a fresh worker takes its place.
      this.retire(s);
      this.spawn();
    }
    this.feed();
  }

  /** A worker that died: the item it was extracting fails with why, the others it held go back to the queue. */
  private died(s: Slot, why: string): void {
    if (!this.slots.has(s)) return;
    const wasReady = s.ready;
    const current = s.inFlight.shift();
    const run = this.current;
    if (run && current !== undefined)
      this.settle(run, current, {
        ok: false,
        cpuMs: 0,
        reason: `extraction failed: the extraction worker thread stopped while extracting this item (${why})`,
      });
    this.retire(s);
    if (!wasReady) this.unavailable(why);
    else if (this.restarts++ < MAX_RESTARTS) this.spawn();
    this.feed();
  }

  /** Drops a worker: its queued items go back to the front of the queue; it is terminated. */
  private retire(s: Slot): void {
    this.slots.delete(s);
    s.started();
    if (this.current && s.inFlight.length > 0) {
      this.current.queue.unshift(...s.inFlight);
      this.poke();
    }
    s.inFlight = [];
    void s.worker.terminate();
  }

  private unavailable(why: string): void {
    process.stderr.write(`[extract] an extraction worker thread could not start (${why}): its share is extracted in the main thread\n`);
  }
}
