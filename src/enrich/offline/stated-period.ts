/**
 * Whether a further figure of an English-only story may be said with the period its claim carries (pure). A template
 * sentence prints the claim's period (亚马逊2026年3月融资20亿美元); when the figure's own sentence names no period at all
 * the label was inferred — from the report's date, a month with no year, a neighbouring sentence — and it is as often
 * wrong as right (a past raise dated forward, last year's loss dated to this quarter). Such a figure is dropped rather
 * than told under a guessed period. The one inference kept: a figure of the owner and period whose results the lead
 * reports (`Net income rose to $5 billion` in the quarter's report, or in a second source of the same results).
 */
import { findPeriods } from '../../extract/index.js';
import type { StoryFact } from './facts.js';

/** Measures of a company's periodic results (revenue, profit, loss, EPS, EBITDA, margin) and their rates. */
const RESULTS_MEASURE = /^(?:net-|operating-|gross-)?(?:revenue|profit|income|loss|earnings|eps|ebitda|margin)(?:-growth)?$/;

/** The periodic results a story's lead reports: their owner and period. */
export interface ReportedPeriod {
  subject: string;
  period: string;
}

/**
 * A figure's period is said by its own sentence (any period phrase, `the quarter` and `this year` included), is none
 * (`unknown`: no period is printed), is the report's own year, or is the period of the results the lead tells, of
 * their owner.
 * @example periodStated(fact('Net income rose to $5 billion.', '2026Q1'), undefined) // → false
 */
export function periodStated(f: Pick<StoryFact, 'claim' | 'sentence' | 'item' | 'figure'>, reported: ReportedPeriod | undefined): boolean {
  if (f.claim.period === 'unknown') return true;
  // The report's own year is no guess of consequence (an event of the year it is reported in).
  // …unless the lead reports a quarter or half of the same owner that year: a results figure whose sentence names no
  // period of its own is the quarter's as often as the year's, and 2026年净利润 under a third quarter's report is a guess.
  const quarterOfYear =
    reported !== undefined &&
    reported.subject === f.claim.subject &&
    /^(?:FY)?\d{4}[QH]/.test(reported.period) &&
    reported.period.replace(/^FY/, '').startsWith(f.claim.period) &&
    RESULTS_MEASURE.test(f.claim.metric);
  if (f.item.date && f.claim.period === f.item.date.slice(0, 4) && !quarterOfYear) return true;
  if (reported && f.claim.period === reported.period && f.claim.subject === reported.subject) return true;
  // A backward phrase after the figure (`compared with $77 million a year earlier`) dates the comparison, not it.
  const at = quarterOfYear ? f.sentence.indexOf(f.figure.text) : -1;
  return findPeriods(f.sentence, f.item.date).some((p) => !(quarterOfYear && at >= 0 && p.start > at && (p.shift ?? 0) < 0));
}

/**
 * Whether a written sentence prints the claim's period (its year's digits stand in it): a pair sentence (与…签订价值…的合同,
 * 向…投资) prints none, and its figure needs no stated period.
 * @example printsPeriod('Lumen Compute 2026年5月融资为20亿美元。', '2026-05') // → true
 */
export function printsPeriod(written: string, period: string): boolean {
  const year = /\d{4}/.exec(period)?.[0];
  return year !== undefined && written.includes(year);
}
