/**
 * A market's reaction ranks under the event that caused it (decision 121): a story whose headline or titles tell a
 * sector, a concept stock group or an index moving on news (`StoryStanding.reaction`, select/news-weight.ts
 * `marketReaction`) is lesser news (`lesser: 'reaction'`) when another top story of the day tells an event of a company
 * the reaction names in its headline or lead — the price cut, the deal or the results that moved the market open the
 * day; the move follows. A reaction with no event of its own told that day stands as it was (it may be the only telling
 * of its cause). Pure: reads the stories, their standing and the gazetteer.
 */

import { findEntities, type Gazetteer, loadGazetteer } from '../extract/index.js';
import type { DigestStory } from '../types/index.js';
import type { StoryStanding } from './digest.js';
import { causedByEventWord } from './reaction-cause.js';

/** The companies, labs and products a text names (canonical names; outlets are sources, not parties). */
function named(text: string, gaz: Gazetteer): Set<string> {
  return new Set(
    findEntities(text.replace(/\*\*/g, ''), gaz)
      .filter((m) => m.type !== 'media' && m.type !== 'place' && m.type !== 'person')
      .map((m) => m.name),
  );
}

/**
 * The standing with every top reaction story that names the company of another top story's event made lesser news
 * (`reaction`). The event must be news of today told as a story: not thin or one sentence, not itself a reaction, a repeat
 * or lesser news.
 * @example a story `阿里云降价带动云计算板块走强` beside `阿里云大模型API降价85%` → the first is lesser news: the price cut opens.
 */
export function reactionsUnderEvents(
  stories: readonly DigestStory[],
  standing: ReadonlyMap<string, StoryStanding>,
  gaz: Gazetteer = loadGazetteer(),
): Map<string, StoryStanding> {
  const out = new Map(standing);
  const top = stories.filter((s) => !s.minor && !s.toldBefore);
  // The event is a story of its own: a thin or one-sentence telling (a 更多动态 line beside a fuller story) leaves the
  // reaction as the day's fuller telling of that news.
  const events = top.filter((s) => {
    const st = standing.get(s.storyId);
    return st !== undefined && !s.thin && !s.brief && st.reaction !== true && !st.repeat && st.lesser === undefined && !st.view;
  });
  if (events.length === 0) return out;
  // An event's parties: the gazetteer's names its headline writes, and the surface forms of its own reports' parties.
  const eventNames = events.map((e) => ({
    id: e.storyId,
    headline: e.headline,
    names: named(e.headline, gaz),
    forms: standing.get(e.storyId)?.headNames ?? [],
  }));
  for (const r of top) {
    const st = standing.get(r.storyId);
    if (!st?.reaction || st.lesser !== undefined) continue;
    const text = `${r.headline}\n${r.paragraphs[0] ?? ''}`;
    const told = named(text, gaz);
    const causedBy = (e: (typeof eventNames)[number]) =>
      e.id !== r.storyId &&
      ([...e.names].some((n) => told.has(n)) ||
        e.forms.some((f) => text.includes(f)) ||
        // …or the event word both say: an index moving on a price cut that names no company (decision 168).
        causedByEventWord(text, e.headline));
    if (eventNames.some(causedBy)) out.set(r.storyId, { ...st, lesser: 'reaction' });
  }
  return out;
}
