/**
 * Whether a story's body tells its headline's figures (pure): one rule for the engine, which keeps or rebuilds a
 * headline by it, and for `digest --check`'s `headline-untold`.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

/**
 * Whether a body figure tells a headline figure: the same number (a range's end included), or, for a bound (`突破千亿
 * 港元`, `逾170%`), a figure of its kind and currency on the bound's side.
 */
export function tells(h: Figure, b: Figure): boolean {
  const bv = b.value ?? b.high ?? b.low;
  if (h.kind !== b.kind || h.value === undefined || bv === undefined) return false;
  if (h.kind === 'money' && h.currency && b.currency && h.currency !== b.currency) return false;
  // A headline rounds (南亚科3月营收环比增18% over a body's 18.2%).
  const close = (x: number, y: number) => Math.abs(x - y) <= Math.max(Math.abs(y) * 0.025, 1e-9);
  const values = [bv, ...(b.low !== undefined ? [b.low] : []), ...(b.high !== undefined ? [b.high] : [])];
  if (values.some((v) => close(v, h.value as number))) return true;
  if (h.low !== undefined && h.high !== undefined && close(h.low, b.low ?? bv) && close(h.high, b.high ?? bv)) return true;
  if (h.qualifier === 'min') return bv >= h.value && bv <= h.value * 1.5;
  if (h.qualifier === 'max') return bv <= h.value && bv >= h.value * 0.5;
  if (h.qualifier === 'approx') return Math.abs(bv - h.value) <= Math.abs(h.value) * 0.05;
  return false;
}

/**
 * The money and rate figures of a headline its story's body never tells (the headline's figure from a title whose
 * sentence the body left out).
 * @example headlineUntold('某芯科技完成20亿元B轮融资', '某芯科技今日宣布完成新一轮融资。').map((f) => f.text) // → ['20亿元']
 */
export function headlineUntold(headline: string, body: string): Figure[] {
  const inBody = extractFigures(body.replace(/\*\*/g, ''));
  return extractFigures(headline)
    .filter((f) => (f.kind === 'money' || f.kind === 'percent') && f.value !== undefined)
    .filter((h) => !inBody.some((b) => tells(h, b)));
}

let events: readonly (readonly string[])[] | undefined;

/** The event words of data/headline-events.json, each group the words that tell one event (融资, 募资, 领投). */
function eventGroups(): readonly (readonly string[])[] {
  events ??= loadDataTable('headline-events.json', z.object({ event: z.array(z.string()) })).event.map((g) => g.split('|'));
  return events;
}

/**
 * The event a headline names that its lead never tells (`…完成20亿元B轮融资` over a lead on the company's revenue): the
 * first word of each such event's group, in the headline's order. A lead telling the event in any word of its group
 * (融资 for 募资) tells it.
 * @example headlineEventUntold('星河智芯完成20亿元B轮融资', '星河智芯今年营收有望翻倍。') // → ['融资']
 * @example headlineEventUntold('星河智芯完成20亿元B轮融资', '星河智芯今日宣布完成新一轮融资。') // → []
 */
export function headlineEventUntold(headline: string, lead: string): string[] {
  return eventGroups()
    .filter((g) => g.some((w) => headline.includes(w)) && !g.some((w) => lead.includes(w)))
    .map((g) => g[0] as string);
}
