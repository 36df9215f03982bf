/**
 * A market's reaction and its cause by the event word they share (decision 168): an index or a sector moving on a price
 * cut or a trade rule often names no company in its headline or lead (`AI降价潮冲击，恒生科技指数跌2%`), so
 * reaction-order.ts's party link (decision 121) misses the same-day story of the cut it rides on. A reaction whose
 * headline or lead says a cause word of data/reaction-causes.json (a price change, a trade rule) is caused by the top
 * story whose headline says the same word. Pure: reads two texts and the table.
 */
import { z } from 'zod';
import { cueMatcher } from '../select/news-weight.js';
import { loadDataTable } from '../util/data-table.js';

const tableSchema = z.object({ causes: z.array(z.string()) });

let matchers: ((text: string) => boolean)[] | undefined;
function load(): ((text: string) => boolean)[] {
  matchers ??= loadDataTable('reaction-causes.json', tableSchema).causes.map((c) => cueMatcher([c]));
  return matchers;
}

/** The cause words of the table a text says (their indexes in the table). */
function causesIn(text: string): number[] {
  const plain = text.replace(/\*\*/g, '');
  return load().flatMap((m, i) => (m(plain) ? [i] : []));
}

/**
 * Whether a reaction (its headline and lead) rides on the event a story's headline tells: both say one cause word.
 * @example causedByEventWord('受降价潮冲击，恒生科技指数跌2%', '某云大模型API降价80%') // → true
 */
export function causedByEventWord(reaction: string, eventHeadline: string): boolean {
  const said = causesIn(reaction);
  if (said.length === 0) return false;
  const event = new Set(causesIn(eventHeadline));
  return said.some((i) => event.has(i));
}
