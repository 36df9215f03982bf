/**
 * A day-two plan (decision 119): which of a story's source sentences tell what already ran (a figure an earlier day's
 * items of the story stated, or another story printed) and which tell the day's own news. A sentence is news only when
 * the figures it tells that ran do not outnumber those that did not: `收入按年增长16%至884亿美元（约6900亿港元）…；纯利
 * 323亿美元` retells yesterday's results however its conversion aside reads, while `上半年资本开支合共约726亿美元，按年增加
 * 逾五成` is the day's. Pure.
 */

import { extractFigures } from '../../extract/index.js';
import { earlierFigurePrinted } from '../../select/index.js';
import type { Figure, StoryBundle } from '../../types/index.js';
import type { SourceSentence } from './sentences.js';

/** What a sentence tells a reader of the earlier day's digest. */
export type DayTwoTelling = 'new' | 'retold' | 'none';

/** A fact of the story as this module reads it (the engine's StoryFact). */
export interface HeldFact<F> {
  fact: F;
  /** Whether the fact ran before (the engine's `follow.ran`). */
  ran: boolean;
}

/**
 * What a sentence tells on a day two, from the facts it holds: `new` when its first fact did not run and it holds no more
 * facts that ran than that did not; `retold` when it holds facts and every one, or most, ran; `none` when it holds no
 * fact (an event sentence of no figure, a quote). An aside (a currency conversion in brackets, an earlier period) is
 * no fact of its own: the caller leaves it out of `held`.
 * @example dayTwoTelling([{ ran: true }, { ran: true }]) // → 'retold'
 */
export function dayTwoTelling(held: readonly Pick<HeldFact<unknown>, 'ran'>[]): DayTwoTelling {
  if (held.length === 0) return 'none';
  // The sentence's first fact is what it tells (`Azure增长39%，为连续第三季增速高于三成半`: yesterday's 39%, then a bar).
  const fresh = held.filter((h) => !h.ran).length;
  return held[0]?.ran === false && fresh >= held.length - fresh ? 'new' : 'retold';
}

/**
 * The sentence a day-two story's line tells: the first of `pool` (the lead's sentences, then its source's, then the
 * story's other sources') that is news by `dayTwoTelling` and stands alone; undefined when none is.
 */
export function dayTwoNews(
  pool: readonly SourceSentence[],
  held: (s: SourceSentence) => readonly Pick<HeldFact<unknown>, 'ran'>[],
  standsAlone: (s: SourceSentence) => boolean,
): SourceSentence | undefined {
  return pool.find((s) => standsAlone(s) && dayTwoTelling(held(s)) === 'new');
}

/** The amounts and rates the story's own items of earlier days stated (what a reader of those days' digests could have read). */
export function earlierFigures(bundle: Pick<StoryBundle, 'earlier' | 'figures' | 'earlierPrinted'>): Figure[] {
  return (bundle.earlier ?? [])
    .flatMap((d) =>
      d.items.flatMap((i) => (bundle.figures[i.id] ?? extractFigures(i.text)).filter((f) => earlierFigurePrinted(bundle, i.id, f))),
    )
    .filter((f) => f.kind === 'money' || f.kind === 'percent');
}
