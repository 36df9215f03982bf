/**
 * Pre-money or post-money: a round's valuation before the new money (投前估值) and after it (投后估值) are two
 * quantities, so one source's pre-money figure never confirms or contradicts another's post-money one.
 */

/** Words that make a valuation the one before the new money. */
const PRE_MONEY =
  /\bpre-?money\b|\bbefore\s+(?:the\s+)?(?:new\s+)?(?:money|investment|funding|round|capital)\b|投前估值|投前|融资前估值|融資前估值|投資前估值/i;
/** Words that make it the one after: named only to stop at them. */
const POST_MONEY =
  /\bpost-?money\b|\bafter\s+(?:the\s+)?(?:new\s+)?(?:money|investment|funding|round|capital)\b|投后估值|投後估值|投后|投後|融资后估值|融資後估值/i;
/** Where the words about one figure end: a clause break, another number, 'and' / 'while'. */
const CLAUSE_END = /[,;:.!?()[\]，。；：！？（）、]|\d|\b(?:and|while|but|versus|vs)\b|以及|而|但/i;

/**
 * 'pre-money' when the words of a valuation's own clause call it the value before the round ('a pre-money valuation of
 * $4.6 billion', '$4.6 billion pre-money', '投前估值46亿美元'); undefined for a post-money or unqualified one. The words
 * right after the figure are read first, then those before it back to the previous break, nearest cue first.
 * Example: '本轮投前估值为46亿美元，投后估值约52亿美元' → 46亿美元 'pre-money', 约52亿美元 undefined.
 */
export function valuationBasisOf(sentence: string, text: string): 'pre-money' | undefined {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return undefined;
  const after = sentence.slice(at + text.length, at + text.length + 32);
  const stop = after.search(CLAUSE_END);
  const own = stop < 0 ? after : after.slice(0, stop);
  const first = (s: string): 'pre' | 'post' | undefined => {
    const pre = s.search(PRE_MONEY);
    const post = s.search(POST_MONEY);
    if (pre < 0 && post < 0) return undefined;
    return pre >= 0 && (post < 0 || pre < post) ? 'pre' : 'post';
  };
  const next = first(own);
  if (next) return next === 'pre' ? 'pre-money' : undefined;
  const before = sentence.slice(Math.max(0, at - 48), at);
  let from = before.length;
  while (from > 0 && !CLAUSE_END.test(before[from - 1] as string)) from--;
  const words = before.slice(from);
  const last = (re: RegExp) => Math.max(-1, ...[...words.matchAll(new RegExp(re.source, 'gi'))].map((m) => m.index));
  return last(PRE_MONEY) > last(POST_MONEY) ? 'pre-money' : undefined;
}
