/**
 * A part filed under its whole (decision 178). The knowledge layer may file a segment's amount (`the infrastructure
 * software segment brought in $7.1 billion`) under the group's claim of the same measure and quarter. Such a value is no
 * second value of the group's figure: results sources that disagree differ by rounding or a revision, never by half.
 * Pure.
 */
import { z } from 'zod';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

/** Words that tell an amount as a part (data/metrics.json `segments.markers`: 业务, 部门, ' segment', ' division'). */
let markers: string[] | undefined;
/** Whether a sentence tells its amount as a segment's, unit's or division's: only such a value is a part. */
export function toldAsPart(sentence: string): boolean {
  markers ??= (
    loadDataTable(
      'metrics.json',
      z
        .object({
          segments: z
            .object({ markers: z.array(z.string()) })
            .passthrough()
            .optional(),
        })
        .passthrough(),
    ).segments?.markers ?? []
  ).map((m) => m.toLowerCase());
  const low = sentence.toLowerCase();
  return markers.some((m) => low.includes(m));
}

/** A value this share of the figure's or less is a part of it, not another value of it. */
const PART_SHARE = 0.5;

/** Measures whose periodic total has parts (segments, units, regions) a report gives beside it. */
const WHOLE_MEASURES = /^(?:revenue|net-revenue|operating-profit|operating-income|ebitda|ebita)$/;
/** A reported period (quarter, half, year), not a month or a moment. */
const REPORTED_PERIOD = /^(?:FY)?\d{4}(?:Q[1-4]|H[12])?$/;

type Amount = Pick<Figure, 'kind' | 'value' | 'currency' | 'qualifier'>;

/**
 * Whether `other`, stated under the same claim as the reported total `whole` (its measure and period given), is a part of
 * it: both single amounts of money in one currency, plain (no ceiling, no range), the other at most half the whole.
 * Silent (false) for any other measure or period, and for any value near the whole (a disputed value stays disputed).
 */
export function partOfWhole(whole: Amount, other: Amount, metric: string, period: string): boolean {
  if (!WHOLE_MEASURES.test(metric) || !REPORTED_PERIOD.test(period)) return false;
  if (whole.kind !== 'money' || other.kind !== 'money' || whole.currency === undefined) return false;
  if (whole.currency !== other.currency) return false;
  if (whole.value === undefined || other.value === undefined || whole.value <= 0 || other.value <= 0) return false;
  const plain = (q: Figure['qualifier']) => q === 'exact' || q === 'approx';
  if (!plain(whole.qualifier) || !plain(other.qualifier)) return false;
  return other.value <= PART_SHARE * whole.value;
}
