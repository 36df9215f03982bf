/**
 * One worker thread that runs jobs one at a time, each under a CPU budget: when a job's CPU time passes its budget
 * the thread is terminated mid-job (V8 stops even a loop or a regular expression) and a fresh one starts on the next
 * job. A worker over its heap cap dies alone (ERR_WORKER_OUT_OF_MEMORY), not the process.
 */
import type { Worker } from 'node:worker_threads';
import type { Job, JobResult, Reply, WorkerError } from './protocol.js';
import { entryBeside, spawnModuleWorker } from './spawn.js';

export type Outcome =
  | { ok: true; value: JobResult; cpuMs: number }
  /** `error`: the job threw (a parse error); `cpu` / `memory`: over budget, the worker was stopped; `crash`: it died. */
  | { ok: false; failure: 'error' | 'cpu' | 'memory' | 'crash'; cpuMs: number; message: string; error?: WorkerError };

/** The worker could not be started (no worker threads, a module that fails to load): callers fall back to their own thread. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
}

type Settled = { reply: Reply } | { died: 'memory' | 'crash'; message: string };

/** CPU time (user + system, all threads) since `t0`, in ms: while a job runs the calling thread only waits, so it is the job's. */
function cpuSince(t0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(t0);
  return Math.round((d.user + d.system) / 1000);
}

/** A worker running src/sandbox/worker (the .ts source through tsx when we run from source, the built .js otherwise). */
function spawnWorker(memoryMb: number): Worker {
  return spawnModuleWorker(entryBeside(import.meta.url, 'worker'), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
}

export class KillableWorker {
  private worker: Worker | null = null;
  private starting: Promise<Worker> | null = null;
  private pending: ((s: Settled) => void) | null = null;
  /** Setup jobs (a gazetteer) the current worker has run, by key; a new worker starts with none. */
  private loaded = new Set<number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly memoryMb: number) {}

  /**
   * Runs `job` under `budgetMs` of CPU (null: no budget), after `setup` jobs this worker has not run yet. `recycle`
   * stops the worker once the job is done, handing its whole heap back at once (after a job on a huge input, whose
   * garbage would otherwise sit in the worker's heap while the caller builds on the result).
   */
  run(job: Job, budgetMs: number | null, setup: { key: number; job: Job }[] = [], recycle = false): Promise<Outcome> {
    const next = this.queue.then(async () => {
      const w = await this.start();
      for (const s of setup) {
        if (this.loaded.has(s.key)) continue;
        const r = await this.once(w, s.job, null);
        if (!r.ok) return r;
        this.loaded.add(s.key);
      }
      const outcome = await this.once(w, job, budgetMs);
      if (recycle && this.worker === w) {
        this.forget(w);
        await w.terminate();
      }
      return outcome;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Starts the worker now, so its start-up (loading the modules) overlaps the caller's own work. */
  warm(): void {
    this.start().catch(() => undefined);
  }

  /** Stops the worker (a later job starts a new one). */
  async close(): Promise<void> {
    const w = this.worker;
    this.forget(w);
    if (w) await w.terminate();
  }

  private once(w: Worker, job: Job, budgetMs: number | null): Promise<Outcome> {
    return new Promise((resolve) => {
      const t0 = process.cpuUsage();
      let timer: NodeJS.Timeout | undefined;
      const finish = (o: Outcome) => {
        clearTimeout(timer);
        if (this.worker === w) w.unref();
        resolve(o);
      };
      this.pending = (s) => {
        const cpuMs = cpuSince(t0);
        if ('died' in s) finish({ ok: false, failure: s.died, cpuMs, message: s.message });
        else if ('ready' in s.reply) finish({ ok: false, failure: 'crash', cpuMs, message: 'the worker restarted mid-job' });
        else if (s.reply.ok) finish({ ok: true, value: s.reply.result, cpuMs });
        else finish({ ok: false, failure: 'error', cpuMs, message: s.reply.error.message, error: s.reply.error });
      };
      if (budgetMs !== null) {
        // Checked when the budget could first be spent, then again for what is left (a busy machine gives less CPU per second).
        const check = () => {
          const used = cpuSince(t0);
          if (used < budgetMs) {
            timer = setTimeout(check, Math.max(10, budgetMs - used));
            return;
          }
          this.forget(w);
          void w.terminate();
          finish({ ok: false, failure: 'cpu', cpuMs: used, message: `stopped after ${used} ms of CPU` });
        };
        timer = setTimeout(check, budgetMs);
      }
      w.ref();
      try {
        w.postMessage(job);
      } catch (e) {
        this.pending = null;
        finish({
          ok: false,
          failure: 'error',
          cpuMs: 0,
          message: (e as Error).message,
          error: { name: 'Error', message: (e as Error).message },
        });
      }
    });
  }

  /** Drops `w` as the current worker: its later events (exit after terminate) settle nothing. */
  private forget(w: Worker | null): void {
    if (w && this.worker !== w) return;
    this.worker = null;
    this.starting = null;
    this.pending = null;
    this.loaded = new Set();
  }

  private start(): Promise<Worker> {
    if (this.starting) return this.starting;
    const starting = new Promise<Worker>((ok, fail) => {
      let w: Worker;
      try {
        w = spawnWorker(this.memoryMb);
      } catch (e) {
        fail(new WorkerStartError((e as Error).message, { cause: e }));
        return;
      }
      let ready = false;
      const died = (kind: 'memory' | 'crash', message: string) => {
        if (!ready) {
          if (this.starting === starting) this.starting = null;
          fail(new WorkerStartError(message));
          return;
        }
        if (this.worker !== w) return;
        const settle = this.pending;
        this.forget(w);
        settle?.({ died: kind, message });
      };
      w.on('message', (m: Reply) => {
        if ('ready' in m) {
          ready = true;
          this.worker = w;
          w.unref();
          ok(w);
          return;
        }
        if (this.worker !== w) return;
        const settle = this.pending;
        this.pending = null;
        settle?.({ reply: m });
      });
      w.on('error', (e: Error & { code?: string }) =>
        died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', `${e.code ? `${e.code}: ` : ''}${e.message}`),
      );
      w.on('exit', (code) => died('crash', `the worker exited (code ${code})`));
    });
    this.starting = starting;
    return starting;
  }
}
