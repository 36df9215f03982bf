/**
 * A turnaround (扭亏为盈) is read against the loss it turns from: the same company's loss of the period a year before
 * the profit's. Printed beside the profit, it is said as the year before's (上年同期亏损…), never under the profit's period.
 */

/**
 * The period a year before a period, as the claims write periods ('2026' → '2025', 'FY2027Q2' → 'FY2026Q2', '2026H1' →
 * '2025H1'); undefined for a period of no year ('unknown').
 * @example yearBefore('FY2027') // → 'FY2026'
 */
export function yearBefore(period: string): string | undefined {
  const m = /^(FY)?(\d{4})((?:Q[1-4]|H[12]|M\d{2}|-\d{2})?)$/.exec(period);
  if (!m) return undefined;
  return `${m[1] ?? ''}${Number(m[2]) - 1}${m[3] ?? ''}`;
}

/** Loss measures (a net loss, an operating loss) of the claims. */
const LOSS = /^(?:net-|operating-)?loss$/;

/**
 * The loss a profit turns from: a fact of the same subject, of a loss measure, of the period a year before the profit's.
 * @example priorLoss(profit2026, facts)?.claim.period // → '2025'
 */
export function priorLoss<F extends { claim: { subject: string; metric: string; period: string } }>(
  profit: F,
  facts: readonly F[],
): F | undefined {
  const before = yearBefore(profit.claim.period);
  if (!before) return undefined;
  return facts.find(
    (f) => f !== profit && f.claim.subject === profit.claim.subject && LOSS.test(f.claim.metric) && f.claim.period === before,
  );
}
