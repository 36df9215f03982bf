/**
 * A financing story's second fact (decision 092, pure over data/second-facts.json): a lead telling a round (澄言科技完成6亿
 * 美元B轮融资) owes the reader the valuation it was priced at and the investor that led it. When the lead tells neither,
 * the sentence telling it — in any Chinese source of the story (the valuation is often a second outlet's) — comes after
 * the lead, provided it is about the same round: it states the round's amount, or it opens on 本轮 right after a sentence
 * that does. An earlier round's valuation (2025年11月…投后估值12亿美元) or an IPO's target states no amount of this round.
 */
import { z } from 'zod';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { dropOutletTag, leansOn } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  round: z.array(z.string()),
  sameRound: z.array(z.string()),
  parts: z.array(z.object({ name: z.string(), told: z.array(z.string()), amount: z.boolean() })),
  commitment: z.object({ verbs: z.array(z.string()), tie: z.array(z.string()) }),
});

interface Part {
  name: string;
  told: RegExp;
  amount: boolean;
}
interface Words {
  round: RegExp;
  sameRound: RegExp;
  parts: Part[];
  commitVerbs: RegExp;
  commitTie: RegExp;
}
let words: Words | undefined;

function table(): Words {
  if (!words) {
    const t = loadDataTable('second-facts.json', schema);
    const re = (xs: readonly string[]) => new RegExp(xs.map(escapeRegExp).join('|'), 'u');
    words = {
      round: re(t.round),
      sameRound: new RegExp(`^(?:${t.sameRound.map(escapeRegExp).join('|')})`, 'u'),
      parts: t.parts.map((p) => ({ name: p.name, told: re(p.told), amount: p.amount })),
      commitVerbs: re(t.commitment.verbs),
      commitTie: re(t.commitment.tie),
    };
  }
  return words;
}

const money = (f: Figure) => f.kind === 'money';

/** The same amount (a bound `超过5亿元` or a plain value `5亿元`), within half a percent. */
function sameAmount(a: Figure, b: Figure): boolean {
  const v = (f: Figure) => f.value ?? f.low ?? f.high;
  const [x, y] = [v(a), v(b)];
  return a.currency === b.currency && x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
}

/** The amounts of the round a lead tells: the money of its sentences telling a round. */
export function roundAmounts(lead: readonly SourceSentence[]): Figure[] {
  const w = table();
  return lead.filter((s) => w.round.test(dropOutletTag(s.sentence.text))).flatMap((s) => s.figures.filter(money));
}

/** Whether a part is told by a sentence (its words, and an amount when the part is one). */
function tells(s: SourceSentence, p: Part): boolean {
  return p.told.test(dropOutletTag(s.sentence.text)) && (!p.amount || s.figures.some(money));
}

/**
 * The sentences telling a round's valuation or lead investor that its lead does not, each about the same round, standing
 * alone (or opening on 本轮 right after a sentence of the round), at most one per part.
 * @example roundBacking([zh('星桥智能完成5亿元A轮融资。')], pool, usable) // → [zh('…5亿元A轮融资完成后，投后估值达到30亿元…')]
 */
export function roundBacking(
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  usable: (s: SourceSentence) => boolean,
): SourceSentence[] {
  const w = table();
  const amounts = roundAmounts(lead);
  if (amounts.length === 0) return [];
  const ofRound = (s: SourceSentence) => s.figures.some((f) => money(f) && amounts.some((a) => sameAmount(a, f)));
  const afterRound = (s: SourceSentence) => {
    if (!w.sameRound.test(dropOutletTag(s.sentence.text))) return false;
    const before = pool.find((x) => x.item.id === s.item.id && x.sentence.index === s.sentence.index - 1);
    return before !== undefined && ofRound(before);
  };
  const out: SourceSentence[] = [];
  for (const p of w.parts) {
    if (lead.some((s) => tells(s, p)) || out.some((s) => tells(s, p))) continue;
    const s = pool.find(
      (x) => !lead.includes(x) && !out.includes(x) && usable(x) && tells(x, p) && (ofRound(x) ? !leansOn(x.sentence.text) : afterRound(x)),
    );
    if (s) out.push(s);
  }
  // The round's other leg (the investee commits to buy from its investor as part of the round): its sentence leans on the
  // round (作为本轮融资的条件…), so it is told only here, after a lead that tells the round.
  const leg = pool.find(
    (x) =>
      !lead.includes(x) &&
      !out.includes(x) &&
      usable(x) &&
      x.figures.some(money) &&
      !ofRound(x) &&
      w.commitVerbs.test(dropOutletTag(x.sentence.text)) &&
      w.commitTie.test(dropOutletTag(x.sentence.text)) &&
      !lead.some((s) => s.sentence.text === x.sentence.text),
  );
  if (leg && !lead.some((s) => s.figures.some((f) => leg.figures.some((g) => money(f) && sameAmount(f, g))))) out.push(leg);
  return out;
}

/**
 * Puts a round's backing sentences right after the lead's last sentence telling the round and those going on about it
 * (本轮由…领投), so its valuation, its investor and its other leg are read with the round, not after a later figure.
 */
export function afterRound(lead: readonly SourceSentence[], extra: readonly SourceSentence[]): SourceSentence[] {
  if (extra.length === 0) return [...lead];
  const w = table();
  let at = -1;
  lead.forEach((s, i) => {
    if (w.round.test(dropOutletTag(s.sentence.text)) && s.figures.some(money)) at = i;
  });
  if (at < 0) return [...lead, ...extra];
  // …and after the sentences going on about the round (本轮由华为领投…): the round is told whole before its backing.
  while (at + 1 < lead.length && w.sameRound.test(dropOutletTag((lead[at + 1] as SourceSentence).sentence.text))) at++;
  return [...lead.slice(0, at + 1), ...extra, ...lead.slice(at + 1)];
}
