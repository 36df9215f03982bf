/** Period labels as dates: the last day a labelled period covers. Pure. */

/**
 * The last day (UTC ms) of a period label ('2026', '2026Q3', '2026H1', '2026-03', 'FY2027', 'FY2027Q4', 'Q1-Q3'), a
 * fiscal label ended by its company's fiscal year end month (data/fiscal-years.json; when unknown, January, the earliest
 * a fiscal year named by the year it ends in can end: a period that may have ended counts as ended); undefined for a
 * label of no known form.
 * @example periodEnd('FY2028', 7) // → Date.UTC(2028, 6, 31)
 */
export function periodEnd(period: string, fyEndMonth = 1): number | undefined {
  const p = /^(FY)?(\d{4})(?:Q1-)?(?:Q([1-4])|H([12]))?$/.exec(period);
  if (p) {
    const year = Number(p[2]);
    const month = p[1] ? fyEndMonth : 12;
    if (p[3]) return Date.UTC(year, month - 3 * (4 - Number(p[3])), 0);
    if (p[4]) return Date.UTC(year, month - 6 * (2 - Number(p[4])), 0);
    return Date.UTC(year, month, 0);
  }
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? Date.UTC(Number(m[1]), Number(m[2]), 0) : undefined;
}
