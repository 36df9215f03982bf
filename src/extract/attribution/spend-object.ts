/**
 * What an amount a company spends goes to, read from the object of its spending verb: 'spend about $18 billion on Nvidia
 * systems' buys goods from a supplier (a purchase), 'spend $1 billion on computing this year' is spending on compute
 * (no asset of its own), while 'spend $30 billion on data centers' stays capital expenditure. The table is metrics.json
 * spendObjects: an amount of metric `from` (capex) named only by a spending verb, whose object phrase ('on …', 'for …',
 * 'earmarked for …') holds a word of one of `objects`, takes that object's metric. A clause that says capital spending
 * outright ('capital expenditure', 'capex') or names an asset of the company's own (lexicon ownAssets) keeps `from`.
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

export interface SpendObjects {
  from: string;
  /** Words that say the amount is capital spending whatever it buys. */
  capitalWords: string[];
  /** supplier: only when the figure names the one paid (a counterparty: 'on Nvidia chips'). */
  objects: { metric: string; supplier?: boolean; words: string[] }[];
}

/** After the amount: a bracketed conversion, a participle ('earmarked', 'spent'), a year ('last year'), then the object's preposition. */
const OBJECT_AFTER =
  /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:(?:earmarked|allocated|set aside|budgeted|spent|to be spent|going)\s+)?(?:(?:last|this|next)\s+(?:year|quarter)\s+|in\s+\d{4}\s+)?(?:on|for|towards?|to buy|to purchase)\s+([^,;:()（）]{1,80})/i;
/** Where an object phrase ends: a period or rate phrase, a relative clause, another statement. */
const OBJECT_END =
  /\s(?:in|through|over|by|during|this|next|last|per|a year|each|until|starting|from|which|that|while|as|after|according)\b/i;

const wordTests = new WeakMap<readonly string[], RegExp>();
function anyWord(words: readonly string[], t: string): boolean {
  let re = wordTests.get(words);
  if (!re) {
    re = new RegExp(`(?<![A-Za-z0-9])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`, 'i');
    wordTests.set(words, re);
  }
  return re.test(t);
}

/** The object phrase of the spending `fig` stands for ('Nvidia chips and networking gear'), undefined when none. */
export function spendObject(text: string, fig: Figure, clause: Span): string | undefined {
  const m = OBJECT_AFTER.exec(text.slice(fig.end, clause.end));
  if (!m) return undefined;
  const phrase = m[1]!;
  const end = OBJECT_END.exec(phrase);
  return (end ? phrase.slice(0, end.index) : phrase).trim() || undefined;
}

/**
 * The metric `fig` (metric `table.from`) takes from what it is spent on, undefined when it stays: `assetRe` matches the
 * company's own assets (global, as compiled with the lexicon).
 */
export function spendObjectMetric(
  text: string,
  fig: Figure,
  clause: Span,
  table: SpendObjects,
  assetRe: RegExp | undefined,
): string | undefined {
  if (fig.kind !== 'money' || fig.metric !== table.from) return undefined;
  if (anyWord(table.capitalWords, text.slice(clause.start, clause.end))) return undefined;
  const object = spendObject(text, fig, clause);
  if (!object) return undefined;
  if (assetRe) {
    assetRe.lastIndex = 0;
    if (assetRe.test(object)) return undefined;
  }
  return table.objects.find((o) => (!o.supplier || !!fig.counterparty) && anyWord(o.words, object))?.metric;
}
