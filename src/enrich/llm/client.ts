/** One JSON chat completion with cache, ledger, budget, bounded concurrency and bounded retries. */
import { createHash } from 'node:crypto';
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import pLimit from 'p-limit';
import type { z } from 'zod';
import type { KeyValueCache, Ledger } from '../../store/types.js';
import { backoffDelay, retryAfterMs, withRetries } from '../../util/retry.js';
import type { EngineUsage, LlmOptions } from '../engine.js';
import { requestCost } from './cost.js';
import { LlmError } from './errors.js';
import { estimateTokens, type LlmGate, type LlmPermit } from './gate.js';
import type { ChatMessage } from './prompt.js';
import { parseReply } from './schema.js';

/** Cache namespace of LLM replies. */
export const CACHE_NAMESPACE = 'llm';

/** The cache key: sha256 over the model and the full prompt (and temperature, which changes the reply). */
export function cacheKey(model: string, messages: ChatMessage[], temperature: number | undefined): string {
  const h = createHash('sha256');
  h.update(model);
  h.update('\u0000');
  h.update(JSON.stringify(messages));
  h.update('\u0000');
  h.update(String(temperature ?? ''));
  return h.digest('hex');
}

/** The start of a reply on one line, for a log: `<html><body>Service Unavailable…`, with `secrets` blanked out. */
export function replySnippet(body: string, secrets: string[] = [], max = 80): string {
  let s = body.replace(/\s+/g, ' ').trim();
  for (const x of secrets) if (x.length >= 4) s = s.split(x).join('***');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** Turns whatever the SDK threw into an LlmError. */
export function toLlmError(e: unknown): LlmError {
  if (e instanceof LlmError) return e;
  // The SDK parses a body labelled JSON with JSON.parse: an HTML error page or plain text behind that label lands here.
  if (e instanceof SyntaxError)
    return new LlmError('malformed', `reply is not JSON (the endpoint answered something else: ${e.message})`, { cause: e });
  if (e instanceof APIConnectionTimeoutError) return new LlmError('timeout', 'request timed out', { cause: e });
  if (e instanceof APIConnectionError) return new LlmError('connection', 'connection failed', { cause: e });
  if (e instanceof APIError) {
    const status = e.status;
    const wait = retryAfterMs(e.headers);
    const opts = { cause: e, ...(status !== undefined ? { status } : {}), ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
    if (status === 429) return new LlmError('rate-limit', 'rate limited (429)', opts);
    if (status !== undefined && status >= 500) return new LlmError('server', `server error (${status})`, opts);
    if (status === 408) return new LlmError('timeout', 'request timeout (408)', opts);
    return new LlmError('http', `request failed (${status ?? 'no status'}): ${e.message}`, opts);
  }
  return new LlmError('connection', e instanceof Error ? e.message : String(e), { cause: e });
}

export interface ChatClientDeps {
  cache: KeyValueCache;
  ledger: Ledger;
  log: (msg: string) => void;
  usage: EngineUsage;
  /** Workers sharing an endpoint and a budget: asked before every request (rate) and every paid call (budget). */
  gate?: LlmGate;
}

/** A JSON chat client shared by one engine (one limiter, one budget). */
export class JsonChatClient {
  private readonly client: OpenAI;
  private readonly limit: ReturnType<typeof pLimit>;
  private warnedPrice = false;
  /** Failed requests in a row; a success resets it. */
  private failures = 0;
  private circuitOpen = false;
  private readonly deadline: number;

  constructor(
    private readonly opts: LlmOptions,
    private readonly deps: ChatClientDeps,
  ) {
    // The SDK's own retries are off: ours count requests, honour Retry-After and also retry malformed replies.
    this.client = new OpenAI({ baseURL: opts.baseURL, apiKey: opts.apiKey, maxRetries: 0, timeout: opts.timeoutMs });
    this.limit = pLimit(Math.max(1, opts.maxConcurrency));
    this.deadline = Date.now() + (opts.runDeadlineMs ?? 600_000);
  }

  /** Throws when the endpoint may not be called any more in this run (breaker open or deadline passed). */
  private gate(): void {
    if (this.circuitOpen)
      throw new LlmError(
        'circuit-open',
        `endpoint failed ${this.opts.maxConsecutiveFailures ?? 5} times in a row: offline for the rest of the run`,
      );
    if (Date.now() >= this.deadline) {
      this.note(
        `LLM deadline of ${this.opts.runDeadlineMs ?? 600_000} ms for the run passed: the remaining stories are written by the offline engine`,
      );
      throw new LlmError('deadline', 'run deadline passed');
    }
  }

  private notes = new Set<string>();
  /** A note for the run report and the log, once per run. */
  private note(msg: string): void {
    if (this.notes.has(msg)) return;
    this.notes.add(msg);
    this.deps.usage.notes.push(msg);
    this.deps.log(`[enrich] [llm] ${msg}`);
  }

  /** Counts a failed request; opens the breaker after `maxConsecutiveFailures` in a row. */
  private failed(e: LlmError): void {
    this.failures++;
    const max = this.opts.maxConsecutiveFailures ?? 5;
    if (!this.circuitOpen && this.failures >= max) {
      this.circuitOpen = true;
      this.note(
        `${this.opts.baseURL} failed ${max} requests in a row (last: ${e.message.replace('[enrich] [llm] ', '')}): the rest of the run is written by the offline engine`,
      );
    }
  }

  /** True once the run's spending reached the budget. */
  overBudget(): boolean {
    const b = this.opts.budgetUsd;
    return b !== undefined && this.deps.usage.costUsd >= b;
  }

  private markBudget(): void {
    if (this.deps.usage.budgetExceeded) return;
    this.deps.usage.budgetExceeded = true;
    const msg = `budget of $${this.opts.budgetUsd} reached after ${this.deps.usage.llmRequests} requests ($${this.deps.usage.costUsd.toFixed(4)} spent): the remaining stories are written by the offline engine`;
    this.deps.usage.notes.push(msg);
    this.deps.log(`[enrich] [llm] ${msg}`);
  }

  /**
   * Sends `messages` and returns the validated reply. A cached reply (same model + prompt) is returned without a
   * request. Retries 429 / 5xx / timeouts / malformed replies up to `maxRetries` times, then throws the last LlmError.
   */
  async complete<T>(messages: ChatMessage[], schema: z.ZodType<T, z.ZodTypeDef, unknown>, purpose: string): Promise<T> {
    const { model, temperature } = this.opts;
    const key = cacheKey(model, messages, temperature);
    const leak = { secrets: [this.opts.apiKey, this.opts.baseURL] };
    const hit = await this.deps.cache.get(CACHE_NAMESPACE, key);
    if (hit !== undefined) {
      try {
        const data = parseReply(hit, schema, leak);
        this.deps.usage.cacheHits++;
        await this.deps.ledger.add({
          at: new Date().toISOString(),
          model,
          promptTokens: 0,
          completionTokens: 0,
          cost: 0,
          cached: true,
          purpose,
        });
        return data;
      } catch {
        // A cached reply that no longer validates (schema changed) is simply asked again.
      }
    }
    this.gate();
    return this.limit(() => this.attempts(messages, schema, purpose, key, leak));
  }

  private async attempts<T>(
    messages: ChatMessage[],
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    purpose: string,
    key: string,
    leak: { secrets: string[] },
  ): Promise<T> {
    const { model, temperature, maxRetries } = this.opts;
    const attempt = async (): Promise<T> => {
      if (this.overBudget()) {
        this.markBudget();
        throw new LlmError('budget', `budget of $${this.opts.budgetUsd} exhausted`);
      }
      this.gate();
      let permit: LlmPermit | null = null;
      const shared = this.deps.gate;
      if (shared) {
        const est = estimateTokens(messages);
        permit = await shared.reserve(requestCost(this.opts.prices, model, est.prompt, est.completion) ?? 0);
        if (!permit) {
          this.markBudget();
          throw new LlmError('budget', `shared budget of $${this.opts.budgetUsd} exhausted (ledger and requests in flight)`);
        }
        await shared.takeRequest(this.opts.baseURL);
      }
      try {
        this.deps.usage.llmRequests++;
        const left = Math.max(1, this.deadline - Date.now());
        const res = await this.client.chat.completions.create(
          {
            model,
            messages,
            response_format: { type: 'json_object' },
            ...(temperature !== undefined ? { temperature } : {}),
          },
          { timeout: Math.min(this.opts.timeoutMs, left) },
        );
        // A reply that is not a chat completion (HTML, plain text, `{}`) has no choices: malformed, not a crash.
        const choices = (res as { choices?: unknown } | null)?.choices;
        const content = Array.isArray(choices)
          ? (choices[0] as { message?: { content?: unknown } } | undefined)?.message?.content
          : undefined;
        if (typeof content !== 'string') {
          const body = typeof res === 'string' ? res : JSON.stringify(res ?? null);
          throw new LlmError(
            'malformed',
            `reply is not a chat completion (no choices[0].message.content); it began: ${JSON.stringify(replySnippet(body, leak.secrets))}`,
            { raw: body.slice(0, 500) },
          );
        }
        await this.account(res.usage, purpose);
        const data = parseReply(content, schema, leak);
        await this.deps.cache.put(CACHE_NAMESPACE, key, content);
        this.failures = 0;
        return data;
      } catch (e) {
        const error = toLlmError(e);
        this.failed(error);
        throw error;
      } finally {
        await permit?.settle();
      }
    };
    const cap = this.opts.maxRetryAfterMs ?? 30_000;
    // Budget, breaker and deadline errors are not retryable: they end the loop at once.
    return withRetries<T, LlmError>(attempt, {
      retries: maxRetries,
      classify: (e) => ({ retryable: e.retryable && !this.circuitOpen, retryAfterMs: e.retryAfterMs }),
      backoffMs: (n) => backoffDelay(n, this.opts.retryBaseMs ?? 500),
      maxRetryAfterMs: cap,
      onRetryAfterTooLong: (_e, ms) =>
        this.note(
          `the endpoint asked to wait ${Math.round(ms / 1000)} s (Retry-After), more than the ${Math.round(cap / 1000)} s allowed: not waiting`,
        ),
      beforeWait: (e, n, ms) => {
        const wait = Math.min(ms, Math.max(0, this.deadline - Date.now()));
        this.deps.log(`[enrich] [llm] ${purpose}: ${e.message.replace('[enrich] [llm] ', '')}; retry ${n + 1}/${maxRetries} in ${wait} ms`);
        return wait;
      },
    });
  }

  private async account(usage: { prompt_tokens?: number; completion_tokens?: number } | undefined, purpose: string): Promise<void> {
    const promptTokens = usage?.prompt_tokens ?? 0;
    const completionTokens = usage?.completion_tokens ?? 0;
    let cost = requestCost(this.opts.prices, this.opts.model, promptTokens, completionTokens);
    if (cost === undefined) {
      cost = 0;
      if (!this.warnedPrice) {
        this.warnedPrice = true;
        const msg = `no price configured for model ${this.opts.model}: cost counted as 0 and the budget cap cannot apply`;
        this.deps.usage.notes.push(msg);
        this.deps.log(`[enrich] [llm] ${msg}`);
      }
    }
    const u = this.deps.usage;
    u.promptTokens += promptTokens;
    u.completionTokens += completionTokens;
    u.costUsd += cost;
    await this.deps.ledger.add({
      at: new Date().toISOString(),
      model: this.opts.model,
      promptTokens,
      completionTokens,
      cost,
      cached: false,
      purpose,
    });
  }
}
