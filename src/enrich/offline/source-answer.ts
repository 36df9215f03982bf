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
  return renderAnswer(sourceAnswerClauses(text, mentions, kind, zh, printed, told));
}

/** One clause of an answer: the parties (Chinese names, in the source's order) giving one answer (its Chinese predicate). */
export interface AnswerClause {
  names: string[];
  zh: string;
}

/** The clauses `sourceAnswer` tells, before they are written (decision 175 joins two answers' clauses of one kind). */
export function sourceAnswerClauses(
  text: string,
  mentions: readonly AnswerMention[],
  kind: AnswerKind,
  zh: (name: string) => string,
  printed: string,
  told = '',
): AnswerClause[] {
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
  return said;
}

/** Answer clauses written as one Chinese sentence (A和B均拒绝置评，C未回应置评请求。); undefined when there are none. */
export function renderAnswer(clauses: readonly AnswerClause[]): string | undefined {
  if (clauses.length === 0) return undefined;
  const out = clauses.map((t) => `${joined(t.names)}${t.names.length > 1 ? '均' : ''}${t.zh}`);
  return `${out.join('，')}。`;
}

/**
 * The lead's answer joined into the later-named parties' answer of the same kind (decision 175): a rumour whose lead
 * party declined to comment and whose later-named investor declined too says it once, after the sentences naming them
 * all (A和B均拒绝置评), not in two sentences of one predicate. Only when every clause of the lead's answer has a later
 * clause of its predicate (the lead's answer then moves whole); else undefined and each stays where it is. Pure.
 * @example joinAnswers([{ names: ['A'], zh: '拒绝置评' }], [{ names: ['B'], zh: '拒绝置评' }])
 *   // → { lead: [], later: [{ names: ['A', 'B'], zh: '拒绝置评' }] }
 */
export function joinAnswers(
  lead: readonly AnswerClause[],
  later: readonly AnswerClause[],
): { lead: AnswerClause[]; later: AnswerClause[] } | undefined {
  if (lead.length === 0 || later.length === 0) return undefined;
  if (!lead.every((l) => later.some((t) => t.zh === l.zh))) return undefined;
  const joinedLater = later.map((t) => {
    const first = lead.filter((l) => l.zh === t.zh).flatMap((l) => l.names);
    return { names: [...new Set([...first, ...t.names])], zh: t.zh };
  });
  return { lead: [], later: joinedLater };
}

/**
 * The source's note that a rumoured deal is not settled (decision 165): `Terms could still change, the people said` →
 * 知情人士称，相关条款仍可能变化。 — credited to the people when its sentence credits them, else the report's own
 * (报道称，…). Each kind of note is told once, at most two (decision 175); undefined when the source gives none. A note whose sentence names a party the
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
  // Each kind of note is told once, in the source's order, at most two (decision 175: terms could change, and the talks
  // could still fail, are two notes); two notes credited alike share one sentence.
  const notes: { people: boolean; zh: string }[] = [];
  for (const s of englishSentences(text)) {
    if (notes.length >= 2) break;
    // A note naming a party the story does not print is about another deal (`Separately, talks between C and D …`).
    const end = s.start + s.text.length;
    if (/^\s*separately\b/iu.test(s.text)) continue;
    if (mentions.some((m) => m.start >= s.start && m.end <= end && !printed.includes(zh(m.name)))) continue;
    const hits = answers().caveats.filter((c) => {
      c.re.lastIndex = 0;
      return c.re.test(s.text) && !notes.some((n) => n.zh === c.zh);
    });
    if (hits.length === 0) continue;
    // A conditional or a quoted party's word is no note on this deal: only a plain statement of the source's sentence.
    if (/^\s*(?:if|unless|while|although)\b/iu.test(s.text) || /["“]/u.test(s.text)) continue;
    const people =
      /\b(?:the )?(?:people|person|sources?)\b[^.]{0,40}\b(?:said|say|says|added|cautioned|warned|noted|told)\b|\b(?:said|according to) (?:the )?(?:people|person|sources?)\b/iu.test(
        s.text,
      );
    for (const hit of hits.slice(0, 2 - notes.length)) notes.push({ people, zh: hit.zh });
  }
  if (notes.length === 0) return undefined;
  const credit = (people: boolean): string => (people ? '知情人士称' : '报道称');
  const [first, second] = notes as [{ people: boolean; zh: string }, { people: boolean; zh: string } | undefined];
  if (second === undefined) return `${credit(first.people)}，${first.zh}。`;
  if (second.people === first.people) return `${credit(first.people)}，${first.zh}，${second.zh}。`;
  return `${credit(first.people)}，${first.zh}。${credit(second.people)}，${second.zh}。`;
}
