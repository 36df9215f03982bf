/** The Engine interface both enrich engines implement (versioned, call methods prefixed `do` so nobody calls them by accident). */
import type { DigestStory, DigestStyle, StoryBundle } from '../types/index.js';
import type { Violation } from './numeric-guard/index.js';

/** What an engine did during a run: requests, cache hits, tokens, cost, fallbacks. The offline engine reports zeros. */
export interface EngineUsage {
  llmRequests: number;
  cacheHits: number;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  /** Stories (or titles) the LLM engine handed to the offline engine. */
  offlineFallbacks: number;
  budgetExceeded: boolean;
  /** Human-readable notes for the run report (`budget of $0.50 exceeded after 12 requests: ...`). */
  notes: string[];
}

export interface Engine {
  readonly specificationVersion: 'v1';
  readonly name: 'offline' | 'llm';
  /** Writes one story from its bundle. Never throws for a bad reply: the LLM engine falls back to offline. */
  doWriteStory(bundle: StoryBundle, style: DigestStyle): Promise<DigestStory>;
  /** The headline of the day, led by the top story's key figure. */
  doWriteTitle(stories: DigestStory[], date: string): Promise<string>;
  /**
   * Optional: rewrites a story whose sentences failed the numeric guard, naming the offending numbers.
   * Engines without it (offline) cannot regenerate, so the guard drops the sentences.
   */
  doRewriteStory?(bundle: StoryBundle, style: DigestStyle, previous: DigestStory, violations: Violation[]): Promise<DigestStory>;
  /** Usage counters so far. */
  usage(): EngineUsage;
}

/** Options of the LLM engine. Prices are USD per one million tokens, by model name. */
export interface LlmOptions {
  baseURL: string;
  model: string;
  apiKey: string;
  temperature?: number;
  /** Concurrent requests at most (default 4). */
  maxConcurrency: number;
  /** Retries after the first attempt on 429 / 5xx / timeouts / malformed JSON (default 3). */
  maxRetries: number;
  /** Per-request timeout (default 60000). */
  timeoutMs: number;
  /** Stop calling the LLM once this much has been spent in the run; the remaining stories are written offline. */
  budgetUsd?: number;
  prices: Record<string, { input: number; output: number }>;
  /** First backoff delay in ms (default 500); doubles per retry, plus jitter, capped at 20 s. */
  retryBaseMs?: number;
  /** Consecutive failed requests after which the rest of the run is offline (circuit breaker, default 5). */
  maxConsecutiveFailures?: number;
  /** Wall-clock budget for all requests of the run in ms (default 600000); past it the run goes on offline. */
  runDeadlineMs?: number;
  /** Longest Retry-After honoured in ms (default 30000); a longer one fails the request instead of waiting. */
  maxRetryAfterMs?: number;
  /** A story keeping fewer characters of paragraphs after the guard is written by the offline engine (default 10). */
  minStoryChars?: number;
}

/** A run's counters: stories written, guard events, and the engine's usage. */
export interface RunReport extends EngineUsage {
  stories: number;
  guardDropped: number;
  guardRegenerated: number;
}

/** Zeroed usage counters. */
export function emptyUsage(): EngineUsage {
  return {
    llmRequests: 0,
    cacheHits: 0,
    promptTokens: 0,
    completionTokens: 0,
    costUsd: 0,
    offlineFallbacks: 0,
    budgetExceeded: false,
    notes: [],
  };
}
