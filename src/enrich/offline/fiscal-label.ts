/**
 * The period of an English figure as its own sentence names it, when the knowledge layer's label is a calendar quarter
 * the sentence does not say (english25, issue 11): a company with no fiscal calendar the tables or the text tell gets
 * its `fiscal first quarter` filed as calendar 2026Q1, and a `quarter ended Oct. 31` as 2026Q3. The digest then says the
 * fiscal quarter without a calendar year (第一财季) or the quarter by the day it ended (截至10月31日的季度), never a
 * calendar quarter the source does not name. Pure; the month names come from the period lexicon.
 */
import { loadPeriodLexicon } from '../../extract/periods/lexicon.js';

const CALENDAR_QUARTER = /^\d{4}Q([1-4])$/;
const ZH_Q = ['', '一', '二', '三', '四'];
/** `fiscal first quarter`, `first fiscal quarter`, `fiscal Q1`, `FQ1`, `Q1 of fiscal`. */
const FISCAL_QUARTER =
  /\bfiscal[- ](first|second|third|fourth)[- ]quarter\b|\b(first|second|third|fourth)[- ]fiscal[- ]quarter\b|\bfiscal[- ]Q([1-4])\b|\bF(?:Y\d{0,4}\s?)?Q([1-4])\b|\b(first|second|third|fourth)[- ]quarter of (?:its |the )?fiscal\b/i;
/** `fiscal 2027`, `fiscal year 2027`, `FY2027`, `FY27`. */
const FISCAL_YEAR = /\bfiscal(?:[- ]year)?\s+(\d{4})\b|\bFY\s?'?(\d{2}(?:\d{2})?)\b(?!\s?Q)/i;
/** `the quarter ended Oct. 31`, `three months ending April 30`. */
const QUARTER_ENDED =
  /\b(?:quarter|three months|period)\s+(?:that\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?([A-Z][a-z]{2,8})\.?(?:\s+(\d{1,2})\b)?/;

/**
 * The Chinese period to write for a figure in place of its calendar label, or undefined to keep the label: the fiscal
 * year the sentence names (2027财年), the fiscal quarter it names (第一财季), else the day a non-calendar quarter ended
 * (截至10月31日的季度).
 */
export function sentencePeriodZh(period: string, sentence: string): string | undefined {
  if (/\p{Script=Han}/u.test(sentence)) return undefined;
  // A fiscal year the sentence names by number (its only one), filed as a calendar year (fiscal 2027 as 2026): 2027财年.
  const year = /^(\d{4})$/.exec(period)?.[1];
  const fy = FISCAL_YEAR.exec(sentence);
  const named = fy ? Number(fy[1] ?? fy[2]) : undefined;
  const full = named === undefined ? undefined : named < 100 ? 2000 + named : named;
  if (year && full && FISCAL_YEAR.exec(sentence.slice((fy?.index ?? 0) + 1)) === null) return `${full}财年`;
  const cal = CALENDAR_QUARTER.exec(period);
  if (!cal) return undefined;
  const lex = loadPeriodLexicon();
  const f = FISCAL_QUARTER.exec(sentence);
  if (f) {
    const word = f[1] ?? f[2] ?? f[5];
    const n = word ? lex.ordinals[word.toLowerCase()] : Number(f[3] ?? f[4]);
    if (n && n >= 1 && n <= 4) return `第${ZH_Q[n]}财季`;
  }
  const e = QUARTER_ENDED.exec(sentence);
  const month = e?.[1] ? lex.months[e[1].toLowerCase()] : undefined;
  if (e && month && month % 3 !== 0) return `截至${month}月${e[2] ? `${Number(e[2])}日` : ''}的季度`;
  return undefined;
}
