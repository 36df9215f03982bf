/** Ratios stated in words ("half as high again as the $500 billion"), with the numerator taken from the sentence or, via a referent ("The proposed valuation"), from earlier in the item. */
import type { Figure } from '../../types/figure.js';
import type { DerivedFact } from '../../types/knowledge.js';
import { dimensionOf, pointValue } from '../agreement.js';
import { multipleMatches } from './comparisons.js';
import type { DerivedCues } from './cues.js';
import { formatFigure, trimNumber } from './format.js';

const isAmount = (f: Figure) => f.kind === 'money' || f.kind === 'count';

/**
 * One ratio fact per phrase multiple whose base (the next amount, within a few words) and numerator can be found.
 * `figures` are the sentence's figures with offsets relative to the sentence; `earlier` are figures of the same item
 * before the sentence (any offsets), latest last; only its first `earlierCount` are read, so a caller can pass the item's
 * whole list instead of a copy per sentence. The fact's inputs are returned as given (callers map offsets).
 * Example: earlier "a valuation of roughly $750 billion", then "The proposed valuation would be half as high again as
 * the $500 billion …" → 750 / 500 = 1.5, stated 1.5, check ok.
 */
export function phraseRatioFacts(
  sentence: string,
  figures: Figure[],
  earlier: Figure[],
  cues: DerivedCues,
  meta: { itemId: string },
  tolerance: number,
  earlierCount = earlier.length,
): DerivedFact[] {
  const facts: DerivedFact[] = [];
  for (const { re, factor } of cues.phraseMultiples) {
    const m = re.exec(sentence);
    if (!m) continue;
    const at = m.index + m[0].length;
    const base = figures.find((f) => isAmount(f) && f.start >= at && f.start - at <= 16);
    if (!base) continue;
    let num = [...figures].reverse().find((f) => isAmount(f) && f.end <= m.index && dimensionOf(f) === dimensionOf(base));
    if (!num && cues.referent) {
      const word = cues.referent.exec(sentence.slice(0, m.index))?.groups?.metric?.toLowerCase();
      const metric = word ? cues.metricWords[word] : undefined;
      if (metric) num = findLast(earlier, earlierCount, (f) => f.metric === metric && dimensionOf(f) === dimensionOf(base));
    }
    if (!num) continue;
    const raw = pointValue(num) / pointValue(base);
    if (!Number.isFinite(raw) || raw <= 0) continue;
    facts.push({
      kind: 'ratio',
      value: raw,
      qualifier: 'exact',
      formula: `${formatFigure(num)} / ${formatFigure(base)} = ${trimNumber(raw, 2)}× (stated "${m[0]}" = ${trimNumber(factor)}×)`,
      inputs: [num, base],
      itemId: meta.itemId,
      sentence,
      check: { stated: factor, computed: raw, ok: multipleMatches(factor, raw, 2, tolerance) },
    });
  }
  return facts;
}

/** The last of the first `count` figures that passes `ok`, searched backwards (no copy of a long list per sentence). */
function findLast(list: readonly Figure[], count: number, ok: (f: Figure) => boolean): Figure | undefined {
  for (let i = Math.min(count, list.length) - 1; i >= 0; i--) {
    const f = list[i] as Figure;
    if (ok(f)) return f;
  }
  return undefined;
}
