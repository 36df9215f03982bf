/** Derived totals: money amounts of one sentence added up when the sentence says they add ("up to $20 billion more"). */
import type { Figure } from '../../types/figure.js';
import type { DerivedFact } from '../../types/knowledge.js';
import { pointValue, valuesAgree } from '../agreement.js';
import { combineQualifiers } from '../parts-vs-total.js';
import type { DerivedCues } from './cues.js';
import type { FigureTokens } from './figure-tokens.js';
import { formatFigure } from './format.js';

/**
 * Sums the money addends of a sentence that carries an additive cue. Figures preceded by a total cue are the stated
 * total (checked, not added); valuations and market values are left out; `skip` holds figures already used by growth
 * or ratio facts. Example: "$5 billion today, up to $20 billion more, building on $8 billion" → ≤$33B (5 + 20 + 8; low 13B, high 33B).
 */
export function totalFacts(
  m: FigureTokens,
  cues: DerivedCues,
  meta: { itemId: string; sentence: string },
  tolerance: number,
  skip: Set<number>,
): DerivedFact[] {
  if (!cues.additive.some((re) => re.test(m.text))) return [];
  const byCurrency = new Map<string, { addends: Figure[]; stated?: Figure }>();
  m.figures.forEach((f, i) => {
    if (f.kind !== 'money' || skip.has(i)) return;
    const before = m.text.slice(Math.max(0, (m.spans[i] as [number, number])[0] - 48), (m.spans[i] as [number, number])[0]);
    if (cues.notAddend.test(before)) return;
    const cur = f.currency ?? '';
    const g = byCurrency.get(cur) ?? { addends: [] };
    if (cues.statedTotal.test(before)) g.stated ??= f;
    else g.addends.push(f);
    byCurrency.set(cur, g);
  });
  const facts: DerivedFact[] = [];
  for (const [currency, g] of byCurrency) {
    if (g.addends.length < 2) continue;
    // A range, or a one-sided addend ("up to $20B" may be 0..20, "more than $5B" 5..∞), makes the total a range.
    const ranged = g.addends.some((f) => f.value === undefined || f.qualifier === 'max' || f.qualifier === 'min');
    const value = g.addends.reduce((s, f) => s + pointValue(f), 0);
    const lowOf = (f: Figure) => (f.qualifier === 'max' ? 0 : (f.low ?? f.value ?? 0));
    const highOf = (f: Figure) => (f.qualifier === 'min' ? Number.POSITIVE_INFINITY : (f.high ?? f.value ?? 0));
    const lowSum = g.addends.reduce((s, f) => s + lowOf(f), 0);
    const highSum = g.addends.reduce((s, f) => s + highOf(f), 0);
    const low = ranged ? lowSum : undefined;
    const high = ranged && Number.isFinite(highSum) ? highSum : undefined;
    const qualifier = combineQualifiers(g.addends.map((f) => f.qualifier));
    const total: Figure = { text: '', start: -1, end: -1, kind: 'money', value, qualifier, ...(currency ? { currency } : {}) };
    const fact: DerivedFact = {
      kind: 'total',
      value,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
      ...(currency ? { currency } : {}),
      qualifier,
      formula: `${g.addends.map(formatFigure).join(' + ')} = ${formatFigure(total)}`,
      inputs: g.stated ? [...g.addends, g.stated] : g.addends,
      itemId: meta.itemId,
      sentence: meta.sentence,
    };
    if (g.stated) fact.check = { stated: pointValue(g.stated), computed: value, ok: valuesAgree(total, g.stated, tolerance) };
    facts.push(fact);
  }
  return facts;
}
