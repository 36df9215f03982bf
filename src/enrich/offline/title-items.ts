/**
 * The source title's news told (decision 155, pure over data/title-items.json). A source's title names its news, often
 * more than one item (`甲砸3000万美元 当乙基石投资人 巩固AI服务器订单`, `乙招股引入七家基石，包括丙、丁`); a lead chosen for
 * its figures may print the first item and other figures and leave a later item out. Every item of the title the lead
 * does not tell is then told by the source's own sentence telling it — the same amount, or most of the item's own content
 * words — within the lead's length budget, at most two; when no sentence clearly tells an item, nothing comes.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { countedFigure, tells } from '../assemble/headline-told.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  generic: z.array(z.string()),
  hedged: z.array(z.string()),
  unfit: z.array(z.string()),
  periods: z.array(z.string()),
  maxAdded: z.number().int().min(0),
});

interface Table {
  generic: Set<string>;
  hedged: RegExp;
  unfit: RegExp[];
  periods: RegExp;
  maxAdded: number;
}
let cache: Table | undefined;
function table(): Table {
  if (!cache) {
    const t = loadDataTable('title-items.json', schema);
    cache = {
      generic: new Set(t.generic.map((w) => w.toLowerCase())),
      hedged: new RegExp(t.hedged.map((w) => (/^[a-z]/u.test(w) ? `\\b${escapeRegExp(w)}\\b` : escapeRegExp(w))).join('|'), 'iu'),
      unfit: t.unfit.map((p) => new RegExp(p, 'u')),
      periods: new RegExp(t.periods.join('|'), 'gu'),
      maxAdded: t.maxAdded,
    };
  }
  return cache;
}

/**
 * Whether a sentence cannot tell a title's item wherever it stands (data/title-items.json `unfit`): a calculation on a
 * figure stated elsewhere, a hypothetical, a self-media voice addressing the reader.
 * @example unfitForTitle('按这一增速推算，公司明年营收将超过200亿元。') // → true
 * @example unfitForTitle('公司去年向甲采购服务器约85亿元。') // → false
 */
export function unfitForTitle(text: string): boolean {
  return table().unfit.some((re) => re.test(text));
}

/**
 * Whether a text tells a prospect or hearsay (`可能上看`, `据了解`), not a stated fact: data/title-items.json `hedged`.
 * @example hedged('据了解，乙明年的订单金额可能上看150亿元。') // → true
 */
export function hedged(text: string): boolean {
  return table().hedged.test(text);
}

/** Between a Chinese title's items: a comma, a pause mark, a semicolon, a bar, a colon, or a space between Han words. */
const ZH_SPLIT = /[，、；;｜|：:]|(?<!\d),|,(?!\d{3})|(?<=[\p{Script=Han}\d%）)])\s+(?=[\p{Script=Han}])/u;
/** Between an English title's items: a comma (not one grouping a number's digits), a semicolon, a colon, `as`, `after`, `amid`, `while`. */
const EN_SPLIT = /\s*(?:[;:]|(?<!\d),|,(?!\d{3}))\s*|\s+(?:as|after|amid|while)\s+/iu;

/**
 * A title's news items, in its order: a Chinese title's `，` / `、` / `；` parts (and a Taiwanese or Hong Kong title's
 * space-separated ones), an English title's comma / `as` / `after` parts. A question is no news item.
 * @example titleItems('甲砸3000万美元 当乙基石投资人 巩固AI服务器订单') // → ['甲砸3000万美元', '当乙基石投资人', '巩固AI服务器订单']
 * @example titleItems('Acme shares jump 12% as it raises guidance') // → ['Acme shares jump 12%', 'it raises guidance']
 */
export function titleItems(title: string): string[] {
  const han = /\p{Script=Han}/u.test(title);
  return title
    .split(han ? ZH_SPLIT : EN_SPLIT)
    .map((x) => x.trim())
    .filter((x) => x !== '' && !/[？?]/u.test(x));
}

/** An amount, a rate, or a count or multiple in digits: a figure an item is told by. */
function measured(f: Figure): boolean {
  return f.kind === 'money' || f.kind === 'percent' || countedFigure(f);
}

/**
 * An item's content words: its Han runs as overlapping two-character words, its Latin words (lower case), its figures,
 * its periods (上半年, 前两月, 第二季: data/title-items.json `periods` — when, not what happened) and the generic words of a
 * title (data `generic`) left out.
 * @example contentWords('巩固AI服务器订单') // → ['巩固', '固a'…] (bigrams of each Han run, `ai`)
 * @example contentWords('上半年获利创同期新高') // → ['获利', '利创', '创同', '同期', '期新', '新高']
 */
export function contentWords(item: string): string[] {
  let text = item;
  for (const f of extractFigures(item)) text = text.replace(f.text, ' ');
  text = text.replace(table().periods, ' ');
  const generic = table().generic;
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+|[A-Za-z][A-Za-z0-9]+/gu) ?? []) {
    if (/^[A-Za-z]/u.test(run)) out.push(run.toLowerCase());
    else if (run.length === 1) continue;
    else for (let i = 0; i + 2 <= run.length; i += 1) out.push(run.slice(i, i + 2));
  }
  return [...new Set(out)].filter((w) => !generic.has(w));
}

/** How many of the words a text holds (Latin words as whole words, case-insensitive). */
function held(words: readonly string[], text: string): number {
  const lower = text.toLowerCase();
  return words.filter((w) => (/^[a-z]/u.test(w) ? new RegExp(`(?<![a-z])${w}(?![a-z])`, 'u').test(lower) : text.includes(w))).length;
}

/** An item and what tells it: its figures, else its content words (two at least). */
export interface Item {
  text: string;
  figures: Figure[];
  words: string[];
}

/** An item of a title read: its measured figures and its content words. */
export function readItem(text: string): Item {
  return { text, figures: extractFigures(text).filter(measured), words: contentWords(text) };
}

/**
 * Whether a text (the lead's, with its figures) tells an item: every figure of the item told; for an item of no figure,
 * at least half its content words held. An item of fewer than two content words and no figure counts as told: nothing
 * clearly says what would tell it.
 * @example itemTold('巩固AI服务器订单', '纬创以3000万美元认购星衍H股。', []) // → false
 */
export function itemTold(item: string, text: string, figures: readonly Figure[]): boolean {
  const x = readItem(item);
  if (x.figures.length > 0) return x.figures.every((h) => figures.some((f) => tells(h, f)));
  if (x.words.length < 2) return true;
  return held(x.words, text) * 2 >= x.words.length;
}

/**
 * How strongly a sentence tells an item: 0 when it does not; else the number of content words it holds (two at least and
 * at least half of the item's), or, for an item of figures, one more than its words for each figure it tells.
 */
export function tellsItem(item: string, s: Pick<SourceSentence, 'sentence' | 'figures'>): number {
  const x = readItem(item);
  const text = dropOutletTag(s.sentence.text);
  if (x.figures.length > 0) {
    const n = x.figures.filter((h) => s.figures.some((f) => tells(h, f))).length;
    return n === 0 ? 0 : n + held(x.words, text) + 1;
  }
  const n = held(x.words, text);
  return n >= 2 && n * 2 >= x.words.length ? n : 0;
}

/**
 * The sentences of the best source telling an item of its title the lead does not, in title order: for each such item
 * the candidate telling it most strongly (`tellsItem`; a stated sentence before a hedged one, a tie to the one with an
 * amount, then the earlier), admitted by
 * `admits` (a sentence leaning on another only right after it), while the lead stays within `maxChars`; at most
 * `maxAdded` (data) in all. `candidates` are the source's sentences a backing may bring (usable, none chosen). A title of
 * one item is the head's to tell (clause and figure backings).
 * @example titleBacking('甲砸3000万美元 当乙基石投资人 巩固AI服务器订单', lead, candidates, admits, 260) // → [乙去年向甲采购AI服务器约85亿元…]
 */
export function titleBacking(
  title: string,
  lead: readonly SourceSentence[],
  candidates: readonly SourceSentence[],
  admits: (s: SourceSentence, chosen: readonly SourceSentence[]) => boolean,
  maxChars: number,
): SourceSentence[] {
  const items = titleItems(title);
  if (items.length < 2) return [];
  const out: SourceSentence[] = [];
  const chosen = () => [...lead, ...out];
  const text = () =>
    chosen()
      .map((s) => dropOutletTag(s.sentence.text))
      .join('');
  const chars = () => chosen().reduce((n, s) => n + s.sentence.text.length, 0);
  const money = (s: SourceSentence) => s.figures.some((f) => f.kind === 'money');
  for (const item of items) {
    // An item stated as fact is told by a stated sentence before a hedged one (a prospect, hearsay).
    const unsure = (s: SourceSentence) => (hedged(item) ? 0 : Number(hedged(s.sentence.text)));
    if (out.length >= table().maxAdded) break;
    if (
      itemTold(
        item,
        text(),
        chosen().flatMap((s) => s.figures),
      )
    )
      continue;
    const best = candidates
      .filter((s) => !chosen().includes(s) && !unfitForTitle(s.sentence.text) && chars() + s.sentence.text.length <= maxChars)
      .map((s) => ({ s, n: tellsItem(item, s) }))
      .filter((x) => x.n > 0 && admits(x.s, chosen()))
      .sort(
        (a, b) =>
          unsure(a.s) - unsure(b.s) || b.n - a.n || Number(money(b.s)) - Number(money(a.s)) || a.s.sentence.index - b.s.sentence.index,
      )[0];
    if (best) out.push(best.s);
  }
  return out;
}
