/**
 * One fiscal calendar per story (decision 113): a report that names its company's fiscal quarter ('first-quarter fiscal
 * 2027', '2027财年第一财季') and another report of the same story that gives the same figure under a calendar quarter
 * (a flash's 「第一季度营收21亿美元」 → 2026Q1) tell the same quarter. The other report's quarters of that company move
 * by the same step (its year-ago quarter too); a full year moves only when its own figure is matched. Pure.
 */
import type { Figure } from '../types/index.js';

const CALENDAR = /^(\d{4})(Q[1-4])?$/;
const FISCAL = /^FY(\d{4})(Q[1-4])?$/;

const close = (x?: number, y?: number): boolean =>
  x === y || (x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)));

/** Whether two figures state the same number of the same subject and measure. */
function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.kind === b.kind &&
    a.subject === b.subject &&
    a.metric === b.metric &&
    (a.currency ?? '') === (b.currency ?? '') &&
    (a.value !== undefined || a.low !== undefined) &&
    close(a.value, b.value) &&
    close(a.low, b.low) &&
    close(a.high, b.high)
  );
}

/**
 * Figures per item with calendar periods of a company relabelled by the fiscal periods another item of the story gives
 * the same figures. A mapping stands only when every match of the item's label agrees on one fiscal label.
 * @example a flash's revenue 21亿美元 '2026Q1' beside a transcript's 'FY2027Q1' → the flash's '2026Q1' → 'FY2027Q1', its '2025Q1' → 'FY2026Q1'
 */
export function shareFiscalLabels(figures: Readonly<Record<string, Figure[]>>): Record<string, Figure[]> {
  const fiscal = Object.values(figures)
    .flat()
    .filter((f) => f.subject && f.metric && FISCAL.test(f.period ?? ''));
  if (!fiscal.length) return { ...figures };
  const out: Record<string, Figure[]> = {};
  for (const [id, figs] of Object.entries(figures)) {
    // subject → calendar label → the fiscal labels its matched figures carry
    const seen = new Map<string, Map<string, Set<string>>>();
    for (const f of figs) {
      const cal = CALENDAR.exec(f.period ?? '');
      if (!cal || !f.subject) continue;
      for (const g of fiscal) {
        const fy = FISCAL.exec(g.period!);
        if (!fy || (fy[2] ?? '') !== (cal[2] ?? '') || !sameFigure(f, g) || figs.includes(g)) continue;
        const bySubject = seen.get(f.subject) ?? new Map<string, Set<string>>();
        seen.set(f.subject, bySubject.set(f.period!, (bySubject.get(f.period!) ?? new Set()).add(g.period!)));
      }
    }
    if (!seen.size) {
      out[id] = figs;
      continue;
    }
    out[id] = figs.map((f) => {
      const labels = f.subject ? seen.get(f.subject) : undefined;
      const to = labels && f.period ? relabel(f.period, labels) : undefined;
      return to ? { ...f, period: to } : f;
    });
  }
  return out;
}

/** The fiscal label of `period` by the item's agreed mappings: its own, else a quarter's moved by whole years. */
function relabel(period: string, labels: Map<string, Set<string>>): string | undefined {
  const own = labels.get(period);
  if (own) return own.size === 1 ? [...own][0] : undefined;
  const cal = CALENDAR.exec(period);
  if (!cal?.[2]) return undefined;
  const agreed = [...labels].filter(([, to]) => to.size === 1);
  for (const [from, to] of agreed) {
    const a = CALENDAR.exec(from)!;
    if (a[2] !== cal[2]) continue;
    const b = FISCAL.exec([...to][0]!)!;
    return `FY${Number(b[1]) + Number(cal[1]) - Number(a[1])}${cal[2]}`;
  }
  return undefined;
}
