/** The facts table: claims as rows filtered by entity / metric / period, conflicts marked, sorted, and as CSV. Pure. */
import { pointValue } from '../../knowledge/index.js';
import type { Claim } from '../../types/index.js';

export interface FactValue {
  /** The figure as the source wrote it ('more than $400 billion', '约4100亿美元'). */
  text: string;
  /** A number to sort and plot by (a range's middle; a fall negative). */
  value: number;
  currency: string | null;
  qualifier: string;
  itemId: string;
  source: string;
  line: number;
  sentence: string;
  date: string | null;
}

export interface FactRow {
  subject: string;
  metric: string;
  period: string;
  counterparty: string | null;
  conflict: boolean;
  values: FactValue[];
  /** The latest statement's value: what the table sorts on. */
  value: number;
}

export interface FactFilter {
  entity?: string;
  metric?: string;
  period?: string;
  conflicts?: boolean;
}

export type FactSort = 'subject' | 'metric' | 'period' | 'value' | 'sources';

/** One row per claim, in the snapshot's order. */
export function factRows(claims: readonly Claim[]): FactRow[] {
  return claims.map((c) => {
    const values = c.statements.map((s) => ({
      text: s.figure.text,
      value: pointValue(s.figure),
      currency: s.figure.currency ?? null,
      qualifier: s.figure.qualifier,
      itemId: s.itemId,
      source: s.source,
      line: s.line,
      sentence: s.sentence,
      date: s.date,
    }));
    return {
      subject: c.subject,
      metric: c.metric,
      period: c.period,
      counterparty: c.counterparty ?? null,
      conflict: c.conflict,
      values,
      value: values[c.latest]?.value ?? values[0]?.value ?? Number.NaN,
    };
  });
}

/** Rows matching every given filter (entity matches the subject or the counterparty, case-insensitively). */
export function filterFacts(rows: readonly FactRow[], f: FactFilter): FactRow[] {
  const entity = f.entity?.toLowerCase();
  return rows.filter(
    (r) =>
      (!entity || r.subject.toLowerCase() === entity || r.counterparty?.toLowerCase() === entity) &&
      (!f.metric || r.metric === f.metric) &&
      (!f.period || r.period === f.period) &&
      (!f.conflicts || r.conflict),
  );
}

/** Rows sorted by a column (stable; NaN values last). */
export function sortFacts(rows: readonly FactRow[], by: FactSort, desc = false): FactRow[] {
  const key = (r: FactRow): string | number =>
    by === 'value' ? r.value : by === 'sources' ? r.values.length : by === 'subject' ? r.subject : by === 'metric' ? r.metric : r.period;
  const dir = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (typeof x === 'number' && typeof y === 'number') {
      if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
      if (Number.isNaN(y)) return -1;
      return (x - y) * dir;
    }
    return String(x).localeCompare(String(y)) * dir;
  });
}

/** The distinct subjects, metrics and periods of the rows, sorted: the filter's choices. */
export function factChoices(rows: readonly FactRow[]): { entities: string[]; metrics: string[]; periods: string[] } {
  const uniq = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
  return { entities: uniq(rows.map((r) => r.subject)), metrics: uniq(rows.map((r) => r.metric)), periods: uniq(rows.map((r) => r.period)) };
}

function csvCell(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: prefix a quote (OWASP CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** CSV with one line per stated value (a claim's values on consecutive lines), header first, CRLF line ends. */
export function factsCsv(rows: readonly FactRow[]): string {
  const head = [
    'subject',
    'metric',
    'period',
    'counterparty',
    'conflict',
    'text',
    'value',
    'currency',
    'qualifier',
    'source',
    'line',
    'sentence',
  ];
  const lines = [head.join(',')];
  for (const r of rows)
    for (const v of r.values)
      lines.push(
        [
          r.subject,
          r.metric,
          r.period,
          r.counterparty,
          r.conflict,
          v.text,
          Number.isFinite(v.value) ? v.value : '',
          v.currency,
          v.qualifier,
          v.source,
          v.line,
          v.sentence,
        ]
          .map(csvCell)
          .join(','),
      );
  return `${lines.join('\r\n')}\r\n`;
}
