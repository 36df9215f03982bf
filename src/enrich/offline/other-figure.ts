/**
 * Another company's figure glued onto a story (decision 189): an article's sentence whose subject is a company that is
 * none of the story's parties — a rival's preliminary profit, a peer's growth rate, a supplier's gain this year — and that
 * gives a figure, printed after the story's news, reads as part of it though the story never says why it is there. Such
 * a sentence goes. What may stand before the subject, what ties a sentence to the story and which heads are a market's
 * are data/other-figure.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation } from '../../util/regexp.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  $comment: z.string().optional(),
  frames: z.array(z.string()),
  roles: z.array(z.string()),
  storyWords: z.array(z.string()),
  pointers: z.array(z.string()),
  marketHeads: z.array(z.string()),
  moves: z.array(z.string()),
  events: z.array(z.array(z.string())),
  notCompanyTags: z.array(z.string()),
});
type Table = z.infer<typeof schema>;

let loaded: Table | undefined;
const table = (): Table => {
  loaded ??= loadDataTable('other-figure.json', schema);
  return loaded;
};

/** A name long enough to be read as one (two characters or more). */
const long = (n: string) => [...n].length >= 2;

/**
 * Whether two names are one company or one's unit: either holds the other, or both open on the same two Chinese
 * characters (a group and its cloud unit, 星河 / 星河云): a unit's figure may be its parent's story, so it is no other's.
 */
function sameFamily(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const head = (x: string) => [...x].slice(0, 2).join('');
  return /^\p{Script=Han}{2}$/u.test(head(a)) && head(a) === head(b);
}

/**
 * The text of a sentence after its opening frame: an outlet tag, then at most one first clause of a source or a time
 * (`财报显示，` / `今年前三季度，`), then a role word and what qualifies it (同一赛道的竞争对手).
 * @example subjectText('今年前三季度，同一赛道的竞争对手云岫科技净利润增长80%。') // → '云岫科技净利润增长80%。'
 */
export function subjectText(text: string): string {
  const t = table();
  let s = dropOutletTag(text.trim());
  const frame = new RegExp(`^[^，。；,;“”"]{0,14}?(?:${alternation(t.frames)})[^，。；,;]{0,4}[，,]\\s*`, 'u');
  s = s.replace(frame, '');
  s = s.replace(new RegExp(`^(?:[^，。；,;“”"]{0,8}的)?(?:${alternation(t.roles)})(?:之一)?`, 'u'), '');
  return s;
}

/**
 * Whether an organisation of these gazetteer tags is no company whose own figure a sentence gives: a regulator (its
 * rule) or a research house (its estimate of the field) speaks of the story's subject (data/other-figure.json
 * `notCompanyTags`).
 * @example notCompany(['bank', 'research']) // → true
 */
export function notCompany(tags: readonly string[]): boolean {
  return tags.some((t) => table().notCompanyTags.includes(t));
}

/**
 * Whether a head is a market's or a sector's (板块, 指数, several companies listed): many companies' figures are its news.
 * @example marketHead('AI芯片板块走强，云岫科技涨停') // → true
 * @example marketHead('星河智芯三季度营收增长42%') // → false
 */
export function marketHead(head: string): boolean {
  return table().marketHeads.some((w) => head.includes(w));
}

/**
 * Whether a sentence is another company's figure: it gives a figure (`hasFigure`), its subject (after a frame and a role
 * word) is a company of `orgs` that is none of `parties` nor of their family, it names no party, and it holds no word
 * tying it to the story's event (an order, a deal, a reply), nor a pointer at the story before its subject (data/other-figure.json).
 * @param orgs the companies the sentence names, as it writes them
 * @example otherFigure('竞争对手云岫科技同期净利润增长80%。', ['星河智芯'], ['云岫科技'], true) // → true
 * @example otherFigure('云岫科技向星河智芯采购约5亿元芯片。', ['星河智芯'], ['云岫科技'], true) // → false (names a party)
 */
export function otherFigure(text: string, parties: readonly string[], orgs: readonly string[], hasFigure: boolean): boolean {
  if (!hasFigure) return false;
  const own = parties.filter(long);
  if (own.length === 0) return false;
  const plain = dropOutletTag(text.trim());
  if (own.some((p) => plain.includes(p))) return false;
  if (table().storyWords.some((w) => plain.includes(w))) return false;
  const subject = subjectText(text);
  const first = orgs.filter(long).find((o) => subject.startsWith(o));
  if (first === undefined || own.some((p) => sameFamily(p, first))) return false;
  // A pointer before the other company's name is the story's (该公司 / 公司 / 本轮); after it, it is that company's (其股价).
  const before = plain.slice(0, Math.max(0, plain.indexOf(first)));
  return !table().pointers.some((w) => before.includes(w));
}

/**
 * The chosen sentences without another company's figure after the first: a sentence whose subject none of `parties` nor
 * any chosen sentence before it names goes (a company the story already told of is introduced), unless `keep` holds it
 * (a head clause's own sentence) or the chosen sentence after it is its source's next and stays (it would lean on it).
 * Under a market's head, or with no party known, the sentences are returned as they are; after a first sentence telling
 * a share move, a sentence telling one stays (the stock's peers moving with it), and under a head of a kind of event (a
 * price cut) a sentence telling one of its kind stays (a rival's price cut).
 * @param parties the story's parties (the head's companies and those its lead's first sentence names)
 * @param orgsOf the companies a sentence names
 * @example withoutOtherFigure([results, rivalProfit], '星河智芯三季度营收增长42%', ['星河智芯'], orgsOf) // → [results]
 */
export function withoutOtherFigure(
  chosen: readonly SourceSentence[],
  head: string,
  parties: readonly string[],
  orgsOf: (s: SourceSentence) => readonly string[],
  keep: (s: SourceSentence) => boolean = () => false,
): SourceSentence[] {
  if (marketHead(head)) return [...chosen];
  const moves = (s: SourceSentence | undefined) => s !== undefined && table().moves.some((w) => s.sentence.text.includes(w));
  // A stock's move opening the story makes its peers' moves beside it the market's news.
  const moving = moves(chosen[0]);
  // Another company making the head's move (a price cut after the story's price cut) is the story's trend.
  const headEvents = table().events.filter((g) => g.some((w) => head.includes(w)));
  const sameMove = (s: SourceSentence) => headEvents.some((g) => g.some((w) => s.sentence.text.includes(w)));
  const named = [...parties];
  const glued = chosen.map((s, i) => {
    const other =
      i > 0 && !keep(s) && !(moving && moves(s)) && !sameMove(s) && otherFigure(s.sentence.text, named, orgsOf(s), s.figures.length > 0);
    if (!other) named.push(...orgsOf(s));
    return other;
  });
  // A glued sentence whose source's next sentence follows it and stays: the next would lean on it, so it stays too.
  for (let i = chosen.length - 2; i >= 0; i--) {
    const s = chosen[i] as SourceSentence;
    const next = chosen[i + 1] as SourceSentence;
    if (glued[i] && !glued[i + 1] && next.item.id === s.item.id && next.sentence.index === s.sentence.index + 1) glued[i] = false;
  }
  return chosen.filter((_, i) => !glued[i]);
}
