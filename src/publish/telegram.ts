/** The Telegram Bot API sender: sendMessage, text split at the 4096-character limit, retries on 429 with retry_after. */
import { withRetries } from '../util/retry.js';
import { type Channel, ChannelError, retryVerdict } from './channel.js';
import { toMarkdownV2 } from './markdown-v2.js';
import { splitMessage } from './split-message.js';

/** Bot API limit for one message's text. */
export const TELEGRAM_MAX_LENGTH = 4096;

export interface TelegramOptions {
  /** Default https://api.telegram.org (tests and self-hosted Bot API servers point elsewhere). */
  baseURL?: string;
  token: string;
  /** Numeric chat id or @channel_username. */
  chatId: string;
  /** `none` (default) sends the text as is; `MarkdownV2` converts digest Markdown and escapes the rest. */
  parseMode?: 'none' | 'MarkdownV2';
  /** Default true: no link preview cards under each part. */
  disablePreview?: boolean;
  /**
   * Retries after 429 / 5xx (default 3): a 429 waits its retry_after seconds (a wait above `maxRetryAfter` seconds,
   * default 60, fails instead), a 5xx 1, 2, 4 … seconds.
   */
  maxRetries?: number;
  maxRetryAfter?: number;
  fetchImpl?: typeof fetch;
}

interface BotReply {
  ok?: boolean;
  description?: string;
  error_code?: number;
  parameters?: { retry_after?: number };
}

/**
 * A Telegram channel named `telegram:<chatId>`. Parts are sent in order; a failure after some parts were accepted
 * throws a ChannelError with `delivered` set, so the push log does not resend the accepted parts.
 * Only 429 and 5xx replies are retried: the request surely was not delivered. A network error is not retried,
 * since the message may have gone out (at most once).
 */
export function telegramChannel(opts: TelegramOptions): Channel {
  const name = `telegram:${opts.chatId}`;
  const base = (opts.baseURL ?? 'https://api.telegram.org').replace(/\/+$/, '');
  const doFetch = opts.fetchImpl ?? fetch;
  const maxRetries = opts.maxRetries ?? 3;
  const maxRetryAfter = opts.maxRetryAfter ?? 60;
  const markdown = opts.parseMode === 'MarkdownV2';
  // The token never appears in errors: messages name the chat, not the URL.
  const endpoint = `${base}/bot${opts.token}/sendMessage`;

  async function sendPart(text: string, index: number, parts: number): Promise<void> {
    const body = JSON.stringify({
      chat_id: opts.chatId,
      text,
      ...(markdown ? { parse_mode: 'MarkdownV2' } : {}),
      link_preview_options: { is_disabled: opts.disablePreview ?? true },
    });
    const attempt = async (n: number): Promise<void> => {
      let res: Response;
      try {
        res = await doFetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      } catch (cause) {
        throw new ChannelError(name, `part ${index + 1}/${parts}: request failed (${(cause as Error).message})`, {
          delivered: index,
          parts,
          cause,
        });
      }
      const reply = (await res.json().catch(() => ({}))) as BotReply;
      if (res.ok && reply.ok !== false) return;
      const retryable = res.status === 429 || res.status >= 500;
      const why = reply.description ?? res.statusText;
      throw new ChannelError(name, `part ${index + 1}/${parts}: HTTP ${res.status} ${why}${retryable ? ` after ${n + 1} attempts` : ''}`, {
        delivered: index,
        parts,
        status: res.status,
        // Telegram names its wait in the body (parameters.retry_after, seconds); a 429 without one waits a second.
        ...(res.status === 429 ? { retryAfterMs: (reply.parameters?.retry_after ?? 1) * 1000 } : {}),
      });
    };
    await withRetries<void, ChannelError>(attempt, {
      retries: maxRetries,
      classify: retryVerdict,
      backoffMs: (n) => 1000 * 2 ** n,
      maxRetryAfterMs: maxRetryAfter * 1000,
    });
  }

  return {
    name,
    maxLength: TELEGRAM_MAX_LENGTH,
    async send(text) {
      const parts = markdown
        ? splitMessage(text, TELEGRAM_MAX_LENGTH, (s) => toMarkdownV2(s).length).map(toMarkdownV2)
        : splitMessage(text, TELEGRAM_MAX_LENGTH);
      if (parts.length === 0) throw new ChannelError(name, 'nothing to send (empty text)', { parts: 0 });
      for (let i = 0; i < parts.length; i++) await sendPart(parts[i] as string, i, parts.length);
    },
  };
}
