/**
 * An amount said again in another currency, in brackets right after it: `150 billion yen ($960 million)`,
 * `约2300亿美元（约合人民币1.64万亿元）`. The bracketed figure is the same value, so it measures what its amount measures,
 * for the same owner and period (decision 124). Pure.
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

/** Fields a conversion takes from its amount: who, what and when it measures, and how the text qualifies it. */
const SHARED = ['subject', 'period', 'direction', 'negated', 'scope', 'counterparty'] as const;

/**
 * Gives every bracketed conversion of a sentence the attribution of the amount it converts (in place): a keyword after
 * the bracket (`($960 million) through a yen-denominated bond`) belongs to the amount's clause, not to a second value.
 */
export function alignConversions(text: string, sFigs: readonly Figure[]): void {
  for (const fig of sFigs) {
    const base = conversionBase(text, fig, sFigs);
    if (!base) continue;
    const copy = <K extends (typeof SHARED)[number]>(key: K): void => {
      if (base[key] === undefined) delete fig[key];
      else fig[key] = base[key];
    };
    for (const key of SHARED) copy(key);
    // Their metrics are read at both ends of the bracket: they agree on the one stated after it (`through a bond`) when
    // the amount took the verb before it (raise), and on the amount's when the conversion has none.
    if (fig.metric && base.metric !== fig.metric) base.metric = fig.metric;
    else if (base.metric) fig.metric = base.metric;
  }
}
