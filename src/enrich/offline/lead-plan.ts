/**
 * A results story's lead plan (decision 115): the day's news of a results report is the period it has just reported —
 * a quarter — not the year that quarter closes. A fourth-quarter call that first books its full fiscal year
 * (`For the full fiscal year 2026 we booked revenue of $41.7 billion`) and then its quarter (`Revenue was $12.4 billion,
 * up 48%`) leads with the quarter; the year's total is background told after the quarter's figures. A report whose
 * own title is of the year (`annual results`, `full-year profit`, 年度业绩) keeps the year. Pure.
 */
/** What the plan reads of a fact: whose figure, of which period. */
export interface Owned {
  claim: { subject: string; period: string };
}

/** A period label a company reports results for: FY2026Q4, 2026Q1, 2026H1, FY2026, 2026. */
const PERIOD = /^(FY)?(\d{4})(?:(Q[1-4])|(H[12]))?$/;

/** A title of a whole year's results: the year is the news. */
const YEAR_TITLE = /\b(?:annual|full[- ]year|yearly|fiscal[- ]year results)\b|年度业绩|年报|全年业绩|年度报告|年度快报/iu;
/** A title naming a quarter or half: the part is the news. */
const PART_TITLE = /\bquarter|\bQ[1-4]\b|\bhalf\b|\bH[12]\b|季|半年/iu;

/**
 * Whether a title reports a whole year's results (`annual profit`, 年度业绩, `2025 profit rises` with no quarter
 * named): its year leads.
 */
export function yearTitle(title: string): boolean {
  return YEAR_TITLE.test(title) || (/(?:19|20)\d{2}(?!\s*Q)/u.test(title) && !PART_TITLE.test(title));
}

/**
 * Whether `part` is a quarter or half of the year `year`: the same year of the same calendar kind (FY2026Q4 of FY2026,
 * 2026Q1 of 2026), or — a company whose fiscal quarters the pipeline filed as calendar ones — a calendar quarter of
 * the fiscal year's number or of the year before it (a fiscal year is named by the calendar year it ends in).
 * @example partOfYear('FY2026Q4', 'FY2026') // → true
 * @example partOfYear('2026Q4', 'FY2026') // → true
 * @example partOfYear('2025Q4', '2026') // → false
 */
export function partOfYear(part: string, year: string): boolean {
  const p = PERIOD.exec(part);
  const y = PERIOD.exec(year);
  if (!p || !y || y[3] !== undefined || y[4] !== undefined || (p[3] === undefined && p[4] === undefined)) return false;
  const [py, yy] = [Number(p[2]), Number(y[2])];
  if (p[1] === y[1]) return py === yy;
  return y[1] === 'FY' ? py === yy || py === yy - 1 : false;
}

/**
 * A whole year's figure a story also reports a part of (the same owner's quarter or half of that year, of the same
 * measure family): background of the period just reported, told after that period's figures.
 */
export function yearBehindPart(f: Owned, reported: readonly Owned[]): boolean {
  return reported.some((r) => r.claim.subject === f.claim.subject && partOfYear(r.claim.period, f.claim.period));
}

/**
 * The pool in lead order: a quarter's (or half's) figure before the figure of the year it belongs to; otherwise the
 * pool's own order (stable). A title of the year's results keeps the pool's order.
 * @example reportedFirst([fy2026Revenue, fy2026q4Revenue], 'Micron fiscal Q4 2026 earnings call') // → [fy2026q4Revenue, fy2026Revenue]
 */
export function reportedFirst<T extends Owned>(pool: readonly T[], title: string): T[] {
  if (yearTitle(title)) return [...pool];
  const behind = (f: T) => (yearBehindPart(f, pool) ? 1 : 0);
  return [...pool].sort((a, b) => behind(a) - behind(b));
}
