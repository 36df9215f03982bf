/** Period mentions in text: years, quarters, halves, fiscal years, months and relative phrases, in English and Chinese. */

import { HAN } from '../../util/han.js';
import { escapeRegExp } from '../../util/regexp.js';
import {
  calendarQuarterEnding,
  type DocDate,
  fullYear,
  monthLabel,
  parseDocDate,
  shiftedLabel,
  yearForMonth,
  yearForQuarter,
  yearForQuarterEnd,
  yearRunningTo,
} from './calendar.js';
import { type Anaphor, loadPeriodLexicon, type PeriodLexicon, type PeriodUnit } from './lexicon.js';

/** A period found in a text: offsets end-exclusive, `period` normalised (`2026`, `2026Q1`, `2026H1`, `FY2025`, `2026-03`). */
export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  period: string;
  /** Set for a quarter named without a year ('fourth quarter', '第三财季'): attribution may relabel it by a fiscal calendar. */
  bareQuarter?: number;
  /**
   * Set for a date that only gives the last day of the period named next to it ('2026财年第二财季（截至2025年11月30日）'):
   * it dates a balance stated for that day (remaining obligations, debt), never a flow of the period (revenue).
   */
  closing?: boolean;
  /** Set for a quarter named by the month it ends in ('the quarter ended Oct. 25'): attribution may relabel it by a fiscal calendar. */
  quarterEnd?: { year: number; month: number };
  /** The month of the day a quarter named by its end closes on, as written ('ended Feb. 1': February): a balance stated at that quarter's end is as of it. */
  closesIn?: { year: number; month: number };
  /** Set for phrases relative to the document date: the offset in units ('next year' 1, 'last month' -1, '今年' 0). */
  relativeOffset?: number;
  /** The unit of a relative phrase ('next quarter': quarter): attribution may relabel a quarter by a fiscal calendar. */
  relativeUnit?: PeriodUnit;
  /** Set for phrases pointing back to a period named earlier ('当季', '全年'); `period` is the guess without context. */
  anaphor?: Anaphor;
  /** Set for phrases moving their context's period by whole years ('a year earlier': -1); `period` is the guess without context. */
  shift?: number;
  /** With `shift` 0: the months the phrase moves its context's period by ('three months earlier': -3). */
  shiftMonths?: number;
  /** Set for a half named without a year ('the first half', '上半财年'): attribution may relabel it by a fiscal calendar. */
  bareHalf?: number;
  /** Set for a fiscal year named relative to the document date ('上一财年' -1): attribution labels it by a fiscal calendar. */
  fiscalOffset?: number;
  /** Set for six months named by the month they end in ('the six months to September'): attribution may label a fiscal half. */
  halfEnd?: { year: number; month: number };
}

/** A resolved period, or a bare quarter / a quarter named by its end month (label by the calendar heuristics plus what a fiscal calendar needs). */
type Resolved =
  | string
  | {
      period: string;
      bareQuarter?: number;
      bareHalf?: number;
      fiscalOffset?: number;
      quarterEnd?: { year: number; month: number };
      closesIn?: { year: number; month: number };
      halfEnd?: { year: number; month: number };
      anaphor?: Anaphor;
      shift?: number;
      shiftMonths?: number;
    };
type Resolver = (m: RegExpExecArray, doc: DocDate | null, lex: PeriodLexicon) => Resolved | undefined;

const bare = (q: number, doc: DocDate): Resolved => ({ period: `${yearForQuarter(q, doc)}Q${q}`, bareQuarter: q });

/**
 * The first `n` months of a year, a cumulative period ('前三季度' is Q1-Q3, '前10个月' / '前十月'): the first quarter,
 * the first half, the first three quarters, the year, else the span of months. Example: (2026, 10) → '2026-01-2026-10'.
 */
export function firstMonths(year: number, n: number): string {
  if (n === 3) return `${year}Q1`;
  if (n === 6) return `${year}H1`;
  if (n === 9) return `${year}Q1-Q3`;
  if (n === 12) return String(year);
  if (n === 1) return monthLabel(year, 1);
  return `${monthLabel(year, 1)}-${monthLabel(year, n)}`;
}

/**
 * The months `from`..`to` of one year when they make a reporting period: a calendar quarter or half ('4月至6月' →
 * `2026Q2`), or the first months of the year ('1至9月' → `2026Q1-Q3`); undefined for other spans ('2月至4月').
 */
export function monthSpan(year: number, from: number, to: number): string | undefined {
  if (from === 1) return firstMonths(year, to);
  if (to - from === 2 && from % 3 === 1) return `${year}Q${(from + 2) / 3}`;
  if (from === 7 && to === 12) return `${year}H2`;
  return undefined;
}

interface Rule {
  re: RegExp;
  resolve: Resolver;
}

const ZH_NUM = '[一二三四1-4]';
const ZH_MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';

/** Year of a Chinese year part: '2026年' / '今年' / '去年' ... (undefined when relative and no document date). */
function zhYear(abs: string | undefined, rel: string | undefined, doc: DocDate | null, lex: PeriodLexicon): number | undefined {
  if (abs) return Number(abs);
  if (!rel || !doc) return undefined;
  const r = lex.relative[rel];
  return r && r.unit === 'year' ? doc.year + r.offset : undefined;
}

/** Nouns of a forecast or target an 'annual' / '年度' before them makes a full year's. */
const GUIDANCE_EN = '(?:forecasts?|outlooks?|guidance|targets?|projections?|goals?|estimates?)';
const GUIDANCE_ZH = '(?:指引|目标|目標|预测|預測|预期|預期|展望|预估|預估)';
/**
 * 'its annual revenue forecast', 'fiscal-year sales guidance', 'revenue for the year of', '年度营收指引', '全年度目标': a
 * forecast or target for the full (fiscal) year. Not 'annual revenue run rate', 'annual rent' (no forecast noun), not
 * 'the year ended …' / 'for the year ahead' / 'for the year 2026', not '半年度' / '本年度' / '2026年度' (other rules).
 */
const ANNUAL_GUIDANCE = new RegExp(
  [
    `\\b(?:annual|full[-\\s]fiscal[-\\s]year|fiscal[-\\s]year)(?=(?:\\s+[A-Za-z][\\w-]*){0,3}?\\s+${GUIDANCE_EN}\\b)`,
    "\\bfor\\s+the\\s+(?:(?:full|whole|entire)\\s+)?(?:fiscal\\s+)?year\\b(?!\\s*(?:ended|ending|ends|to\\s+(?:date\\b|[A-Z])|through|ahead|before|after|earlier|ago|that|20\\d{2}|['’]\\d{2}))",
    `(?<![\\d年半本上下今去明前后後该該当當同首])年度(?=[^\\s\\d，。；,;：:]{0,6}?${GUIDANCE_ZH})`,
  ].join('|'),
  'gi',
);

function buildRules(lex: PeriodLexicon): Rule[] {
  const zhRelYears = Object.keys(lex.relative)
    .filter((k) => HAN.test(k) && lex.relative[k]!.unit === 'year' && !lex.relative[k]!.lagInFirstQuarter)
    .sort((a, b) => b.length - a.length);
  const zhRelOther = Object.keys(lex.relative)
    .filter((k) => HAN.test(k) && !zhRelYears.includes(k))
    .sort((a, b) => b.length - a.length);
  const enRel = Object.keys(lex.relative)
    .filter((k) => /^[a-z ]+$/.test(k))
    .sort((a, b) => b.length - a.length);
  const zhPart = `(?:第?(${ZH_NUM})(?:季度|财季|(?<=第[一二三四1-4])季)|[Qq]([1-4])|([上下])半年|(前三季度?)|[前首头頭]${ZH_MONTH}[个個]?月|${ZH_MONTH}月份?|全年|年底|年末|年初|年内)`;
  const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : (lex.zhNumerals[s] ?? Number(s)));
  /** Applies a Chinese sub-part (groups from `first`) to a year. */
  const zhSub = (m: RegExpExecArray, first: number, year: number, fy: boolean): string => {
    const pre = fy ? 'FY' : '';
    const q = num(m[first]) ?? num(m[first + 1]);
    if (q !== undefined) return `${pre}${year}Q${q}`;
    if (m[first + 2]) return `${pre}${year}H${m[first + 2] === '上' ? 1 : 2}`;
    if (m[first + 3]) return `${pre}${year}Q1-Q3`;
    const months = num(m[first + 4]);
    if (months !== undefined && !fy) return firstMonths(year, months);
    const mo = num(m[first + 5]);
    if (mo !== undefined && !fy) return monthLabel(year, mo);
    return `${pre}${year}`;
  };
  const keysRe = (keys: string[]): string =>
    keys
      .sort((a, b) => b.length - a.length)
      .map((k) => (HAN.test(k) ? k : `\\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`))
      .join('|');
  /** The year a phrase like '全年' means without context: the year just ended in January-March (results season), else this one. */
  const lagYear = (doc: DocDate): number => (doc.month <= 3 ? doc.year - 1 : doc.year);
  const rules: Rule[] = [
    // 当季 / the quarter / 全年 / 整个财年 / 截至年末: point back to a period named earlier (attribution resolves them)
    {
      // not before a year: 'the full fiscal year 2026' names the year
      re: new RegExp(`(?:${keysRe(Object.keys(lex.anaphora))})(?!\\s*(?:20\\d{2}|['’]\\d{2}\\b))`, 'gi'),
      resolve: (m, doc, l) => {
        const anaphor = l.anaphora[m[0].toLowerCase()] ?? l.anaphora[m[0]];
        if (!anaphor || !doc) return undefined;
        // '相当年轻', '适当年度': 当 of another word before 年
        if (anaphor === 'that-year' && /[相适適应應充担擔恰]$/.test(m.input.slice(Math.max(0, m.index - 1), m.index))) return undefined;
        const y = lagYear(doc);
        const period =
          anaphor === 'quarter'
            ? shiftedLabel(doc, 'quarter', -1)
            : anaphor === 'current-quarter'
              ? shiftedLabel(doc, 'quarter', 0)
              : anaphor === 'fiscal-year'
                ? `FY${y}`
                : anaphor === 'year-end'
                  ? monthLabel(y, 12)
                  : anaphor === 'same'
                    ? shiftedLabel(doc, 'quarter', -1)
                    : String(y);
        return { period, anaphor };
      },
    },
    // an annual forecast ('raised its annual revenue forecast to', '年度营收指引上调至'), a forecast for the year ('expects
    // revenue for the year of'): the full year, like 'full-year' (a quarter named before it in the sentence is not its period)
    {
      re: ANNUAL_GUIDANCE,
      resolve: (m, doc) => {
        if (!doc) return undefined;
        const y = lagYear(doc);
        return /fiscal/i.test(m[0]) ? { period: `FY${y}`, anaphor: 'fiscal-year' } : { period: String(y), anaphor: 'year' };
      },
    },
    // 上一财年 / last fiscal year: a fiscal year relative to the document date (attribution applies the company's calendar)
    ...(Object.keys(lex.fiscalRelative ?? {}).length
      ? [
          {
            re: new RegExp(`(?:${keysRe(Object.keys(lex.fiscalRelative ?? {}))})`, 'gi'),
            resolve: (m: RegExpExecArray, doc: DocDate | null, l: PeriodLexicon): Resolved | undefined => {
              const offset = l.fiscalRelative?.[m[0].toLowerCase()] ?? l.fiscalRelative?.[m[0]];
              return offset === undefined || !doc ? undefined : { period: String(doc.year + offset), fiscalOffset: offset };
            },
          },
        ]
      : []),
    // spending 'through 2027', 'over the three years through 2027', '到2027年底': from now (or the years counted back) to
    // that year; a year already under way or past is that year alone (the bare year rule reads it)
    {
      re: /\b(?:(?:over|during|in)\s+(?:the\s+)?(?:next\s+|coming\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+)?(?:through|until|till)\s+(?:the\s+end\s+of\s+)?(20\d{2})\b(?![-–]\d)|(?<![\d年至])到\s*(20\d{2})\s*年\s*(?:底|末)/gi,
      resolve: (m, doc) => {
        const y = Number(m[2] ?? m[3]);
        const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
        const n = m[1] ? (words[m[1].toLowerCase()] ?? Number(m[1])) : undefined;
        if (n !== undefined && n >= 2 && n <= 30) return `${y - n + 1}-${y}`;
        return doc && y > doc.year && y - doc.year <= 30 ? `${doc.year}-${y}` : undefined;
      },
    },
    // a sum spent, raised or put in 'by 2030' / 'by the end of 2027' ('pledged to inject $15 billion into Humain by
    // 2030'): from now to that year, like 'through 2027'; a level reached by a year keeps the year (sumByYear)
    {
      re: /\bby\s+(?:the\s+end\s+of\s+)?(20\d{2})\b(?![-–]\d)/gi,
      resolve: (m, doc, l) => sumByYear(m, doc, l),
    },
    // a year earlier / 去年同期 / 上年: the period of the context, moved back
    {
      re: new RegExp(`(?:${keysRe(Object.keys(lex.shifts))})`, 'gi'),
      resolve: (m, doc, l) => {
        const shift = l.shifts[m[0].toLowerCase()] ?? l.shifts[m[0]];
        return shift === undefined || !doc ? undefined : { period: String(doc.year + shift), shift };
      },
    },
    // three months earlier / a quarter earlier: the period of the context, moved back by months (a shift of no whole year)
    {
      re: new RegExp(`(?:${keysRe(Object.keys(lex.monthShifts ?? {}))})`, 'gi'),
      resolve: (m, doc, l) => {
        const months = l.monthShifts?.[m[0].toLowerCase()];
        return months === undefined || !doc ? undefined : { period: shiftedLabel(doc, 'month', months), shift: 0, shiftMonths: months };
      },
    },
    // 2025至2027年, 2025-2027, from 2026 through 2029, between 2026 and 2029: a span of years
    {
      re: /(?<![\d.,$])(?:from\s+|between\s+)?(20\d{2})\s*年?\s*(?:至|到|-|–|—|~|～|through|to|until|and)\s*(20\d{2})(?![\d%]|\s*(?:亿|万|美元|元|million|billion))\s*年?/gi,
      resolve: (m) => {
        const [a, b] = [Number(m[1]), Number(m[2])];
        if (b <= a || b - a > 30) return undefined;
        if (/^between/i.test(m[0]) !== /and\s*\d/i.test(m[0])) return undefined;
        return `${a}-${b}`;
      },
    },
    // at the end of 2025, 截至2025年末: a balance as of December
    {
      re: /\b(?:at|as of|by)\s+the\s+end\s+of\s+(?:calendar\s+)?(\d{4})\b|(?:截至|截止)\s*(\d{4})\s*年\s*(?:末|底)/gi,
      resolve: (m) => (/^by/i.test(m[0]) ? m[1] : monthLabel(Number(m[1] ?? m[2]), 12)),
    },
    // at the end of last year, 去年底, 较2025年末 (a past year's end stating a level, not a deadline: '2027年底前', nor an
    // event: '在2024年底发布'): as of December
    {
      re: /\b(?:at|as of)\s+the\s+end\s+of\s+last\s+year\b|(?:(?<=[较較比]\s*)(\d{4})\s*年|去年)\s*年?(?:底|末)(?!\s*(?:前|之前|以前|发布|發布|推出|上市|成立|完成|宣布))/gi,
      resolve: (m, doc) => {
        if (!doc) return undefined;
        const y = m[1] ? Number(m[1]) : doc.year - 1;
        return y < doc.year ? monthLabel(y, 12) : undefined;
      },
    },
    // 截至3月4日 / 截至 2025 年 12 月底 / 截止6月末: a balance as of a day or a month's end is as of that month (the
    // day closing a named period, '截至2025年9月30日止三个月', is the rule below)
    {
      re: /(?:截至|截止)\s*(?:(\d{4})\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(?:(?:3[01]|[12]\d|0?[1-9])\s*[日号]|底|末)(?!\s*止|\s*的\s*(?:季度|三个月|三個月|3个月))/g,
      resolve: (m, doc) => {
        const month = Number(m[2]);
        // a balance is stated as of a day already past: a month after the document's is last year's
        const year = m[1] ? Number(m[1]) : doc ? (month > doc.month ? doc.year - 1 : doc.year) : undefined;
        return year === undefined ? undefined : monthLabel(year, month);
      },
    },
    // 截至2025年9月30日止三个月 / 截至2026年3月31日止年度: a quarter or a (fiscal) year named by the day it ends; without
    // a year ('截至9月30日止季度') the last such day on or before the document's date
    {
      re: /截[至止]\s*(?:(\d{4})\s*年\s*)?(1[0-2]|0?[1-9])\s*月(?:\s*\d{1,2}\s*日|底|末)?\s*止?\s*的?\s*(?:第[一二三四1-4]\s*(?=[财財]季|季度))?(三个月|3个月|三個月|季度|财季|財季|年度|财年|財年|十二个月|12个月|六个月|6个月)/g,
      resolve: (m, doc) => {
        const month = Number(m[2]);
        const year = m[1] ? Number(m[1]) : doc ? (month > doc.month ? doc.year - 1 : doc.year) : undefined;
        // '截至10月31日的季度': a day closing a quarter, named with no year, is a quarter's too
        if (year === undefined || (!m[1] && !/月[^止]*止|日\s*的\s*(?:季度|三个月|三個月|3个月)/.test(m[0]))) return undefined;
        if (/三|3|季/.test(m[3]!)) return { period: calendarQuarterEnding(year, month), quarterEnd: { year, month } };
        // six months ending in a month: a calendar half in June or December, else the month (a fiscal calendar relabels it)
        if (/六|6/.test(m[3]!)) return { period: halfEnding(year, month), halfEnd: { year, month } };
        return month === 12 ? String(year) : `FY${year}`;
      },
    },
    // the year ended December 31, 2025 / fiscal year ended June 30, 2025 / the fiscal year that ended in September (the
    // last such month-end before the document's date; `to` and `through` too: 'profit in the year to March rose'); the
    // year ending in March (no year: the one still running, its month-end next — in November, March 2027, never the
    // March before)
    {
      re: /\b(?:fiscal\s+)?year\s+(?:that\s+)?(ended|ending|to|through)\s+(?:on\s+|in\s+)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:\s+\d{1,2}\b)?(?:,?\s+(\d{4})\b)?/gi,
      resolve: (m, doc, l) => {
        const month = l.months[m[2]!.toLowerCase()]!;
        const running = m[1]!.toLowerCase() === 'ending';
        const year = m[3] ? Number(m[3]) : doc ? (running ? yearRunningTo(month, doc) : yearForQuarterEnd(month, doc, true)) : undefined;
        if (year === undefined) return undefined;
        return month === 12 ? String(year) : `FY${year}`;
      },
    },
    // 今年4月至6月 / 2026年1—3月 (year from the document date): a span of months making a quarter, a half or the first months
    {
      re: new RegExp(
        `(?:(\\d{4})\\s*年|(今年|去年|明年))?\\s*${ZH_MONTH}\\s*月?份?\\s*(?:至|到|-|–|—|~|～)\\s*${ZH_MONTH}\\s*月份?(?!\\s*\\d{1,2}\\s*[日号])`,
        'g',
      ),
      resolve: (m, doc, l) => {
        const from = num(m[3]);
        const to = num(m[4]);
        if (from === undefined || to === undefined || to <= from || to > 12) return undefined;
        const rel = m[2] ? (l.relative[m[2]]?.offset ?? 0) : 0;
        const year = m[1] ? Number(m[1]) : doc ? doc.year + rel : undefined;
        const period = year === undefined ? undefined : monthSpan(year, from, to);
        if (year === undefined || period === undefined) return undefined;
        // a quarter or half named by its months is relabelled by a company's fiscal calendar ('4-6月' is Sony's first quarter)
        if (/Q[1-4]$/.test(period)) return { period, quarterEnd: { year, month: to } };
        if (/H[12]$/.test(period)) return { period, halfEnd: { year, month: to } };
        return period;
      },
    },
    // 2027年3月期: the fiscal year ending in March 2027 (a Japanese company's year, named by its closing month)
    {
      re: new RegExp(`(\\d{4})\\s*年\\s*${ZH_MONTH}\\s*月期`, 'g'),
      resolve: (m) => {
        const month = num(m[2]);
        return month === undefined || month > 12 ? undefined : month === 12 ? m[1]! : `FY${m[1]}`;
      },
    },
    // 今年首季 / 2026年首季度: the first quarter
    {
      re: /(?:(\d{4})\s*年|(今年|去年|明年))?\s*首季度?/g,
      resolve: (m, doc, l) => {
        const rel = m[2] ? (l.relative[m[2]]?.offset ?? 0) : 0;
        const year = m[1] ? Number(m[1]) : doc ? doc.year + rel : undefined;
        return year === undefined ? undefined : `${year}Q1`;
      },
    },
    // 2025/26财年 / 2025-26财年第三财季: a fiscal year across two calendar years is named by the year it ends in
    {
      re: new RegExp(`(\\d{4})\\s*[/／\\-–—]\\s*(\\d{4}|\\d{2})\\s*(?:财年|財年|财政年度|財政年度|会计年度|會計年度)${zhPart}?`, 'g'),
      resolve: (m) => {
        const end = splitYearEnd(m[1]!, m[2]!);
        return end === undefined ? undefined : zhSub(m, 3, end, true);
      },
    },
    // 2025财年 / 2026财年第一季度 / 2026财政年度
    {
      re: new RegExp(`(\\d{4})\\s*(?:财年|财政年度|会计年度)${zhPart}?`, 'g'),
      resolve: (m) => zhSub(m, 2, Number(m[1]), true),
    },
    // 27财年 / 27财年第二季度: a broker's fiscal year written with two digits (never a calendar quarter of 2027)
    {
      re: new RegExp(`(?<![\\d.])(\\d{2})\\s*(?:财年|財年|财政年度|財政年度|会计年度|會計年度)${zhPart}?`, 'g'),
      resolve: (m) => zhSub(m, 2, fullYear(m[1]!), true),
    },
    // 2026年第一季度 / 今年上半年 / 2026年3月 / 去年 / 2025年
    {
      re: new RegExp(`(?:(\\d{4})\\s*年度?|(${zhRelYears.join('|')}))${zhPart}?`, 'g'),
      resolve: (m, doc, l) => {
        const y = zhYear(m[1], m[2], doc, l);
        return y === undefined ? undefined : zhSub(m, 3, y, false);
      },
    },
    // 一季度 / 第三季度 / 上半年 / 3月 (year from the document date)
    {
      re: new RegExp(
        `(?<![\\d年])(?:第?(${ZH_NUM})(?:季度|财季|(?<=第[一二三四1-4])季)|([上下])半(?:年|([财財])年)|(前三季度?)|[前首头頭]${ZH_MONTH}[个個]?月|(?<![个第前首头頭\\d])${ZH_MONTH}月份?(?![\\d]))`,
        'g',
      ),
      resolve: (m, doc) => {
        if (!doc) return undefined;
        const q = num(m[1]);
        if (q !== undefined) return bare(q, doc);
        if (m[2]) {
          const h = m[2] === '上' ? 1 : 2;
          // '上半财年' names a half of a fiscal year (relabelled by the company's calendar); '上半年' a calendar half
          return m[3] ? { period: `${doc.year}H${h}`, bareHalf: h } : `${doc.year}H${h}`;
        }
        // the first months of a year without one are those of the last year whose run of months has closed: '前三季度'
        // in March is last year's (this year's first three quarters are months away)
        if (m[4]) return `${doc.year - (doc.month <= 9 ? 1 : 0)}Q1-Q3`;
        const months = num(m[5]);
        if (months !== undefined) return firstMonths(doc.year - (doc.month <= months ? 1 : 0), months);
        const mo = num(m[6]);
        return mo === undefined ? undefined : monthLabel(yearForMonth(mo, doc), mo);
      },
    },
    // 本季度 / 上个月 ...
    {
      re: new RegExp(`(${zhRelOther.join('|')})`, 'g'),
      resolve: (m, doc, l) => {
        const r = l.relative[m[1]!];
        return r && doc ? shiftedLabel(doc, r.unit, r.offset + (r.lagInFirstQuarter && doc.month <= 3 ? -1 : 0)) : undefined;
      },
    },
    // 9M26, 9M 2026, 9MFY26: a broker's first three quarters of a (fiscal) year. ('the first nine months' is left to
    // the sentence: read as Q1-Q3 it set a nine-month total against a quarter's figure of the same text)
    {
      re: /\b9M\s?(FY)?\s?['’]?(\d{4}|\d{2})\b(?!\s*[-–]\s*\d)/g,
      resolve: (m) => `${m[1] ? 'FY' : ''}${fullYear(m[2]!)}Q1-Q3`,
    },
    // fiscal Q1 2026, fiscal 1Q26: a fiscal quarter of a named fiscal year
    {
      re: /\bfiscal\s+(?:Q([1-4])|([1-4])Q)\s*(?:(?:of\s+)?(\d{4})|['’]?(\d{2}))\b(?![%.,]?\d)/gi,
      resolve: (m) => `FY${fullYear(m[3] ?? m[4]!)}Q${m[1] ?? m[2]}`,
    },
    // F1Q27, F2Q2027, 1QF27: a broker's fiscal quarter, F marking the fiscal year
    {
      re: /\b(?:F([1-4])Q|([1-4])QF)\s?['’]?(\d{4}|\d{2})[EA]?\b(?![%.,]?\d)/g,
      resolve: (m) => `FY${fullYear(m[3]!)}Q${m[1] ?? m[2]}`,
    },
    // fiscal '27, fiscal year '26: a fiscal year written with two digits
    {
      re: /\bfiscal(?:\s+year)?\s+['’](\d{2})\b/gi,
      resolve: (m) => `FY${fullYear(m[1]!)}`,
    },
    // Q1 2026, Q1'26, 1Q26, Q1 FY26, 1Q 2026, Q1 of 2026
    {
      re: /\b(?:Q([1-4])|([1-4])Q)(?:(?:\s+of)?\s+(\d{4})|\s*(?:FY|[Ff]iscal\s+)\s*['’]?(\d{4}|\d{2})|['’](\d{2})|(\d{2}))?(?:(?<=\d)[EA])?\b(?![%.,]?\d)/g,
      resolve: (m, doc) => {
        const q = Number(m[1] ?? m[2]);
        if (m[4]) return `FY${fullYear(m[4])}Q${q}`;
        const y = m[3] ?? m[5] ?? m[6];
        if (y) return `${fullYear(y)}Q${q}`;
        return doc ? bare(q, doc) : undefined;
      },
    },
    // FY2025-26, fiscal 2025/26, Q3 FY2025-26: a fiscal year across two calendar years is named by the year it ends in
    {
      re: /\b(?:(?:Q([1-4])|([1-4])Q)\s*)?(?:FY|[Ff]iscal(?:\s+[Yy]ear)?\s)\s?['’]?(\d{4}|\d{2})\s*[/\-–]\s*(\d{4}|\d{2})\b(?:\s*[-\s]?Q([1-4])\b)?/g,
      resolve: (m) => {
        const end = splitYearEnd(m[3]!, m[4]!);
        const q = m[1] ?? m[2] ?? m[5];
        return end === undefined ? undefined : `FY${end}${q ? `Q${q}` : ''}`;
      },
    },
    // FY2025, FY25, FY2026 Q1; a broker's estimate or actual year (FY27E, FY26A)
    {
      re: /\bFY\s?['’]?(\d{4}|\d{2})[EA]?\b(?:\s*[-\s]?Q([1-4])\b)?/g,
      resolve: (m) => `FY${fullYear(m[1]!)}${m[2] ? `Q${m[2]}` : ''}`,
    },
    // fiscal 2025, fiscal year 2025, fiscal 2026 first quarter
    {
      re: /\bfiscal(?:\s+year)?\s+(\d{4})(?:\s+(first|second|third|fourth)[-\s]quarter)?\b/gi,
      resolve: (m, _d, l) => `FY${m[1]}${m[2] ? `Q${l.ordinals[m[2].toLowerCase()]}` : ''}`,
    },
    // first quarter of 2026, fourth-quarter, third quarter of fiscal 2026, fourth quarter of last year
    {
      re: /\b(first|second|third|fourth)[-\s]quarter(?:\s+(?:of\s+)?(?:(fiscal)\s+(?:year\s+)?)?(\d{4})|\s+of\s+(this|last|next)\s+year)?\b/gi,
      resolve: (m, doc, l) => {
        const q = l.ordinals[m[1]!.toLowerCase()]!;
        if (m[3]) return `${m[2] ? 'FY' : ''}${m[3]}Q${q}`;
        if (!doc) return undefined;
        if (m[4]) return `${doc.year + (l.relative[`${m[4].toLowerCase()} year`]?.offset ?? 0)}Q${q}`;
        return bare(q, doc);
      },
    },
    // the quarter ended Oct. 25, the quarter ending in January (2027): a fiscal quarter named by its last month. A
    // fiscal quarter closes on a weekend near a month's end, so one that ends in the first week of a month ('ended
    // Feb. 1', 'ending in early May') is the quarter of the month before.
    {
      re: QUARTER_ENDED,
      resolve: (m, doc, l) => quarterEndedOn(m, doc, l),
    },
    // the June-August quarter, the July-September period, the three months to August: a quarter named by its months (a fiscal calendar may relabel it)
    {
      re: new RegExp(`\\b${EN_MONTH}\\s*(?:-|–|—|to|through)\\s*${EN_MONTH}\\s+(?:quarter|period)\\b`, 'gi'),
      resolve: (m, doc, l) => {
        const from = l.months[m[1]!.toLowerCase().replace(/\.$/, '')];
        const to = l.months[m[2]!.toLowerCase().replace(/\.$/, '')];
        if (!doc || from === undefined || to === undefined || (to - from + 12) % 12 !== 2) return undefined;
        const year = yearForQuarterEnd(to, doc, false);
        return { period: calendarQuarterEnding(year, to), quarterEnd: { year, month: to } };
      },
    },
    // the six months to September, the half-year ended Sept. 30: a half named by the month it ends in
    {
      re: new RegExp(
        `\\b(?:six months|six-month period|half[- ]year|first half|second half)\\s+(?:that\\s+)?(ended|ending|to|through)\\s+(?:on\\s+|in\\s+)?${EN_MONTH}\\b\\.?(?:\\s+\\d{1,2}\\b)?(?:,?\\s+(\\d{4})\\b)?`,
        'gi',
      ),
      resolve: (m, doc, l) => {
        const month = l.months[m[2]!.toLowerCase().replace(/\.$/, '')];
        if (month === undefined || (!m[3] && !doc)) return undefined;
        const year = m[3] ? Number(m[3]) : yearForQuarterEnd(month, doc as DocDate, m[1]!.toLowerCase() === 'ended');
        return { period: halfEnding(year, month), halfEnd: { year, month } };
      },
    },
    // the September quarter (a calendar quarter named by its last month)
    {
      re: /\b(March|June|September|December)[-\s]quarter\b/g,
      resolve: (m, doc, l) => {
        if (!doc) return undefined;
        const mo = l.months[m[1]!.toLowerCase()]!;
        const year = yearForMonth(mo, doc);
        return { period: `${year}Q${mo / 3}`, quarterEnd: { year, month: mo } };
      },
    },
    // H1 2026, 1H26, H2, first half of 2026, second half of this year. A glued two-digit year is 10–49: 'H100' and
    // 'H200芯片' are chips, not the halves of 2000.
    {
      re: /\b(?:H([12])|([12])H)(?:\s+(\d{4})|['’](\d{2})|([1-4]\d))?\b(?![%.,]?\d)/g,
      resolve: (m, doc) => {
        const h = m[1] ?? m[2];
        const y = m[3] ?? m[4] ?? m[5];
        if (y) return `${fullYear(y)}H${h}`;
        return doc ? `${doc.year}H${h}` : undefined;
      },
    },
    {
      re: /\b(first|second)\s+half(?:\s+of)?(?:\s+(\d{4})|\s+(this|last|next)\s+year)?\b/gi,
      resolve: (m, doc, l) => {
        const h = m[1]!.toLowerCase() === 'first' ? 1 : 2;
        if (m[2]) return `${m[2]}H${h}`;
        if (!doc) return undefined;
        if (!m[3]) return { period: `${doc.year}H${h}`, bareHalf: h };
        return `${doc.year + (l.relative[`${m[3].toLowerCase()} year`]?.offset ?? 0)}H${h}`;
      },
    },
    // March 2026, Mar. 2, 2026
    {
      re: /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(\d{4})\b/g,
      resolve: (m, _d, l) => monthLabel(Number(m[2]), l.months[m[1]!.toLowerCase()]!),
    },
    // last March: the latest such month before the document date
    {
      re: /\blast\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g,
      resolve: (m, doc, l) => {
        if (!doc) return undefined;
        const mo = l.months[m[1]!.toLowerCase()]!;
        return monthLabel(mo < doc.month ? doc.year : doc.year - 1, mo);
      },
    },
    // in March, since January (bare month names need a preposition; 'May' is too often a verb): the latest such month
    // at or before the document date, the next one when its clause speaks of the future (bareMonthYear)
    {
      re: /\b(?:in|since|by|until|through|from|early|late|mid|end of|[Aa]s of)[-\s](January|February|March|April|June|July|August|September|October|November|December)\b(?:\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s*\d))?(?!\s+\d)/g,
      resolve: (m, doc, l) => {
        if (!doc || YEAR_ENDS_IN.test(m.input.slice(Math.max(0, m.index - 48), m.index))) return undefined;
        const mo = l.months[m[1]!.toLowerCase()]!;
        return monthLabel(bareMonthYear(mo, doc, m, l), mo);
      },
    },
    // this year, last quarter, next month ...
    {
      re: new RegExp(`\\b(${enRel.join('|')})\\b`, 'gi'),
      resolve: (m, doc, l) => {
        const r = l.relative[m[1]!.toLowerCase()];
        return r && doc ? shiftedLabel(doc, r.unit, r.offset + (r.lagInFirstQuarter && doc.month <= 3 ? -1 : 0)) : undefined;
      },
    },
    // A bare year: 2026, by 2030 (not an amount: not after a currency sign or before a magnitude word)
    {
      re: /(?<![\d$¥€£.,\-–])(19[5-9]\d|20\d{2})(?![\d%]|\.\d|,\d|\s*(?:亿|万|千|百|美元|元|million|billion|trillion|bn\b|units|GPUs|users|people|employees))/g,
      resolve: (m) => m[1],
    },
  ];
  return rules;
}

/**
 * The words stating a fiscal calendar before a month (`its fiscal year, which ends in August`, `whose year ends in
 * June`): the month is the year's end, no period of a figure (src/extract/periods/fiscal-calendar.ts reads it).
 */
const YEAR_ENDS_IN = /\byear\s*,?\s*(?:which\s+|that\s+)?(?:ends|closes|runs(?:\s+through)?)\s*$/i;
/** A deadline's preposition (`by March`, `until June`, `through the end of May`): the month may lie either side of the date. */
const DEADLINE = /^(?:by|until|through)\b|^end of/i;
const DEADLINE_BEFORE = /\b(?:by|until|through)\s+(?:the\s+)?$/i;
/** A clause's bounds: sentence ends, semicolons and commas. */
const CLAUSE_STOP = /[.;!?,，。；！？]\s/g;
/** The future words as one pattern (built once from the shipped table). */
let futureRe: RegExp | undefined;

/** An amount in a clause: $15 billion, 15bn, 1.4 trillion yen, 50 million euros. */
const CLAUSE_AMOUNT =
  /(?:[$€£¥]|\b(?:US|HK|NT|A|C|S)\$|\b(?:RMB|Rs\.?|Rmb|CNY|EUR|JPY|KRW|HKD)\s?)\s*\d|\b\d[\d,.]*\s*(?:bn|mn|billion|million|trillion)\b/;
/** Words of a level or a target, which a year dates as a point: 'reach', 'grow to', 'target', 'forecast'. */
const LEVEL_WORDS =
  /\b(?:reach(?:es|ed|ing)?|grow(?:s|n|ing)?\s+to|ris(?:e|es|ing)\s+to|climb(?:s|ing)?\s+to|hit|target|goal|forecast|worth|market|valu(?:e|ed|ation))\b/i;
let sumByRe: RegExp | undefined;

/**
 * `by 2030` after a verb of a sum spent, raised or put in and its amount, in one clause (data/periods.json
 * `cues.sumByVerbs`: 'has pledged to inject a further $15 billion into Humain by 2030', 'will need to raise $15 billion
 * to $20 billion by the end of 2027'): the sum covers the years from the document's to that one (`2026-2030`), as
 * 'through 2030' does. A year not after the document's, a clause with no such verb before an amount, or one naming a
 * level or a target ('the market will reach $50 billion by 2028') gives nothing here (the bare year rule reads it).
 */
function sumByYear(m: RegExpExecArray, doc: DocDate | null, l: PeriodLexicon): string | undefined {
  const y = Number(m[1]);
  const words = l.cues.sumByVerbs;
  if (!doc || !words?.length || y <= doc.year || y - doc.year > 30) return undefined;
  const text = m.input;
  let from = Math.max(0, m.index - 200);
  CLAUSE_STOP.lastIndex = from;
  for (let s = CLAUSE_STOP.exec(text); s && s.index < m.index; s = CLAUSE_STOP.exec(text)) from = s.index + 1;
  const clause = text.slice(from, m.index);
  sumByRe ??= new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'i');
  const verb = sumByRe.exec(clause);
  if (!verb || LEVEL_WORDS.test(clause)) return undefined;
  return CLAUSE_AMOUNT.test(clause.slice(verb.index + verb[0].length)) ? `${doc.year}-${y}` : undefined;
}

/**
 * The year of a month named without one (`in March`): the clause it stands in, else (a month opening its sentence, `In
 * March, …`) the clause after it, is read for a future word (data/periods.json `cues.futureWords`: will, plans to,
 * expects to). With one, the next such month from the document's (its own month counts); without one, the latest at
 * or before it — a past event never reads as future (`raised $300 million in June`, written in February, is last June).
 * A deadline (`by March`, `until June`) keeps the calendar heuristic (yearForMonth): it may lie either side.
 */
function bareMonthYear(month: number, doc: DocDate, m: RegExpExecArray, l: PeriodLexicon): number {
  const text = m.input;
  const words = l.cues.futureWords;
  if (!words) return yearForMonth(month, doc);
  let from = 0;
  CLAUSE_STOP.lastIndex = 0;
  for (let s = CLAUSE_STOP.exec(text); s && s.index < m.index; s = CLAUSE_STOP.exec(text)) from = s.index + 1;
  let clause = text.slice(from, m.index);
  if (!/[A-Za-z]/.test(clause)) {
    const next = /[.;!?。；！？]\s|$/.exec(text.slice(m.index + m[0].length));
    clause = text.slice(m.index + m[0].length, m.index + m[0].length + (next?.index ?? 0));
  }
  futureRe ??= new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'i');
  const future = futureRe.test(clause);
  if (future) return month >= doc.month ? doc.year : doc.year + 1;
  if (DEADLINE.test(m[0]) || DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return yearForMonth(month, doc);
  return month <= doc.month ? doc.year : doc.year - 1;
}

/** A month name as the period rules read it. */
const EN_MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Six months ending in (year, month): a calendar half when it ends in June or December, else that month. */
function halfEnding(year: number, month: number): string {
  return month === 6 || month === 12 ? `${year}H${month / 6}` : monthLabel(year, month);
}

/** The year a fiscal year written across two years ends in ('2025', '26' → 2026), undefined unless the years follow on. */
function splitYearEnd(first: string, second: string): number | undefined {
  const a = fullYear(first);
  const b = second.length === 2 ? Math.floor(a / 100) * 100 + Number(second) : Number(second);
  return b === a + 1 ? b : undefined;
}

let cached: Rule[] | undefined;
let relativeKeys: string[] | undefined;

/** Offset and unit of the longest relative phrase inside `phrase` ('去年第四季度' → -1 year), undefined for absolute periods. */
function relativeOffset(phrase: string, lex: PeriodLexicon): { offset: number; unit: PeriodUnit } | undefined {
  relativeKeys ??= Object.keys(lex.relative).sort((a, b) => b.length - a.length);
  const p = phrase.toLowerCase();
  const key = relativeKeys.find((k) => p.includes(k));
  if (key === undefined) return undefined;
  const r = lex.relative[key]!;
  // '去年第四季度' is a quarter of last year: the offset counts years, but the phrase names a quarter.
  return { offset: r.offset, unit: r.unit };
}

/** 'ended Feb. 1', 'ending in early May', 'ends July 26, 2026' after a quarter word: the verb, the part of the month, the month, the day and the year. */
const ENDED_ON =
  /(ended|ending|ends|will end|through|to)\s+(?:in\s+|on\s+)?(early\s+|late\s+|mid-?)?(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:\s+(\d{1,2})\b)?(?:,?\s+(\d{4})\b)?/;
const QUARTER_ENDED = new RegExp(`\\b(?:fiscal\\s+)?(?:quarter|three months|three-month period)\\s+(?:that\\s+)?${ENDED_ON.source}`, 'gi');
/** A named quarter's own clause giving its closing day: 'its fiscal first quarter, which ended May 1'. */
const WHICH_ENDED = new RegExp(`^\\s*,\\s*which\\s+${ENDED_ON.source}`, 'i');

/**
 * The quarter a closing day names (groups as in ENDED_ON). A fiscal quarter closes on a weekend near a month's end, so
 * one that ends in the first week of a month ('ended Feb. 1', 'ending in early May') is the quarter of the month before;
 * the balance at its end is still as of the month it closed in (`closesIn`).
 */
function quarterEndedOn(m: RegExpExecArray, doc: DocDate | null, l: PeriodLexicon): Resolved | undefined {
  const named = l.months[m[3]!.toLowerCase()]!;
  if (!m[5] && !doc) return undefined;
  const early = /^early/i.test(m[2] ?? '') || (m[4] !== undefined && Number(m[4]) <= 7);
  let year = m[5] ? Number(m[5]) : yearForQuarterEnd(named, doc as DocDate, m[1]!.toLowerCase() === 'ended');
  const closesIn = { year, month: named };
  let month = named;
  if (early) {
    month = named === 1 ? 12 : named - 1;
    if (named === 1) year -= 1;
  }
  return { period: calendarQuarterEnding(year, month), quarterEnd: { year, month }, closesIn };
}

/** All period mentions of `text`, sorted and non-overlapping (longest wins); relative ones need the document date. */
export function findPeriods(text: string, docDate: string | null | undefined): PeriodMention[] {
  const lex = loadPeriodLexicon();
  cached ??= buildRules(lex);
  const doc = parseDocDate(docDate);
  const all: PeriodMention[] = [];
  for (const rule of cached) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const r = rule.resolve(m, doc, lex);
      if (r === undefined) continue;
      const mention: PeriodMention = {
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        period: typeof r === 'string' ? r : r.period,
      };
      if (typeof r !== 'string' && r.bareQuarter !== undefined) mention.bareQuarter = r.bareQuarter;
      if (typeof r !== 'string' && r.quarterEnd) mention.quarterEnd = r.quarterEnd;
      if (typeof r !== 'string' && r.closesIn) mention.closesIn = r.closesIn;
      if (typeof r !== 'string' && r.anaphor) mention.anaphor = r.anaphor;
      if (typeof r !== 'string' && r.shift !== undefined) mention.shift = r.shift;
      if (typeof r !== 'string' && r.shiftMonths !== undefined) mention.shiftMonths = r.shiftMonths;
      if (typeof r !== 'string' && r.bareHalf !== undefined) mention.bareHalf = r.bareHalf;
      if (typeof r !== 'string' && r.fiscalOffset !== undefined) mention.fiscalOffset = r.fiscalOffset;
      if (typeof r !== 'string' && r.halfEnd) mention.halfEnd = r.halfEnd;
      const rel =
        r && typeof r !== 'string' && (r.anaphor || r.shift !== undefined || r.fiscalOffset !== undefined)
          ? undefined
          : relativeOffset(m[0], lex);
      if (rel !== undefined) {
        mention.relativeOffset = rel.offset;
        mention.relativeUnit = rel.unit;
      }
      all.push(mention);
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: PeriodMention[] = [];
  // The neighbours are looked up only for the few mentions that need them (a search of `all` per mention was
  // quadratic on long documents); `all` is sorted by start, so the next one is found by bisection.
  const firstFrom = (pos: number): number => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const closing = all.filter((p) =>
    closesAnother(
      text,
      p,
      () => {
        // the mention ending last before it ('2027财年', not the '2027' it starts with, in '2027财年（截至2027年1月）')
        let best: PeriodMention | undefined;
        const from = firstFrom(p.start);
        for (let i = from - 1; i >= 0 && i >= from - 8; i--) {
          const q = all[i]!;
          if (q.end <= p.start && (!best || q.end > best.end)) best = q;
        }
        return best ?? all.findLast((q) => q.end <= p.start);
      },
      () => all[firstFrom(p.end)],
    ),
  );
  // a closing date's shorter readings close too ('2025年12月' and '2025' of '截至2025年12月31日止的…'): those that
  // overlap a closing one start less than the longest mention's length before its end
  let longest = 0;
  for (const p of all) longest = Math.max(longest, p.end - p.start);
  // ('in September' closes the year in 'the fiscal year that ended in September', which itself names a period: a longer
  // reading holding a closing one is not closed by it)
  for (const c of closing)
    for (let i = firstFrom(c.end) - 1; i >= 0 && all[i]!.start > c.start - longest; i--) {
      const q = all[i]!;
      const holds = q !== c && q.start <= c.start && q.end >= c.end && q.end - q.start > c.end - c.start && !closing.includes(q);
      if (c.start < q.end && !holds) q.closing = true;
    }
  const kept = all;
  for (const p of kept) {
    const prev = out[out.length - 1];
    if (prev && p.start < prev.end) {
      if (p.end - p.start > prev.end - prev.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  // 'its fiscal first quarter, which ended May 1': a quarter named, then its closing day in a clause of its own
  for (const p of out) {
    if (p.quarterEnd || !/quarter$/i.test(p.text) || !/^(?:FY)?\d{4}Q[1-4]$/.test(p.period)) continue;
    const w = WHICH_ENDED.exec(text.slice(p.end, p.end + 60));
    const r = w ? quarterEndedOn(w, doc, lex) : undefined;
    if (!r || typeof r === 'string') continue;
    if (p.bareQuarter !== undefined) p.period = r.period;
    if (r.quarterEnd) p.quarterEnd = r.quarterEnd;
    if (r.closesIn) p.closesIn = r.closesIn;
  }
  // '第三财季（2025年10月至12月）', '第四财季（即2026年1—3月）', '第一财季（2月至4月）': a period glossed in brackets is the
  // period before it, whether the gloss reads as one period or as two months joined
  const glosses = new Set<PeriodMention>();
  for (let i = 1; i < out.length; i++) {
    if (!/^\s*[（(]\s*(?:即|亦即|也就是)?\s*$/.test(text.slice(out[i - 1]!.end, out[i]!.start))) continue;
    let j = i;
    while (j + 1 < out.length && GLOSS_JOINER.test(text.slice(out[j]!.end, out[j + 1]!.start))) j++;
    const inner = out.slice(i, j + 1);
    if (!/^\s*[）)]/.test(text.slice(out[j]!.end, out[j]!.end + 3))) continue;
    if (inner.some((p) => p.closing || /^(?:截至|截止|ended|ending)/i.test(p.text))) continue;
    for (const p of inner) glosses.add(p);
  }
  return out.filter((p) => !glosses.has(p) && !countsARun(text, p));
}

/** Before a quarter ordinal that counts a run: '连续第三季', '連續第四季'. */
const RUN_BEFORE = /(?:连续|連續)\s*$/;
/** After one: 'the third quarter in a row', 'the fourth quarter running'. */
const RUN_AFTER = /^\s*(?:in\s+a\s+row|running|straight)\b/i;

/**
 * Whether a quarter ordinal counts a run of quarters ('增速连续第三季高于三成', 'growth above 30% for the third quarter in
 * a row') rather than naming one: it dates nothing, and 'this quarter' later in the text does not point back to it.
 */
function countsARun(text: string, p: PeriodMention): boolean {
  if (p.bareQuarter === undefined) return false;
  return RUN_BEFORE.test(text.slice(Math.max(0, p.start - 4), p.start)) || RUN_AFTER.test(text.slice(p.end, p.end + 16));
}

/** What joins the two ends of a span of months in a gloss ('2月至4月', '2026年6月-8月', 'June to August'). */
const GLOSS_JOINER = /^\s*(?:至|到|-|–|—|~|～|to|through)\s*$/i;

/**
 * Whether a dated mention only gives the last day of the period named next to it: `2026财年第一财季（截至2026年2月1日）`,
 * `截至2025年12月31日止的2026财年第三季度`, `the fiscal first quarter (ended Feb. 1)`. It dates no flow of that period.
 */
function closesAnother(
  text: string,
  p: PeriodMention,
  prevOf: () => PeriodMention | undefined,
  nextOf: () => PeriodMention | undefined,
): boolean {
  // 'whose fiscal year ends in late August', 'which for us ends November 1': a calendar described, no period named
  if (
    /\b(?:fiscal\s+)?year\s+(?:that\s+)?(?:\w+\s+){0,2}(?:ends?|ended|ending|closes)\s+(?:in\s+|on\s+)?(?:early\s+|late\s+|mid-?)?$/i.test(
      text.slice(Math.max(0, p.start - 48), p.start),
    )
  )
    return true;
  // 'for fiscal 2027, which ends in January 2027': the last month of the period named right before, glossed
  if (
    /^\d{4}-\d{2}$/.test(p.period) &&
    /\b(?:FY\s?\d{2,4}|fiscal\s+(?:year\s+)?\d{4})\s*,\s*which\s+(?:\w+\s+){0,2}(?:ends?|ended|closes|closed)\s+(?:in\s+|on\s+)?(?:early\s+|late\s+|mid-?)?$/i.test(
      text.slice(Math.max(0, p.start - 64), p.start),
    )
  )
    return true;
  if (
    !/^(?:截至|截止|ended|ending)/i.test(p.text) &&
    !/(?:截至|截止|ended|ending)\s*$/i.test(text.slice(Math.max(0, p.start - 8), p.start))
  )
    return false;
  const prev = prevOf();
  const next = nextOf();
  const bracketAfter = prev !== undefined && /^\s*[（(]\s*(?:截至|截止|ended|ending)?\s*$/i.test(text.slice(prev.end, p.start));
  const beforeNext = next !== undefined && /^\s*(?:\d{1,2}日)?\s*止(?:的|之)?\s*$/.test(text.slice(p.end, next.start));
  return bracketAfter || beforeNext;
}

/** The period a phrase names, resolved against the document date. Example: ('去年第四季度', '2026-03-02') → '2025Q4'. */
export function resolvePeriod(phrase: string, docDate: string | null): string | undefined {
  return findPeriods(phrase, docDate)[0]?.period;
}
