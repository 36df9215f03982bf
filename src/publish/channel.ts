/** The Channel interface every sender implements, the error a sender throws and which of them are retried. */
import type { RetryVerdict } from '../util/retry.js';

/** What a receiver may want besides the text (the webhook posts it; Telegram ignores it). */
export interface PushMeta {
  title?: string;
  date?: string;
  url?: string;
}

/** A place digests are pushed to. `send` resolves once the channel accepted the whole text. */
export interface Channel {
  /** Stable name, the push log's key space (e.g. `telegram:@ai_daily`). */
  name: string;
  /** Largest text one request may carry; longer texts are split by the channel itself. */
  maxLength: number;
  send(text: string, meta?: PushMeta): Promise<void>;
}

/**
 * A send that failed. `delivered` counts the parts the channel had already accepted before the failure:
 * when it is above 0 the reader has seen part of the text, so the push log keeps the item reserved.
 */
export class ChannelError extends Error {
  readonly channel: string;
  readonly delivered: number;
  readonly parts: number;
  readonly status: number | undefined;
  /** The wait the receiver asked for (Retry-After, Telegram's retry_after), if any. */
  readonly retryAfterMs: number | undefined;
  constructor(
    channel: string,
    reason: string,
    opts: { delivered?: number; parts?: number; status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`[publish] [${channel}] ${reason}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ChannelError';
    this.channel = channel;
    this.delivered = opts.delivered ?? 0;
    this.parts = opts.parts ?? 1;
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
  }
}

/** A sender's retry verdict: only 429 and 5xx replies are retried (the request surely was not delivered). */
export function retryVerdict(e: ChannelError): RetryVerdict {
  const s = e.status;
  return { retryable: s !== undefined && (s === 429 || s >= 500), retryAfterMs: e.retryAfterMs };
}
