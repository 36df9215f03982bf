/** A small OpenAI-compatible chat-completions server on 127.0.0.1 for tests: scripted replies, failures, and a request log. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body text. */
  raw: string;
  /** The parsed JSON body (undefined when it is not JSON). */
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown; temperature?: number } | undefined;
  /** Which step answered it (index into the script, or -1 for the fallback). */
  step: number;
}

export type ScriptStep =
  /** A normal completion whose message content is `content` (a string or computed from the request). */
  | {
      kind: 'completion';
      content: string | ((req: RecordedRequest) => string);
      usage?: { prompt_tokens: number; completion_tokens: number };
    }
  /** A completion containing a number no source has (same wire shape as `completion`; named for readability). */
  | { kind: 'invented'; content: string | ((req: RecordedRequest) => string) }
  /** HTTP 429 with a Retry-After header (seconds). */
  | { kind: 'rate-limit'; retryAfter?: number }
  /** HTTP 500 (or another 5xx). */
  | { kind: 'server-error'; status?: number }
  /** Never answers (until `ms` passes or the server closes): longer than the client timeout. */
  | { kind: 'hang'; ms?: number }
  /** A completion whose content is not JSON. */
  | { kind: 'malformed'; content?: string }
  /** A reply that is not a chat completion at all: any status, content type and body (an HTML error page, `OK`, nothing). */
  | { kind: 'raw'; status?: number; contentType?: string; body: string };

export interface OpenAiServer {
  /** Base URL to give the client, ending in /v1. */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Step used when the script is exhausted (default: a 500 saying so). */
  fallback?: ScriptStep;
}

function estimateTokens(s: string): number {
  return Math.max(1, Math.ceil(s.length / 4));
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function completion(
  res: ServerResponse,
  req: RecordedRequest,
  content: string,
  usage?: { prompt_tokens: number; completion_tokens: number },
): void {
  const u = usage ?? { prompt_tokens: estimateTokens(req.raw), completion_tokens: estimateTokens(content) };
  sendJson(res, 200, {
    id: `chatcmpl-test-${req.step}`,
    object: 'chat.completion',
    created: 1767225600,
    model: req.body?.model ?? 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop', logprobs: null }],
    usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens },
  });
}

/**
 * Starts the server. Each POST /v1/chat/completions consumes the next step of `script` (or asks the function for one).
 * @example const srv = await startOpenAiServer([{ kind: 'rate-limit', retryAfter: 0 }, { kind: 'completion', content: '{}' }]);
 */
export async function startOpenAiServer(
  script: ScriptStep[] | ((req: RecordedRequest, index: number) => ScriptStep),
  opts: ServerOptions = {},
): Promise<OpenAiServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let next = 0;

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
      sendJson(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
      return;
    }
    let body: RecordedRequest['body'];
    try {
      body = JSON.parse(raw) as RecordedRequest['body'];
    } catch {
      body = undefined;
    }
    const index = next++;
    const rec: RecordedRequest = { method: req.method, path, headers: req.headers, raw, body, step: index };
    let step: ScriptStep | undefined;
    if (typeof script === 'function') step = script(rec, index);
    else step = script[index];
    if (step === undefined) {
      rec.step = -1;
      step = opts.fallback;
    }
    requests.push(rec);
    if (step === undefined) {
      sendJson(res, 500, { error: { message: 'script exhausted', type: 'server_error' } });
      return;
    }
    switch (step.kind) {
      case 'completion':
        completion(res, rec, typeof step.content === 'function' ? step.content(rec) : step.content, step.usage);
        return;
      case 'invented':
        completion(res, rec, typeof step.content === 'function' ? step.content(rec) : step.content);
        return;
      case 'malformed':
        completion(res, rec, step.content ?? 'Sure! Here is the story: {"headline": "unfinished');
        return;
      case 'raw':
        res.writeHead(step.status ?? 200, {
          ...(step.contentType ? { 'content-type': step.contentType } : {}),
          'content-length': Buffer.byteLength(step.body),
        });
        res.end(step.body);
        return;
      case 'rate-limit':
        sendJson(
          res,
          429,
          { error: { message: 'Rate limit reached', type: 'rate_limit_error' } },
          { 'retry-after': String(step.retryAfter ?? 1) },
        );
        return;
      case 'server-error':
        sendJson(res, step.status ?? 500, { error: { message: 'The server had an error', type: 'server_error' } });
        return;
      case 'hang': {
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.writableEnded) sendJson(res, 504, { error: { message: 'hung', type: 'server_error' } });
        }, step.ms ?? 30_000);
        timers.add(t);
        return;
      }
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
