/**
 * A head's clauses are told first (pure, decision 111): the sentence a head clause brings into the lead goes before the
 * lead's sentences telling none of the head's clauses (another company's figures, background), never after them; a
 * feature title over a capital-flow loop the knowledge layer holds opens its lead on the loop's legs; a clause no
 * sentence tells leaves the head. "Told" is the one reading the engine and `digest --check` share
 * (`trimmedClausesUntold`, `headlineClausesUntold`): no second test here.
 */

import type { DealEdge, DealKind, Figure } from '../../types/index.js';
import { trimmedClausesUntold } from '../assemble/head-trim.js';
import { headlineClauses, headlineClausesUntold } from '../assemble/headline-told.js';
import { bareMarketMove, leansOn, RELATIVE_TIME_OPENING, TOPIC_OPENING } from '../assemble/sentence-shape.js';
import { storyLoop } from './loop.js';
import type { SourceSentence } from './sentences.js';
import { fill } from './templates.js';

const clauseEnd = (c: string) => c.replace(/[，,：:；;]$/u, '').trim();

/**
 * Whether a sentence tells a clause of the head: read alone, fewer of the head's clauses are untold than it has
 * (`strict`: every clause without its names, the trimmed head's reading; else the check's `headline-clause-untold`
 * reading, the opening clause with its names).
 * @example tellsHeadClause('澜芯科技股价大涨9%', '澜芯科技股价今日大涨9%。', ['澜芯科技'], true) // → true
 */
export function tellsHeadClause(head: string, text: string, names: readonly string[], strict: boolean): boolean {
  const all = headlineClauses(head)
    .map(clauseEnd)
    .filter((c) => c !== '');
  const untold = strict ? trimmedClausesUntold(head, text, names) : headlineClausesUntold(head, text, names);
  return untold.length < all.length;
}

/**
 * The lead with the sentences brought to tell a head clause (`brought`, in the lead already or not) placed right after
 * the lead's sentences that tell a head clause themselves and before the first that tells none; a brought sentence
 * leaning on the one before it (其中…, 公司…) stays right after that sentence. Nothing else moves.
 * @example // lead [ours, other company's figures], brought [clause sentence] → [ours, clause sentence, other's figures]
 */
export function headFirst(
  lead: readonly SourceSentence[],
  brought: readonly SourceSentence[],
  tells: (s: SourceSentence) => boolean,
): SourceSentence[] {
  const prevOf = (x: SourceSentence, xs: readonly SourceSentence[]) =>
    xs.find((l) => l.item.id === x.item.id && l.sentence.index === x.sentence.index - 1);
  const movable = brought.filter((b) => !(leansOn(b.sentence.text) && prevOf(b, lead) !== undefined));
  const rest = lead.filter((s) => !movable.includes(s));
  let at = 0;
  while (at < rest.length && tells(rest[at] as SourceSentence) && !movable.includes(rest[at] as SourceSentence)) at++;
  // A moved sentence leaning on what comes before it (公司股价…, 补贴之外，…, 资本开支方面，…, a bare index move
  // `创业板指涨2.87%。` whose day another sentence gives) never opens the lead: the lead's first sentence names who and what. Nor does a later sentence of the lead's first source: that source's
  // opening sentence sets the scene (date, event) its later sentences rely on (创业板指涨2.87%。 after the day's wrap).
  const first = lead[0];
  if (
    at === 0 &&
    rest.length > 0 &&
    (movable.some((b) => leansOn(b.sentence.text) || TOPIC_OPENING.test(b.sentence.text) || bareMarketMove(b.sentence.text)) ||
      (first !== undefined &&
        rest[0] === first &&
        movable.some((b) => b.item.id === first.item.id && b.sentence.index > first.sentence.index)))
  )
    at = 1;
  // A kept sentence leaning on the one before it is never split from it by the move.
  while (at > 0 && at < rest.length && leansOn((rest[at] as SourceSentence).sentence.text) && prevOf(rest[at] as SourceSentence, rest))
    at++;
  const ordered = [...movable].sort((a, b) => (a.item.id === b.item.id ? a.sentence.index - b.sentence.index : 0));
  const out = [...rest.slice(0, at), ...ordered, ...rest.slice(at)];
  // A leaning brought sentence follows its own sentence wherever that went.
  for (const b of brought.filter((x) => !movable.includes(x))) {
    const i = out.indexOf(b);
    if (i >= 0) out.splice(i, 1);
    const p = prevOf(b, out);
    out.splice(p ? out.indexOf(p) + 1 : out.length, 0, b);
  }
  return out;
}

/**
 * The sentences telling the legs of the story's capital-flow loop (A invests in B, B buys from A) for a head that is a
 * feature title (`…既是股东又是供应商的循环账本`): its key claim is the loop, and the lead tells it first, each leg by the
 * sentence the knowledge layer read it from, standing alone, in the loop's order; at most three (a leg and the loop's
 * own figures), at most four sentences (a sentence whose opening was dropped is a copy: same item and index). None when the story's deals hold no loop or a leg has no usable sentence.
 */
export function loopLegs(
  pool: readonly SourceSentence[],
  deals: readonly DealEdge[],
  usable: (s: SourceSentence) => boolean,
  prefer: (s: SourceSentence) => boolean = () => true,
): SourceSentence[] {
  const loop = storyLoop(deals);
  if (!loop) return [];
  const norm = (x: string) => x.replace(/\s+/gu, '');
  const states = (s: SourceSentence, d: DealEdge) => {
    const a = norm(s.sentence.text);
    const b = norm(d.sentence);
    return d.itemId === s.item.id && b !== '' && (a.includes(b) || b.includes(a));
  };
  // A leg's sentence as printed: standing alone; or after the sentence it leans on (`…领投B轮融资。该轮融资总额20亿元，其中
  // 澜芯出资8亿元`); or opening on a time counted from a moment its lead no longer dates (`一年多以后，`), that opening dropped.
  const chain = (x: SourceSentence): SourceSentence[] | undefined => {
    if (!usable(x)) return undefined;
    if (!leansOn(x.sentence.text)) return [x];
    const p = pool.find((y) => y.item.id === x.item.id && y.sentence.index === x.sentence.index - 1 && y.sentence.para === x.sentence.para);
    if (p && usable(p) && !leansOn(p.sentence.text)) return [p, x];
    const rest = x.sentence.text.replace(RELATIVE_TIME_OPENING, '').replace(/^[，,]\s*/u, '');
    if (rest === x.sentence.text || leansOn(rest)) return undefined;
    // The figures' offsets count from the sentence's start: it moves past what was dropped.
    return [{ ...x, sentence: { ...x.sentence, text: rest, start: x.sentence.start + (x.sentence.text.length - rest.length) } }];
  };
  const out: SourceSentence[] = [];
  for (const d of loop) {
    const told = pool.filter((x) => states(x, d));
    const s =
      told
        .filter(prefer)
        .map(chain)
        .find((c) => c !== undefined) ?? told.map(chain).find((c) => c !== undefined);
    if (!s) return [];
    for (const x of s) if (!out.includes(x)) out.push(x);
  }
  return out.length <= 4 ? out : [];
}

/**
 * A head without the clauses no sentence tells (`untold`), when what is left still names the head's subject and says
 * something (eight characters or more); undefined when nothing or the opening clause alone would go.
 * @example withoutUntold('澜芯科技股价大涨9%，存储芯片涨势延续', ['存储芯片涨势延续']) // → '澜芯科技股价大涨9%'
 */
export function withoutUntold(head: string, untold: readonly string[]): string | undefined {
  const clauses = headlineClauses(head);
  const kept = clauses.filter((c) => !untold.includes(clauseEnd(c)));
  if (kept.length === 0 || kept.length === clauses.length) return undefined;
  if (clauseEnd(kept[0] as string) !== clauseEnd(clauses[0] as string)) return undefined;
  const rest = clauseEnd(kept.join(''));
  return [...rest].length >= 8 ? rest : undefined;
}

/** The verb a loop head gives each leg's kind (`{from}向{to}{verb}{amount}`, the `deal` template). */
const LEG_VERB: Partial<Record<DealKind, string>> = { invest: '投资', stake: '投资', purchase: '采购' };

/**
 * A feature title's loop told as the head (`澜芯科技向星衡智算投资8亿元，星衡智算向其采购约32亿元`): a two-party loop,
 * each leg by the `deal` template, its amount the edge's, else the one money figure of the sentence the knowledge layer
 * read the leg from; the second leg's payee is 其 (the first's payer). Undefined for a loop of more parties, a leg of
 * a kind with no verb here, a leg with no amount, or a head over `limit` characters.
 */
export function loopHead(
  legs: readonly DealEdge[],
  sentences: readonly SourceSentence[],
  /** An entity's Chinese name, in full (`first`: its first mention in the head) or as its sources write it. */
  name: (entity: string, first: boolean) => string,
  amount: (f: Figure) => string,
  template: string,
  limit: number,
): string | undefined {
  if (legs.length !== 2) return undefined;
  const parts: string[] = [];
  for (const [i, d] of legs.entries()) {
    const verb = LEG_VERB[d.kind];
    const stated = sentences.find(
      (s) => s.item.id === d.itemId && s.sentence.text.replace(/\s+/gu, '').includes(d.sentence.replace(/\s+/gu, '')),
    );
    const money = stated?.figures.filter((f) => f.kind === 'money') ?? [];
    const figure = d.amount ?? (money.length === 1 ? money[0] : undefined);
    if (verb === undefined || figure === undefined) return undefined;
    // Each party named in full at its first mention, as its sources write it after that (`星衡智算` … `星衡`).
    const from = name(d.from, i === 0 || legs[0]?.to !== d.from);
    parts.push(fill(template, { from, to: i === 0 ? name(d.to, true) : '其', time: '', modal: '', verb, amount: amount(figure) }));
  }
  const head = parts.join('，');
  return [...head].length <= limit ? head : undefined;
}
