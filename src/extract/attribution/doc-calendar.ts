/**
 * The fiscal calendar a results text implies for its own company when no table and no statement tells it (decision 113):
 * the quarter it reports named with its fiscal year ('first-quarter fiscal 2027 results', '2027财年第一财季') on its date,
 * or the quarter's ordinal ('fourth-quarter net loss') together with the day that quarter closed on ('the quarter ended
 * Oct. 31', '截至10月31日的季度'). Pure: mentions and sentences in, the month (1-12) the fiscal year ends in out.
 */
import { type DocDate, type PeriodMention, yearEndFromQuarter, yearEndFromReport } from '../periods/index.js';
import type { SentenceSpan, Span } from './clauses.js';

const inside = (p: Span, s: Span): boolean => p.start >= s.start && p.end <= s.end;

/** An ordinal of a quarter right before a 'quarter ended …' mention ('fiscal third ', 'Q3 ', '第三财'). */
const ORDINAL_BEFORE = /(?:\b(?:first|second|third|fourth)[-\s]+(?:fiscal[-\s]+)?|\bQ[1-4]\s+|第[一二三四1-4]\s*[财財]?)$/i;

/**
 * Month the text's own fiscal year ends in, read from the quarter it reports; undefined when nothing implies one or the
 * reading is a calendar year (December). `skip` leaves out comparisons' bases and quarters a clause looks ahead to.
 * Examples (2026-11-25): 'Korvane reported first-quarter fiscal 2027 results' → 7 (its first quarter closed in August–
 * October: the nearest fit); 'a fourth-quarter net loss … revenue for the quarter ended Oct. 31' → 10.
 */
export function reportedCalendar(
  text: string,
  mentions: readonly PeriodMention[],
  sentences: readonly SentenceSpan[],
  lead: readonly SentenceSpan[],
  doc: DocDate | null,
  skip: (p: PeriodMention) => boolean,
): number | undefined {
  if (!doc) return undefined;
  const usable = mentions.filter((p) => !p.anaphor && p.shift === undefined && !skip(p));
  const inLead = (p: PeriodMention): boolean => lead.some((s) => inside(p, s));
  // A quarter named with its fiscal year: the lead's first, else the text's first.
  const fiscalQuarter = (p: PeriodMention): RegExpExecArray | null => /^FY(\d{4})Q([1-4])$/.exec(p.period);
  const named = usable.find((p) => inLead(p) && fiscalQuarter(p)) ?? usable.find((p) => fiscalQuarter(p));
  if (named) {
    const m = fiscalQuarter(named)!;
    return yearEndFromReport(Number(m[1]), Number(m[2]), doc);
  }
  // A quarter named by its ordinal only, and a quarter named by its closing day only, that closed within the last four
  // months: the reported quarter told twice. The ordinal counts from the fiscal year's start.
  const ordinal = usable.find((p) => inLead(p) && p.bareQuarter !== undefined);
  if (ordinal?.bareQuarter === undefined) return undefined;
  const docIdx = doc.year * 12 + doc.month - 1;
  // the closing day told in the ordinal's own sentence ('second-quarter revenue, for the three months ended Sept. 30,')
  const own = sentences.find((s) => inside(ordinal, s));
  const closed = usable.find((p) => {
    if (!p.quarterEnd || p.bareQuarter !== undefined || /\b(?:first|second|third|fourth)\b|Q[1-4]|第/i.test(p.text)) return false;
    // 'the fiscal third quarter ended May 28': a closing day after an ordinal names that quarter (a stated calendar)
    if (ORDINAL_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start))) return false;
    const since = docIdx - (p.quarterEnd.year * 12 + p.quarterEnd.month - 1);
    return since >= 0 && since <= 4 && !!own && inside(p, own);
  });
  if (closed?.quarterEnd) {
    const end = yearEndFromQuarter(ordinal.bareQuarter, closed.quarterEnd.month);
    return end === 12 ? undefined : end;
  }
  // A quarter the lead reports (no clause looking ahead) that has not closed as a calendar quarter on the document's date
  // ('reported a fourth-quarter net loss' in November) is a fiscal one, closed one to three months before: the nearest.
  const calendarEnd = /^(\d{4})Q([1-4])$/.exec(ordinal.period);
  if (!inLead(ordinal) || !calendarEnd || Number(calendarEnd[1]) * 12 + 3 * Number(calendarEnd[2]) - 1 <= docIdx) return undefined;
  const end = yearEndFromQuarter(ordinal.bareQuarter, ((docIdx - 1) % 12) + 1);
  return end === 12 ? undefined : end;
}
