/**
 * '小米集团2025年总收入…。其中，…该分部全年经营亏损收窄至…': a full year whose sentence names no year is the year an
 * earlier sentence of its paragraph named — but only when that paragraph is unambiguous (decision 187, after 182's
 * looser rule was reverted at the merge). Pure: the caller gives the paragraph's earlier period mentions.
 */
import type { PeriodMention } from '../periods/find.js';

/** What the caller knows of one earlier mention of the paragraph. */
export interface ParagraphMention {
  mention: PeriodMention;
  /** A comparison's base ('较2024年'), a start ('自2025年起') or a clause looking ahead ('2025年计划…'). */
  aside: boolean;
}

/**
 * The one year the paragraph before a `全年` names, or undefined when unsure: every period mention before it in the
 * paragraph is the same plain year, this year or the last, none of them an aside, and there is at least one.
 */
export function soleParagraphYear(earlier: readonly ParagraphMention[], docYear: number): PeriodMention | undefined {
  if (earlier.length === 0) return undefined;
  const year = earlier[0]!.mention.period;
  const y = /^(\d{4})$/.exec(year)?.[1];
  if (!y || Number(y) < docYear - 1 || Number(y) > docYear) return undefined;
  for (const m of earlier) if (m.aside || m.mention.anaphor || m.mention.shift !== undefined || m.mention.period !== year) return undefined;
  return earlier[earlier.length - 1]!.mention;
}
