/** Regular-expression helpers shared by the pipeline stages. */

/** Escapes `s` so that it matches itself literally inside a RegExp: `escapeRegExp('u.s.')` → `u\.s\.`. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The words as one regex alternation, escaped, longest first (so a longer word wins over its prefix): the body of
 * `(?:…)` a caller wraps in its own anchors and flags.
 * @example alternation(['同比', '同比增长']) // → '同比增长|同比'
 */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** A word `wordsRegex` bounds as a Latin word (`(?<![A-Za-z0-9])…(?![A-Za-z0-9])`). */
export const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

/** A regex alternation that matches Latin words on word boundaries and Chinese words anywhere. */
export function wordsRegex(words: string[], flags = 'gi', notWords: string[] = []): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const parts = sorted.map((w) => {
    if (isLatin(w)) return `(?<![A-Za-z0-9])${escapeRegExp(w)}(?![A-Za-z0-9])`;
    // '其' is not '其中' nor '尤其': a longer word containing this one is another word.
    const around = notWords.filter((n) => n !== w && n.includes(w));
    const behind = around.filter((n) => n.endsWith(w)).map((n) => escapeRegExp(n.slice(0, -w.length)));
    const ahead = around.filter((n) => n.startsWith(w)).map((n) => escapeRegExp(n.slice(w.length)));
    return `${behind.length ? `(?<!${behind.join('|')})` : ''}${escapeRegExp(w)}${ahead.length ? `(?!${ahead.join('|')})` : ''}`;
  });
  return new RegExp(parts.join('|'), flags);
}

/** `wordsRegex`, except that an empty list matches nothing (`wordsRegex([])` matches the empty string everywhere). */
export function wordsRegexOrNever(words: readonly string[], flags = 'gi'): RegExp {
  return words.length ? wordsRegex([...words], flags) : new RegExp('(?!)', flags);
}
