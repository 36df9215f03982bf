/** Derived facts with provenance: totals, ratios, growth and implied baselines computed from one sentence's figures. */
import type { Figure } from '../../types/figure.js';
import type { DerivedFact } from '../../types/knowledge.js';
import { DEFAULT_OPTIONS } from '../options.js';
import { growthFacts, multipleFacts, percentBaselineFacts } from './comparisons.js';
import { type DerivedCues, defaultCues } from './cues.js';
import { tokenizeFigures } from './figure-tokens.js';
import { totalFacts } from './totals.js';

export type { DerivedCues } from './cues.js';
export { compileCues, defaultCues } from './cues.js';
export { formatAmount, formatFigure } from './format.js';
export { phraseRatioFacts } from './phrase-ratio.js';

/**
 * Derives facts from the figures of one sentence (offsets relative to the sentence); each fact lists its input
 * figures and a formula. Example: "$130B … 3.7× the $35B" → ratio 3.71 (check ok: stated 3.7).
 */
export function deriveFacts(
  sentence: string,
  figures: Figure[],
  meta: { itemId: string },
  tolerance = DEFAULT_OPTIONS.tolerance,
  cues: DerivedCues = defaultCues(),
): DerivedFact[] {
  if (figures.length < 2) return [];
  // Cheap guards: every rule needs two figures of one dimension, or a multiple / percent next to an amount.
  let money = 0;
  let other = 0;
  let special = false;
  for (const f of figures) {
    if (f.kind === 'money') money++;
    else if (f.kind === 'multiple' || f.kind === 'percent') special = true;
    else other++;
  }
  if (money < 2 && other < 2 && !(special && money + other > 0)) return [];
  const m = tokenizeFigures(sentence, figures);
  const ctx = { itemId: meta.itemId, sentence };
  const growth = growthFacts(m, cues, ctx, tolerance);
  const multiples = multipleFacts(m, cues, ctx, tolerance, growth.used);
  const used = new Set([...growth.used, ...multiples.used]);
  const pctBase = percentBaselineFacts(m, cues, ctx);
  for (const f of pctBase) for (const i of f.inputs) used.add(m.figures.indexOf(i));
  const totals = totalFacts(m, cues, ctx, tolerance, used);
  return [...growth.facts, ...multiples.facts, ...pctBase, ...totals];
}
