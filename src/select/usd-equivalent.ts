/** Rough USD equivalents of money figures, used only to rank stories by the size of their largest figure. */
import type { Figure } from '../types/index.js';

/**
 * Approximate USD per unit of currency. Ranking only needs the order of magnitude, so these are
 * fixed round rates (never shown to readers, never used in arithmetic that is published).
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  CNY: 0.14,
  HKD: 0.128,
  TWD: 0.031,
  EUR: 1.08,
  GBP: 1.27,
  JPY: 0.0067,
  KRW: 0.00075,
  INR: 0.012,
  SGD: 0.74,
  CAD: 0.73,
  AUD: 0.65,
  CHF: 1.13,
};

/**
 * The largest USD-equivalent amount among money figures (ranges count by their high bound), or 0.
 * @example largestUsd([{ kind: 'money', value: 6.1e11, currency: 'CNY', ... }]) // → 8.54e10
 */
export function largestUsd(figures: readonly Figure[]): number {
  let max = 0;
  for (const f of figures) {
    if (f.kind !== 'money') continue;
    const amount = f.value ?? f.high ?? f.low;
    if (amount === undefined || !Number.isFinite(amount)) continue;
    const rate = USD_PER_UNIT[(f.currency ?? 'USD').toUpperCase()];
    if (rate === undefined) continue;
    max = Math.max(max, amount * rate);
  }
  return max;
}
