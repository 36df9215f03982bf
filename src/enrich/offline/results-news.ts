/**
 * A results report's news (story28, issue 11): a wire on a company's quarter lists the period's figures all the way
 * down (profit under revenue, a segment, the buyback, the guidance for the next quarter), so its figures of the period
 * it reports are news wherever they stand — not only in its first two paragraphs (`inNews`), which holds for other
 * reports, whose later paragraphs are background. Pure.
 */
import type { StoryFact } from './facts.js';

/** A period label a company reports results for: FY2026Q4, 2026Q1, 2026H1, FY2026, 2026. */
const PERIOD = /^(FY)?(\d{4})(?:Q([1-4])|H([12]))?$/;

interface Period {
  fiscal: boolean;
  year: number;
  /** Quarter 1–4 (a half: its last quarter); undefined for a whole year. */
  quarter?: number;
}

function parsePeriod(label: string): Period | undefined {
  const m = PERIOD.exec(label);
  if (!m) return undefined;
  const quarter = m[3] ? Number(m[3]) : m[4] ? Number(m[4]) * 2 : undefined;
  return { fiscal: m[1] !== undefined, year: Number(m[2]), ...(quarter !== undefined ? { quarter } : {}) };
}

/** The periodic results a story's lead reports: whose, for which period. */
export interface ResultsLead {
  subject: string;
  period: string;
}

/**
 * Whether a fact is news of the results the lead reports: the same owner's figure of the reported period, of the year
 * that period closes or belongs to (a fourth quarter's full year), or a forecast (`expects`, `guides`) of a later period
 * of the same calendar kind — the guidance the report gives. An earlier period's figure (a year-ago value) is no news
 * of it, nor a figure of another company.
 * @example resultsNews({ subject: 'Nvidia', period: 'FY2026Q4' }, fact('Net income climbed to $38.5 billion'), false) // → true
 */
export function resultsNews(lead: ResultsLead, f: Pick<StoryFact, 'claim'>, forecast: boolean): boolean {
  if (f.claim.subject !== lead.subject) return false;
  if (f.claim.period === lead.period) return !forecast;
  const p = parsePeriod(lead.period);
  const q = parsePeriod(f.claim.period);
  if (!p || !q || p.fiscal !== q.fiscal) return false;
  // The year the reported quarter belongs to (FY2026 beside FY2026Q4: reported, or its full-year guidance), a quarter of
  // the reported year.
  if (q.year === p.year && (q.quarter === undefined || (p.quarter === undefined && !forecast))) return true;
  if (!forecast) return false;
  // Guidance: a later quarter, or a later (or the current) year.
  if (q.quarter === undefined) return q.year >= p.year;
  return q.year * 4 + q.quarter > p.year * 4 + (p.quarter ?? 4);
}
