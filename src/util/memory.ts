/**
 * Returning a stage's memory at its end. Between two full collections V8 lets the old generation grow to up to four
 * times what was live at the last one; a stage that held a large working set (a clustering window's features and
 * candidate pairs) leaves that allowance behind, and the next stages fill it with their garbage before anything is
 * collected: the 2,000-item day peaked at ~745 MB of RSS while never more than ~60 MB of heap was live between stages
 * (docs/decisions/020). A full collection when a large stage ends frees its garbage and sets the allowance from the
 * little that is still live. V8's `gc` is obtained as jest's leak detector obtains it (the flag set at run time, the
 * function taken from a new context); a runtime that refuses it collects as before.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Stages that handled fewer items than this end without a collection (their garbage is small; tests stay fast). */
export const RELEASE_FROM_ITEMS = 1000;

let collect: (() => void) | null | undefined;

function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    const exposed = (globalThis as { gc?: unknown }).gc;
    if (typeof exposed === 'function') collect = exposed as () => void;
    else {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      setFlagsFromString('--no-expose-gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    }
  } catch {
    collect = null;
  }
  return collect;
}

/** Ends a stage that handled `items` items: a full collection when there were at least `RELEASE_FROM_ITEMS`. */
export function releaseStageMemory(items: number): void {
  if (items >= RELEASE_FROM_ITEMS) fullCollection()?.();
}

/**
 * How far (per cent) V8 lets the old generation grow past what was live at the last full collection while a stage runs
 * (docs/decisions/031-stage-heap-growth.md). V8's own factor goes up to 4× when collections look cheap: a stage whose
 * live set is ~80 MB (knowledge of 10,000 items) then let ~230 MB of garbage pile up before collecting it, and the
 * process's peak RSS was that pile. At 50% a full collection comes sooner; each is mostly incremental. At 25%
 * (decision 125) sooner still: the 10,000-article pipeline's peak after ingest / extract / clustering / knowledge went
 * 349 / 349 / 372 / 372 → 256 / 291 / 323 / 346 MB side by side, its stages' CPU within a second of each other.
 */
export const STAGE_HEAP_GROWING_PERCENT = 25;

/** Stages running now (a worker runs several jobs at once): the growth limit is set by the first, restored by the last. */
let running = 0;

/**
 * Stages running now that asked V8 to favour memory over speed (`--optimize-for-size`, set at run time while they run
 * and read by V8 as it collects: its collections then reduce memory, compacting and giving free pages back). Knowledge
 * asks for it (decision 041), and clustering, where the 10,000-article pipeline then peaked (decision 043); it costs CPU,
 * mostly on V8's helper threads.
 */
let sizing = 0;

/** How many running stages asked for `forSize` (0 once they have all ended). */
export const stagesForSize = (): number => sizing;

const givenForSize = (): boolean =>
  [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--(no-)?optimize[-_]for[-_]size/.test(a));

function setForSize(on: boolean): void {
  try {
    setFlagsFromString(on ? '--optimize-for-size' : '--no-optimize-for-size');
  } catch {
    // A runtime that refuses the flag collects as it always did.
  }
}

/** Whether the process was started with its own `--heap-growing-percent` (then it is left as given). */
const givenGrowth = (): boolean =>
  [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /--heap[-_]growing[-_]percent/.test(a));

/** The growth limit this module last set (0: V8's own choice); the process's own flag, when given, is not counted. */
let growth = 0;

/** The per cent `asStage` has V8 grow the heap by between full collections now (0 when no stage runs). */
export const stageHeapGrowingPercent = (): number => growth;

function setGrowth(percent: number): void {
  growth = percent;
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // A runtime that refuses the flag grows its heap as it always did.
  }
}

/**
 * Runs a stage, which reports how many items it handled through `handled`; once it has returned (its working set no
 * longer reachable from its frame), `releaseStageMemory` of that count. While it runs, the heap grows by at most
 * `STAGE_HEAP_GROWING_PERCENT` between full collections (0, V8's own choice, is restored after).
 */
export async function asStage<T>(run: (handled: (n: number) => void) => Promise<T>, opts: { forSize?: boolean } = {}): Promise<T> {
  let items = 0;
  const own = !givenGrowth();
  if (own && running++ === 0) setGrowth(STAGE_HEAP_GROWING_PERCENT);
  const forSize = opts.forSize === true && sizing++ === 0 && !givenForSize();
  if (forSize) setForSize(true);
  try {
    const result = await run((n) => {
      items += n;
    });
    releaseStageMemory(items);
    return result;
  } finally {
    if (opts.forSize === true && --sizing === 0 && forSize) setForSize(false);
    if (own && --running === 0) setGrowth(0);
  }
}
