/** Public surface of period recognition: find period phrases and resolve them against the document date. */

export type { DocDate } from './calendar.js';
export { fiscalQuarterEnding, fiscalQuarterLabel, parseDocDate, shiftedLabel } from './calendar.js';
export type { PeriodMention } from './find.js';
export { findPeriods, resolvePeriod } from './find.js';
