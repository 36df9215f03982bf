/**
 * A figure reported for one month (a monthly revenue release: `8月营收新台币512.3亿元`, `August revenue of NT$51.2
 * billion`): a claim whose period is a month is otherwise read as an as-of date (截至2026年6月，在手订单为…), and a head
 * built from it drops the month, so `联发科营收新台币512.3亿元` reads as a year's or a quarter's revenue. The month is
 * the measure's own when the figure's sentence names it right before a measure of data/monthly-measures.json, or
 * (English) right around it (`revenue for August`). Pure (decision 131).
 */
import { z } from 'zod';
import { loadPeriodLexicon } from '../../extract/periods/index.js';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({ $comment: z.string().optional(), zh: z.string(), en: z.string() });
let table: { zh: RegExp; en: RegExp; enAfter: RegExp } | undefined;

const ZH_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

function patterns(): { zh: RegExp; en: RegExp; enAfter: RegExp } {
  if (table) return table;
  const t = loadDataTable('monthly-measures.json', schema);
  const months = Object.keys(loadPeriodLexicon().months)
    .sort((a, b) => b.length - a.length)
    .join('|');
  table = {
    // 8月营收, 8月份合并营收, 八月单月营收 (the month right before its measure).
    zh: new RegExp(
      `(?<![\\d至到~\\-前])(?:(\\d{4})年)?(\\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:单月|單月|当月|當月)?(?:${t.zh})`,
      'gu',
    ),
    // August revenue, Aug. sales.
    en: new RegExp(`\\b()(${months})\\.?(?:'s)?\\s+(?:${t.en})\\b`, 'gi'),
    // revenue for August, sales in August.
    enAfter: new RegExp(`\\b(?:${t.en})\\s+(?:for|in)\\s+(?:the month of\\s+)?()(${months})\\b`, 'gi'),
  };
  return table;
}

/** The month number a Chinese or English month word names. */
function monthNumber(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  if (ZH_DIGITS[word] !== undefined) return ZH_DIGITS[word];
  return loadPeriodLexicon().months[word.toLowerCase()];
}

/**
 * The month (1–12) of a claim's month period (`2026-08`) when its figure's sentence states the figure as that month's
 * measure (`8月营收`, `August revenue`, `revenue for August`); undefined for any other period or sentence.
 * @example reportedMonth('2026-08', '联发科上周公布8月营收新台币512.3亿元，月减4.1%。') // → 8
 * @example reportedMonth('2026-06', '截至6月底，公司在手订单为120亿元。') // → undefined
 */
export function reportedMonth(period: string, sentence: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return undefined;
  const year = m[1] ?? '';
  const month = Number(m[2]);
  const p = patterns();
  for (const re of [p.zh, p.en, p.enAfter]) {
    re.lastIndex = 0;
    // A year written before the month (2026年8月营收) is the period's own.
    for (const hit of sentence.matchAll(re)) if (monthNumber(hit[2] ?? '') === month && (!hit[1] || hit[1] === year)) return month;
  }
  return undefined;
}

/**
 * A month said as a head says it (8 → `8月`); undefined stays undefined.
 * @example monthZh(8) // → '8月'
 */
export function monthZh(month: number | undefined): string | undefined {
  return month === undefined ? undefined : `${month}月`;
}

/**
 * Whether a head names a month before its figure (`8月营收`, `十月销量`), as a month's own figure is headed.
 * @example monthNamed('联发科8月营收新台币512.3亿元', '新台币512.3亿元') // → true
 */
export function monthNamed(head: string, figureText: string): boolean {
  const at = head.indexOf(figureText);
  return /(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月/u.test(at < 0 ? head : head.slice(0, at));
}
