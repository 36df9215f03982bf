/** Public surface of period recognition: find period phrases and resolve them against the document date. */

export type { DocDate } from './calendar.js';
export { fiscalQuarterAt, fiscalQuarterEnding, fiscalQuarterLabel, parseDocDate, shiftedLabel, shiftYears } from './calendar.js';
export type { PeriodMention } from './find.js';
export { findPeriods, resolvePeriod } from './find.js';
export type { Anaphor, PeriodCues, PeriodLexicon } from './lexicon.js';
export { loadPeriodLexicon } from './lexicon.js';
