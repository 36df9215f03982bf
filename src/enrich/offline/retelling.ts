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
 * day's, each fact of today's articles (a figure of the year before aside) ran before or is the other value of a
 * disputed claim that ran, and each amount or rate of their openings no fact holds was stated by an earlier item. A
 * story whose opening holds no fact says nothing either way (false).
 */
export function retelling(
  bundle: Pick<StoryBundle, 'items' | 'earlier' | 'figures' | 'toldBefore' | 'toldValues'>,
  facts: readonly StoryFact[],
  stages: StoryStages,
  ran: (f: StoryFact) => boolean,
): boolean {
  const earlier = new Set((bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.id)));
  if (earlier.size === 0 || laterStage(stages.today, stages.earlier)) return false;
  const opening = facts.filter((f) => !f.past && f.figure.start < openingEnd(f.item.text));
  if (opening.length === 0) return false;
  // …and nothing new further on either: a feature that opens on a recap (上市前夜：…) and then tells a new ledger is news.
  // Another value of a claim told before that the sources dispute (another outlet's valuation of the same round) is
  // what differs, not news.
  const claimRan = (f: StoryFact) =>
    f.claim.conflict && f.claim.statements.some((st) => earlier.has(st.itemId) || toldStatement(bundle, st));
  if (!facts.filter((f) => !f.past).every((f) => ran(f) || claimRan(f))) return false;
  // An amount or a rate of the openings no fact holds (a margin subscription the knowledge layer files nowhere) is news
  // unless an earlier item states the same number.
  const before = (bundle.earlier ?? []).flatMap((d) => d.items.flatMap((i) => bundle.figures[i.id] ?? figuresOf(i.text)));
  const held = (x: Figure) => facts.some((f) => sameNumber(f.figure, x));
  return bundle.items.every((item) =>
    (bundle.figures[item.id] ?? [])
      .filter((x) => (x.kind === 'money' || x.kind === 'percent') && x.start < openingEnd(item.text))
      .every((x) => held(x) || before.some((b) => sameNumber(b, x))),
  );
}

/** The amounts and rates of an earlier item's text (its figures are not in today's bundle). */
function figuresOf(text: string): Figure[] {
  return extractFigures(text);
}
