/**
 * An amount said again in another currency, in brackets right after it: `150 billion yen ($960 million)`,
 * `约2300亿美元（约合人民币1.64万亿元）`: the bracketed figure is the same value (the period reader dates it as its
 * amount; decision 124). Pure.
 */
import type { Figure } from '../../types/figure.js';

/** What may stand between an amount and its conversion: an opening bracket, an approximation word, a currency's name. */
const BETWEEN =
  /^\s*[(（]\s*(?:约合|約合|合|折合|相当于|相當於|约|約|about|roughly|around|approximately|or|~)?\s*(?:人民币|人民幣|新台币|新台幣|港币|港幣)?\s*$/i;

/**
 * The amount `fig` converts into another currency, when `fig` is written in brackets right after it in `text`.
 * @example conversionBase('raise 150 billion yen ($960 million) through a bond', dollars, [yen, dollars]) // → yen
 */
export function conversionBase(text: string, fig: Figure, sFigs: readonly Figure[]): Figure | undefined {
  if (fig.kind !== 'money') return undefined;
  const prev = sFigs.filter((f) => f.end <= fig.start).pop();
  if (prev?.kind !== 'money' || !prev.currency || !fig.currency || prev.currency === fig.currency) return undefined;
  return BETWEEN.test(text.slice(prev.end, fig.start)) ? prev : undefined;
}
