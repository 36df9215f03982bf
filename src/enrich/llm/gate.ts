/**
 * What the LLM client asks before each request when several workers share one endpoint and one budget (the job queue,
 * src/queue/llm-gate.ts keeps both in PostgreSQL). A single process does without it: its own limiter and budget apply.
 */
export interface LlmGate {
  /** Waits for the endpoint's shared request rate to allow one more request. */
  takeRequest(endpoint: string): Promise<void>;
  /**
   * Reserves `estimateUsd` of the shared budget before a request (the ledger's spending plus requests in flight must
   * stay within it): a permit to settle when the reply is accounted, or null when the budget has no room left.
   */
  reserve(estimateUsd: number): Promise<LlmPermit | null>;
}

export interface LlmPermit {
  /** The request ended (its cost is in the ledger, or it failed): frees the reservation. */
  settle(): Promise<void>;
}

/** A conservative cost estimate for one request: the prompt at 2 characters a token, plus `completionTokens` of reply. */
export function estimateTokens(messages: readonly { content: string }[], completionTokens = 2048): { prompt: number; completion: number } {
  const chars = messages.reduce((n, m) => n + m.content.length, 0);
  return { prompt: Math.ceil(chars / 2), completion: completionTokens };
}
