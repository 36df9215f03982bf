/** Token cost from the configured price table (USD per one million tokens). */

/** Cost of one request. Example: 1000 prompt + 500 completion tokens at $2/$8 per 1M → $0.006. */
export function requestCost(
  prices: Record<string, { input: number; output: number }>,
  model: string,
  promptTokens: number,
  completionTokens: number,
): number | undefined {
  const p = prices[model];
  if (!p) return undefined;
  return (promptTokens * p.input + completionTokens * p.output) / 1e6;
}
