/**
 * Parsing and extraction under a CPU budget. Each source's parse and each item's extraction runs in a worker thread
 * (killable.ts) that is terminated mid-way when the job's CPU time passes `limits.parseMs` / `limits.extractMs` or its
 * heap passes `limits.workerMemoryMb`; the source is refused (and its bytes remembered, so a re-run does not try
 * again) or the item quarantined, and the run goes on. One worker serves the whole process, started on first use and
 * again after a kill; it never keeps the process alive. If worker threads cannot start, the work runs in the calling
 * thread with the budget checked after the fact, as before.
 */
import {
  type BudgetedExtraction,
  cpuOver,
  extractWithinLimits,
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
import { KillableWorker, type Outcome, WorkerStartError } from './killable.js';
import type { WorkerError } from './protocol.js';

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
    `[sandbox] worker threads unavailable (${e.message}): parsing and extraction run in the main thread, their CPU budget checked after the fact\n`,
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

function rebuild(e: WorkerError | undefined, message: string): Error {
  if (e?.source) return new SourceError({ ...e.source, code: e.source.code as SourceErrorCode });
  return new Error(e?.message ?? message);
}

/**
 * A Parser (for readSource) that runs parseBytes in the worker under `limits.parseMs` of CPU. A source over its budget
 * is a SourceError (code `budget`) carrying the sha256 of its bytes, which the pipeline stores on the source so the
 * same bytes are refused at once next time.
 */
export function budgetedParser(limits: SandboxLimits): Parser {
  workerFor(limits.workerMemoryMb)?.warm();
  const refusalKey = (bytes: Uint8Array) =>
    `sha256:${contentHash(bytes)}/parseMs=${limits.parseMs}/workerMemoryMb=${limits.workerMemoryMb}`;
  const parse = async (bytes: Uint8Array, hint: SourceHint, opts: IngestOptions): Promise<ParsedSource> => {
    const recycle = bytes.length > RECYCLE_BYTES;
    const o = await onWorker(limits.workerMemoryMb, { op: 'parse', bytes, hint, opts }, limits.parseMs, [], recycle);
    if (!o) return parseBytes(bytes, hint, opts);
    if (o.ok) return o.value as ParsedSource;
    if (o.failure === 'error') throw rebuild(o.error, o.message);
    const source = hint.url ?? hint.filename ?? '<bytes>';
    if (o.failure === 'crash')
      throw new SourceError({ source, format: 'parse', code: 'malformed', reason: `the parser stopped: ${o.message}` });
    const over =
      o.failure === 'cpu'
        ? cpuOver('parsing', o.cpuMs, 'limits.parseMs', limits.parseMs, true)
        : `parsing ran out of memory (limit limits.workerMemoryMb = ${fmt(limits.workerMemoryMb)})`;
    throw new SourceError({
      source,
      format: 'budget',
      code: 'budget',
      refusedKey: refusalKey(bytes),
      reason: `${over}; these bytes are not parsed again until they change or the limit is raised (\`factbrief remove ${source}\` forgets them)`,
    });
  };
  return Object.assign(parse, { refusalKey });
}

const gazIds = new WeakMap<Gazetteer, number>();
let nextGazId = 1;

/**
 * `extract` on one item's text in the worker under `limits.extractMs` of CPU, with the limits of extractWithinLimits
 * before and after; an extraction over its budget is stopped mid-way and refused.
 */
export async function extractInSandbox(
  text: string,
  sentences: number,
  ctx: ExtractContext & { kind?: ItemKind },
  gaz: Gazetteer,
  limits: SandboxLimits,
): Promise<BudgetedExtraction> {
  const before = refuseBeforeExtract(text, sentences, limits);
  if (before) return { ok: false, cpuMs: 0, reason: before };
  let gazId = gazIds.get(gaz);
  if (gazId === undefined) {
    gazId = nextGazId++;
    gazIds.set(gaz, gazId);
  }
  const setup = [{ key: gazId, job: { op: 'gazetteer' as const, gazId, entries: gaz.entries, rules: gaz.rules } }];
  const recycle = text.length > RECYCLE_CHARS;
  const o = await onWorker(limits.workerMemoryMb, { op: 'extract', gazId, text, ctx }, limits.extractMs, setup, recycle);
  if (!o) return extractWithinLimits(text, sentences, ctx, gaz, limits);
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
  const r = o.value as { figures: Figure[]; entities: EntityMention[] };
  const after = refuseAfterExtract(r.figures.length, cpuMs, limits);
  if (after) return { ok: false, cpuMs, reason: after };
  return { ok: true, cpuMs, figures: r.figures, entities: r.entities };
}
