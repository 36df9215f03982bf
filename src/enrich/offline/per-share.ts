/**
 * Whether an amount in a sentence is a per-share amount (每股纯益19.50元, EPS of $1.62, $1.25 a share): the one test the
 * comparison line, `digest --check` and the measure words share. Pure.
 * @example perShareAt('It earned $1.25 a share.', '$1.25') // → true
 */
export function perShareAt(sentence: string, figureText: string): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 14), at);
  const after = sentence.slice(at + figureText.length, at + figureText.length + 14);
  return /每股|per[- ]share|\bEPS\b/i.test(before) || /^\s*(?:a|per) share\b/i.test(after);
}
