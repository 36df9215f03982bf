/**
 * A day-two retelling (decision 106): a story whose own items ran on an earlier day, whose items today reach no later
 * stage (still in talks, the same close, the same launch), and whose articles open on nothing new — every figure the
 * story holds as a fact in their opening sentences ran before, or is another outlet's value of a figure that ran
 * (the same round's valuation at 45亿 against 42亿). Such a story is the day's follow-up note (续报 under 更多动态),
 * telling what differs, never a full story slot. Pure.
 */

import { extractFigures } from '../../extract/index.js';
import { toldStatement } from '../../select/index.js';
import type { Figure, StoryBundle } from '../../types/index.js';
import { type StoryFact, sameNumber } from './facts.js';
import { laterStage, type StoryStages } from './stage.js';

/** The opening of an item's text: its first two sentences (Chinese or English stops), as character offsets. */
function openingEnd(text: string): number {
  const stops = [...text.matchAll(/[。！？]|[.!?](?=\s+[A-Z"“]|\s*$)/gu)].map((m) => m.index + 1);
  return stops[1] ?? stops[0] ?? text.length;
}

/**
 * Whether a day-two story only retells: its own items ran on an earlier day, today's stage is no later than that
 * day's, each fact of its articles' openings ran before or is the other value of a disputed claim that ran, and each
 * amount or rate its paragraphs print is such a fact or a number an earlier item stated. A story whose opening holds no
 * fact says nothing either way (false).
 */
export function retelling(
  bundle: Pick<StoryBundle, 'items' | 'earlier' | 'figures' | 'toldBefore' | 'toldValues'>,
  facts: readonly StoryFact[],
  stages: StoryStages,
  ran: (f: StoryFact) => boolean,
  /** The story's paragraphs as printed. */
  printed: readonly string[],
): boolean {
  const earlier = new Set((bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.id)));
  if (earlier.size === 0 || laterStage(stages.today, stages.earlier)) return false;
  const opening = facts.filter((f) => !f.past && f.figure.start < openingEnd(f.item.text));
  if (opening.length === 0) return false;
  // Another value of a claim told before that the sources dispute (another outlet's valuation of the same round) is
  // what differs, not news.
  const claimRan = (f: StoryFact) =>
    f.claim.conflict && f.claim.statements.some((st) => earlier.has(st.itemId) || toldStatement(bundle, st));
  if (!opening.every((f) => ran(f) || claimRan(f))) return false;
  // …and the story as printed tells nothing new either: every amount and rate of its paragraphs (a currency conversion
  // aside) is a fact that ran, the other value of a disputed claim that ran, or a number an earlier item stated. A
  // feature opening on a recap (上市前夜：…) and then telling a new ledger, a margin subscription no claim holds, is news.
  const before = (bundle.earlier ?? []).flatMap((d) => d.items.flatMap((i) => bundle.figures[i.id] ?? figuresOf(i.text)));
  const known = (x: Figure) =>
    facts.some((f) => sameNumber(f.figure, x) && (f.past || ran(f) || claimRan(f))) || before.some((b) => sameNumber(b, x));
  // The articles' openings too (an English story prints its template sentences only).
  const openings = bundle.items.flatMap((item) =>
    (bundle.figures[item.id] ?? []).filter((x) => (x.kind === 'money' || x.kind === 'percent') && x.start < openingEnd(item.text)),
  );
  if (!openings.every((x) => known(x) || facts.some((f) => sameNumber(f.figure, x)))) return false;
  const text = printed.join('').replace(/\*\*/g, '');
  return figuresOf(text)
    .filter((x) => (x.kind === 'money' || x.kind === 'percent') && !/约合\s*$/u.test(text.slice(Math.max(0, x.start - 6), x.start)))
    .every(known);
}

/** The amounts and rates of an earlier item's text (its figures are not in today's bundle). */
function figuresOf(text: string): Figure[] {
  return extractFigures(text);
}
