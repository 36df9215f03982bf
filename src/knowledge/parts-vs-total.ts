/** Parts-vs-total: does a group's stated total (四巨头 capex) match the sum of its members' stated figures? */
import type { Figure, Qualifier } from '../types/figure.js';
import type { Claim } from '../types/knowledge.js';
import { dimensionOf, pointValue, valuesAgree } from './agreement.js';
import { DEFAULT_OPTIONS } from './options.js';

export interface PartsVsTotal {
  group: string;
  metric: string;
  period: string;
  total: number;
  sumOfParts: number;
  parts: string[];
  adds: boolean;
}

/** The qualifier of a sum: exact only if every part is exact; one-sided bounds carry over when they all point one way. */
export function combineQualifiers(qs: Qualifier[]): Qualifier {
  const set = new Set(qs);
  set.delete('exact');
  if (set.size === 0) return 'exact';
  if (set.size === 1) return [...set][0] as Qualifier;
  if (set.has('min') && set.has('max')) return 'vague';
  if (set.has('vague')) return 'vague';
  // approx with one bound: the bound dominates.
  if (set.has('max')) return 'max';
  if (set.has('min')) return 'min';
  return 'approx';
}

/**
 * For every claim about a group with known members, sums the members' claims of the same metric, period
 * and dimension (each member's most-cited value) and reports whether they add up to the group's figure.
 * Reported when every member has a figure, or when the parts already present exceed the total.
 * Example: 四巨头 capex 2026 6500亿 vs Microsoft 1500 + Google 1800 + Amazon 2000 + Meta 1200 → adds: true.
 */
export function partsVsTotal(
  claims: Claim[],
  members: (group: string) => string[] | undefined,
  tolerance = DEFAULT_OPTIONS.tolerance,
): PartsVsTotal[] {
  const index = new Map<string, Claim>();
  const keyOf = (subject: string, c: Claim, dim: string) => `${subject}\u0000${c.metric}\u0000${c.period}\u0000${dim}`;
  const rep = (c: Claim): Figure | undefined => c.statements[c.mostCited]?.figure;
  for (const c of claims) {
    const f = rep(c);
    if (f) index.set(keyOf(c.subject, c, dimensionOf(f)), c);
  }
  const out: PartsVsTotal[] = [];
  for (const c of claims) {
    const names = members(c.subject);
    const total = rep(c);
    if (!names || names.length === 0 || !total) continue;
    const dim = dimensionOf(total);
    const parts: string[] = [];
    const figures: Figure[] = [];
    for (const m of names) {
      const pc = index.get(keyOf(m, c, dim));
      const pf = pc ? rep(pc) : undefined;
      if (pf) {
        parts.push(m);
        figures.push(pf);
      }
    }
    if (figures.length === 0) continue;
    const sum = figures.reduce((acc, f) => acc + pointValue(f), 0);
    const sumFigure: Figure = {
      text: '',
      start: -1,
      end: -1,
      kind: total.kind,
      value: sum,
      qualifier: combineQualifiers(figures.map((f) => f.qualifier)),
      ...(total.currency ? { currency: total.currency } : {}),
      ...(total.unit ? { unit: total.unit } : {}),
    };
    const complete = parts.length === names.length;
    const adds = valuesAgree(sumFigure, total, tolerance);
    const overshoots = !adds && sum > pointValue(total);
    if (!complete && !overshoots) continue;
    out.push({
      group: c.subject,
      metric: c.metric,
      period: c.period,
      total: pointValue(total),
      sumOfParts: sum,
      parts,
      adds: complete ? adds : false,
    });
  }
  return out;
}
