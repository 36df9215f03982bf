/**
 * A company pointer away from its antecedent (decision 154): a sentence whose subject is 公司 / 该公司 (after a time
 * phrase alone: `截至6月末，公司合同负债…`) means the company its source named in the sentences before it. Printed after
 * another sentence than its source's previous one, and that sentence opening on another company (`招股书显示，2025年
 * <another>前五大供应商…`), the pointer reads as that other company's: the figure changes owner. The pointer takes its
 * antecedent's name (the company the nearest earlier sentence of its source names first); when no earlier sentence
 * names one the sentence is left as it is (the rule stays silent when unsure). Pure: rewritten sentences are new objects.
 */
import { dropOutletTag } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

/** A time phrase alone and its comma (截至6月末，/ 10月19日晚间，/ 今年上半年，), then 公司 or 该公司 as the subject. */
const POINTER =
  /^((?:(?:截至|截止|截止到|到|至|在|于)?[^，。；、]{0,10}(?:日|月末|月底|月|年末|年底|年|季度末|季度|今天|昨天|今年|去年|盘后|盘前|晚间|早间)[^，。；]{0,4}[，,])?)(该公司|公司)(?!法|债|章程|治理|名称|股东|董事|管理层|高管|员工|内部)/u;

/** How many sentences back its source is searched for the antecedent. */
const REACH = 3;

const min = (xs: number[]) => Math.min(...xs, Number.POSITIVE_INFINITY);

/** The company a text names first of `orgs` (two characters or more), if any. */
function firstNamed(text: string, orgs: readonly string[]): string | undefined {
  const at = orgs.filter((o) => [...o].length >= 2).map((o) => ({ o, k: text.indexOf(o) }));
  const k = min(at.filter((x) => x.k >= 0).map((x) => x.k));
  return at.find((x) => x.k === k)?.o;
}

/**
 * The chosen sentences with a company pointer that is away from its antecedent named.
 * @param before the sentence of the same source `n` places before (undefined past its start)
 * @param orgsOf the organisations a sentence names (its article's mentions)
 * @example namedPointers([a, b], before, orgsOf) // b = '截至6月末，公司合同负债为12亿元。' after a sentence on another company → '截至6月末，星河芯片合同负债为12亿元。'
 */
export function namedPointers(
  chosen: readonly SourceSentence[],
  before: (s: SourceSentence, n: number) => SourceSentence | undefined,
  orgsOf: (s: SourceSentence) => readonly string[],
): SourceSentence[] {
  return chosen.map((s, i) => {
    const prev = chosen[i - 1];
    if (prev === undefined) return s;
    if (prev.item.id === s.item.id && prev.sentence.index === s.sentence.index - 1) return s;
    const whole = s.sentence.text;
    const text = dropOutletTag(whole);
    const m = POINTER.exec(text);
    if (!m) return s;
    let antecedent: string | undefined;
    for (let n = 1; n <= REACH && antecedent === undefined; n++) {
      const b = before(s, n);
      if (b === undefined) break;
      antecedent = firstNamed(dropOutletTag(b.sentence.text), orgsOf(b));
    }
    // Unsure whom it means, or the sentence printed before it opens on that very company: as it is.
    if (antecedent === undefined || firstNamed(dropOutletTag(prev.sentence.text), orgsOf(prev)) === antecedent) return s;
    // The outlet tag it opened on (据证券时报报道，) stays. A figure's place in the sentence is its offset in the item less
    // the sentence's start: the start moves back by the name's extra length, so every figure after the pointer keeps its
    // place and its identity (the story's facts are keyed by it). A figure before the pointer would move: left alone.
    const tag = whole.slice(0, whole.length - text.length);
    const cut = tag.length + (m[1] ?? '').length + (m[2] ?? '').length;
    if (s.figures.some((f) => f.start - s.sentence.start < cut)) return s;
    const shift = antecedent.length - (m[2] ?? '').length;
    const named = `${tag}${m[1] ?? ''}${antecedent}${text.slice(m[0].length)}`;
    return { ...s, sentence: { ...s.sentence, text: named, start: s.sentence.start - shift } };
  });
}
