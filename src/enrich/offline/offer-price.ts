/**
 * A priced listing's price against the range an earlier day told (decision 140). A day-two story of a listing priced
 * today says the price per share its report gives and, when an earlier day's item of the story stated the marketed range
 * holding that price, the range as the one before: `…IPO定价于区间上限，募资62亿港元，每股定价25港元，此前公布的招股价
 * 区间为22至25港元`. The reader of the launch saw the range; today's news is where in it the offer landed. Pure.
 */

import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';

/** Words after an amount that make it a price per share (`HK$25 apiece`, `$18 a share`); 每股 before a Chinese one. */
const PER_SHARE_AFTER = /^\s*(?:apiece|each|a share|per share|per ADS|an ADS)\b/u;
const PER_SHARE_BEFORE = /每股(?:定价|发行价|作价|价格)?(?:为|于|是)?\s*$/u;
/** A per-share price is small: an amount past this is no share price (a raise, a market value). */
const PRICE_MAX = 100_000;

/**
 * The price per share a text gives: the first single amount in a currency told as per share (after it: apiece, each,
 * a share; before it: 每股). Undefined when none.
 * @example offerPrice('The company sold 248 million shares at HK$25 apiece.')?.value // → 25
 */
export function offerPrice(text: string): Figure | undefined {
  return extractFigures(text).find(
    (f) =>
      f.kind === 'money' &&
      f.value !== undefined &&
      f.value < PRICE_MAX &&
      f.currency !== undefined &&
      (PER_SHARE_AFTER.test(text.slice(f.end, f.end + 16)) || PER_SHARE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start))),
  );
}

/**
 * The marketed range an earlier text stated that holds a price: a money range of the same currency whose ends enclose
 * it. Undefined when no earlier text gives one.
 * @example earlierRange(['招股价区间为每股22.0港元至25.0港元。'], hk25)?.high // → 25
 */
export function earlierRange(texts: readonly string[], price: Figure): Figure | undefined {
  const p = price.value as number;
  for (const text of texts) {
    const range = extractFigures(text).find(
      (f) =>
        f.kind === 'money' &&
        f.currency === price.currency &&
        f.low !== undefined &&
        f.high !== undefined &&
        f.low < f.high &&
        f.high < PRICE_MAX &&
        f.low <= p + 1e-9 &&
        p <= f.high + 1e-9,
    );
    if (range) return range;
  }
  return undefined;
}
