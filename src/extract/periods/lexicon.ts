/** The period word table (data/periods.json): relative phrases, Chinese numerals, English ordinals and month names. */
import { periodTable } from '../data-tables.js';

export type PeriodUnit = 'year' | 'half' | 'quarter' | 'month';

export interface PeriodLexicon {
  relative: Record<string, { unit: PeriodUnit; offset: number; lagInFirstQuarter?: boolean }>;
  zhNumerals: Record<string, number>;
  ordinals: Record<string, number>;
  months: Record<string, number>;
  /** Phrases that point back to a period named earlier ('当季', '全年', '整个财年', '截至年末'). */
  anaphora: Record<string, Anaphor>;
  /** Phrases that move the period of their context by whole years ('a year earlier' → -1). */
  shifts: Record<string, number>;
  /** Phrases moving their context's period by months ('three months earlier': -3). */
  monthShifts?: Record<string, number>;
  /** Fiscal years named relative to the document date ('上一财年', 'last fiscal year' → -1). */
  fiscalRelative?: Record<string, number>;
  /** Words around a period mention that change what it dates (read by attribution). */
  cues: PeriodCues;
}

/** What an anaphoric period phrase points back to. */
/**
 * current-quarter ('本季度'): in a results story the quarter just reported, the one after it in guidance ('预估本季营收'),
 * the document date's quarter in a text naming none.
 */
export type Anaphor = 'quarter' | 'current-quarter' | 'year' | 'fiscal-year' | 'year-end' | 'same' | 'that-year';

export interface PeriodCues {
  startBefore: string[];
  startAfter: string[];
  eventVerbs: string[];
  comparisonBefore: string[];
  pointMetrics: string[];
  spanMetrics: string[];
  earningsWords: string[];
  ownSentenceMetrics: string[];
  stockMetrics: string[];
  forwardWords: string[];
  /** Phrases holding a forward word that speak of a reported figure ('一致预期', '优于预期', 'beat expectations'): removed before forwardWords are looked for. */
  forwardStops?: string[];
  /**
   * Words naming a balance held at a date ('cash and cash equivalents', '货币资金', 'backlog'): an amount they name is as
   * of a day, so a quarter or a year dating it stands for its last month.
   */
  balanceWords?: string[];
  /** Words of a promise ('promised', '承诺'): a month next to one dates the promise, not an amount (see attribution). */
  pledgeWords?: string[];
  /**
   * Words of a clause speaking of the future ('will', 'plans to', 'expects to'): a month named without a year in such a
   * clause is the next such month, else the latest one at or before the document date.
   */
  futureWords?: string[];
  /**
   * Verbs of a sum spent, raised or put in over time ('inject', 'raise', 'spend'): an amount between one and `by 2030`
   * covers the years from the document's to that one (decision 127).
   */
  sumByVerbs?: string[];
}

/** The shipped table (read once). */
export function loadPeriodLexicon(): PeriodLexicon {
  return periodTable();
}
