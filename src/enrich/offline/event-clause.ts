/**
 * The lead's event clause (decision 099, pure over data/event-clauses.json). A source opens on its news: its title and
 * first sentence name the event (a loss warning, a related-party contract, a buyback, a record, a beat, a guidance
 * change, a prepayment, a rule). A lead chosen for its figures may print a total and leave that event out; every clause of
 * the opening that carries a fact is then told in the story by the source's own sentence (its numbers the source's, so
 * the numeric guard holds). And a sentence of industry background (据不完全统计…) naming no party of the headline never
 * stands between the event and what follows it.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  clauses: z.array(
    z.object({
      name: z.string(),
      words: z.array(z.string()),
      also: z.array(z.string()).optional(),
      figure: z.boolean(),
      with: z.array(z.string()).optional(),
    }),
  ),
  background: z.array(z.string()),
  pointers: z.array(z.string()),
  connectives: z.array(z.string()).optional(),
});

/**
 * One event clause: its name, the words naming it in an opening, further words telling it in a sentence, whether its
 * sentence holds a figure, the content words it needs.
 */
export interface EventClause {
  name: string;
  words: readonly string[];
  also: readonly string[];
  figure: boolean;
  with?: readonly string[];
}

interface Table {
  clauses: EventClause[];
  background: readonly string[];
  pointers: readonly string[];
  connectives: readonly string[];
}
let cache: Table | undefined;

function table(): Table {
  if (!cache) {
    const t = loadDataTable('event-clauses.json', schema);
    cache = {
      clauses: t.clauses.map((c) => ({
        name: c.name,
        words: c.words,
        also: c.also ?? [],
        figure: c.figure,
        ...(c.with ? { with: c.with } : {}),
      })),
      background: t.background,
      pointers: t.pointers,
      connectives: t.connectives ?? [],
    };
  }
  return cache;
}

/** A word said, not denied: `未亏损`, `无回购`, `不存在关联交易` say the event did not happen. */
function says(text: string, word: string): boolean {
  let at = text.indexOf(word);
  while (at >= 0) {
    if (!/(?:未|无|不存在|没有|不构成|并非|不涉及|非)$/u.test(text.slice(Math.max(0, at - 3), at))) return true;
    at = text.indexOf(word, at + word.length);
  }
  return false;
}

/** Whether an opening names a clause. */
const names = (c: EventClause, text: string) => c.words.some((w) => says(text, w));
/** Whether a text tells a clause: a word naming it or a further word telling it. */
const told = (c: EventClause, text: string) => names(c, text) || c.also.some((w) => says(text, w));

/**
 * The clauses an opening (a title and its first sentence) announces that a told text does not.
 * @example openingClausesUntold('星岚科技：前三季度预亏1.2亿元', '星岚科技前三季度营收8.6亿元。').map((c) => c.name) // → ['loss']
 */
export function openingClausesUntold(opening: string, text: string): EventClause[] {
  return table().clauses.filter((c) => names(c, opening) && !told(c, text));
}

/** Whether a sentence tells a clause: one of its words, a figure when the clause carries one, its content words. */
export function tellsClause(s: SourceSentence, c: EventClause): boolean {
  const t = dropOutletTag(s.sentence.text);
  if (!told(c, t)) return false;
  if (c.figure && s.figures.length === 0) return false;
  return c.with === undefined || c.with.some((w) => t.includes(w));
}

/**
 * The opening of a source: its title and its first sentence (the lowest index among its sentences in the pool).
 */
export function openingOf(title: string, sentences: readonly SourceSentence[]): string {
  const first = [...sentences].sort((a, b) => a.sentence.index - b.sentence.index)[0];
  return `${title}\n${first ? dropOutletTag(first.sentence.text) : ''}`;
}

/**
 * The sentences of the best source telling a clause its opening announces and the lead does not, in the source's order,
 * at most one per clause and two in all. `candidates` are the source's sentences a backing may bring (usable, in order,
 * none chosen); `admits` says whether one may stand with the chosen ones (a sentence leaning on the one before it only
 * right after it).
 * @example openingBacking('星岚科技公告…预计前三季度亏损', [lead], candidates, admits) // → [the sentence with 亏损1.2亿元]
 */
export function openingBacking(
  opening: string,
  lead: readonly SourceSentence[],
  candidates: readonly SourceSentence[],
  admits: (s: SourceSentence, chosen: readonly SourceSentence[]) => boolean,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  const text = () => [...lead, ...out].map((s) => dropOutletTag(s.sentence.text)).join('');
  for (const c of openingClausesUntold(opening, text())) {
    if (out.length >= 2 || told(c, text())) continue;
    const s = candidates.find((x) => !lead.includes(x) && !out.includes(x) && tellsClause(x, c) && admits(x, [...lead, ...out]));
    if (s) out.push(s);
  }
  return out;
}

/** Whether a sentence opens on the industry's or the market's total (据不完全统计…), not on a party's event. */
export function backgroundOpening(text: string): boolean {
  const t = dropOutletTag(text).replace(/^[^，。；]{0,12}?(?:以来|期间|之前|同期)，/u, '');
  return table().background.some((w) => t.startsWith(w));
}

/**
 * The lead without its glued background: a sentence after the first opening on an industry total that names none of the
 * headline's parties (`parties`) goes, so the event and what follows it are read together — unless the sentence after it
 * in the lead goes on from it (its source's next sentence, leaning on it).
 */
export function withoutGluedBackground(
  lead: readonly SourceSentence[],
  parties: readonly string[],
  leans: (text: string) => boolean,
): SourceSentence[] {
  const ours = (s: SourceSentence) => parties.some((p) => [...p].length >= 2 && s.sentence.text.includes(p));
  return lead.filter((s, i) => {
    if (i === 0 || !backgroundOpening(s.sentence.text) || ours(s)) return true;
    const next = lead[i + 1];
    return next !== undefined && next.item.id === s.item.id && next.sentence.index === s.sentence.index + 1 && leans(next.sentence.text);
  });
}

/**
 * The text of a sentence opening on a pointer to the company (该公司预计…, 公司同时宣布…) with the company named instead,
 * or undefined when it opens on none: after a lead sentence of that company, the pointer reads as its name, so the
 * sentence leans on nothing else when the named text does not.
 * @example ownPointer('该公司预计第三财季营收约78亿美元。', '应用材料') // → '应用材料预计第三财季营收约78亿美元。'
 */
export function ownPointer(text: string, company: string): string | undefined {
  const t = dropOutletTag(text);
  const p = table().pointers.find((x) => t.startsWith(x));
  return p === undefined ? undefined : `${company}${t.slice(p.length)}`;
}

/**
 * A sentence of the lead opening on a connective of sequence (随后，/ 此后，/ Subsequently,) that stands after another
 * sentence than its source's previous one leans on a sentence the reader never gets: the connective goes when the rest
 * stands alone (随后，公司上调全年指引… → 公司上调全年指引…), else the sentence goes (decision 105). Pure: the sentences
 * it rewrites are new objects, the others the lead's own.
 * @example withoutDanglingConnective([a, b], leansOn) // b = '随后，公司上调了全年指引。' not right after its predecessor → '公司上调了全年指引。'
 */
export function withoutDanglingConnective(lead: readonly SourceSentence[], leans: (text: string) => boolean): SourceSentence[] {
  const words = table().connectives;
  const out: SourceSentence[] = [];
  for (const s of lead) {
    const prev = out[out.length - 1];
    const follows = prev !== undefined && prev.item.id === s.item.id && prev.sentence.index === s.sentence.index - 1;
    const text = s.sentence.text;
    const t = dropOutletTag(text);
    const word = follows ? undefined : words.find((w) => new RegExp(`^${w}(?:[，,]\\s*|\\s+)`, 'u').test(t));
    if (word === undefined) {
      out.push(s);
      continue;
    }
    const rest = t.replace(new RegExp(`^${word}(?:[，,]\\s*|\\s+)`, 'u'), '');
    const stands = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
    if (leans(stands)) continue;
    // The outlet tag a sentence opened on (据路透社报道，) stays before what is left.
    const tag = text.slice(0, text.length - t.length);
    // The sentence starts later by the connective left out: its figures' places (bold spans) stay on their numbers.
    out.push({ ...s, sentence: { ...s.sentence, text: `${tag}${stands}`, start: s.sentence.start + (t.length - rest.length) } });
  }
  return out;
}
