/** Chart data: one company's capex / investment figures over time, each source's value its own point. Pure. */
import type { Claim } from '../../types/index.js';
import { sourceName } from '../html.js';
import { factRows } from './facts.js';

export const CHART_METRICS = ['capex', 'investment'] as const;

export interface ChartPoint {
  period: string;
  metric: string;
  value: number;
  currency: string;
  text: string;
  source: string;
  /** What a reader calls the source (host or file name). */
  outlet: string;
  itemId: string;
  sentence: string;
}

export interface ChartData {
  entity: string;
  currency: string;
  periods: string[];
  points: ChartPoint[];
}

/** Entities with money figures of the chart's metrics, most points first. */
export function chartEntities(claims: readonly Claim[]): string[] {
  const n = new Map<string, number>();
  for (const c of claims)
    if ((CHART_METRICS as readonly string[]).includes(c.metric) && c.kind !== 'percent' && c.period !== 'unknown')
      n.set(c.subject, (n.get(c.subject) ?? 0) + c.statements.length);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([e]) => e);
}

/** The points of one entity in its most used currency, periods in order (unknown periods left out). */
export function chartData(
  claims: readonly Claim[],
  entity: string,
  outletOf: (itemId: string, source: string) => string = (_id, source) => sourceName(source),
): ChartData {
  const rows = factRows(claims.filter((c) => c.subject === entity && (CHART_METRICS as readonly string[]).includes(c.metric)));
  const all: ChartPoint[] = [];
  for (const r of rows)
    for (const v of r.values)
      if (v.currency && Number.isFinite(v.value) && r.period !== 'unknown')
        all.push({
          period: r.period,
          metric: r.metric,
          value: v.value,
          currency: v.currency,
          text: v.text,
          source: v.source,
          outlet: outletOf(v.itemId, v.source),
          itemId: v.itemId,
          sentence: v.sentence,
        });
  const byCur = new Map<string, number>();
  for (const p of all) byCur.set(p.currency, (byCur.get(p.currency) ?? 0) + 1);
  const currency = [...byCur.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'USD';
  const points = all.filter((p) => p.currency === currency);
  const periods = [...new Set(points.map((p) => p.period))].sort();
  return { entity, currency, periods, points };
}
