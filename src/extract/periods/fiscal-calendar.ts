/**
 * Fiscal calendars a text states: 'the fourth quarter ended Oct. 31', 'Q3 FY26 (ended Jan 25)', '财年截至3月31日',
 * '第三财季（截至2026年1月25日）', 'whose fiscal year ends in late August' each tell the month a company's fiscal year ends in.
 * Attribution gives the statement to the company it is about and labels that company's quarters and halves by it.
 */
import type { DocDate } from './calendar.js';
import { loadPeriodLexicon } from './lexicon.js';

/** A statement of a fiscal calendar: where it stands and the month (1-12) the fiscal year ends in. */
export interface FiscalStatement {
  start: number;
  end: number;
  fyEndMonth: number;
}

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const ZH_Q = '([一二三四1-4])';
const ZH_MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
/** A quarter named by ordinal or code, with the fiscal year it belongs to when written ('fourth quarter of fiscal 2026', 'Q3 FY26'). */
const EN_QUARTER =
  "(?:(first|second|third|fourth)[-\\s](?:fiscal[-\\s])?quarter|\\b(?:fiscal\\s+)?Q([1-4])|\\b([1-4])Q)(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:year\\s+)?(?:FY\\s?)?['’]?\\d{2,4}\\b)?";
/** 'ended', ', which ended', ' (ended', ' that ends on' … and the month, with 'early' or the day. */
const EN_ENDED = `\\s*(?:,\\s*|[(（]\\s*)?(?:which\\s+|that\\s+)?(?:ended|ending|ends|closed)\\s+(?:on\\s+|in\\s+)?(early\\s+|late\\s+|mid-?)?${MONTH}\\b\\.?(?:\\s+(\\d{1,2})\\b)?`;

export interface Pattern {
  re: RegExp;
  /**
   * Words every match of `re` holds (not global): a text without them is not scanned with `re`. Most texts state no
   * fiscal calendar; the cheap test spares the scan of eleven patterns over each whole text.
   */
  needs: RegExp;
  /** The fiscal year-end month the match states, undefined when it states none. */
  read: (m: RegExpExecArray) => number | undefined;
}

/** Month (1-12) of a quarter's or year's last month written as a month name, moved back when it closed in the month's first week. */
function closingMonth(name: string, early: string | undefined, day: string | undefined): number {
  const month = loadPeriodLexicon().months[name.toLowerCase().replace(/\.$/, '')] ?? 0;
  const first = /^early/i.test(early ?? '') || (day !== undefined && Number(day) <= 7);
  return first ? ((month + 10) % 12) + 1 : month;
}

function zhNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = loadPeriodLexicon().zhNumerals[s] ?? Number(s);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The month a fiscal year ends in when it starts in `month`: the month before (none for January, a calendar year). */
function startMonthEnd(month: number | undefined): number | undefined {
  return month === undefined || month < 2 || month > 12 ? undefined : month - 1;
}

/** The month a fiscal year ends in when its quarter `q` ends in `month`: three months on per quarter left. */
export function yearEndFromQuarter(q: number, month: number): number {
  return ((month - 1 + 3 * (4 - q)) % 12) + 1;
}

const quarterOf = (m: RegExpExecArray, at: number): number | undefined =>
  m[at] ? loadPeriodLexicon().ordinals[m[at].toLowerCase()] : zhNumber(m[at + 1] ?? m[at + 2]);

export const PATTERNS: readonly Pattern[] = [
  // the fourth quarter ended Oct. 31; fiscal 2027 first quarter ended Oct. 31; Q3 FY26 (ended Jan 25)
  {
    needs: /ended|ending|ends|closed/i,
    re: new RegExp(`${EN_QUARTER}${EN_ENDED}`, 'gi'),
    read: (m) => {
      const q = quarterOf(m, 1);
      return q === undefined ? undefined : yearEndFromQuarter(q, closingMonth(m[5]!, m[4], m[6]));
    },
  },
  // whose fiscal year ends in late August; its fiscal year, which ends in June; the fiscal year ending March 31; the year
  // ended June 30, 2025
  {
    needs: /year/i,
    re: new RegExp(
      `\\b(?:fiscal\\s+year,?\\s+(?:that\\s+)?(?:\\w+\\s+){0,2}?(?:ends|ended|ending|closes|runs\\s+through)|(?<!half[-\\s])year\\s+(?:that\\s+)?(?:ended|ending))\\s+(?:on\\s+|in\\s+)?(early\\s+|late\\s+|mid-?)?${MONTH}\\b\\.?(?:\\s+(\\d{1,2})\\b)?`,
      'gi',
    ),
    read: (m) => closingMonth(m[2]!, m[1], m[3]),
  },
  // the fiscal year to March 2027; in the year to March (not 'shares rose this year to March'); the financial year through June
  {
    needs: /year/i,
    re: new RegExp(
      `\\b(?:(?:fiscal|financial|business)\\s+year|(?<=\\b(?:for|in|during)\\s+the\\s+(?:full\\s+)?)year)\\s+(?:to|through)\\s+(?:the\\s+end\\s+of\\s+)?(early\\s+|late\\s+|mid-?)?${MONTH}\\b\\.?(?:\\s+(\\d{1,2})\\b)?`,
      'gi',
    ),
    read: (m) => closingMonth(m[2]!, m[1], m[3]),
  },
  // whose fiscal year begins in April; its financial year starts in July: it ends the month before
  {
    needs: /year/i,
    re: new RegExp(
      `\\b(?:fiscal|financial|business)\\s+year\\s+(?:that\\s+)?(?:begins|began|starts|started|beginning|starting)\\s+(?:on\\s+|in\\s+)?${MONTH}\\b`,
      'gi',
    ),
    read: (m) => startMonthEnd(loadPeriodLexicon().months[m[1]!.toLowerCase().replace(/\\.$/, '')]),
  },
  // 财年始于4月; 财年从4月开始; 財年自7月起
  {
    needs: /[财財]/,
    re: new RegExp(
      `(?:财|財)(?:政)?年(?:度)?\\s*(?:始于|始於|从|從|自|由)\\s*(?:每年\\s*)?${ZH_MONTH}\\s*月\\s*(?:1\\s*日\\s*)?(?:开始|開始|起)?`,
      'g',
    ),
    read: (m) => startMonthEnd(zhNumber(m[1])),
  },
  // 2026财年（截至2027年3月）; 截至2027年3月31日的2027财年
  {
    needs: /[财財]年/,
    re: new RegExp(
      `\\d{4}\\s*(?:财|財)年(?:度)?\\s*[（(]\\s*(?:截至|截止|至)\\s*\\d{4}\\s*年\\s*${ZH_MONTH}\\s*月|截[至止]\\s*\\d{4}\\s*年\\s*${ZH_MONTH}\\s*月(?:\\s*\\d{1,2}\\s*日)?\\s*止?\\s*[的之]\\s*\\d{4}\\s*(?:财|財)年(?!\\s*(?:度\\s*)?第?[一二三四1-4]\\s*(?:财季|財季|季))`,
      'g',
    ),
    read: (m) => zhNumber(m[1] ?? m[2]),
  },
  // 本财年（截至2027年3月）; 截至3月的本财年; 截至明年3月的本财年; 上一财年（截至2026年3月）: a fiscal year named relative
  // to the document date and glossed by the month it closes in (decision 104): that month is the calendar's
  {
    needs: /[财財]年/,
    re: new RegExp(
      `(?:本|上一?|上个|上個|下一?|下个|下個|今)(?:财|財)年(?:度)?\\s*[（(]\\s*(?:截至|截止|至)\\s*(?:(?:\\d{4}|明|今|去)\\s*年\\s*)?${ZH_MONTH}\\s*月|截[至止]\\s*(?:(?:\\d{4}|明|今|去)\\s*年\\s*)?${ZH_MONTH}\\s*月(?:\\s*\\d{1,2}\\s*日|底|末)?\\s*止?\\s*[的之]\\s*(?:本|上一?|上个|上個|下一?|下个|下個|今)(?:财|財)年`,
      'g',
    ),
    read: (m) => zhNumber(m[1] ?? m[2]),
  },
  // 2027年3月期: a fiscal year named by the month it closes in
  {
    needs: /月期/,
    re: new RegExp(`\\d{4}\\s*年\\s*${ZH_MONTH}\\s*月期`, 'g'),
    read: (m) => zhNumber(m[1]),
  },
  // 2027财年第一财季（4-6月）; 第三财季（10月至12月）: a quarter glossed by its months
  {
    needs: /季/,
    re: new RegExp(
      `第?${ZH_Q}(?:财季|財季|季度)\\s*[（(]\\s*(?:即\\s*)?(?:\\d{4}\\s*年\\s*)?${ZH_MONTH}\\s*月?\\s*(?:至|到|-|–|—|~|～)\\s*(?:\\d{4}\\s*年\\s*)?${ZH_MONTH}\\s*月`,
      'g',
    ),
    read: (m) => {
      const q = zhNumber(m[1]);
      const month = zhNumber(m[3]);
      return q === undefined || month === undefined || month > 12 ? undefined : yearEndFromQuarter(q, month);
    },
  },
  // 第三财季（截至2026年1月25日）
  {
    needs: /季/,
    re: new RegExp(
      `第?${ZH_Q}(?:财季|財季|季度|季)\\s*[（(]\\s*(?:截至|截止)\\s*(?:\\d{4}\\s*年\\s*)?${ZH_MONTH}\\s*月\\s*(\\d{1,2})?\\s*日?`,
      'g',
    ),
    read: (m) => {
      const q = zhNumber(m[1]);
      const month = zhNumber(m[2]);
      if (q === undefined || month === undefined || month > 12) return undefined;
      const day = m[3] ? Number(m[3]) : undefined;
      return yearEndFromQuarter(q, day !== undefined && day <= 7 ? ((month + 10) % 12) + 1 : month);
    },
  },
  // 截至2025年11月30日止的2026财年第二财季
  {
    needs: /季/,
    re: new RegExp(
      `截[至止]\\s*(?:\\d{4}\\s*年\\s*)?${ZH_MONTH}\\s*月\\s*(\\d{1,2})?\\s*日?\\s*止?\\s*[的之]?\\s*(?:\\d{4}\\s*(?:财|財)年(?:度)?\\s*)?第?${ZH_Q}(?:财季|財季|季度)`,
      'g',
    ),
    read: (m) => {
      const q = zhNumber(m[3]);
      const month = zhNumber(m[1]);
      if (q === undefined || month === undefined || month > 12) return undefined;
      return yearEndFromQuarter(q, m[2] && Number(m[2]) <= 7 ? ((month + 10) % 12) + 1 : month);
    },
  },
  // 财年截至3月31日; 財年於每年3月底結束; 截至2026年3月31日止年度
  {
    needs: /[财財]|截/,
    re: new RegExp(
      `(?:财|財)(?:政)?年(?:度)?\\s*(?:[于於为為在]\\s*)?(?:每年\\s*)?(?:截至|截止|结束于|結束於|止于|止於)\\s*(?:每年\\s*)?(?:\\d{4}\\s*年\\s*)?${ZH_MONTH}\\s*月|(?:财|財)(?:政)?年(?:度)?\\s*(?:[于於在]\\s*)?(?:每年\\s*)?${ZH_MONTH}\\s*月\\s*(?:\\d{1,2}\\s*日|底|末)?\\s*(?:结束|結束|截止|止)|截[至止]\\s*\\d{4}\\s*年\\s*${ZH_MONTH}\\s*月(?:\\s*\\d{1,2}\\s*日)?\\s*止?\\s*[的之]?\\s*(?:年度|财年|財年|十二个月|十二個月|12个月|12個月)`,
      'g',
    ),
    read: (m) => zhNumber(m[1] ?? m[2] ?? m[3]),
  },
];

/** Statements of a fiscal calendar in `text`, in order. Example: 'Revenue for the fourth quarter ended Oct. 31 …' → month 10. */
export function fiscalStatements(text: string): FiscalStatement[] {
  const out: FiscalStatement[] = [];
  for (const p of PATTERNS) {
    if (!p.needs.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const month = p.read(m);
      if (month !== undefined && month >= 1 && month <= 12) out.push({ start: m.index, end: m.index + m[0].length, fyEndMonth: month });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The month a fiscal year ends in, inferred from the fiscal quarter a results text reports ('the fourth quarter fiscal
 * 2026 earnings call' on 2026-11-24): results come out one to three months after the quarter closes, so the quarter
 * closed in one of those months; the nearest that keeps the fiscal year named by the calendar year it ends in wins.
 * Undefined when a December year end fits (a calendar year written as a fiscal one) or none does.
 */
export function yearEndFromReport(fy: number, q: number, doc: DocDate): number | undefined {
  const docIdx = doc.year * 12 + doc.month - 1;
  const fits: number[] = [];
  for (const lag of [1, 2, 3]) {
    const yearEndIdx = docIdx - lag + 3 * (4 - q);
    if (Math.floor(yearEndIdx / 12) === fy) fits.push((yearEndIdx % 12) + 1);
  }
  return fits.length && !fits.includes(12) ? fits[0] : undefined;
}
