/**
 * Which story opens the day by how much news it is (decision 116): after `newsFirst` ranks the top stories (today's news
 * told in full, one English wire, lesser news, repeats, one-sentence stories), the story it puts first gives way to a
 * story of today's news that outweighs it by the margin of data/story-weight.json (`openMargin`, select/story-weight.ts
 * weights: a financing with an AI angle and a large amount against an API price cut or a local subsidy) — one English
 * wire's story too, when the engine told it in full: its language is no reason to open below a lesser item. The story
 * promoted must be fit to open: told in full (not `thin`, more than one sentence, `openFigures` figures or more), passing the opening gate
 * (opening-gate.ts: head told, owner named, figures sane), neither lesser news, a repeat nor a broker's view, and every
 * clause of its headline told by its lead paragraph (headline-told.ts `headlineClausesUntold`); else the next
 * weightiest is considered. Pure: reads the stories and their standing only.
 */

import { openFigures, openMargin } from '../select/story-weight.js';
import type { DigestStory } from '../types/index.js';
import { headlineClausesUntold } from './assemble/headline-told.js';
import type { StoryStanding } from './digest.js';
import { sentenceCount } from './offline/engine.js';

/** The highest opening rank (digest.ts `openingRank`) a story may hold to open the day or be passed by weight: today's news. */
const TODAYS_NEWS = 1;

/** Whether a story may open the day above the one ranked first for its weight. */
export function fitToOpen(s: DigestStory, st: StoryStanding | undefined): boolean {
  // A thin telling kept full as the day's biggest item (digest.ts biggestThin) keeps decision 066's place: not promoted.
  if (!st || s.brief || s.thin || st.repeat || st.view || st.lesser !== undefined || st.gate !== undefined) return false;
  if ((st.figures ?? 0) < openFigures() || sentenceCount(s.paragraphs) < 2) return false;
  const lead = s.paragraphs[0] ?? '';
  return headlineClausesUntold(s.headline, lead).length === 0;
}

/**
 * The index (into `stories`, in opening order with their `ranks`) of the story that opens the day: the first, unless
 * a story of today's news (rank ≤ 1) fit to open outweighs it by `openMargin` while the first is itself of today's news
 * (lesser news and repeats already open below it). The weightiest such story wins.
 */
export function weightiestOpener(
  stories: readonly DigestStory[],
  ranks: readonly number[],
  standing: ReadonlyMap<string, StoryStanding>,
): number {
  const first = stories[0];
  if (!first || (ranks[0] ?? 0) > TODAYS_NEWS) return 0;
  const weight = (s: DigestStory) => standing.get(s.storyId)?.weight ?? 0;
  const bar = weight(first) * openMargin();
  if (bar <= 0) return 0;
  const passing = stories
    .map((s, i) => ({ s, i }))
    .filter(({ s, i }) => i > 0 && (ranks[i] ?? 0) <= TODAYS_NEWS && weight(s) >= bar && fitToOpen(s, standing.get(s.storyId)))
    .sort((a, b) => weight(b.s) - weight(a.s));
  return passing[0]?.i ?? 0;
}
