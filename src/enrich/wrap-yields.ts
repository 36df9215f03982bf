/**
 * A wrap never opens over a same-day event (decision 121): when every top story told in full is a market wrap, a
 * release of days before or a market's reaction (news-weight.ts `lesserNews`: wrap, stale, reaction), the day's event
 * that an English wire told thinly (digest.ts `newsFirst`: a `thin` story steps down to 更多动态 while a fuller top story
 * remains) keeps a top story — a wrap of yesterday's close with nothing of today in its figures is no fuller news than
 * the deal of the day. Only a story fit to stand as a story: more than one sentence or figures run on into its lead
 * (never `brief`), two figures or more, neither a repeat nor lesser news itself, passing the opening gate (head told,
 * owner named, figures sane), its head stating what its report says (reported-head.ts: no forecast word, no estimate),
 * of an event kind (data/story-weight.json `eventKinds`) and outweighing every wrap. Pure: reads the stories and their
 * standing only.
 */

import type { LesserNews } from '../select/news-weight.js';
import { eventKind } from '../select/story-weight.js';
import type { DigestStory } from '../types/index.js';
import type { StoryStanding } from './digest.js';

/** Lesser news that tells no event of the day: a close, a roundup of earlier days, a sector's move on news. */
const WRAPS: ReadonlySet<LesserNews> = new Set<LesserNews>(['wrap', 'stale', 'reaction']);

/** Whether a story's standing marks it a wrap of earlier days or a market's reaction. */
export function isWrap(st: StoryStanding | undefined): boolean {
  return st?.lesser !== undefined && WRAPS.has(st.lesser);
}

/**
 * Whether a fuller story tells no event of today that a thin telling of the day's event should stay under (decision 168):
 * a wrap or a market's reaction (`isWrap`), a retelling of an earlier day's news (`repeat`: a valuation told again) or a
 * local facility (`local`: a service centre, a regional office).
 */
export function noEventOfToday(st: StoryStanding | undefined): boolean {
  return isWrap(st) || st?.repeat === true || st?.lesser === 'local';
}

/**
 * The ids of thin stories that keep a top story because every fuller top story (`full`) is a wrap, a retelling or a
 * local facility (`noEventOfToday`): the fit ones among
 * `thin` (above), weightiest first; none when a fuller story of the day's news remains or no wrap is full.
 */
export function eventsOverWraps(
  thin: readonly DigestStory[],
  full: readonly DigestStory[],
  standing: ReadonlyMap<string, StoryStanding>,
): string[] {
  if (full.length === 0 || !full.every((s) => noEventOfToday(standing.get(s.storyId)))) return [];
  const weight = (s: DigestStory) => standing.get(s.storyId)?.weight ?? 0;
  const heaviestWrap = Math.max(...full.map(weight));
  return thin
    .filter((s) => {
      const st = standing.get(s.storyId);
      return (
        st !== undefined &&
        !s.brief &&
        (st.figures ?? 0) >= 2 &&
        !st.repeat &&
        !st.view &&
        st.lesser === undefined &&
        st.gate === undefined &&
        st.reported === true &&
        st.kind !== undefined &&
        eventKind(st.kind) &&
        weight(s) > heaviestWrap
      );
    })
    .sort((a, b) => weight(b) - weight(a))
    .map((s) => s.storyId);
}
