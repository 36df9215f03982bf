/** The generic webhook sender: POSTs JSON {title, date, markdown, url}; retries 429 / 5xx honouring Retry-After. */
import { retryAfterMs, withRetries } from '../util/retry.js';
import { type Channel, ChannelError, type PushMeta, retryVerdict } from './channel.js';

export interface WebhookOptions {
  url: string;
  headers?: Record<string, string>;
  /** Channel name in the push log; default `webhook:<host>`. */
  name?: string;
  /** Retries after 429 / 5xx (default 2); Retry-After (seconds or a date) honoured up to `maxRetryAfter` seconds (default 60), else 1, 2, 4 … s. */
  maxRetries?: number;
  maxRetryAfter?: number;
  fetchImpl?: typeof fetch;
}

/** The first `# ` heading of the Markdown (after any front matter), used when no title is given. */
function firstHeading(md: string): string | null {
  return /^# (.+)$/m.exec(md.replace(/^---\n[\s\S]*?\n---\n/, ''))?.[1]?.trim() ?? null;
}

/** A webhook channel: one POST per item, the whole text in `markdown` (no size limit of its own). */
export function webhookChannel(opts: WebhookOptions): Channel {
  let host: string;
  try {
    host = new URL(opts.url).host;
  } catch (cause) {
    throw new ChannelError('webhook', `invalid URL "${opts.url}"`, { cause });
  }
  const name = opts.name ?? `webhook:${host}`;
  const doFetch = opts.fetchImpl ?? fetch;
  const maxRetries = opts.maxRetries ?? 2;
  const maxRetryAfter = opts.maxRetryAfter ?? 60;
  return {
    name,
    maxLength: Number.POSITIVE_INFINITY,
    async send(text: string, meta: PushMeta = {}) {
      const body = JSON.stringify({
        title: meta.title ?? firstHeading(text),
        date: meta.date ?? null,
        markdown: text,
        url: meta.url ?? null,
      });
      const attempt = async (n: number): Promise<void> => {
        let res: Response;
        try {
          res = await doFetch(opts.url, { method: 'POST', headers: { 'content-type': 'application/json', ...opts.headers }, body });
        } catch (cause) {
          throw new ChannelError(name, `request failed (${(cause as Error).message})`, { cause });
        }
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) return;
        const retryable = res.status === 429 || res.status >= 500;
        const wait = retryAfterMs(res.headers);
        throw new ChannelError(name, `HTTP ${res.status} ${res.statusText}${retryable ? ` after ${n + 1} attempts` : ''}`, {
          status: res.status,
          ...(wait !== undefined ? { retryAfterMs: wait } : {}),
        });
      };
      await withRetries<void, ChannelError>(attempt, {
        retries: maxRetries,
        classify: retryVerdict,
        backoffMs: (n) => 1000 * 2 ** n,
        maxRetryAfterMs: maxRetryAfter * 1000,
      });
    },
  };
}
