/**
 * The settled value chooses the head's and the lead's figure (decision 101). When the company's own statement or the
 * offer's arithmetic settles a dispute (decision 094), the story's settled line is the one place the overruled value is
 * printed: a head taking an outlet's overruled figure (`积压订单达1280亿美元` while the company said 1180亿美元) prints
 * the settled one, and a lead sentence telling it on the outlet's word (`据华尔街见闻整理，…达**1280亿美元**`) tells the
 * settled value without that word, or is left as it is when the outlet's voice runs through the sentence. Pure.
 */

import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

/** A dispute the company's word or the arithmetic settled: the settled and the overruled value as the line renders them. */
export interface SettledFigure {
  winner: string;
  loser: string;
  /** The outlets of the overruled value (华尔街见闻). */
  losers: readonly string[];
  /**
   * What settled it: the company's own statement or its reply, or the offer's arithmetic (shares × price). Only a
   * statement rewrites a source's sentence; the arithmetic is the digest's own, never a source's word (decision 150).
   */
  by?: 'statement' | 'arithmetic' | 'reply';
}

const schema = z
  .object({
    approx: z.string().min(1),
    opening: z.string().min(1),
    voice: z.string().min(1),
  })
  .passthrough();
interface Words {
  approx: RegExp;
  opening: RegExp;
  voice: RegExp;
}
let words: Words | undefined;
function headWords(): Words {
  if (!words) {
    const t = loadDataTable('settled-head.json', schema);
    words = { approx: new RegExp(`^(?:${t.approx})`, 'u'), opening: new RegExp(`^(?:${t.opening})`, 'u'), voice: new RegExp(t.voice, 'u') };
  }
  return words;
}

/** A value without its hedge (约62亿港元 → 62亿港元): the head or lead may print it with or without one. */
function core(value: string): string {
  return value.replace(headWords().approx, '');
}

/** The overruled value's number where a text prints it (its bold and hedge left as they are, never inside a longer number). */
function valueAt(value: string): RegExp {
  return new RegExp(`(?<![\\d.])${escapeRegExp(core(value))}`, 'gu');
}

/** Whether two values are one (the settled line printing the same figure twice settles nothing). */
function usable(s: SettledFigure): boolean {
  const [w, l] = [core(s.winner), core(s.loser)];
  return w !== '' && l !== '' && w !== l && /\d/.test(w) && /\d/.test(l);
}

/**
 * A head that prints an overruled value prints the settled one (its hedge kept as the head had it).
 * @example settledHead('博通积压订单达1280亿美元', [{ winner: '1180亿美元', loser: '1280亿美元', losers: ['华尔街见闻'] }]) // → '博通积压订单达1180亿美元'
 */
export function settledHead(head: string, settled: readonly SettledFigure[]): string {
  let out = head;
  for (const s of settled.filter(usable)) out = out.replace(valueAt(s.loser), () => core(s.winner));
  return out;
}

/** Sentences of a paragraph, each with its stop (a decimal point is no stop). */
function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[。！？；])/u).filter((x) => x !== '');
}

/**
 * A lead paragraph whose sentence tells an overruled value on an outlet's word: the sentence tells the settled value,
 * the outlet's attribution that opened it gone (据华尔街见闻整理，… / 据招股书，…: the overruled figure was theirs). A
 * sentence the outlet's voice runs through past its opening (…，知情人士称; 华尔街见闻称…) is left as it is: the settled
 * line beside it says which value holds. A sentence that opens on no attribution tells the settled value. A value the
 * offer's arithmetic settled (shares × price, no one's statement) leaves every sentence as it is (decision 150).
 * @example settledLead('据甲报整理，乙公司订单达**1280亿美元**。', [{ winner: '1180亿美元', loser: '1280亿美元', losers: ['甲报'] }]) // → '乙公司订单达**1180亿美元**。'
 */
export function settledLead(paragraph: string, settled: readonly SettledFigure[]): string {
  const w = headWords();
  // The offer's arithmetic settles the line beside the lead, not the source's sentence: the outlet printed its own
  // figure, and a sentence of its article telling ours would misquote it (decision 150).
  const ready = settled.filter((s) => usable(s) && s.by !== 'arithmetic');
  if (ready.length === 0) return paragraph;
  return sentencesOf(paragraph)
    .map((sentence) => {
      let out = sentence;
      for (const s of ready) {
        if (!valueAt(s.loser).test(out)) continue;
        const opening = w.opening.exec(out)?.[0] ?? '';
        const rest = out.slice(opening.length);
        // The outlet's voice past the opening (知情人士称, 华尔街见闻称…): its sentence, not ours to restate.
        if (w.voice.test(rest) || s.losers.some((o) => o !== '' && rest.includes(o))) continue;
        out = rest.replace(valueAt(s.loser), () => core(s.winner));
      }
      return out;
    })
    .join('');
}

/** A source sentence with its amounts and rates in bold, as the digest prints figures. */
function boldFigures(sentence: string): string {
  let out = sentence;
  for (const f of extractFigures(sentence).filter((x) => x.kind === 'money' || x.kind === 'percent')) {
    const parts = out.split(/(\*\*[^*]+\*\*)/u);
    const i = parts.findIndex((p, n) => n % 2 === 0 && p.includes(f.text));
    if (i < 0) continue;
    parts[i] = (parts[i] as string).replace(f.text, `**${f.text}**`);
    out = parts.join('');
  }
  return out;
}

/**
 * The paragraphs with a source's sentence telling what changed after the first paragraph printing today's value.
 * Undefined when no paragraph prints the value, or one prints the sentence already (the comparison line stays as it
 * was: the lead's own telling keeps the earlier value out of bold).
 * @example withReconciled(['北风系统完成**35亿元**C轮融资。'], '此前有媒体报道本轮规模约30亿元，最终扩大。', '35亿元') // → ['北风系统完成**35亿元**C轮融资。此前有媒体报道本轮规模**约30亿元**，最终扩大。']
 */
export function withReconciled(paragraphs: readonly string[], sentence: string, value: string): string[] | undefined {
  const plain = (p: string) => p.replace(/\*\*/g, '');
  // Printed already: a clause of it with a figure is in a paragraph, in its words however the digest wrote the figure
  // (约7300亿 → 约7300亿美元; `而非此前市场普遍流传的1000亿美元`).
  const words = (t: string) => t.replace(/[^\p{Script=Han}]/gu, '');
  const clauses = sentence.split(/[，,；;。]/u).filter((c) => /\d/.test(c) && [...words(c)].length >= 6);
  if (paragraphs.some((p) => clauses.some((c) => words(p).includes(words(c))))) return undefined;
  const at = paragraphs.findIndex((p) => valueAt(value).test(plain(p)));
  if (at < 0) return undefined;
  return paragraphs.map((p, i) => (i === at ? `${p}${boldFigures(sentence)}` : p));
}
