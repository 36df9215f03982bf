/** LlmError: one typed error for the LLM engine, carrying the raw reply text when the reply was the problem. */

export type LlmErrorReason =
  | 'http'
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'malformed'
  | 'schema'
  | 'leak'
  | 'budget'
  /** The endpoint failed too many times in a row: the rest of the run is offline. */
  | 'circuit-open'
  /** The run's LLM deadline passed. */
  | 'deadline';

export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly reason: LlmErrorReason;
  /** The raw reply text, when the reply could not be used. */
  readonly raw: string | undefined;
  readonly status: number | undefined;
  /** Milliseconds the server asked us to wait (Retry-After), if any. */
  readonly retryAfterMs: number | undefined;

  constructor(
    reason: LlmErrorReason,
    message: string,
    opts: { raw?: string; status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`[enrich] [llm] ${message}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.reason = reason;
    this.raw = opts.raw;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }

  /** True for failures worth another attempt: 429, 5xx, timeouts, dropped connections, unusable replies. */
  get retryable(): boolean {
    return this.reason !== 'http' && this.reason !== 'budget' && this.reason !== 'circuit-open' && this.reason !== 'deadline';
  }
}
