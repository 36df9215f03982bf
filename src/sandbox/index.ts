/**
 * Parsing and extraction under a CPU budget (`limits.parseMs` per source, `limits.extractMs` per item), stopped
 * mid-way when it runs out; the source is refused (and its bytes remembered, so a re-run does not try again) or the
 * item quarantined, and the run goes on. Tiny inputs (most news items) run in the calling thread with their CPU time
 * checked after the fact, small ones in the calling thread under a watchdog (in-thread.ts), larger ones in a worker
 * thread (killable.ts) that is terminated when a job's CPU time passes the budget or its heap
 * `limits.workerMemoryMb`, started on first use and never keeping the process alive. After a stop in the calling
 * thread, whose module state the stop may have left half-updated, the rest of the process's jobs go to the worker.
 * If worker threads cannot start, jobs run in the calling thread. Why the split: docs/decisions/012-cpu-budget-sandbox.md.
 */
import {
  type BudgetedExtraction,
  cpuOver,
  extract,
  type Gazetteer,
  type ItemLimits,
  refuseAfterExtract,
  refuseBeforeExtract,
} from '../extract/index.js';
import type { SourceErrorCode } from '../ingest/index.js';
import {
  contentHash,
  type IngestOptions,
  type ParsedSource,
  type Parser,
  parseBytes,
  SourceError,
  type SourceHint,
} from '../ingest/index.js';
import type { EntityMention } from '../types/entity.js';
import type { ExtractContext, Figure } from '../types/figure.js';
import type { ItemKind } from '../types/item.js';
import { withWatchdog } from './in-thread.js';
import { KillableWorker, type Outcome, WorkerStartError } from './killable.js';
import type { Extracted, WorkerError } from './protocol.js';

export interface SandboxLimits extends ItemLimits {
  /** CPU time for parsing one source, in ms. */
  parseMs: number;
  /** Heap cap of the worker, in MB. */
  workerMemoryMb: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Inputs this large stop the worker after their job: a 15 MB text file leaves ~170 MB of parse garbage in the
 * worker's heap, which would otherwise add to the caller's own peak while it normalizes and stores the result.
 */
const RECYCLE_BYTES = 4 * 1024 * 1024;
const RECYCLE_CHARS = 1024 * 1024;

let shared: { memoryMb: number; worker: KillableWorker } | null = null;
/** Why worker threads are not used in this process (set once a worker failed to start). */
let unavailable: string | null = null;

function workerFor(memoryMb: number): KillableWorker | null {
  if (unavailable) return null;
  if (shared?.memoryMb !== memoryMb) {
    void shared?.worker.close();
    shared = { memoryMb, worker: new KillableWorker(memoryMb) };
  }
  return shared.worker;
}

/** Notes a worker that cannot start; the caller then works in its own thread. */
function fallBack(e: WorkerStartError): void {
  unavailable = e.message;
  shared = null;
  process.stderr.write(
    `[sandbox] worker threads unavailable (${e.message}): parsing and extraction run in the main thread, under a watchdog\n`,
  );
}

/** Runs a job on the shared worker, or returns null when there is no worker to run it on. */
async function onWorker(memoryMb: number, ...args: Parameters<KillableWorker['run']>): Promise<Outcome | null> {
  const w = workerFor(memoryMb);
  if (!w) return null;
  try {
    return await w.run(...args);
  } catch (e) {
    if (!(e instanceof WorkerStartError)) throw e;
    fallBack(e);
    return null;
  }
}

/** Stops the shared worker (tests; the process can exit without it, the worker is unref'd when idle). */
export async function closeSandbox(): Promise<void> {
  const s = shared;
  shared = null;
  await s?.worker.close();
}

/**
 * Inputs up to these sizes run in the calling thread under the watchdog, larger ones in the worker. With every parser
 * and extractor linear, 64 KB parse and 16K characters extract in tens of ms; a quadratic path at the worst constant
 * seen (a 128 KB line that took 84 s) would cost about 1 s at 16K characters, and the watchdog stops anything worse.
 */
export const IN_THREAD_BYTES = 64 * 1024;
export const IN_THREAD_CHARS = 16 * 1024;
/**
 * Inputs up to these sizes run in the calling thread without the watchdog, their CPU time checked after the fact (see `here`): the
 * watchdog's thread costs ~0.17 ms of CPU and up to 1.5 ms of wall time per call on a loaded machine, +12% on the
 * extraction of a typical 1.7 KB item. At this size the worst quadratic constant seen costs under 0.1 s.
 */
export const UNWATCHED_BYTES = 16 * 1024;
export const UNWATCHED_CHARS = 4 * 1024;

/** Set once a job was stopped in the calling thread: its module state may be half-updated, so later jobs go to the worker. */
let tainted = false;

function cpuSince(t0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(t0);
  return Math.round((d.user + d.system) / 1000);
}

/** `fn` in this thread, under the watchdog unless `watch` is false; a stop taints the thread. Whatever `fn` throws is rethrown. */
function here<T>(
  fn: () => T,
  budgetMs: number,
  watch = true,
): { ok: true; value: T; cpuMs: number } | { ok: false; stoppedMs: number; cpuMs: number } {
  if (!watch) {
    // The wall time of a synchronous call bounds this thread's CPU time from above: under the budget, it is the job's
    // time, and no CPU clock is read. process.cpuUsage is a getrusage over every thread of the process: ~0.3 ms a call
    // on the loaded 2-core benchmark machine, ~7 ms of wall (4,216 calls, 29 s) in one 10,000-article extraction
    // there (docs/decisions/063). Over the budget by the clock (a slow job, or a
    // thread starved or suspended meanwhile), the job runs again watched, where its CPU time is read: the jobs here
    // (parsing, extraction) are pure, so the second run returns what the first did, or is stopped at the budget.
    const w0 = performance.now();
    const value = fn();
    const wallMs = Math.round(performance.now() - w0);
    if (wallMs < budgetMs) return { ok: true, value, cpuMs: wallMs };
    return here(fn, budgetMs, true);
  }
  const t0 = process.cpuUsage();
  const r = withWatchdog(fn, budgetMs);
  const cpuMs = cpuSince(t0);
  if (r.ok) return { ok: true, value: r.value, cpuMs };
  tainted = true;
  return { ok: false, stoppedMs: Math.round(r.wallMs), cpuMs };
}

const stoppedHere = (what: string, ms: number, key: string, limit: number) =>
  `${what} stopped after ${fmt(ms)} ms (limit ${key} = ${fmt(limit)})`;

function rebuild(e: WorkerError | undefined, message: string): Error {
  if (e?.source) return new SourceError({ ...e.source, code: e.source.code as SourceErrorCode });
  return new Error(e?.message ?? message);
}

/**
 * A Parser (for readSource) that runs parseBytes under `limits.parseMs`. A source over its budget is a SourceError
 * (code `budget`) carrying the parser's refusal key (the sha256 of the bytes and the limits), which the pipeline
 * stores on the source so the same bytes under the same limits are refused at once next time.
 */
export function budgetedParser(limits: SandboxLimits): Parser {
  const refusalKey = (bytes: Uint8Array) =>
    `sha256:${contentHash(bytes)}/parseMs=${limits.parseMs}/workerMemoryMb=${limits.workerMemoryMb}`;
  const refuse = (bytes: Uint8Array, source: string, over: string) =>
    new SourceError({
      source,
      format: 'budget',
      code: 'budget',
      refusedKey: refusalKey(bytes),
      reason: `${over}; these bytes are not parsed again until they change or the limit is raised (\`factbrief remove ${source}\` forgets them)`,
    });
  const parseHere = (bytes: Uint8Array, hint: SourceHint, opts: IngestOptions, source: string) => {
    const r = here(() => parseBytes(bytes, hint, opts), limits.parseMs, bytes.length > UNWATCHED_BYTES);
    if (r.ok) return r.value;
    throw refuse(bytes, source, stoppedHere('parsing', r.stoppedMs, 'limits.parseMs', limits.parseMs));
  };
  const parse = async (bytes: Uint8Array, hint: SourceHint, opts: IngestOptions): Promise<ParsedSource> => {
    const source = hint.url ?? hint.filename ?? '<bytes>';
    if (bytes.length <= IN_THREAD_BYTES && !tainted) return parseHere(bytes, hint, opts, source);
    const recycle = bytes.length > RECYCLE_BYTES;
    const o = await onWorker(limits.workerMemoryMb, { op: 'parse', bytes, hint, opts }, limits.parseMs, [], recycle);
    if (!o) return parseHere(bytes, hint, opts, source);
    if (o.ok) return o.value as ParsedSource;
    if (o.failure === 'error') throw rebuild(o.error, o.message);
    if (o.failure === 'crash')
      throw new SourceError({ source, format: 'parse', code: 'malformed', reason: `the parser stopped: ${o.message}` });
    throw refuse(
      bytes,
      source,
      o.failure === 'cpu'
        ? cpuOver('parsing', o.cpuMs, 'limits.parseMs', limits.parseMs, true)
        : `parsing ran out of memory (limit limits.workerMemoryMb = ${fmt(limits.workerMemoryMb)})`,
    );
  };
  return Object.assign(parse, { refusalKey });
}

const gazIds = new WeakMap<Gazetteer, number>();
let nextGazId = 1;

type Ctx = ExtractContext & { kind?: ItemKind };

/** Extraction in this thread under the watchdog, with the limits after it. */
function extractHere(text: string, ctx: Ctx, gaz: Gazetteer, limits: SandboxLimits): BudgetedExtraction {
  let r: ReturnType<typeof here<{ figures: Figure[]; entities: EntityMention[] }>>;
  const w0 = performance.now();
  try {
    r = here(() => extract(text, ctx, gaz), limits.extractMs, text.length > UNWATCHED_CHARS);
  } catch (e) {
    // Only for the report: the wall time, an upper bound of the failed call's CPU time.
    return { ok: false, cpuMs: Math.round(performance.now() - w0), reason: `extraction failed: ${(e as Error).message}` };
  }
  if (!r.ok) return { ok: false, cpuMs: r.cpuMs, reason: stoppedHere('extraction', r.stoppedMs, 'limits.extractMs', limits.extractMs) };
  const after = refuseAfterExtract(r.value.figures.length, r.cpuMs, limits);
  if (after) return { ok: false, cpuMs: r.cpuMs, reason: after };
  return { ok: true, cpuMs: r.cpuMs, ...r.value };
}

/**
 * `extractInSandbox` for an input this thread may run itself (at most `IN_THREAD_CHARS`; what the extraction pool's
 * workers run, pool.ts), with whether a stop has now tainted this thread (its later jobs must run elsewhere).
 */
export function extractInThisThread(
  text: string,
  sentences: number,
  ctx: Ctx,
  gaz: Gazetteer,
  limits: SandboxLimits,
): { result: BudgetedExtraction; tainted: boolean } {
  const before = refuseBeforeExtract(text, sentences, limits);
  if (before) return { result: { ok: false, cpuMs: 0, reason: before }, tainted };
  const result = extractHere(text, ctx, gaz, limits);
  return { result, tainted };
}

/**
 * `extract` on one item's text under `limits.extractMs`, with the limits of extractWithinLimits before and after; an
 * extraction over its budget is stopped mid-way and refused.
 */
export async function extractInSandbox(
  text: string,
  sentences: number,
  ctx: Ctx,
  gaz: Gazetteer,
  limits: SandboxLimits,
): Promise<BudgetedExtraction> {
  const before = refuseBeforeExtract(text, sentences, limits);
  if (before) return { ok: false, cpuMs: 0, reason: before };
  if (text.length <= IN_THREAD_CHARS && !tainted) return extractHere(text, ctx, gaz, limits);
  let gazId = gazIds.get(gaz);
  if (gazId === undefined) {
    gazId = nextGazId++;
    gazIds.set(gaz, gazId);
  }
  const setup = [{ key: gazId, job: { op: 'gazetteer' as const, gazId, entries: gaz.entries, rules: gaz.rules } }];
  const recycle = text.length > RECYCLE_CHARS;
  const job = { op: 'extract' as const, gazId, text, ctx, maxFigures: limits.maxFigures };
  const o = await onWorker(limits.workerMemoryMb, job, limits.extractMs, setup, recycle);
  if (!o) return extractHere(text, ctx, gaz, limits);
  const { cpuMs } = o;
  if (!o.ok) {
    const reason =
      o.failure === 'cpu'
        ? cpuOver('extraction', cpuMs, 'limits.extractMs', limits.extractMs, true)
        : o.failure === 'memory'
          ? `extraction ran out of memory (limit limits.workerMemoryMb = ${fmt(limits.workerMemoryMb)})`
          : `extraction failed: ${o.message}`;
    return { ok: false, cpuMs, reason };
  }
  const r = o.value as Extracted;
  const after = refuseAfterExtract(r.count, cpuMs, limits);
  if (after) return { ok: false, cpuMs, reason: after };
  return { ok: true, cpuMs, figures: r.figures, entities: r.entities };
}
