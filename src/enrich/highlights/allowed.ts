/** The figures a highlight's insight may state: the quote's and the note's, the derived facts, the stored values compared, the changes computed. */
import type { Figure } from '../../types/index.js';
import { type AllowedFigure, allowedFromDerived } from '../numeric-guard/index.js';
import type { QuoteAnalysis } from './analyze.js';

function fromFigure(f: Figure, origin: string): AllowedFigure {
  const a: AllowedFigure = { kind: f.kind, text: f.text, origin };
  if (f.value !== undefined) a.value = f.value;
  if (f.low !== undefined) a.low = f.low;
  if (f.high !== undefined) a.high = f.high;
  if (f.currency) a.currency = f.currency;
  if (f.unit) a.unit = f.unit;
  return a;
}

/** A computed change as a percentage figure (0.667 → 66.7%). */
export function percentFigure(change: number): Figure {
  return { text: '', start: -1, end: -1, kind: 'percent', value: Number((Math.abs(change) * 100).toPrecision(3)), qualifier: 'approx' };
}

/** Every figure the insight of one analysed pair may cite, each with where it comes from. */
export function allowedForQuote(a: QuoteAnalysis): AllowedFigure[] {
  const out: AllowedFigure[] = [];
  for (const f of a.figures) out.push(fromFigure(f, 'quote'));
  for (const f of a.noteFigures) {
    out.push(fromFigure(f, 'note'));
    // A bare amount in a note stands for the quote's currency.
    const cur = a.figures.find((x) => x.currency)?.currency;
    if (f.kind === 'count' && !f.unit && cur) out.push({ ...fromFigure(f, 'note'), kind: 'money', currency: cur });
  }
  for (const d of a.derived) out.push(...allowedFromDerived(d));
  for (const c of [...a.conflicts, ...a.corroborations]) out.push(fromFigure(c.other.figure, c.other.source));
  for (const p of a.priors) {
    out.push(fromFigure(p.prior.figure, p.prior.source));
    out.push(fromFigure(percentFigure(p.change), 'derived:prior-change'));
  }
  for (const s of a.stated) out.push(fromFigure(percentFigure(s.gap), 'derived:stated-gap'));
  for (const s of a.context) out.push(fromFigure(s.figure, s.source));
  for (const d of a.deals) if (d.amount) out.push(fromFigure(d.amount, 'quote'));
  for (const im of a.implied) out.push(fromFigure(im.value, `derived:${im.kind}`));
  return out;
}
