/** Retry timing: exponential backoff with jitter, and the server's Retry-After when it sends one. */

const MAX_DELAY_MS = 20_000;
/** Retry-After values are read up to a day; the client decides how much of it to honour (`maxRetryAfterMs`). */
const MAX_RETRY_AFTER_MS = 86_400_000;

/** Delay before retry `attempt` (0-based): base · 2^attempt, plus up to 50 % jitter, capped at 20 s. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exp = Math.min(baseMs * 2 ** attempt, MAX_DELAY_MS);
  return Math.round(exp + exp * 0.5 * random());
}

/** Milliseconds from `retry-after-ms` or `Retry-After` (seconds or an HTTP date), capped at a day. */
export function retryAfterMs(headers: { get(name: string): string | null } | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.min(Math.max(Number(ms), 0), MAX_RETRY_AFTER_MS);
  const ra = headers.get('retry-after');
  if (!ra) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(ra.trim())) return Math.min(Number(ra) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(ra);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(at - now, 0), MAX_RETRY_AFTER_MS);
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
