/** Public surface of period recognition: find period phrases and resolve them against the document date. */

export type { DocDate } from './calendar.js';
export {
  fiscalHalfLabel,
  fiscalQuarterAt,
  fiscalQuarterEnding,
  fiscalQuarterLabel,
  fiscalYearAt,
  parseDocDate,
  shiftedLabel,
  shiftMonths,
  shiftYears,
} from './calendar.js';
export type { PeriodMention } from './find.js';
export { findPeriods, firstMonths, resolvePeriod } from './find.js';
export type { FiscalStatement } from './fiscal-calendar.js';
export { fiscalStatements, yearEndFromQuarter, yearEndFromReport } from './fiscal-calendar.js';
export type { Anaphor, PeriodCues, PeriodLexicon } from './lexicon.js';
export { loadPeriodLexicon } from './lexicon.js';
export type { ListedAmount } from './respectively.js';
export { respectivePeriod } from './respectively.js';
