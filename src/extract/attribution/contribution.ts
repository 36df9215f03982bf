/**
 * A named party's contribution of an amount is that party's investment (decision 187): 'Nvidia's contribution of up to
 * $2 billion is small relative to what xAI plans to spend' — with no keyword of its own right before the amount, the
 * nearest one left ('spend', written for the next amount) filed it as the contributor's capex. The rule reads only the
 * possessive form right before the amount ("<subject>'s contribution of [up to] <amount>"), and stays silent when the
 * clause after the amount says what it is a contribution to among results words ('to revenue', 'to sales'): that is a
 * share of a result, not money put in. The nouns, qualifiers and result words are data (data/metrics.json `contributionOf`).
 */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import { alternation, wordsRegexOrNever } from '../../util/regexp.js';
import type { Span } from './clauses.js';

export interface ContributionOf {
  /** The metric of a party's contribution (investment). */
  to: string;
  /** Metrics a later keyword may have given the amount ('' for none): capex, spending. */
  from: string[];
  /** Nouns of money put in ('contribution'), English, whole words, case-blind. */
  nouns: string[];
  /** Qualifiers allowed between 'of' and the amount ('up to', 'about'). */
  qualifiers: string[];
  /** Words after the amount in its clause that make it a share of a result ('revenue', 'sales'). */
  resultWords: string[];
}

const cache = new WeakMap<ContributionOf, { before: RegExp; result: RegExp }>();
function compiled(rule: ContributionOf): { before: RegExp; result: RegExp } {
  let c = cache.get(rule);
  if (!c) {
    const nouns = alternation(rule.nouns) || '(?!)';
    const quals = alternation(rule.qualifiers);
    const before = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+)?(?:${nouns})\\s+of\\s+(?:(?:${quals})\\s+)?$`, 'iu');
    const result = wordsRegexOrNever(rule.resultWords, 'iu');
    cache.set(rule, (c = { before, result }));
  }
  return c;
}

/**
 * Whether `fig` is `subject`'s contribution: the subject's mention ends right before "'s contribution of [qualifier]"
 * and the amount, and its clause after the amount names no result it is a share of.
 * @example contributionOf("Nvidia's contribution of up to $2 billion is small.", fig, clause, mentions, 'Nvidia', rule) // → true
 */
export function contributionOf(
  text: string,
  fig: Figure,
  clause: Span,
  mentions: readonly EntityMention[],
  subject: string | undefined,
  rule: ContributionOf,
): boolean {
  if (fig.kind !== 'money' || !subject || !rule.from.includes(fig.metric ?? '')) return false;
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= fig.start && m.type !== 'media');
  const last = before[before.length - 1];
  if (!last || last.name !== subject) return false;
  const { before: re, result } = compiled(rule);
  if (!re.test(text.slice(last.end, fig.start))) return false;
  return !result.test(text.slice(fig.end, clause.end));
}
