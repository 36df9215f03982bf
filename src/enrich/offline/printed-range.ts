/**
 * A figure told again as a point of a range a digest printed (decision 133): yesterday's story printed the guidance
 * 148亿至156亿美元, today's wire writes 约152亿美元 — the same guidance, not the day's news.
 */
import { z } from 'zod';
import { ranStatement, toldStatement } from '../../select/index.js';
import type { Claim, Figure, StoryBundle } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

let settles: Set<string> | undefined;
/** Measures whose later figure inside a range settles it (a priced IPO, a closed round): news, never the range again. */
function settling(): Set<string> {
  settles ??= new Set(loadDataTable('printed-range.json', z.object({ settles: z.array(z.string()) })).settles);
  return settles;
}

/** A metric and its change are one measure (营收 and 营收增长). */
const measureOf = (metric: string) => metric.replace(/-growth$/u, '');

/** Whether a figure is a range with both ends (`148亿至156亿美元`). */
const isRange = (f: Figure) => f.value === undefined && f.low !== undefined && f.high !== undefined && f.qualifier !== 'vague';

/**
 * Whether a point lies in a range as the range told again: the same kind and currency, inside its ends, and approximate
 * (`约152亿`) or the range's midpoint (within half a percent). An exact figure elsewhere in the range is another value.
 * @example pointOfRange(约152亿美元, 148亿至156亿美元) // → true; pointOfRange(149亿美元, 148亿至156亿美元) // → false
 */
export function pointOfRange(point: Figure, range: Figure): boolean {
  const v = point.value;
  if (v === undefined || !isRange(range) || point.kind !== range.kind || (point.currency ?? '') !== (range.currency ?? '')) return false;
  const [lo, hi] = [range.low as number, range.high as number];
  const slack = 0.005 * Math.max(Math.abs(lo), Math.abs(hi));
  if (v < lo - slack || v > hi + slack) return false;
  const mid = (lo + hi) / 2;
  return point.qualifier === 'approx' || Math.abs(v - mid) <= 0.005 * Math.abs(mid);
}

/**
 * Whether a fact's figure is a point of a range that ran (a block linking an earlier item printed it, or another
 * story's item told it): a claim of the same company, measure, period and scope holds the range. A measure a later
 * figure settles (`SETTLES`: a price, a round) never: the figure inside is the news.
 */
export function rangeRan(
  bundle: Pick<StoryBundle, 'claims' | 'earlier' | 'earlierPrinted' | 'toldBefore' | 'toldValues'>,
  f: { claim: Pick<Claim, 'subject' | 'metric' | 'period' | 'scope'>; figure: Figure },
): boolean {
  const c = f.claim;
  if (settling().has(measureOf(c.metric))) return false;
  return bundle.claims.some(
    (o) =>
      o.subject === c.subject &&
      o.period === c.period &&
      (o.scope ?? '') === (c.scope ?? '') &&
      measureOf(o.metric) === measureOf(c.metric) &&
      o.statements.some((st) => pointOfRange(f.figure, st.figure) && (ranStatement(bundle, st) || toldStatement(bundle, st))),
  );
}
