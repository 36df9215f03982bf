/**
 * Which forecast a title's guidance event tells (decision 118). A wire whose title states the new value
 * (`Credo raises full-year AI revenue growth forecast to 60% after quarter beats`) is news of that value: the story's
 * forecast stating the title's own figure is the event's, before any other forecast of the measure family that scores
 * higher (the next quarter's revenue range, a money figure). A title of the full year (`full-year`, `annual`) is never
 * told with a quarter's or a half's forecast. Pure.
 */
import type { Figure } from '../../types/index.js';
import { sameNumber } from './facts.js';

/** What the order reads of a candidate forecast: its figure and its claim's period. */
export interface Forecast {
  figure: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>;
  claim: { period: string };
}

/** A period of a part of a year: a quarter, a half, a run of quarters (2026Q3, FY2027Q1, 2026H2, 2026Q1-Q3). */
const PART_PERIOD = /Q[1-4]|H[12]/;

/** Whether a forecast's period is a part of a year (a title of the full year is never news of it). */
export function partPeriod(period: string): boolean {
  return PART_PERIOD.test(period);
}

/**
 * The candidates in the order a title's guidance event takes them: those stating a figure of the title first, then the
 * rest in their own order (stable); for a title of the whole year, a part of a year's forecast is no candidate.
 * @example titleForecastOrder([q3Range, fy60], [sixtyPercent], true) // → [fy60]
 */
export function titleForecastOrder<T extends Forecast>(
  candidates: readonly T[],
  titleFigures: readonly Pick<Figure, 'kind' | 'value' | 'low' | 'high'>[],
  annual: boolean,
): T[] {
  const fits = annual ? candidates.filter((c) => !partPeriod(c.claim.period)) : [...candidates];
  const titled = (c: T) => (titleFigures.some((f) => sameNumber(f, c.figure)) ? 0 : 1);
  return fits.sort((a, b) => titled(a) - titled(b));
}

/** Someone else's estimate of the subject's number (extract/attribution/scope.ts): no segment. */
const ESTIMATE = '市场预期';

/**
 * A forecast's measure word with the business segment its figure measures (`full-year AI revenue growth forecast`:
 * AI营收增速), never the company's whole measure; a convention (按固定汇率计算) or an estimate is no segment.
 * @example segmentWord({ scope: 'AI' }, '营收增速', new Set()) // → 'AI营收增速'
 */
export function segmentWord(figure: Pick<Figure, 'scope'>, word: string, conventions: ReadonlySet<string>): string {
  const scope = figure.scope;
  if (!word || !scope || scope === ESTIMATE || conventions.has(scope) || word.startsWith(scope)) return word;
  return `${scope}${word}`;
}
