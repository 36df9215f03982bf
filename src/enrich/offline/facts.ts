/**
 * The facts of a story the offline engine may lead with: figures of its items that the knowledge layer holds as
 * claims (owner guard), each with its item, sentence and a score; background of earlier years marked.
 */
import { extractFigures } from '../../extract/index.js';
import type { Claim, Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { ownedFigures } from '../numeric-guard/index.js';
import { keyFigureScore, pastPeriod } from './key-figure.js';

export interface StoryFact {
  figure: Figure;
  item: ItemRecord;
  claim: Claim;
  /** The item's sentence holding the figure. */
  sentence: string;
  /** A figure of a year before the item's (background, never the lead). */
  past: boolean;
  inTitle: boolean;
  score: number;
}

/** Same number (for matching a title's figure to a claim's). */
export function sameNumber(
  a: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>,
  b: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>,
): boolean {
  const eq = (x?: number, y?: number) =>
    x === y || (x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)));
  return a.kind === b.kind && eq(a.value, b.value) && eq(a.low, b.low) && eq(a.high, b.high);
}

/** The owned figures of the story's items, best first. */
export function storyFacts(bundle: StoryBundle): StoryFact[] {
  const byId = new Map(bundle.items.map((i) => [i.id, i]));
  const titleFigs = new Map(bundle.items.map((i) => [i.id, extractFigures(i.title)]));
  const out: StoryFact[] = [];
  for (const o of ownedFigures(bundle.items, bundle.claims)) {
    const item = byId.get(o.itemId);
    if (!item) continue;
    const f = o.figure;
    const inTitle = (titleFigs.get(item.id) ?? []).some((t) => sameNumber(t, f));
    const sentence = item.sentences.find((s) => f.start >= s.start && f.end <= s.end)?.text ?? o.statement.sentence;
    out.push({
      figure: f,
      item,
      claim: o.claim,
      sentence,
      past: pastPeriod(f, item.date) || pastPeriod({ ...f, period: o.claim.period }, item.date),
      inTitle,
      score: keyFigureScore(f, inTitle, item.lang !== 'en', item.date),
    });
  }
  const order = new Map(bundle.items.map((i, n) => [i.id, n]));
  return out.sort(
    (a, b) => b.score - a.score || (order.get(a.item.id) ?? 0) - (order.get(b.item.id) ?? 0) || a.figure.start - b.figure.start,
  );
}
