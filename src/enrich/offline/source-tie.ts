/**
 * The tie a story's own source tells (decision 169): one party puts money into the other (an investment, a stake) and the
 * other pays it back (a purchase, a cloud contract), the two legs in one sentence or two neighbouring ones of the same
 * source (`…沐川智能拟在2027年底前向其采购不超过25亿元的加速卡及模组；澜芯科技目前持有沐川智能约8%的股份。`). A lead
 * printing the placement and the results leaves out the money flowing back its source puts side by side: the legs' own
 * sentences come in after the lead's sentence before them in that source, in the source's words (no direction read, no
 * figure of ours). Silent when the lead tells a leg or a tie, names neither party, or the legs do not fit the lead.
 * Word lists in data/source-ties.json and data/deal-ties.json. Pure given the tables.
 */
import { z } from 'zod';
import type { DealEdge } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { saysTie } from './deal-tie.js';
import { attributedSentence } from './facts.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({ signed: z.array(z.string()), openings: z.array(z.string()), maxLead: z.number() });
let table: z.output<typeof schema> | undefined;
function own(): z.output<typeof schema> {
  table ??= loadDataTable('source-ties.json', schema);
  return table;
}
const tieSchema = z.object({
  into: z.record(z.string(), z.unknown()),
  back: z.record(z.string(), z.string()),
  planned: z.array(z.string()),
});
let tieTable: z.output<typeof tieSchema> | undefined;
function ties(): z.output<typeof tieSchema> {
  tieTable ??= loadDataTable('deal-ties.json', tieSchema);
  return tieTable;
}

/** A joint total (A and B jointly committed …) is no one payer's flow. */
const JOINT = /\bjointly\b|\bcombined\b|联合|合计|共同/i;

const has = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase()));
};

/**
 * A leg stated as fact on the source's word: not in talks or rumoured, on no unnamed people's word or anyone's
 * reckoning, no joint total; planned (拟) only for a paying-back leg whose sentence says its contract is signed.
 */
function legDone(d: DealEdge, back: boolean): boolean {
  if (d.from === d.to || d.status !== undefined || attributedSentence(d.sentence) || JOINT.test(d.sentence)) return false;
  return !has(d.sentence, ties().planned) || (back && has(d.sentence, own().signed));
}

/** Whether a source sentence is the one an edge was read from. */
function states(s: SourceSentence, d: DealEdge): boolean {
  const norm = (x: string) => x.replace(/\s+/gu, '');
  const a = norm(s.sentence.text);
  const b = norm(d.sentence);
  return d.itemId === s.item.id && b !== '' && (a.includes(b) || b.includes(a));
}

/** A leg's sentence without the connective it opens on (此外，), its start moved past it; the sentence as is when none. */
function withoutOpening(s: SourceSentence): SourceSentence {
  const text = s.sentence.text;
  const word = own().openings.find((w) => new RegExp(`^${w}[，,]\\s*`, 'u').test(text));
  if (word === undefined) return s;
  const rest = text.replace(new RegExp(`^${word}[，,]\\s*`, 'u'), '');
  return { ...s, sentence: { ...s.sentence, text: rest, start: s.sentence.start + (text.length - rest.length) } };
}

/** A bare company word a sentence may open on: the company of its source's sentences before it. */
const BARE = /^(?:该公司|公司)(?=[^司])/u;

/**
 * A leg's sentence opening on a bare 公司 with the party it stands for: the one of the tie's two parties the anchor
 * names and the sentence does not (`公司与沐川智能签署…` after a sentence naming 澜芯科技 → `澜芯科技与沐川智能签署…`), its
 * start moved so its figures keep their places; the sentence as is when it opens on no such word; nothing when the
 * party is not one.
 */
function namedOpening(
  s: SourceSentence,
  parties: readonly string[],
  anchorNames: readonly string[],
  ownNames: readonly string[],
  name: (entity: string) => string,
): SourceSentence | undefined {
  const m = BARE.exec(s.sentence.text);
  if (!m) return s;
  const who = parties.filter((p) => anchorNames.includes(p) && !ownNames.includes(p));
  if (who.length !== 1) return undefined;
  const written = name(who[0] as string);
  const text = `${written}${s.sentence.text.slice(m[0].length)}`;
  return { ...s, sentence: { ...s.sentence, text, start: s.sentence.start - (written.length - m[0].length) } };
}

/** A source tie: the legs' sentences (in their source's order, the first freed of its connective) and where they go. */
export interface SourceTie {
  /** The lead index the legs go after. */
  after: number;
  legs: SourceSentence[];
  parties: [string, string];
}

/**
 * The tie the lead leaves out that one of its sources tells in its own neighbouring sentences, the legs' sentences and
 * the lead sentence they go after (the lead's last of that source before them, else its first: after the news).
 * `names(s)` are the canonical parties a sentence names; `free(s)` whether a sentence may be brought in (usable, not
 * printed elsewhere). Nothing when the lead says a tie or tells a leg (decision 146's rules have it), names neither party,
 * a leg stands on a plan or someone's word, the first leg leans on what the lead does not give it, or the lead would
 * run past `maxLead`.
 * @example sourceTie(lead, pool, [lanxinStake, muchuanBuys], names, free) // → { after: 1, legs: [buys, stake], … }
 */
export function sourceTie(
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  deals: readonly DealEdge[],
  names: (s: SourceSentence) => readonly string[],
  free: (s: SourceSentence) => boolean,
  name: (entity: string) => string,
): SourceTie | undefined {
  if (lead.length === 0 || lead.some((s) => saysTie(s.sentence.text))) return undefined;
  const t = ties();
  const leadNames = new Set(lead.flatMap(names));
  for (const into of deals) {
    if (t.into[into.kind] === undefined || !legDone(into, false)) continue;
    for (const back of deals) {
      if (t.back[back.kind] === undefined || back.from !== into.to || back.to !== into.from || !legDone(back, true)) continue;
      if (back.itemId !== into.itemId) continue;
      if (!leadNames.has(into.from) && !leadNames.has(into.to)) continue;
      if (lead.some((s) => states(s, into) || states(s, back))) continue;
      const a = pool.find((s) => states(s, into) && free(s));
      const b = pool.find((s) => states(s, back) && free(s));
      if (!a || !b || Math.abs(a.sentence.index - b.sentence.index) > 1) continue;
      const legs = (a === b ? [a] : [a, b]).sort((x, y) => x.sentence.index - y.sentence.index);
      const first = withoutOpening(legs[0] as SourceSentence);
      const before = lead
        .map((s, i) => (s.item.id === first.item.id && s.sentence.index < first.sentence.index ? i : -1))
        .filter((i) => i >= 0);
      const after = before.length > 0 ? (before[before.length - 1] as number) : 0;
      // A bare 公司 opening is the party of the tie the lead's last sentence naming one names and the leg does not: named.
      const parties = [into.from, into.to];
      const anchor = lead
        .slice(0, after + 1)
        .map(names)
        .filter((xs) => parties.some((p) => xs.includes(p)))
        .pop();
      const named = namedOpening(first, parties, anchor ?? [], names(first), name);
      if (named === undefined || leansOn(named.sentence.text)) continue;
      const out = [named, ...legs.slice(1)];
      const length = [...lead, ...out].reduce((n, s) => n + s.sentence.text.length, 0);
      if (length > own().maxLead) continue;
      return { after, legs: out, parties: [into.from, into.to] };
    }
  }
  return undefined;
}
