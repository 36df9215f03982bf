/**
 * A pointer printed before what it points at (decision 160): `该客户`, `上述融资`, `本轮融资` lean on a customer, a round
 * or a deal an earlier sentence named. Chosen for its own figure while that sentence was not printed (cut as another
 * company's, as told the day before), it points at nothing the reader has seen — the editor's "a quote refers to 该客户
 * with no customer introduced", "a compute commitment tied to the financing when no financing round is printed". Such a
 * sentence goes. The pointers and what introduces them are data/introduced.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  $comment: z.string().optional(),
  $persons: z.string().optional(),
  persons: z.object({ titles: z.array(z.string()), verbs: z.array(z.string()) }),
  entries: z.array(z.object({ pointers: z.array(z.string()), antecedents: z.array(z.string()) })),
});
type Table = z.infer<typeof schema>;
type Entry = Table['entries'][number];

let loaded: Table | undefined;
const data = (): Table => {
  loaded ??= loadDataTable('introduced.json', schema);
  return loaded;
};
const table = (): readonly Entry[] => data().entries;

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The bare person a sentence opens on (decision 176): after at most one short clause (`对于关税，`), a name of two or three
 * Chinese characters and a speaking verb (`陈牧告诉记者`), where `source` (the sentence's source text) introduces that
 * name right after a title (`创始人陈牧`) and `before` (the head and the sentences printed before it) never holds it.
 * Undefined when the name is printed before, or the source gives no title before it (then it may be a company's name).
 * @example barePerson('陈牧告诉记者，公司年化收入已突破1亿美元。', '澄言完成B轮融资。', '澄言创始人陈牧告诉记者…') // → '陈牧'
 * @example barePerson('华为表示，将继续投入。', '澄言完成B轮融资。', '领投方华为表示…') // → undefined
 */
export function barePerson(text: string, before: string, source: string | undefined): string | undefined {
  const { titles, verbs } = data().persons;
  if (source === undefined) return undefined;
  const m = new RegExp(`^(?:[^，,。；“”"]{1,12}[，,])?(\\p{Script=Han}{2,3}?)(?:${verbs.map(esc).join('|')})`, 'u').exec(text.trim());
  const name = m?.[1];
  if (name === undefined || before.includes(name)) return undefined;
  return titles.some((t) => source.includes(`${t}${name}`)) ? name : undefined;
}

/**
 * The first pointer of `text` none of whose antecedents `before` (the head and the sentences printed before it) nor the
 * sentence's own words before the pointer hold; undefined when every pointer has its antecedent (or none stands).
 * @example unintroduced('该客户今年将采购约5万张加速卡。', '星河智算启动港股招股。') // → '该客户'
 * @example unintroduced('该客户今年将采购约5万张加速卡。', '星河智算最大客户为北辰云。') // → undefined
 */
export function unintroduced(text: string, before: string): string | undefined {
  const lower = (x: string) => x.toLowerCase();
  for (const e of table()) {
    for (const p of e.pointers) {
      const at = text.indexOf(p);
      if (at < 0) continue;
      const seen = lower(`${before}${text.slice(0, at)}`);
      if (!e.antecedents.some((w) => seen.includes(lower(w)))) return p;
    }
  }
  return undefined;
}

/**
 * The sentences of a paragraph without those pointing at what nothing before them printed: the head and `printed` (the
 * story's sentences before the paragraph) count, then each sentence kept. The paragraph's first sentence stays when
 * `first` (the lead's opening: the story's news, never cut here).
 * @example withoutUnintroduced([ipo, customerQuote], '星河智算启动招股', [], true) // → [ipo] when ipo names no customer
 */
export function withoutUnintroduced(
  chosen: readonly SourceSentence[],
  head: string,
  printed: readonly string[],
  first: boolean,
): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const [i, s] of chosen.entries()) {
    const before = [head, ...printed, ...out.map((x) => x.sentence.text)].join('。');
    const lone = barePerson(s.sentence.text, before, s.item.text) !== undefined;
    if ((first && i === 0) || (unintroduced(s.sentence.text, before) === undefined && !lone)) out.push(s);
  }
  return out;
}
