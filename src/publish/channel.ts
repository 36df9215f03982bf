/** The Channel interface every sender implements, and the error a sender throws. */

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
  constructor(channel: string, reason: string, opts: { delivered?: number; parts?: number; status?: number; cause?: unknown } = {}) {
    super(`[publish] [${channel}] ${reason}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ChannelError';
    this.channel = channel;
    this.delivered = opts.delivered ?? 0;
    this.parts = opts.parts ?? 1;
    this.status = opts.status;
  }
}

/** Waits `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
