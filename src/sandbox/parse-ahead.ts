/**
 * Ingest on two cores: while the calling thread stores one local file's items, a worker thread reads, parses and
 * normalizes the next ones (docs/decisions/038-ingest-read-ahead.md). The calling thread still visits every file in
 * order (its source row, the refusal check, the save, the source's health), so ids, order and errors are its own; what
 * the worker gives it is only what `readSource` and `normalizeItem` would have returned for that path. The worker
 * takes only files the calling thread would parse unwatched (no budget can stop that parse, so its result does not
 * depend on the thread); it declines the others, and a file it declined, or any file once the worker is gone, is
 * read by the calling thread as before. Failures never lose a file: the caller reads it itself. When the caller would
 * wait for the worker, it reads the next file not handed out the same way instead (`readAhead`, just past the files
 * the worker holds), and keeps the result until it gets there: both threads stay busy whichever is faster, and what
 * the caller keeps is a few files, never a long tail of the list.
 */
import type { Worker } from 'node:worker_threads';
import type { IngestOptions } from '../ingest/index.js';
import { UNWATCHED_BYTES } from './index.js';
import type { AheadReply, AheadRequest, ReadAhead } from './parse-ahead-protocol.js';
import { type AheadSetup, readAhead } from './parse-ahead-read.js';
import { entryBeside, spawnModuleWorker } from './spawn.js';

export type { ReadAhead } from './parse-ahead-protocol.js';

/** Files the worker holds at once (one being read, the others queued), so it never waits on the calling thread. */
const AHEAD = 16;
/**
 * The worker's young generation, in MB: a file's garbage is small and short-lived, and a smaller young generation
 * kept ingest's peak RSS lower (10,000 files: 318–323 MB against 328–399 MB at the extraction pool's 12) at the same CPU.
 */
const WORKER_YOUNG_MB = 4;
/**
 * The worker's old generation, in MB: what it holds is one small file at a time (16 KB at most), so a low cap only
 * makes it collect sooner; a worker that reaches it dies and the caller reads the rest itself.
 */
const WORKER_OLD_MB = 64;
/** Fewer local files than this are read by the calling thread only: a worker's start-up would not pay. */
export const AHEAD_FROM_FILES = 1000;

interface Pending {
  settle: (v: ReadAhead | undefined) => void;
  done: Promise<ReadAhead | undefined>;
}

export class ParseAhead {
  private readonly worker: Worker | null;
  private ready = false;
  private gone = false;
  /** Index in `paths` of the next file not handed to the worker. */
  private next = 0;
  /** What the caller read ahead of time while it waited for the worker, by index (undefined: left to its own read). */
  private readonly own = new Map<number, ReadAhead | undefined>();
  private readonly setup: AheadSetup;
  /** Index in `paths` of the next file the caller asks for. */
  private taken = 0;
  /** Files handed to the worker and not answered yet, in the order it answers them. */
  private readonly inFlight: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private up: () => void = () => {};
  private readonly upDone = new Promise<void>((ok) => {
    this.up = ok;
  });

  /**
   * A worker reading `paths` (resolved local paths, in the order the caller will `take` them) with `opts`, started now;
   * files are handed to it once it is ready, from the caller's position on.
   */
  constructor(
    private readonly paths: readonly string[],
    opts: IngestOptions,
    maxSentenceChars: number,
    entry: URL = entryBeside(import.meta.url, 'parse-ahead-worker'),
  ) {
    this.setup = { opts, maxSentenceChars, unwatchedBytes: UNWATCHED_BYTES };
    let worker: Worker | null = null;
    try {
      worker = spawnModuleWorker(entry, {
        execArgv: [],
        resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
    } catch {
      this.gone = true;
    }
    this.worker = worker;
    if (!worker) {
      this.up();
      return;
    }
    const setup: AheadRequest = { op: 'setup', setup: this.setup };
    worker.postMessage(setup);
    worker.on('message', (m: AheadReply) => this.answered(m));
    worker.on('error', () => this.stop());
    worker.on('exit', () => this.stop());
  }

  /**
   * What the worker read of `paths[i]`, the next file in the caller's order: undefined when the caller must read it
   * itself (not handed to the worker, declined, or the worker is gone).
   */
  async take(i: number): Promise<ReadAhead | undefined> {
    if (i !== this.taken) throw new Error(`read-ahead: file ${i} asked for out of order (expected ${this.taken})`);
    this.taken = i + 1;
    if (this.own.has(i)) {
      const v = this.own.get(i);
      this.own.delete(i);
      return v;
    }
    const p = this.pending.get(i);
    if (!p) {
      // Not handed out: the caller reads it; the worker's hand-out starts after it.
      if (this.next <= i) this.next = i + 1;
      this.feed();
      // The caller's reads and writes never leave its microtasks (the store is synchronous): while the worker starts,
      // its "ready" gets in only if the caller yields to the event loop now and then.
      if (!this.ready && !this.gone) await new Promise<void>((ok) => setImmediate(ok));
      return undefined;
    }
    let v: ReadAhead | undefined | null = null;
    void p.done.then((x) => {
      v = x;
    });
    // Instead of waiting for the worker, the caller reads the next files not handed out, one at a time, letting the
    // worker's answers in between (`setImmediate`); at most AHEAD of them wait for the caller at once.
    await Promise.resolve();
    while (v === null && this.next < this.paths.length && this.own.size < AHEAD) {
      const j = this.next++;
      const r = await readAhead(this.paths[j] as string, this.setup);
      this.own.set(j, 'declined' in r ? undefined : r);
      await new Promise<void>((ok) => setImmediate(ok));
    }
    if (v === null) v = await p.done;
    this.pending.delete(i);
    this.feed();
    return v;
  }

  /** Resolves once the worker has started or failed to (the caller reads files itself before that). */
  started(): Promise<void> {
    return this.upDone;
  }

  /** Terminates the worker (awaited); files not taken yet are read by the caller. */
  async close(): Promise<void> {
    const w = this.worker;
    this.stop();
    await w?.terminate();
  }

  private feed(): void {
    const w = this.worker;
    if (!w || !this.ready || this.gone) return;
    if (this.next < this.taken) this.next = this.taken;
    while (this.inFlight.length < AHEAD && this.next < this.paths.length) {
      const i = this.next++;
      let settle: (v: ReadAhead | undefined) => void = () => {};
      const done = new Promise<ReadAhead | undefined>((ok) => {
        settle = ok;
      });
      this.pending.set(i, { settle, done });
      this.inFlight.push(i);
      const m: AheadRequest = { op: 'read', job: i, path: this.paths[i] as string };
      w.postMessage(m);
    }
    // Referenced only while it holds files: an idle worker never keeps the process alive.
    if (this.inFlight.length > 0) w.ref();
    else w.unref();
  }

  private answered(m: AheadReply): void {
    if (this.gone) return;
    if ('ready' in m) {
      this.ready = true;
      this.up();
      this.feed();
      return;
    }
    if (this.inFlight[0] !== m.job) {
      // Never expected (the worker answers in order): the caller reads the rest itself.
      this.stop();
      return;
    }
    this.inFlight.shift();
    this.pending.get(m.job)?.settle('value' in m ? m.value : undefined);
    this.feed();
  }

  /** No more files to the worker; those it held are read by the caller. */
  private stop(): void {
    if (this.gone) return;
    this.gone = true;
    this.up();
    for (const i of this.inFlight) this.pending.get(i)?.settle(undefined);
    this.inFlight.length = 0;
    this.worker?.unref();
  }
}
