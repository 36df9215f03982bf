/** Picks the figure that leads a story: the largest, best-attributed amount, preferring the titles and Chinese sources. */
import { extractFigures } from '../../extract/index.js';
import type { Figure, StoryBundle } from '../../types/index.js';
import { periodEnd } from '../period-end.js';
import { itemFigures } from './sentences.js';

const KIND_WEIGHT: Record<Figure['kind'], number> = { money: 3, percent: 2, multiple: 1.5, count: 1, duration: 0 };

const REPORTING_LAG_MS = 122 * 86_400_000;
const MONTH_LAG_MS = 45 * 86_400_000;

/** The last day (UTC ms) of a calendar quarter, half or month label ('2025Q4', '2025H2', '2025-12'); undefined otherwise. */
function calendarPartEnd(period: string): number | undefined {
  return /^\d{4}(?:Q[1-4]|H[12]|-\d{2})$/.test(period) ? periodEnd(period) : undefined;
}

/**
 * Whether a figure's period lies in a year before its item's date: background (`自2019年以来投资约130亿美元`),
 * not the news of the day.
 */
export function pastPeriod(f: Figure, itemDate: string | null | undefined): boolean {
  // A quarter or half that closed within the last four months, or a month within the last six weeks, is the one being
  // reported (fourth-quarter results published in January), not background (a high of last September).
  const end = calendarPartEnd(f.period ?? '');
  const lag = /^\d{4}-\d{2}$/.test(f.period ?? '') ? MONTH_LAG_MS : REPORTING_LAG_MS;
  const at = itemDate ? Date.parse(itemDate.slice(0, 10)) : Number.NaN;
  if (end !== undefined && Number.isFinite(at) && at >= end && at - end <= lag) return false;
  // A span of years (a five-year plan for 2025-2029) is background only once its last year has passed.
  const years = [...(f.period ?? '').matchAll(/\d{4}/g)].map((m) => Number(m[0]));
  const year = years.length > 0 ? Math.max(...years) : Number.NaN;
  const now = Number(itemDate?.slice(0, 4));
  return Number.isFinite(year) && Number.isFinite(now) && year > 0 && now > 0 && year < now - (/^FY/i.test(f.period ?? '') ? 1 : 0);
}

/**
 * Whether a figure's period is a year its item's title names (`中信证券2025年净利润同比增逾三成`, published in March):
 * what the item reports, never its background.
 */
export function titledYear(f: Pick<Figure, 'period'>, title: string): boolean {
  const titled = new Set([...title.matchAll(/((?:19|20)\d{2})\s*(?:年|财年|年度)/gu)].map((m) => m[1]));
  return [...(f.period ?? '').matchAll(/\d{4}/g)].some((m) => titled.has(m[0]));
}

/** Whether a figure is background in its item: a past period (pastPeriod) its title does not name. */
export function background(f: Pick<Figure, 'period'>, item: { date?: string | null; title: string }): boolean {
  return pastPeriod(f as Figure, item.date) && !titledYear(f, item.title);
}

/** Score of a candidate key figure (documented in TEMPLATES.md). */
export function keyFigureScore(f: Figure, inTitle: boolean, zh: boolean, itemDate?: string | null): number {
  let s = KIND_WEIGHT[f.kind];
  if (pastPeriod(f, itemDate)) s -= 4;
  if (f.metric) s += 2;
  if (f.subject) s += 2;
  if (f.period) s += 0.5;
  if (inTitle) s += 3;
  if (zh) s += 1;
  const v = f.value ?? f.high ?? 0;
  if (f.kind === 'money' && v > 0) s += Math.min(Math.log10(v) / 4, 3);
  if (f.qualifier === 'vague') s -= 1;
  return s;
}

/** The key figure of a story, or null when its sources carry none. */
export function pickKeyFigure(bundle: StoryBundle): Figure | null {
  let best: Figure | null = null;
  let bestScore = -Infinity;
  for (const item of bundle.items) {
    const titleFigs = extractFigures(item.title);
    const zh = item.lang !== 'en';
    for (const f of itemFigures(bundle, item)) {
      const inTitle = titleFigs.some((t) => t.kind === f.kind && t.value === f.value && t.low === f.low && t.high === f.high);
      const s = keyFigureScore(f, inTitle, zh, item.date);
      if (s > bestScore) {
        best = f;
        bestScore = s;
      }
    }
  }
  return best;
}
