/**
 * The month of a monthly figure as a built head says it (decision 127): `联发科8月营收新台币512.3亿元`, never
 * `联发科营收新台币512.3亿元` — a month's revenue with no month reads as the company's whole revenue. A head drops the
 * month of an amount at a point in time (a backlog at the end of September, a valuation, a price: data/periods.json
 * `cues.pointMetrics` / `stockMetrics` / `balanceWords`), where the month only dates the reading; a flow (revenue,
 * deliveries, profit) is the month's own. The month is kept only when the figure's own sentence names it (8月, 八月,
 * August), so a month the extraction guessed from the document's date never reaches a head. Pure.
 */

import { holdsAny } from '../../extract/attribution/period.js';
import { loadPeriodLexicon } from '../../extract/periods/lexicon.js';

const MONTH_LABEL = /^(\d{4})-(\d{2})$/;
const ZH_MONTH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** Whether `sentence` names month `m` (1–12) as a month: 8月 / 八月 (not 18月, 前8月, 8月底), August / Aug. / in May. */
function namesMonth(sentence: string, m: number): boolean {
  const zh = new RegExp(`(?<![\\d前头頭首一二三四五六七八九十])(?:${m}|${ZH_MONTH_DIGITS[m]})月份?(?![\\d底末初])`, 'u');
  if (zh.test(sentence)) return true;
  return Object.entries(loadPeriodLexicon().months).some(([w, n]) => {
    if (n !== m) return false;
    // 'may' is a verb: the month only after a preposition; an abbreviation needs its period ('Aug.').
    if (w === 'may') return /\b(?:in|for|of) May\b/.test(sentence);
    if (w.length <= 4 && !['june', 'july'].includes(w)) return new RegExp(`\\b${w}\\.`, 'i').test(sentence);
    return new RegExp(`\\b${w}\\b`, 'i').test(sentence);
  });
}

/**
 * The month a head says for a figure of `period` (`2026-08`) and `metric`, from its sentence: `8月` when the figure is
 * a flow of that month its sentence names, else undefined (the head prints no period for it, as before).
 * @example headMonth('2026-08', 'revenue', '联发科上周公布8月营收新台币512.3亿元') // → '8月'
 * @example headMonth('2026-09', 'orders', '截至9月底在手订单1300亿美元') // → undefined
 */
export function headMonth(period: string, metric: string, sentence: string): string | undefined {
  const m = MONTH_LABEL.exec(period);
  if (!m) return undefined;
  const cues = loadPeriodLexicon().cues;
  if (cues.pointMetrics.includes(metric) || cues.stockMetrics.includes(metric)) return undefined;
  if (cues.balanceWords && holdsAny(sentence.toLowerCase(), cues.balanceWords)) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12 || !namesMonth(sentence, month)) return undefined;
  return `${month}月`;
}
