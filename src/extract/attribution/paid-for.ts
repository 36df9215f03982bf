/**
 * An amount a company pays for another company is the price of acquiring it (decision 120): 'we paid $8 billion for
 * Informatica', 'closed the acquisition of X, for which we paid $8 billion', '斥资15亿美元收购网易云音乐'. Named only by a
 * payment verb, the figure would otherwise read as the payer's 支出 — and printed after a results story's revenue, as
 * its spending. The verbs and words are data (data/metrics.json `paidFor`).
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import type { KeywordHit } from './lexicon.js';

export interface PaidFor {
  /** The metric a payment verb gives (spending). */
  from: string;
  /** The metric of a price paid for a company (acquisition). */
  to: string;
  /** Payment verbs that name the amount (paid, 支付, 斥资): the figure's own keyword must be one of them. */
  verbs: string[];
  /** Words saying a company changes hands (acquisition, 收购): standing in the figure's sentence, they make the payment its price. */
  words: string[];
}

/** A capitalised word of a name, never a plural of capitals naming goods ('GPUs', 'TPUs'). */
const NAME = String.raw`(?![A-Z]{2,}s\b)[A-Z][\w.&'-]*`;
/**
 * 'paid $8 billion for Informatica.' / 'for Informatica, which …' / 'for Informatica in 2025': `for` and a capitalised
 * name that ends the clause (or runs into a date or a relative clause), never a name used as a modifier of goods
 * ('for Nvidia chips').
 */
const FOR_NAME = new RegExp(
  String.raw`^\s*(?:in cash\s+|in stock\s+|in cash and stock\s+)?for\s+(?:${NAME})(?:\s+(?:${NAME})){0,3}\s*(?:[,.;:)]|$|\s+(?:in|last|earlier|this|which|that|when|after|before|to|and|from|during)\b)`,
);

/** Whether a word list holds `w`, English words matched whole and case-insensitive, Chinese ones as substrings. */
function holds(text: string, words: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => (/^[a-z]/i.test(w) ? new RegExp(`\\b${w.toLowerCase()}`).test(lower) : text.includes(w)));
}

/**
 * Whether `fig`, labelled `metric` by the payment verb `hit`, is the price of a company changing hands: its sentence
 * says so (an acquisition word), or the amount is paid `for` a name ending the clause.
 * @example paidForCompany('We paid $8 billion for Informatica.', whole, fig, hit, 'spending', rule) // → true
 */
export function paidForCompany(
  text: string,
  sentence: Span,
  fig: Figure,
  hit: KeywordHit | undefined,
  metric: string | undefined,
  rule: PaidFor,
): boolean {
  if (fig.kind !== 'money' || metric !== rule.from || hit === undefined) return false;
  const verb = text.slice(hit.start, hit.end).toLowerCase();
  if (!rule.verbs.some((v) => v.toLowerCase() === verb)) return false;
  if (holds(text.slice(sentence.start, sentence.end), rule.words)) return true;
  return FOR_NAME.test(text.slice(fig.end, sentence.end));
}
