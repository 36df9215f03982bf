/** Calendar arithmetic for periods: the document's year / quarter / month, shifting by units, and period labels. */
import type { PeriodUnit } from './lexicon.js';

/** The parts of a document date that relative periods resolve against. */
export interface DocDate {
  year: number;
  month: number;
}

/** Parses the leading `YYYY-MM` of an ISO date; null when absent or malformed. Example: '2026-03-02' → {2026, 3}. */
export function parseDocDate(date: string | null | undefined): DocDate | null {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

export const quarterOf = (month: number): number => Math.floor((month - 1) / 3) + 1;

/** Label of the unit holding the document date shifted by `offset` units. Example: quarter, -1 at 2026-03 → '2025Q4'. */
export function shiftedLabel(doc: DocDate, unit: PeriodUnit, offset: number): string {
  switch (unit) {
    case 'year':
      return String(doc.year + offset);
    case 'half': {
      const idx = doc.year * 2 + (doc.month <= 6 ? 0 : 1) + offset;
      return `${Math.floor(idx / 2)}H${(idx % 2) + 1}`;
    }
    case 'quarter': {
      const idx = doc.year * 4 + quarterOf(doc.month) - 1 + offset;
      return `${Math.floor(idx / 4)}Q${(idx % 4) + 1}`;
    }
    case 'month': {
      const idx = doc.year * 12 + doc.month - 1 + offset;
      return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
    }
  }
}

/**
 * Year for a quarter named without one: the document's year, unless the quarter lies two or more quarters ahead
 * (results are reported after the fact: 'fourth quarter' in a March 2026 article is 2025Q4).
 */
export function yearForQuarter(q: number, doc: DocDate): number {
  return q - quarterOf(doc.month) >= 2 ? doc.year - 1 : doc.year;
}

/** Year for a month named without one: the document's year, unless the month lies five or more months ahead (news reports the past more than it announces the future). */
export function yearForMonth(month: number, doc: DocDate): number {
  return month - doc.month >= 5 ? doc.year - 1 : doc.year;
}

/** Expands a two-digit year: '26' → 2026. */
export function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

export const monthLabel = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * Fiscal label of a quarter named without a year, for a company whose fiscal year ends in `fyEndMonth`: the latest
 * such fiscal quarter ending no later than three months after the document date.
 * Example: (4, 1, 2026-03) → 'FY2026Q4' (Nvidia's fourth quarter ended January 2026).
 */
export function fiscalQuarterLabel(q: number, fyEndMonth: number, doc: DocDate): string {
  const docIdx = doc.year * 12 + doc.month - 1;
  const fy = Math.floor((docIdx + 3 - (fyEndMonth - 1) + 3 * (4 - q)) / 12);
  return `FY${fy}Q${q}`;
}

/**
 * Fiscal label of a half named without a year, for a company whose fiscal year ends in `fyEndMonth`: the latest such
 * fiscal half ending no later than three months after the document date.
 * Example: (1, 3, 2026-10) → 'FY2027H1' (Infosys's first half, April to September 2026).
 */
export function fiscalHalfLabel(h: number, fyEndMonth: number, doc: DocDate): string {
  const docIdx = doc.year * 12 + doc.month - 1;
  const fy = Math.floor((docIdx + 3 - (fyEndMonth - 1) + 6 * (2 - h)) / 12);
  return `FY${fy}H${h}`;
}

/**
 * Fiscal year `offset` years from the one holding the document date, for a fiscal year ending in `fyEndMonth`.
 * Example: (2026-11, -1, 9) → 'FY2026' (Qualcomm's last fiscal year ended in September 2026).
 */
export function fiscalYearAt(doc: DocDate, offset: number, fyEndMonth: number): string {
  return `FY${(doc.month > fyEndMonth ? doc.year + 1 : doc.year) + offset}`;
}

/**
 * Year of a quarter named by the month it ends in, without a year: the nearest such month from nine months before to
 * three months after the document date ('ended' keeps it in the past).
 * Example: ('January', 2026-11, ending) → 2027; ('October', 2026-11, ended) → 2026.
 */
export function yearForQuarterEnd(month: number, doc: DocDate, past: boolean): number {
  const docIdx = doc.year * 12 + doc.month;
  for (const y of [doc.year - 1, doc.year, doc.year + 1]) {
    const diff = y * 12 + month - docIdx;
    if (diff > (past ? 0 : 3) || diff <= (past ? -12 : -9)) continue;
    return y;
  }
  return doc.year;
}

/**
 * Year of the month-end a year still running closes on, named without a year ('the year ending in March'): the first
 * such month from two months before the document date on (a results report just after the month-end may still say
 * `ending`). Example: (3, 2026-11) → 2027; (3, 2026-05) → 2026; (12, 2026-11) → 2026.
 */
export function yearRunningTo(month: number, doc: DocDate): number {
  const docIdx = doc.year * 12 + doc.month;
  for (const y of [doc.year - 1, doc.year, doc.year + 1]) if (y * 12 + month - docIdx >= -2) return y;
  return doc.year + 1;
}

/** Calendar quarter most of a three-month quarter ending in (year, month) falls in. Example: (2026, 10) → '2026Q3'. */
export function calendarQuarterEnding(year: number, month: number): string {
  const idx = year * 12 + month - 2;
  return `${Math.floor(idx / 12)}Q${quarterOf((idx % 12) + 1)}`;
}

/**
 * Fiscal label of the quarter ending in (year, month) for a fiscal year ending in `fyEndMonth`.
 * Example: (2026, 10, 1) → 'FY2027Q3' (Nvidia's quarter ended October 2026); (2027, 1, 1) → 'FY2027Q4'.
 */
export function fiscalQuarterEnding(year: number, month: number, fyEndMonth: number): string {
  const q = ((month - fyEndMonth + 12) % 12) / 3 || 4;
  return `FY${month <= fyEndMonth ? year : year + 1}Q${Math.ceil(q)}`;
}

/**
 * Fiscal label of the quarter holding the document date moved by `offset` quarters, for a fiscal year ending in
 * `fyEndMonth`. Example: (2026-02, -1, 1) → 'FY2026Q4' (Nvidia's quarter that ended in January 2026).
 */
export function fiscalQuarterAt(doc: DocDate, offset: number, fyEndMonth: number): string {
  // Months since the start of fiscal year 0 (which starts the month after fyEndMonth of year -1).
  const idx = doc.year * 12 + doc.month - 1 - fyEndMonth + 3 * offset;
  const fy = Math.floor(idx / 12) + 1;
  const q = Math.floor((((idx % 12) + 12) % 12) / 3) + 1;
  return `FY${fy}Q${q}`;
}

/** Moves a period label by whole years. Example: ('FY2026Q4', -1) → 'FY2025Q4'; ('2025-12', -1) → '2024-12'. */
export function shiftYears(label: string, years: number): string {
  return label.replace(/\d{4}/g, (y) => String(Number(y) + years));
}

/**
 * Moves a period label by months: a month by any number, a quarter (calendar or fiscal) by whole quarters, a half by
 * whole halves; undefined for a label the shift cannot move so (a year by three months). Example: ('2026-09', -3) →
 * '2026-06'; ('FY2027Q1', -3) → 'FY2026Q4'; ('2026', -3) → undefined.
 */
export function shiftMonths(label: string, months: number): string | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m) {
    const i = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
    return `${Math.floor(i / 12)}-${String((((i % 12) + 12) % 12) + 1).padStart(2, '0')}`;
  }
  const q = /^(FY)?(\d{4})Q([1-4])$/.exec(label);
  if (q && months % 3 === 0) {
    const i = Number(q[2]) * 4 + Number(q[3]) - 1 + months / 3;
    return `${q[1] ?? ''}${Math.floor(i / 4)}Q${(((i % 4) + 4) % 4) + 1}`;
  }
  const h = /^(FY)?(\d{4})H([12])$/.exec(label);
  if (h && months % 6 === 0) {
    const i = Number(h[2]) * 2 + Number(h[3]) - 1 + months / 6;
    return `${h[1] ?? ''}${Math.floor(i / 2)}H${(((i % 2) + 2) % 2) + 1}`;
  }
  return undefined;
}
