/**
 * A head's shape (pure but for data/head-shape.json): a head says who did what and ends on a whole phrase. Three
 * shapes are no head, whatever the source title says: an outlet's phrase in quotes with no event and no figure
 * (`AI的“iPhone时刻”来了`), a head cut before what its last word needs (`英伟达将向`, `台达电子与`), and a listed
 * company named with its exchange's tag (`星衡智算-W`). The engine reads `misshapenHead` when it chooses a source
 * title as a head (as it reads featureTitle: the lead fact heads the story instead); withinLength never cuts a head
 * to a clause that ends open; `untagged` names a company without its tag in every printed head.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation } from '../../util/regexp.js';
import { idleHead } from './idle-head.js';

const schema = z
  .object({
    $comment: z.string().optional(),
    eventWords: z.array(z.string()),
    openEnds: z.array(z.string()),
    listingTags: z.array(z.string()),
  })
  .strict();
let table: { event: RegExp; openEnd: RegExp; tag: RegExp } | undefined;
function words(): { event: RegExp; openEnd: RegExp; tag: RegExp } {
  table ??= (() => {
    const t = loadDataTable('head-shape.json', schema);
    return {
      event: new RegExp(`(?:${alternation(t.eventWords)})`, 'iu'),
      openEnd: new RegExp(`(?:${alternation(t.openEnds)})$`, 'u'),
      // A tag after a Chinese short name, hyphenated, at a word's end: 星衡智算-W, 某芯科技-U, 小米集团－W.
      tag: new RegExp(`(?<=\\p{Script=Han})\\s?[-－](?:${alternation(t.listingTags)})(?![A-Za-z0-9])[ \\t]*`, 'gu'),
    };
  })();
  return table;
}

/** Quoted spans of a head: Chinese and Latin quotation marks, corner brackets. */
const QUOTED = /“[^”]{1,16}”|「[^」]{1,16}」|『[^』]{1,16}』|"[^"]{1,16}"|‘[^’]{1,16}’/gu;
/** A follow-up's marker and the marks a head may end on before its last word is read. */
const TRAILER = /(?:（续报）)?[\s，,。；;：:！!]*$/u;

/**
 * Whether a head is an outlet's phrase in quotes rather than news: it quotes a phrase, prints no figure, and outside the
 * quotes says no event (data/head-shape.json `eventWords`).
 * @example quotedPhraseHead('AI的“iPhone时刻”来了') // → true
 * @example quotedPhraseHead('甲骨文股价再跌，“循环融资”争议升温') // → false
 */
export function quotedPhraseHead(head: string): boolean {
  const t = head.trim();
  if (t.search(QUOTED) < 0 || /\d/u.test(t)) return false;
  const outside = t.replace(QUOTED, '');
  return !words().event.test(outside);
}

/**
 * Whether a head ends on a word that needs what follows it (a preposition, a conjunction, 的, a list mark): it was cut
 * before its object or its second party.
 * @example openEnded('英伟达将向') // → true
 * @example openEnded('台达电子拟发新台币150亿元公司债') // → false
 */
export function openEnded(head: string): boolean {
  const t = head.trim().replace(TRAILER, '');
  return t !== '' && words().openEnd.test(t);
}

/** Whether a text says an event (data/head-shape.json `eventWords`): `加码`, `罚款`, `上调`. */
export function eventWord(text: string): boolean {
  return words().event.test(text);
}

/**
 * Why a source title may not head a story as it stands: `quoted` (an outlet's phrase), `open` (cut before its object),
 * `idle` (a feature phrase telling no news, idle-head.ts: `一家视觉公司的十年`).
 */
export function misshapenHead(head: string): 'quoted' | 'open' | 'idle' | undefined {
  if (quotedPhraseHead(head)) return 'quoted';
  if (openEnded(head)) return 'open';
  if (idleHead(head)) return 'idle';
  return undefined;
}

/** A stock code in brackets after a name: `（02xxx.HK）`, `(688321.SH)`. */
const CODE = /\s?[（(]\s*\d{4,6}\s*\.\s*(?:HK|SH|SZ|BJ|TW|TWO|SS)\s*[)）]/gu;

/**
 * A head with each listed company named without its exchange's tag (data/head-shape.json `listingTags`) or its stock
 * code in brackets: the tag and the code are the listing's, not the company's name.
 * @example untagged('华泰证券将星衡智算-W目标价上调至36港元') // → '华泰证券将星衡智算目标价上调至36港元'
 */
export function untagged(head: string): string {
  return head.replace(words().tag, '').replace(CODE, '');
}
