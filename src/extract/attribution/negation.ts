/** Negated figures: an amount the text denies ('并非一次性1000亿美元', 'it is not $100 billion up front') states no claim. */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

/** Chinese denials right before the amount, with at most a few modifiers between ('而非此前市场普遍流传的1000亿美元'). */
const ZH_DENIAL = /(?:并非|而非|并不是|不是|绝非|并无|并没有)[^，。；：,;:！？!?“”"]{0,14}$/;
/** English denials right before the amount: 'not $100 billion', 'not the $10 billion figure', 'rather than $80 billion'. */
const EN_DENIAL = /(?:\b(?:not|never|rather\s+than|instead\s+of)|n['’]t)(?:\s+(?:the|a|an|some|quite|actually|really|exactly|even))*\s*$/i;
/** Words after 'not' that make a bound, not a denial: 'not less than $5 billion', 'not more than', 'not only'. */
const NOT_A_DENIAL = /\b(?:not|n['’]t)\s+(?:(?:less|more|fewer|lower|higher|under|over|below|above)\b|only\b|just\b|least\b|until\b)/i;
/** A Chinese bound or hedge that contains 不 but denies nothing: 不低于, 不少于, 不到, 不超过, 不足. */
const ZH_BOUND = /不(?:低于|少于|到|超过|足|止|下|会低于|会少于)/;

/**
 * Whether the text denies the figure. Example: ('OpenAI本轮融资或将达到1100亿美元，而非此前流传的1000亿美元', figure 1000亿美元) → true;
 * ('不会低于50亿元') → false.
 */
export function isNegated(text: string, fig: Figure, clause: Span): boolean {
  const before = text.slice(Math.max(clause.start, fig.start - 40), fig.start);
  if (ZH_DENIAL.test(before)) {
    const m = ZH_DENIAL.exec(before);
    return !!m && !ZH_BOUND.test(m[0]);
  }
  const tail = before.slice(-30);
  return EN_DENIAL.test(tail) && !NOT_A_DENIAL.test(`${tail}${text.slice(fig.start, fig.start + 12)}`);
}

/**
 * A denial or a refusal to confirm by a party, in the amount's own clause before it: 'Lumora denied a report that it
 * would invest $10 billion', 'declined to confirm the $2 billion figure', '公司否认了投资100亿元的传闻'. A clause
 * after a comma ('denied the report, saying it would invest $5 billion') gives the party's own figure.
 */
const DENIED_BEFORE =
  /\b(?:denied|denies|deny|denying|disputed|disputes|dispute|disputing|refuted|refutes|dismissed|dismisses|rejected|rejects)\s+(?:(?:a|an|the|earlier|recent|media|press|news|those|these|such)\s+)*(?:reports?|claims?|rumou?rs?|figures?|numbers?|speculation|suggestions?|estimates?)\b|\b(?:declined|declines|refused|refuses|would\s+not|did\s+not|didn['’]t|wouldn['’]t)\s+(?:to\s+)?confirm\b|否认|否認|辟谣|闢謠/i;
/** The same party's denial in a relative clause right after the amount: '…$10 billion, which the company denied', '…, a figure it disputed'. */
const DENIED_AFTER =
  /^[^.;。；]*?,\s*(?:which|a\s+(?:figure|claim|number|report|sum))\s+(?:[\w.&’'-]+\s+){0,4}?(?:has\s+|had\s+|later\s+)?(?:denied|disputed|refuted|dismissed|declined\s+to\s+confirm|refused\s+to\s+confirm)\b/i;

/**
 * Whether the article says the amount was denied or disputed by a party (DENIED_BEFORE in its own clause, DENIED_AFTER
 * in its sentence): such an amount is negated — printed only with the denial or not at all, never as a fact.
 * @example deniedAmount('Lumora denied a report that it would invest $10 billion.', fig('$10 billion'), clause, sentence) // → true
 */
export function deniedAmount(text: string, fig: Figure, clause: Span, sentence: Span): boolean {
  if (DENIED_BEFORE.test(text.slice(clause.start, fig.start))) return true;
  return DENIED_AFTER.test(text.slice(fig.end, sentence.end));
}
