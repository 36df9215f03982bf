/** The period word table (data/periods.json): relative phrases, Chinese numerals, English ordinals and month names. */
import { readDataJson } from '../entities/data-file.js';

export type PeriodUnit = 'year' | 'half' | 'quarter' | 'month';

export interface PeriodLexicon {
  relative: Record<string, { unit: PeriodUnit; offset: number; lagInFirstQuarter?: boolean }>;
  zhNumerals: Record<string, number>;
  ordinals: Record<string, number>;
  months: Record<string, number>;
}

/** The shipped table (read once). */
export function loadPeriodLexicon(): PeriodLexicon {
  return readDataJson<PeriodLexicon>('periods.json');
}
