/**
 * Pre-money or post-money: a round's valuation before the new money (投前估值) and after it (投后估值) are two
 * quantities, so one source's pre-money figure never confirms or contradicts another's post-money one; nor does a
 * valuation after convertible notes convert (转股后, fully diluted) another's post-money one.
 */
import { clauseNames } from './clause-cue.js';

/** Words that make a valuation the one before the new money. */
const PRE_MONEY =
  /\bpre-?money\b|\bbefore\s+(?:the\s+)?(?:new\s+)?(?:money|investment|funding|round|capital)\b|投前估值|投前|融资前估值|融資前估值|投資前估值/i;
/** Words that make it the one after: named only to stop at them. */
const POST_MONEY =
  /\bpost-?money\b|\bafter\s+(?:the\s+)?(?:new\s+)?(?:money|investment|funding|round|capital)\b|投后估值|投後估值|投后|投後|融资后估值|融資後估值/i;
/**
 * 'pre-money' when the words of a valuation's own clause call it the value before the round ('a pre-money valuation of
 * $4.6 billion', '$4.6 billion pre-money', '投前估值46亿美元'); undefined for a post-money or unqualified one. The words
 * right after the figure are read first, then those before it back to the previous break, nearest cue first.
 * Example: '本轮投前估值为46亿美元，投后估值约52亿美元' → 46亿美元 'pre-money', 约52亿美元 undefined.
 */
export function valuationBasisOf(sentence: string, text: string): 'pre-money' | 'post-conversion' | undefined {
  // After convertible notes or preferred shares convert (转股后估值, fully diluted): another count of the shares than the
  // round's post-money, so another measure (decision 071).
  if (clauseNames(sentence, text, POST_CONVERSION, ROUND_MONEY, 32)) return 'post-conversion';
  return clauseNames(sentence, text, PRE_MONEY, POST_MONEY, 32) ? 'pre-money' : undefined;
}

/** Words that make a valuation the one after convertible notes or preferred shares convert. */
const POST_CONVERSION =
  /\bpost-?conversion\b|\bafter\s+(?:the\s+)?(?:notes?|convertibles?|preferred\s+shares?|shares?)?\s*(?:convert|conversion)\w*|\b(?:including|with)\s+(?:the\s+)?conversion\s+of\b|\bfully[- ]diluted\b|转股后|轉股後|转换后|轉換後|转股完成后|全面摊薄|全面攤薄|完全稀释|完全稀釋/i;
/** The round's own pre- or post-money words: named only to stop at them. */
const ROUND_MONEY = new RegExp(`${PRE_MONEY.source}|${POST_MONEY.source}`, 'i');
