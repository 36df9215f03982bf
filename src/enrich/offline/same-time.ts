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

/** A bare 公司 / 该公司 and 同时 opening a sentence (`公司同时宣布新增…回购授权`): the release's own next news. */
const COMPANY_SAME_TIME = /^(?:该公司|公司)同时(?!期|段|间)(?:[，,]\s*)?/u;

/**
 * A sentence opening on a bare 公司 and 同时, said with the company's name and without 同时 (decision 140): what the
 * release added (`公司同时宣布新增600亿美元股票回购授权`) after a sentence the day before printed, which the day two no
 * longer tells. Undefined when the sentence opens otherwise or its outlet tag stands before it.
 * @example namedSameTime(s, '英伟达') // s = '公司同时宣布新增600亿美元股票回购授权。' → '英伟达宣布新增600亿美元股票回购授权。'
 */
export function namedSameTime(s: SourceSentence, name: string): SourceSentence | undefined {
  const old = s.sentence.text;
  if (!COMPANY_SAME_TIME.test(old) || name.trim() === '') return undefined;
  const text = old.replace(COMPANY_SAME_TIME, name);
  // The words replaced stand before every figure: the figures keep their place when the sentence starts that much later
  // (earlier, for a name longer than the words it replaces).
  return { ...s, sentence: { ...s.sentence, text, start: s.sentence.start + (old.length - text.length) } };
}
