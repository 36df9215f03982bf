/**
 * A party's answer, in an English source, to what an English-only story's composed lead tells (decision 153): the lead is
 * written in Chinese from templates, so its source's own answer (`Representatives for A and B declined to comment`,
 * `A said it would appeal`) is never a picked sentence and was left out. Told in Chinese right after the lead's claim:
 * a lead given on unnamed people's word takes the parties' no-comment (A和B均拒绝置评), a lead telling a sanction takes the
 * company's rebuttal (A表示将提起上诉). Only parties the printed text names answer: a party the reader has not met is
 * no answer to what was printed. The words are data/source-answers.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';

const entry = z.object({ pattern: z.string().min(1), zh: z.string().min(1) });
const schema = z.object({
  $comment: z.string().optional(),
  noComment: z.array(entry).min(1),
  rebuttals: z.array(entry).min(1),
  caveats: z.array(entry).default([]),
});

interface Answer {
  re: RegExp;
  zh: string;
}

let table: { noComment: Answer[]; rebuttals: Answer[]; caveats: Answer[] } | undefined;

function answers(): { noComment: Answer[]; rebuttals: Answer[]; caveats: Answer[] } {
  if (table) return table;
  const t = loadDataTable('source-answers.json', schema);
  const compile = (xs: readonly { pattern: string; zh: string }[]) => xs.map((x) => ({ re: new RegExp(x.pattern, 'giu'), zh: x.zh }));
  table = { noComment: compile(t.noComment), rebuttals: compile(t.rebuttals), caveats: compile(t.caveats) };
  return table;
}

/** A name the source's text mentions, at its offsets (the knowledge layer's entity mention). */
export interface AnswerMention {
  name: string;
  start: number;
  end: number;
}

/** What an answer is sought for: a lead on unnamed people's word (`rumour`) or a lead telling a sanction (`sanction`). */
export type AnswerKind = 'rumour' | 'sanction';

/**
 * A source's English sentences with their offsets: a stop, then space, then a capital or a quote opens the next (`Inc.
 * and` stays one sentence).
 */
export function englishSentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+?(?:[.!?](?=\s+["“A-Z]|\s*$)|\n|$)/gu;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    out.push({ text: m[0], start: m.index ?? 0 });
  }
  return out;
}

/** Names joined as Chinese lists them: A, A和B, A、B和C. */
function joined(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

/**
 * The Chinese sentence telling the parties' answer a source gives, or undefined when it gives none from a printed party.
 * The parties answering are the names standing in the answer's sentence before its words (after any earlier answer in
 * that sentence); only those whose Chinese name the printed text carries are told.
 * @param text the English source's text
 * @param mentions the names the knowledge layer read in it (offsets in `text`)
 * @param zh a name's Chinese form, as the digest prints it
 * @param printed what the story prints (the lead), which the answer's parties must be named in
 * @param told text whose parties are answered already (the lead, when `printed` is the story's later sentences): a
 *   party it names is not told again (decision 165)
 * @example sourceAnswer('A and B are in talks, people said. Representatives for A and B declined to comment.',
 *   [{ name: 'A', start: 0, end: 1 }, { name: 'B', start: 6, end: 7 }, { name: 'A', start: 55, end: 56 }, { name: 'B', start: 61, end: 62 }],
 *   'rumour', (n) => n, 'A与B正洽谈。') // → 'A和B均拒绝置评。'
 */
export function sourceAnswer(
  text: string,
  mentions: readonly AnswerMention[],
  kind: AnswerKind,
  zh: (name: string) => string,
  printed: string,
  told = '',
): string | undefined {
  const list = kind === 'rumour' ? answers().noComment : answers().rebuttals;
  const said: { names: string[]; zh: string }[] = [];
  const seen = new Set<string>();
  for (const s of englishSentences(text)) {
    const hits = list
      .flatMap((a) => [...s.text.matchAll(a.re)].map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, zh: a.zh })))
      .sort((a, b) => a.at - b.at);
    let from = 0;
    for (const h of hits) {
      const names = mentions
        .filter((m) => m.start >= s.start + from && m.end <= s.start + h.at)
        .map((m) => zh(m.name))
        .filter((n) => [...n].length > 1 && printed.includes(n) && !seen.has(n) && !told.includes(n));
      from = h.end;
      const unique = [...new Set(names)];
      if (unique.length === 0) continue;
      for (const n of unique) seen.add(n);
      const same = said.find((t) => t.zh === h.zh);
      if (same) same.names.push(...unique);
      else said.push({ names: unique, zh: h.zh });
    }
    // A sanction's rebuttal is the sanctioned company's one answer: its first is told.
    if (kind === 'sanction' && said.length > 0) break;
  }
  if (said.length === 0) return undefined;
  const clauses = said.map((t) => `${joined(t.names)}${t.names.length > 1 ? '均' : ''}${t.zh}`);
  return `${clauses.join('，')}。`;
}

/**
 * The source's note that a rumoured deal is not settled (decision 165): `Terms could still change, the people said` →
 * 知情人士称，相关条款仍可能变化。 — credited to the people when its sentence credits them, else the report's own
 * (报道称，…). The first such note is told; undefined when the source gives none. A note whose sentence names a party the
 * printed story does not (`mentions`, `zh`, `printed` as for `sourceAnswer`) is another deal's. Words:
 * data/source-answers.json `caveats`.
 * @example sourceCaveat('A is in talks to buy B, people said. Terms could still change, the people said.')
 *   // → '知情人士称，相关条款仍可能变化。'
 */
export function sourceCaveat(
  text: string,
  mentions: readonly AnswerMention[] = [],
  zh: (name: string) => string = (n) => n,
  printed = '',
): string | undefined {
  for (const s of englishSentences(text)) {
    // A note naming a party the story does not print is about another deal (`Separately, talks between C and D …`).
    const end = s.start + s.text.length;
    if (/^\s*separately\b/iu.test(s.text)) continue;
    if (mentions.some((m) => m.start >= s.start && m.end <= end && !printed.includes(zh(m.name)))) continue;
    const hit = answers().caveats.find((c) => {
      c.re.lastIndex = 0;
      return c.re.test(s.text);
    });
    if (hit === undefined) continue;
    // A conditional or a quoted party's word is no note on this deal: only a plain statement of the source's sentence.
    if (/^\s*(?:if|unless|while|although)\b/iu.test(s.text) || /["“]/u.test(s.text)) continue;
    const people =
      /\b(?:the )?(?:people|person|sources?)\b[^.]{0,40}\b(?:said|say|says|added|cautioned|warned|noted|told)\b|\b(?:said|according to) (?:the )?(?:people|person|sources?)\b/iu.test(
        s.text,
      );
    return `${people ? '知情人士称' : '报道称'}，${hit.zh}。`;
  }
  return undefined;
}
