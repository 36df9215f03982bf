/**
 * A head whose figure stands on unnamed people's word carries that standing (decision 114): the lead says
 * `据彭博援引知情人士报道，甲向乙投资20亿美元`, the head says `传甲向乙投资20亿美元`, never the rumour as a settled fact. A
 * head already hedged (拟, 正洽谈, 或, 计划, 预计 …) or stating no figure is left as it is. Pure.
 */

import type { Figure } from '../../types/index.js';

/** A lead's first sentence on unnamed people's word: `据X援引知情人士报道，`, `据知情人士透露，`, `多位知情人士透露，`. */
const RUMOUR_LEAD =
  /^(?:据[^，。]{0,20}?(?:报道|消息)?[，,]?)?(?:[^，。]{0,12}?援引)?(?:多位|一位|两位)?(?:知情人士|消息人士|接近[^，。]{1,12}的人士)/u;

/** Words by which a head already says its figure is not settled (a plan, talks, a possibility, a rumour). */
export const HEDGED_HEAD =
  /^传|传出|据悉|消息称|拟|正洽谈|洽谈|商谈|谈判|寻求|考虑|计划|筹划|预计|预期|有望|或将|或达|或超|或逾|可能|接近|(?:^|[，、])或/u;

/** A sentence standing on unnamed people's word, English or Chinese (people familiar, sources said, 知情人士). */
export const UNNAMED_SOURCE =
  /\bpeople (?:familiar|with (?:direct )?knowledge|briefed|close to)\b|\b(?:according to|said) (?:a |two |three |several )?(?:people|persons|sources?)\b|\bsources? (?:said|say|familiar)\b|知情人士|消息人士|接近[^，。]{1,12}的人士|据悉|传闻/iu;

/**
 * Whether every figure of the head has a statement on someone's own word, not on unnamed people's (the company's call
 * the day before, its filing): the head is then no rumour, whatever today's lead cites.
 */
export function statedFirmly(
  headFigures: readonly Figure[],
  statements: readonly { figure: Figure; sentence: string; itemId: string }[],
  same: (a: Figure, b: Figure) => boolean,
  /** The text of an item the story holds (its title too), when known: an article resting on unnamed people anywhere is no firm source, its title included. */
  itemText: (itemId: string) => string | undefined = () => undefined,
): boolean {
  const firm = (st: { sentence: string; itemId: string }) =>
    !UNNAMED_SOURCE.test(st.sentence) && !UNNAMED_SOURCE.test(itemText(st.itemId) ?? '');
  return headFigures.length > 0 && headFigures.every((h) => statements.some((st) => same(h, st.figure) && firm(st)));
}

/** The numbers a text states (digits as written, thousands separators aside). */
function numbers(text: string): string[] {
  return [...text.replace(/[,，](?=\d{3})/gu, '').matchAll(/\d+(?:\.\d+)?/gu)].map((m) => m[0]);
}

/**
 * The head as a Chinese editor writes a rumour: `传` before it when each of its numbers is its lead's first sentence's,
 * and that sentence stands on unnamed people; unchanged otherwise.
 * @example rumouredHead('甲向乙投资20亿美元', '据彭博援引知情人士报道，甲向乙投资**20亿美元**。') // → '传甲向乙投资20亿美元'
 * @example rumouredHead('甲拟融资20亿美元', '据彭博援引知情人士报道，甲拟融资**20亿美元**。') // → '甲拟融资20亿美元'
 * @example rumouredHead('甲向乙投资20亿美元', '据彭博报道，甲向乙投资**20亿美元**。') // → '甲向乙投资20亿美元'
 */
export function rumouredHead(headline: string, lead: string): string {
  const said = numbers(headline);
  if (said.length === 0 || HEDGED_HEAD.test(headline)) return headline;
  const first = (lead.replace(/\*\*/gu, '').match(/^[^。！？]*[。！？]?/u)?.[0] ?? '').trim();
  if (!RUMOUR_LEAD.test(first)) return headline;
  const stated = new Set(numbers(first));
  return said.every((n) => stated.has(n)) ? `传${headline}` : headline;
}
