/**
 * The clause after a `；` (decision 156). The sentence splitter cuts a results sentence at its `；`
 * (`上半年收入18.6亿元，同比增长152%；期内亏损收窄至3.4亿元，上年同期亏损为5.9亿元。`): the second clause carries the
 * period's other news (the loss narrowing beside last year's, the profit, the record) on the first clause's subject, and
 * may only stand right after it. Once the lead (or a figure paragraph) has chosen its sentences, the clause continuing a
 * chosen one is told right after it when the room left allows — added last, so it never takes the place of a sentence
 * the selection chose (decision 147's merge note: a clause moved to the front evicted a head's figure). Pure.
 */
import type { SourceSentence } from './sentences.js';

/** A verb of saying before its words (`法人表示，`, `分析师认为，`): the sentence is someone's view. */
const SAID = /(?:表示|认为|指出|透露|强调|坦言|直言|称)[，：:]/u;

/**
 * The clause continuing `s` after its closing `；`: the next sentence of its item in the same paragraph, among `pool`;
 * undefined when `s` ends otherwise or the clause is not in the pool.
 * @example continuationOf(first, pool) // first = `…同比增长152%；` → `期内亏损收窄至3.4亿元，上年同期亏损为5.9亿元。`
 */
export function continuationOf(s: SourceSentence, pool: readonly SourceSentence[]): SourceSentence | undefined {
  if (!/；\s*$/u.test(s.sentence.text)) return undefined;
  // A clause after someone's words (`法人表示，…；第三季度毛利率…`) reads as theirs: it is not carried.
  if (SAID.test(s.sentence.text)) return undefined;
  return pool.find((x) => x.item.id === s.item.id && x.sentence.index === s.sentence.index + 1 && x.sentence.para === s.sentence.para);
}

/**
 * The chosen sentences with the clause continuing each one (`continuationOf`) right after it, when `takes` allows that
 * clause given what is chosen so far (the room left, the guards of its slot). Nothing chosen is dropped or moved; one
 * clause per chosen sentence.
 * @example withContinuations([first], pool, () => true) // → [first, its clause after `；`]
 */
export function withContinuations(
  chosen: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  takes: (clause: SourceSentence, after: SourceSentence, sofar: readonly SourceSentence[]) => boolean,
): SourceSentence[] {
  const out = [...chosen];
  for (const s of chosen) {
    const next = continuationOf(s, pool);
    if (next === undefined || out.includes(next) || !takes(next, s, out)) continue;
    out.splice(out.indexOf(s) + 1, 0, next);
  }
  return out;
}
