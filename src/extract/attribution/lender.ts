/**
 * Who lends is not who borrows (decision 173). A Chinese loan sentence names its borrower first and its lender after a
 * receiving verb or an asking marker: 'A获得B 30亿元贷款', 'A获B提供的30亿元授信', 'A向B借款30亿元'. The nearest name before
 * the amount is then the lender, and a digest printed the bank or state fund as the borrower ('B债务30亿元'). The
 * marks are data (data/metrics.json `lenderMarks`); the name before the lender stays the figure's subject.
 */
import type { EntityMention } from '../../types/entity.js';
import type { Span } from './clauses.js';

export interface LenderMarks {
  /** Metrics of a loan's amount (debt). */
  metrics: string[];
  /** Receiving verbs right before the lender's name ('获得', '获'). */
  receiveBefore: string[];
  /** Markers right before the lender's name asked for the loan ('向', '从')… */
  askBefore: string[];
  /** …and the borrowing words right after it ('借款', '贷款'). */
  borrowAfter: string[];
}

/**
 * Whether `m` is named as the lender of a `metric` figure in its sentence: right after a receiving verb, or between an
 * asking marker and a borrowing word.
 * @example lends('小米集团向某银行借款30亿元', bank, sentence, 'debt', marks) // → true
 */
export function lends(text: string, m: EntityMention, sentence: Span, metric: string | undefined, marks: LenderMarks): boolean {
  if (!metric || !marks.metrics.includes(metric)) return false;
  const head = text.slice(Math.max(sentence.start, m.start - 2), m.start);
  if (marks.receiveBefore.some((w) => head.endsWith(w))) return true;
  const tail = text.slice(m.end, Math.min(sentence.end, m.end + 4));
  return marks.askBefore.some((w) => head.endsWith(w)) && marks.borrowAfter.some((w) => tail.startsWith(w));
}
