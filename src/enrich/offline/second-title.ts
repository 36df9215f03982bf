/**
 * A second source's title told (decision 191, pure over data/second-title.json). A story built from one source's
 * sentences cites others beside it, and each cited source's title names its own news (`…营收同比增长124% 积压订单约668亿美元
 * 盘后股价跌超7%`). The lead, chosen from the main source, may leave out an item such a title promises: the reader sees
 * the source cited and its headline fact missing. Decision 155 tells the main source's title items; this tells a second
 * source's: an item of its Chinese title the printed body does not tell is told by that source's own sentence telling it
 * (the same amounts, each a fact the pipeline holds of that source; or most of the item's own content words), once, after
 * the lead. When no sentence clearly tells an item, nothing comes.
 */
import { z } from 'zod';
import type { Figure, ItemRecord } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';
import { hedged, itemTold, readItem, tellsItem, titleItems, unfitForTitle } from './title-items.js';

const schema = z.object({ maxAdded: z.number().int().min(0), minWords: z.number().int().min(2), pointing: z.array(z.string()) });

let cache: z.infer<typeof schema> | undefined;
function table(): z.infer<typeof schema> {
  cache ??= loadDataTable('second-title.json', schema);
  return cache;
}

/** A second source of the story: its item and whether an amount of it is a fact the pipeline holds of that source. */
export interface SecondSource {
  item: ItemRecord;
  /** Whether the figure, as it stands in this source, is a fact the pipeline holds of it. */
  fact: (f: Figure) => boolean;
}

/**
 * Whether a sentence opens on a word pointing to the day or event of the sentence before it (data `pointing`).
 * @example pointsBack('同一天，星河开源了多模态模型。') // → true
 */
export function pointsBack(text: string): boolean {
  const t = dropOutletTag(text).trim();
  return table().pointing.some((w) => t.startsWith(w));
}

/** A Chinese title: the items of an English one are never matched against a Chinese body. */
function chineseTitle(title: string): boolean {
  return /\p{Script=Han}{4}/u.test(title);
}

/**
 * The sentences of the story's second sources telling an item of their titles the printed body does not tell, in source
 * and title order, at most data `maxAdded` in all. A candidate tells an item of figures when it tells every one of them,
 * each a fact of its source; an item of words when it holds at least data `minWords` of them and half. A stated
 * sentence comes before a hedged one (unless the item is hedged), then the stronger, then the earlier. `candidates` are
 * the sentences the story may print (the engine's tests: usable, standing alone, not printed yet).
 * @example secondTitleSentences([{ item: cls, fact }], candidates, '美国AI云服务商CoreWeave公布…', figures)
 *   // → [CoreWeave截至一季度末的积压订单约668亿美元…]
 */
export function secondTitleSentences(
  sources: readonly SecondSource[],
  candidates: readonly SourceSentence[],
  body: string,
  figures: readonly Figure[],
): SourceSentence[] {
  const out: SourceSentence[] = [];
  const told = () => body + out.map((s) => dropOutletTag(s.sentence.text)).join('');
  const toldFigures = () => [...figures, ...out.flatMap((s) => s.figures)];
  for (const { item, fact } of sources) {
    if (!chineseTitle(item.title)) continue;
    for (const part of titleItems(item.title)) {
      if (out.length >= table().maxAdded) return out;
      if (itemTold(part, told(), toldFigures())) continue;
      const unsure = (s: SourceSentence) => (hedged(part) ? 0 : Number(hedged(s.sentence.text)));
      const best = candidates
        .filter(
          (s) =>
            s.item.id === item.id && s.lang === 'zh' && !out.includes(s) && !unfitForTitle(s.sentence.text) && !pointsBack(s.sentence.text),
        )
        .map((s) => ({ s, n: strength(part, s, fact) }))
        .filter((x) => x.n > 0)
        .sort((a, b) => unsure(a.s) - unsure(b.s) || b.n - a.n || a.s.sentence.index - b.s.sentence.index)[0];
      if (best) out.push(best.s);
    }
  }
  return out;
}

/**
 * How strongly a sentence tells a title's item, by decision 155's measure (`tellsItem`), held to more: an item of
 * figures is told only by a sentence telling all of them, each a fact of its source; an item of words by one holding
 * at least data `minWords` of them.
 */
function strength(part: string, s: SourceSentence, fact: (f: Figure) => boolean): number {
  const n = tellsItem(part, s);
  if (n === 0) return 0;
  const x = readItem(part);
  if (x.figures.length > 0) return itemTold(part, '', s.figures.filter(fact)) ? n : 0;
  return n >= table().minWords ? n : 0;
}
