/**
 * Publishing through the push log: each (channel, key) is sent at most once, whatever reruns or crashes happen.
 *
 * Protocol per channel and item:
 *   1. `reserve(channel, key)` — a row in state `reserved`, committed before anything is sent;
 *   2. `send` — the channel accepts the text (all parts);
 *   3. `markSent(channel, key)` — the row becomes `sent`.
 * A send that fails with nothing delivered releases the reservation, so a later run retries it.
 *
 * The choice for crashes: a process that dies between 2 and 3 (or during 2) leaves the row `reserved`,
 * and we cannot tell whether the reader got the message. We choose AT MOST ONCE: a later run never resends a
 * reserved-but-unconfirmed item; it reports it as `skipped` with a note, and `pendingPushes()` lists such items
 * so a person can check the channel and `release` the ones that did not go out. Readers seeing a digest twice
 * is worse than one missing push that a person is told about. The same holds for a send that failed after
 * part of a split message was accepted (`ChannelError.delivered > 0`): the item stays reserved and is reported.
 */
import type { PushLog } from '../store/types.js';
import { type Channel, ChannelError, type PushMeta } from './channel.js';

export interface PublishItem extends PushMeta {
  /** Idempotency key, e.g. `digest:2026-03-02`. */
  key: string;
  text: string;
}

export interface PublishResult {
  channel: string;
  key: string;
  status: 'sent' | 'skipped' | 'failed';
  error?: string;
  /** Why an item was skipped (already sent, or reserved by a run that never confirmed it). */
  note?: string;
}

/**
 * Sends each item to each channel once. Channels are independent: one failing never stops the others.
 * @example await publish([{ key: 'digest:2026-03-02', text }], [telegramChannel({...})], store.pushLog)
 */
export async function publish(items: readonly PublishItem[], channels: readonly Channel[], log: PushLog): Promise<PublishResult[]> {
  const results: PublishResult[] = [];
  for (const channel of channels) {
    let known: Map<string, { status: 'reserved' | 'sent'; at: string }> | undefined;
    const statusOf = async (key: string) => {
      known ??= new Map((await log.list(channel.name)).map((r) => [r.key, r]));
      return known.get(key);
    };
    for (const item of items) {
      const base = { channel: channel.name, key: item.key };
      if (!(await log.reserve(channel.name, item.key))) {
        const row = await statusOf(item.key);
        const note =
          row?.status === 'sent'
            ? `already sent at ${row.at}`
            : `reserved at ${row?.at ?? 'an unknown time'} and never confirmed (a crash between send and log, a partial send, or a run still going); ` +
              'not resent (at most once) — check the channel, then release it to retry';
        results.push({ ...base, status: 'skipped', note });
        continue;
      }
      try {
        const meta: PushMeta = {};
        if (item.title !== undefined) meta.title = item.title;
        if (item.date !== undefined) meta.date = item.date;
        if (item.url !== undefined) meta.url = item.url;
        await channel.send(item.text, meta);
      } catch (err) {
        const partial = err instanceof ChannelError && err.delivered > 0;
        if (!partial) await log.release(channel.name, item.key);
        const message = (err as Error).message;
        results.push({
          ...base,
          status: 'failed',
          error: partial
            ? `${message} — ${(err as ChannelError).delivered} of ${(err as ChannelError).parts} parts were delivered; left reserved, not retried`
            : message,
        });
        continue;
      }
      await log.markSent(channel.name, item.key);
      results.push({ ...base, status: 'sent' });
    }
  }
  return results;
}

/** Items reserved but never confirmed (a crash between send and log, or a partial send): for a person to check. */
export async function pendingPushes(log: PushLog, channel?: string): Promise<{ channel: string; key: string; at: string }[]> {
  return (await log.list(channel)).filter((r) => r.status === 'reserved').map(({ channel: c, key, at }) => ({ channel: c, key, at }));
}
