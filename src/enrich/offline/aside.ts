/**
 * A figure inside a non-restrictive aside about a name (pure): `Ares Management, which manages $400 billion of assets,
 * will lend …`, `Blackstone, the largest owner of data centres with $80bn of property, …`. The aside describes the
 * party named before it — its size, an earlier deal — and gives the figure no role in the sentence's event; told as a
 * template sentence it turns an asset manager's total assets into the vehicle's investment. Such a figure is no news of
 * an English-only story (its lead and its events are read elsewhere).
 */
import type { StoryTemplates } from './story-templates.js';

/** The end of a name right before the aside's comma (a capitalised word, a legal tail such as `Inc.`). */
const NAME_BEFORE = /\b[A-Z][\w&'’-]*\.?$/;

/**
 * Whether `figureText` stands inside an aside of `sentence` that opens after a comma (table `asides`) and closes at the next
 * comma or dash before the sentence's main verb goes on — the aside must close after the figure (an aside running to
 * the end of the sentence is the sentence's own last clause, not an aside).
 * @example inAside('Ares Management, which manages $400 billion of assets, will lend $1 billion to Lumen.', '$400 billion') // → true (t: the shipped table)
 */
export function inAside(sentence: string, figureText: string, t: Pick<StoryTemplates, 'asides'>): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  const opens = t.asides.flatMap((re) => [...sentence.matchAll(re)]).sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of opens) {
    const open = m.index ?? 0;
    if (open >= at) break;
    // An aside about a party: the comma follows a name (`Ares Management,`), not a figure or a clause of the event.
    if (!NAME_BEFORE.test(sentence.slice(0, open))) continue;
    // The aside closes at its next comma or dash; the figure stands before that close, and something follows it.
    const rest = sentence.slice(open + m[0].length);
    const close = rest.search(/,|\s[—–-]\s/);
    if (close < 0) continue;
    const end = open + m[0].length + close;
    if (at + figureText.length <= end && /\S/.test(sentence.slice(end + 1).replace(/[.。]\s*$/, ''))) return true;
  }
  return false;
}
