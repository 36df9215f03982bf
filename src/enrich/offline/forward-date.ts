/**
 * A forward date closes the lead (pure, decision 170): a sentence of its own telling the day a listing will happen
 * (`11月28日，星河算力将在港交所敲钟。`) is the story's next step. Printed between two facts it reads as dropped there (a
 * senior editor's K8); it goes to the lead's end, unless a sentence about the listing stands next to it (then it is
 * with the sentence it belongs to). The event words are data/forward-dates.json.
 */

import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import type { SourceSentence } from './sentences.js';

let events: readonly string[] | undefined;

function eventWords(): readonly string[] {
  events ??= loadDataTable('forward-dates.json', z.object({ $comment: z.string().optional(), events: z.array(z.string()) })).events;
  return events;
}

const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;

/** The words a sentence about a listing holds (the sentence a forward date goes with when it stands beside it). */
const LISTING = /IPO|上市|招股|募资|发行价|定价|港交所|科创板|创业板|纳斯达克|纽交所/u;

/**
 * Whether a sentence only tells the day of a coming listing event: a date, 将, an event word, and no other number.
 * @example forwardDate('11月28日，星河算力将在港交所敲钟。') // → true
 * @example forwardDate('星河算力将于11月28日在港交所挂牌上市。') // → true
 * @example forwardDate('11月28日，星河算力将在港交所敲钟，募资62亿港元。') // → false (a figure of its own)
 * @example forwardDate('星河算力11月24日在港交所挂牌。') // → false (no 将: a fact, not a coming step)
 */
export function forwardDate(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || !DATE.test(t) || !/将/u.test(t)) return false;
  if (/\d/u.test(t.replace(DATE, ''))) return false;
  const after = t.slice(t.indexOf('将'));
  return eventWords().some((w) => after.includes(w));
}

/**
 * The lead with a forward date moved to its end: one after the first sentence, not last, with no sentence about the
 * listing right before or after it. The lead's first sentence never moves.
 * @example // [deal, forward date, supply, JV] → [deal, supply, JV, forward date]
 */
export function forwardDateLast(lead: readonly SourceSentence[]): SourceSentence[] {
  const moved: SourceSentence[] = [];
  const kept: SourceSentence[] = [];
  lead.forEach((s, i) => {
    const beside = [lead[i - 1], lead[i + 1]].some(
      (n) => n !== undefined && !forwardDate(n.sentence.text) && LISTING.test(n.sentence.text),
    );
    if (i > 0 && i < lead.length - 1 && forwardDate(s.sentence.text) && !beside) moved.push(s);
    else kept.push(s);
  });
  return [...kept, ...moved];
}
