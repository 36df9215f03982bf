/**
 * The sentence words of a context rule (data/metrics.json `contextRules`), read outside the phrases that only contain
 * them: 'a pre-IPO round' holds 'ipo' but speaks of a private round before a listing, not of the listing (decision 137).
 */

/**
 * Whether lower-cased `sentence` holds one of `words` outside every `notWithin` phrase (matched without case).
 * Examples: ('raised $300 million in a pre-ipo round', ['ipo'], ['pre-ipo']) → false; ('ahead of its ipo, the pre-ipo
 * round …', ['ipo'], ['pre-ipo']) → true.
 */
export function sentenceHasWord(sentence: string, words: readonly string[], notWithin: readonly string[] = []): boolean {
  let text = sentence;
  for (const phrase of notWithin) {
    const p = phrase.toLowerCase();
    if (p) text = text.split(p).join(' ');
  }
  return words.some((w) => text.includes(w));
}
