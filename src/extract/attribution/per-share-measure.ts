/**
 * What a per-share amount measures. The per-share words right after an amount ('$1.42 per share', '65 cents a share')
 * are keywords of the share price and win as the nearest keyword; but a clause that names a measure before the amount —
 * by its keyword ('raised its quarterly dividend by 10% to 65 cents a share') or by a verb ('it earned $1.42 per share') —
 * says what the amount is of: earnings or a dividend per share, not the stock's price. An amount of the same currency
 * set against it later in the sentence ('above the $1.30 analysts had expected', 'from $0.22') is the same measure.
 * Pure; the words are data/metrics.json `perShareMeasures`.
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import { type CompiledLexicon, type KeywordHit, wordsRegex } from './lexicon.js';

/** Per-share words right after an amount. */
const PER_SHARE_AFTER = /^\s*(?:per\s+(?:diluted\s+)?share|a\s+share|每股)/i;
/** A sentence or clause break a later amount may not be joined across. */
const BREAK = /[.。;；!?！？]\s/;

const verbRes = new WeakMap<CompiledLexicon, { metric: string; re: RegExp }[]>();
function verbsOf(c: CompiledLexicon): { metric: string; re: RegExp }[] {
  let v = verbRes.get(c);
  if (!v) {
    v = (c.lex.perShareMeasures?.verbs ?? []).map((x) => ({ metric: x.metric, re: wordsRegex(x.words, 'gi') }));
    verbRes.set(c, v);
  }
  return v;
}

/**
 * The measure the clause names before a per-share amount, or undefined. `priceMetric` is the per-share keyword's
 * metric (share-price); only a figure filed under it is looked at.
 * @example 'it earned $1.42 per share' → 'profit'; 'shares closed at $88.40 a share' → undefined
 */
export function perShareMeasure(
  text: string,
  f: Figure,
  clause: Span,
  hits: readonly KeywordHit[],
  figures: readonly Figure[],
  c: CompiledLexicon,
): string | undefined {
  const table = c.lex.perShareMeasures;
  if (!table || f.kind !== 'money' || !PER_SHARE_AFTER.test(text.slice(f.end, f.end + 20))) return undefined;
  // No money amount between the measure's word and this one: the word names that amount instead.
  const lastMoney = figures.filter((g) => g !== f && g.kind === 'money' && g.end <= f.start && g.start >= clause.start);
  const from = Math.max(clause.start, ...lastMoney.map((g) => g.end));
  const before = hits.filter((h) => h.metric && h.start >= from && h.end <= f.start);
  const near = before[before.length - 1];
  let best: { metric: string; at: number } | undefined;
  if (near?.metric && table.metrics.includes(near.metric)) best = { metric: near.metric, at: near.start };
  else if (near) return undefined;
  const head = text.slice(from, f.start);
  for (const v of verbsOf(c)) {
    v.re.lastIndex = 0;
    for (let m = v.re.exec(head); m; m = v.re.exec(head)) {
      const at = from + m.index;
      if (!best || at > best.at) best = { metric: v.metric, at };
    }
  }
  return best?.metric;
}

/**
 * Whether `f`, later in the sentence than a per-share amount `prev` given a measure, is set against it and so is the
 * same measure: same currency, a value of the same order, and between them only the per-share words of `prev` and no
 * keyword, no other amount and no sentence break ('$1.42 per share, above the $1.30 analysts had expected').
 */
export function sameMeasureAfter(text: string, prev: Figure, f: Figure, hits: readonly KeywordHit[], figures: readonly Figure[]): boolean {
  if (f.kind !== 'money' || prev.kind !== 'money' || f.currency !== prev.currency) return false;
  const a = prev.value ?? 0;
  const b = f.value ?? 0;
  if (!(a > 0 && b > 0 && b / a > 0.2 && b / a < 5)) return false;
  if (figures.some((g) => g !== f && g !== prev && g.start >= prev.end && g.end <= f.start)) return false;
  const gap = text.slice(prev.end, f.start);
  const skip = PER_SHARE_AFTER.exec(gap)?.[0].length ?? 0;
  if (BREAK.test(gap) || gap.length > 60) return false;
  return !hits.some((h) => h.metric && h.start >= prev.end + skip && h.end <= f.start);
}
