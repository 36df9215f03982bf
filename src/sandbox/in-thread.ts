/**
 * A job on a small input, run in the calling thread under a watchdog: V8 stops it (even inside a loop or a regular
 * expression) once `ms` of wall-clock time have passed — never sooner than the same CPU budget would, since one
 * thread's CPU time cannot outrun the clock. Costs ~0.1 ms per call (the watchdog thread) and no start-up, against
 * ~0.8 s to start a worker and ~0.2 ms per worker job (docs/decisions/012-cpu-budget-sandbox.md).
 */
import vm from 'node:vm';

const context = vm.createContext({ job: null as (() => unknown) | null });
const call = new vm.Script('job()', { filename: 'factbrief-sandbox-watchdog' });

export type Watched<T> = { ok: true; value: T; wallMs: number } | { ok: false; wallMs: number };

/** Runs `fn` and returns its value, or `{ ok: false }` when it was stopped at `ms`; whatever `fn` throws is rethrown. */
export function withWatchdog<T>(fn: () => T, ms: number): Watched<T> {
  const t0 = performance.now();
  context.job = fn;
  try {
    const value = call.runInContext(context, { timeout: Math.max(1, Math.round(ms)) }) as T;
    return { ok: true, value, wallMs: performance.now() - t0 };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { ok: false, wallMs: performance.now() - t0 };
    throw e;
  } finally {
    context.job = null;
  }
}
