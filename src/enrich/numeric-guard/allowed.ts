/** The figures a story's generated text may use: those of its source items, claims, deals and derived facts. */
import { extractFigures } from '../../extract/index.js';
import type { DerivedFact, Figure, FigureKind, StoryBundle } from '../../types/index.js';
import { append } from '../../util/arrays.js';
import type { AllowedFigure } from './match.js';

function fromFigure(f: Figure, origin: string): AllowedFigure {
  const a: AllowedFigure = { kind: f.kind, text: f.text, origin, ...(f.value !== undefined ? { value: f.value } : {}) };
  if (f.low !== undefined) a.low = f.low;
  if (f.high !== undefined) a.high = f.high;
  if (f.currency) a.currency = f.currency;
  if (f.unit) a.unit = f.unit;
  if (f.direction) a.direction = f.direction;
  return a;
}

/** The kind of figure a derived fact stands for: ratio → multiple, growth → percent, total / baseline → its inputs' kind. */
export function derivedKind(d: DerivedFact): FigureKind {
  if (d.kind === 'ratio') return 'multiple';
  if (d.kind === 'growth') return 'percent';
  // A baseline or total is an amount: a growth rate or a multiple among its inputs is not its kind.
  return d.inputs.find((f) => f.kind !== 'percent' && f.kind !== 'multiple')?.kind ?? d.inputs[0]?.kind ?? 'money';
}

/** Derived facts as allowed figures (growth also as a percentage when the fact stores a fraction). */
export function allowedFromDerived(d: DerivedFact): AllowedFigure[] {
  const kind = derivedKind(d);
  const base: AllowedFigure = { kind, value: d.value, text: d.formula, origin: `derived:${d.kind}` };
  if (d.low !== undefined) base.low = d.low;
  if (d.high !== undefined) base.high = d.high;
  const cur = d.currency ?? d.inputs.find((f) => f.currency)?.currency;
  if (cur && kind === 'money') base.currency = cur;
  const unit = d.inputs.find((f) => f.unit)?.unit;
  if (unit && kind !== 'money' && kind !== 'percent' && kind !== 'multiple') base.unit = unit;
  const out = [base];
  if (d.kind === 'growth' && Math.abs(d.value) < 10) out.push({ ...base, value: d.value * 100 });
  // A ratio stated in the source and checked: both the stated and the computed factor are traceable.
  if (d.check) out.push({ ...base, value: d.check.stated });
  return out;
}

/**
 * Every figure the story may cite: figures of its items (as given, and re-extracted from titles and texts so nothing
 * the source says is missed), statements of its claims, amounts of its deals, and derived facts.
 */
export function allowedFigures(bundle: StoryBundle): AllowedFigure[] {
  const out: AllowedFigure[] = [];
  for (const [itemId, figs] of Object.entries(bundle.figures)) for (const f of figs) out.push(fromFigure(f, itemId));
  for (const item of bundle.items) {
    for (const f of extractFigures(item.title)) out.push(fromFigure(f, item.id));
    for (const f of extractFigures(item.text)) out.push(fromFigure(f, item.id));
  }
  for (const c of bundle.claims) for (const s of c.statements) out.push(fromFigure(s.figure, s.itemId));
  // A disputed claim's statements are source sentences the story sets side by side; an offer's terms they state (1.2亿股,
  // 每股48.5港元) settle the dispute by arithmetic (decision 094), so their figures are traceable too.
  for (const c of bundle.claims.filter((x) => x.conflict))
    for (const s of new Set(c.statements.map((x) => x.sentence)))
      for (const f of extractFigures(s)) if (f.kind === 'count' || f.kind === 'money') out.push(fromFigure(f, 'claim-sentence'));
  for (const d of bundle.deals) if (d.amount) out.push(fromFigure(d.amount, d.itemId));
  for (const d of bundle.derived) append(out, allowedFromDerived(d));
  return out;
}
