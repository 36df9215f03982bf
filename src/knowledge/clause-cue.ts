/** Reading the words of one figure's own clause: which of two opposite cues (sequential / year-on-year, pre-money / post-money) they name. */

/** Where the words about one figure end: a clause break, another number, 'and' / 'while'. */
export const CLAUSE_END = /[,;:.!?()[\]，。；：！？（）、]|\d|\b(?:and|while|but|versus|vs)\b|以及|而|但/i;

/**
 * True when the figure `text`'s own clause in `sentence` names `marked` rather than `other`. The words right after the
 * figure are read first (up to `after` characters, to the next break; the first cue there wins), then those before it
 * (up to `before` characters, back to the previous break; the nearest cue wins). False when neither is named.
 * Example: ('同比增长5%，环比增长3%', '3%', 环比, 同比) → true: the nearest cue before 3% is 环比.
 */
export function clauseNames(sentence: string, text: string, marked: RegExp, other: RegExp, after: number, before = 48): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  const next = sentence.slice(at + text.length, at + text.length + after);
  const stop = next.search(CLAUSE_END);
  const own = stop < 0 ? next : next.slice(0, stop);
  const m = own.search(marked);
  const o = own.search(other);
  if (m >= 0 || o >= 0) return m >= 0 && (o < 0 || m < o);
  const prev = sentence.slice(Math.max(0, at - before), at);
  let from = prev.length;
  while (from > 0 && !CLAUSE_END.test(prev[from - 1] as string)) from--;
  const words = prev.slice(from);
  const last = (re: RegExp) => Math.max(-1, ...[...words.matchAll(new RegExp(re.source, 'gi'))].map((x) => x.index));
  return last(marked) > last(other);
}
