/**
 * Whether a story's headline states a REPORTED result (decision 109, note of session 27): every money figure of the
 * headline is given by a report of the story as a result — not in a clause of forecast or estimate (`forecast fiscal
 * 2028 revenue of…`, `analysts' estimates of…`: compose's `expected`) — of a period ended on or before that report's
 * date (a fiscal year still running is guidance, whatever the head calls it). A headline that says 预计 / 指引 / 预期
 * is a forecast's head. `biggestThin` keeps a thin story full only on such a head: a thin telling's head built from
 * guidance is the 更多动态 line it was.
 */
import { fiscalYearTable } from '../extract/data-tables.js';
import { extractFigures } from '../extract/index.js';
import type { Figure, StoryBundle } from '../types/index.js';
import { expected } from './offline/compose.js';
import { sameNumber } from './offline/facts.js';
import { forecastWords } from './offline/forecast-words.js';
import { periodEnd } from './period-end.js';

export { periodEnd };

const DAY_MS = 86_400_000;

/** Whether a figure's period (when it has one of a known form) ended on or before its report's day. */
function ended(f: Figure, date: string | null | undefined): boolean {
  const fyEnd = f.subject ? fiscalYearTable().fiscalYearEnd[f.subject] : undefined;
  const end = f.period ? periodEnd(f.period, fyEnd) : undefined;
  const at = /^\d{4}-\d{2}-\d{2}/.test(date ?? '') ? Date.parse((date as string).slice(0, 10)) : Number.NaN;
  return end === undefined || !Number.isFinite(at) || end < at + DAY_MS;
}

/** Whether one report of the bundle gives the figure as a result: not a forecast or estimate, of a period ended. */
function reportedIn(bundle: StoryBundle, head: Figure): boolean {
  return bundle.items.some((item) =>
    (bundle.figures[item.id] ?? []).some((f) => {
      if (!sameNumber(f, head) || (f.currency ?? '') !== (head.currency ?? '')) return false;
      const sentence = item.sentences.find((s) => s.start <= f.start && f.start < s.end)?.text ?? item.text;
      return !expected(sentence, f.text) && ended(f, item.date);
    }),
  );
}

/**
 * Whether a headline states a reported result: it says no forecast word, prints a money figure, and every money figure
 * it prints is one a report of the story gives as a result of a period ended by that report's day.
 * @example headReportsResult(bundle, 'Corvane Networks 2028财年营收92亿至95亿美元') // → false (a forecast's range)
 */
export function headReportsResult(bundle: StoryBundle, headline: string): boolean {
  if (forecastWords().test(headline)) return false;
  const money = extractFigures(headline.replace(/\*\*/g, '')).filter((f) => f.kind === 'money');
  return money.length > 0 && money.every((f) => reportedIn(bundle, f));
}
