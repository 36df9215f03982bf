/**
 * A named subject's 同时 printed away from the sentence it continues (decision 133): `惠普同时预估…` opening a lead whose
 * results sentence was told the day before points at a release the reader has not read. Like a dangling 随后 (decision
 * 105), it loses the word: `惠普预估…` says the same, standing alone.
 */
import { sameTimeAfterSubject, withoutSameTime } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

/**
 * The lead with each sentence opening on a subject and 同时 that is not printed right after an earlier sentence of its
 * own source (it opens the lead, or follows another source's) rewritten without 同时 (a new object; the others the
 * lead's own).
 * @example withoutDanglingSameTime([s]) // s = '惠普同时预估…' first → '惠普预估…'
 */
export function withoutDanglingSameTime(lead: readonly SourceSentence[]): SourceSentence[] {
  return lead.map((s, i) => {
    const prev = lead[i - 1];
    // After an earlier sentence of its own source (the release it continues, told), 同时 reads as its source wrote it.
    const follows = prev !== undefined && prev.item.id === s.item.id && prev.sentence.index < s.sentence.index;
    return follows ? s : lineWithoutSameTime(s);
  });
}

/** One sentence standing as a story's line (a 续报 line): without a subject's 同时, which points at nothing printed. */
export function lineWithoutSameTime(s: SourceSentence): SourceSentence {
  if (!sameTimeAfterSubject(s.sentence.text)) return s;
  const text = withoutSameTime(s.sentence.text);
  // The words cut stand before every figure (the subject holds no digit): the figures' offsets in the item keep their
  // place in the new text when the sentence starts that much later.
  return { ...s, sentence: { ...s.sentence, text, start: s.sentence.start + (s.sentence.text.length - text.length) } };
}
