/** Guarded HTTP GET (node:http / node:https): address guard on every hop, whole-request timeout, body cap, redirect limit, conditional GET. */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { SourceError, tooLarge } from './errors.js';
import { checkUrl, guardedLookup } from './network-guard.js';
import type { IngestOptions } from './options.js';

export interface FetchResult {
  /** URL of the last hop (after redirects). */
  url: string;
  status: number;
  contentType: string | undefined;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  /** True when a conditional GET was answered 304 Not Modified (bytes are empty). */
  notModified: boolean;
}

export type FetchOptions = Pick<IngestOptions, 'maxBytes' | 'timeoutMs' | 'maxRedirects' | 'userAgent' | 'allowHosts'>;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

function httpError(source: string, code: 'network' | 'http-status' | 'timeout', reason: string, cause?: unknown): SourceError {
  return new SourceError({ source, format: 'http', code, reason, cause });
}

/** One hop: request, then either a redirect location, a 304, or the capped body. */
function requestOnce(
  url: URL,
  source: string,
  opts: FetchOptions,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<{ status: number; location: string | null; res: http.IncomingMessage; body: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    const req = mod.request(url, { method: 'GET', headers, lookup: guardedLookup(source, opts.allowHosts), signal, agent: false });
    // The first failure wins: reject before tearing the request down (teardown emits its own errors).
    const fail = (err: unknown) => {
      reject(err);
      req.destroy();
    };
    req.on('error', (err) => {
      if (err instanceof SourceError) return reject(err);
      if (signal.aborted) return reject(signal.reason);
      reject(httpError(source, 'network', `network error: ${(err as NodeJS.ErrnoException).code ?? err.message}`, err));
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        return resolve({ status, location: res.headers.location ?? null, res, body: new Uint8Array() });
      }
      if (status === 304) {
        res.resume();
        return resolve({ status, location: null, res, body: new Uint8Array() });
      }
      const declared = Number(res.headers['content-length']);
      const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
      if (Number.isFinite(declared) && declared > opts.maxBytes && !encoding)
        return fail(tooLarge(source, 'http', declared, opts.maxBytes));
      let stream: Readable = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      const chunks: Buffer[] = [];
      let total = 0;
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > opts.maxBytes) {
          fail(tooLarge(source, 'http', null, opts.maxBytes));
          stream.destroy();
          res.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (err) =>
        fail(signal.aborted ? signal.reason : httpError(source, 'network', `error while reading the body: ${err.message}`, err)),
      );
      res.on('aborted', () =>
        fail(signal.aborted ? signal.reason : httpError(source, 'network', 'the server closed the connection mid-body')),
      );
      stream.on('end', () => resolve({ status, location: null, res, body: new Uint8Array(Buffer.concat(chunks)) }));
    });
    req.end();
  });
}

/**
 * Fetches a URL through the guard. Redirects are followed up to `maxRedirects`, each target re-checked;
 * `previous` makes it a conditional GET. Throws SourceError for every failure (blocked, timeout, too large, HTTP ≥ 400).
 */
export async function fetchUrl(
  target: string,
  opts: FetchOptions,
  previous?: { etag: string | null; lastModified: string | null },
): Promise<FetchResult> {
  let url: URL;
  try {
    url = new URL(target);
  } catch (err) {
    throw new SourceError({ source: target, format: 'http', code: 'bad-url', reason: 'not a valid URL', cause: err });
  }
  const source = target;
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        httpError(
          source,
          'timeout',
          `timed out after ${opts.timeoutMs} ms (whole request); raise ingest.timeoutMs if the server is just slow`,
        ),
      ),
    opts.timeoutMs,
  );
  try {
    for (let hop = 0; ; hop++) {
      checkUrl(url, source, opts.allowHosts);
      const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
      if (hop === 0 && previous?.etag) headers['if-none-match'] = previous.etag;
      if (hop === 0 && previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
      const r = await requestOnce(url, source, opts, headers, controller.signal);
      if (r.location !== null || (r.status >= 300 && r.status < 400 && r.status !== 304)) {
        if (!r.location) throw httpError(source, 'http-status', `HTTP ${r.status} redirect without a Location header`);
        if (hop >= opts.maxRedirects) {
          throw new SourceError({
            source,
            format: 'http',
            code: 'too-many-redirects',
            reason: `too many redirects (limit ${opts.maxRedirects}, last to ${new URL(r.location, url).toString()}); a redirect loop?`,
          });
        }
        url = new URL(r.location, url);
        continue;
      }
      const h = r.res.headers;
      const etag = typeof h.etag === 'string' ? h.etag : null;
      const lastModified = typeof h['last-modified'] === 'string' ? h['last-modified'] : null;
      if (r.status === 304) {
        return {
          url: url.toString(),
          status: 304,
          contentType: h['content-type'],
          bytes: r.body,
          etag: etag ?? previous?.etag ?? null,
          lastModified: lastModified ?? previous?.lastModified ?? null,
          notModified: true,
        };
      }
      if (r.status >= 400 || r.status < 200) {
        throw httpError(
          source,
          'http-status',
          `HTTP ${r.status}${r.res.statusMessage ? ` ${r.res.statusMessage}` : ''}${url.toString() !== target ? ` at ${url.toString()}` : ''}`,
        );
      }
      return {
        url: url.toString(),
        status: r.status,
        contentType: h['content-type'],
        bytes: r.body,
        etag,
        lastModified,
        notModified: false,
      };
    }
  } catch (err) {
    if (controller.signal.aborted && controller.signal.reason instanceof SourceError) throw controller.signal.reason;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
