// Stored items to stories: which item kinds are news (clustered together) and what of an extraction the clusterer weighs.

import type { ClusterEvidence, ItemExtraction } from '../store/types.js';
import type { Figure, ItemRecord, Story } from '../types/index.js';
import { clusterStories, storyId } from './cluster.js';
import type { ClusterInput, ClusterOptions } from './input.js';

/** Item kinds that report news events: clustered into stories (and so eligible for the digest). */
export const NEWS_KINDS: ReadonlySet<ItemRecord['kind']> = new Set(['article', 'transcript', 'digest-story']);

/** An item with its extraction as the clusterer sees it: its entities' names and its money and percent figures. */
/** The kinds of figure the clusterer weighs (`clusterInput`; what `Store.getClusterEvidence` is asked for). */
export const CLUSTER_FIGURE_KINDS: readonly Figure['kind'][] = ['money', 'percent'];

export function clusterInput(it: ItemRecord, x: ClusterEvidence | undefined): ClusterInput {
  return {
    id: it.id,
    title: it.title,
    text: it.text,
    lang: it.lang,
    date: it.date,
    entities: x ? [...new Set(x.entities.map((m) => m.name))] : [],
    figures: x
      ? x.figures
          .filter((f) => CLUSTER_FIGURE_KINDS.includes(f.kind))
          .map((f) => ({
            value: f.value ?? f.high ?? f.low ?? 0,
            kind: f.kind,
            ...(f.currency ? { currency: f.currency } : {}),
            ...(f.subject ? { subject: f.subject } : {}),
          }))
      : [],
  };
}

/**
 * Every stored item in exactly one story: news items clustered into same-story groups; highlights and notes, a
 * reader's material rather than news events, each a story of its own.
 */
export function storiesOfItems(items: ItemRecord[], extractions: ItemExtraction[], opts: ClusterOptions): Story[] {
  const ex = new Map(extractions.map((x) => [x.itemId, x]));
  const news = items.filter((it) => NEWS_KINDS.has(it.kind));
  const own: Story[] = items
    .filter((it) => !NEWS_KINDS.has(it.kind))
    .map((it) => ({ id: storyId(it.id), title: it.title, date: it.date?.slice(0, 10) ?? null, items: [it.id] }));
  return [
    ...clusterStories(
      news.map((it) => clusterInput(it, ex.get(it.id))),
      opts,
    ),
    ...own,
  ];
}
