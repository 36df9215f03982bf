/**
 * The one retry loop for calls to rate-limited endpoints (the LLM client, the webhook and Telegram senders): bounded
 * attempts, the server's Retry-After honoured up to a cap, the caller's own backoff otherwise; and the one `sleep`.
 */

/** Retry-After values are read up to a day; each caller decides how much of it to honour (`maxRetryAfterMs`). */
const MAX_RETRY_AFTER_MS = 86_400_000;
const MAX_BACKOFF_MS = 20_000;

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Delay before retry `attempt` (0-based): base · 2^attempt, plus up to 50 % jitter, capped at 20 s (before jitter). */
export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exp = Math.min(baseMs * 2 ** attempt, MAX_BACKOFF_MS);
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

/** How the loop reads a failed attempt. */
export interface RetryVerdict {
  /** Worth another attempt (429, 5xx, a timeout …). */
  retryable: boolean;
  /** The wait the server asked for (Retry-After), if any. */
  retryAfterMs?: number | undefined;
}

export interface RetryPolicy<E> {
  /** Attempts after the first one. */
  retries: number;
  /** Reads a thrown error; anything it does not recognise should be `{ retryable: false }`. */
  classify(error: E): RetryVerdict;
  /** The caller's delay before retry `attempt` (0-based) when the server named none. */
  backoffMs(attempt: number): number;
  /** A Retry-After longer than this is not waited for: the loop gives up with the error instead. */
  maxRetryAfterMs: number;
  /** Told when a Retry-After above the cap ends the loop. */
  onRetryAfterTooLong?(error: E, waitMs: number): void;
  /** Told before each wait; returns the wait to use instead (e.g. clipped to a deadline). */
  beforeWait?(error: E, attempt: number, waitMs: number): number | undefined;
  /** Waits; tests may pass a fake. Default `sleep`. */
  sleep?(ms: number): Promise<void>;
}

/**
 * Runs `attempt(n)` (n = 0, 1, …) until it resolves, or throws what the last attempt threw: when the error is not
 * retryable, when `retries` retries are spent, or when the server asks for a wait above `maxRetryAfterMs`.
 * @example await withRetries((n) => send(n), { retries: 2, classify, backoffMs: (n) => 1000 * 2 ** n, maxRetryAfterMs: 60_000 })
 */
export async function withRetries<T, E = unknown>(attempt: (n: number) => Promise<T>, policy: RetryPolicy<E>): Promise<T> {
  const wait = policy.sleep ?? sleep;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      const error = e as E;
      const verdict = policy.classify(error);
      if (!verdict.retryable || n >= policy.retries) throw e;
      if (verdict.retryAfterMs !== undefined && verdict.retryAfterMs > policy.maxRetryAfterMs) {
        policy.onRetryAfterTooLong?.(error, verdict.retryAfterMs);
        throw e;
      }
      const ms = verdict.retryAfterMs ?? policy.backoffMs(n);
      await wait(policy.beforeWait?.(error, n, ms) ?? ms);
    }
  }
}
