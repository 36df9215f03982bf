/**
 * The company an investment went into, when its sentence tells the round before the cheque (decision 183): a feature's
 * `乙公司完成新一轮融资，甲公司旗下丙资本领投15亿元` files the 15亿元 as 甲公司's investment with no counterparty, and the
 * head made of it (`甲公司投资15亿元`) is cut before its object: who was invested in? The raiser is the subject of an
 * earlier clause of the same sentence that says a round was raised (`乙公司完成…融资`, `乙公司获得…投资`); the head names it
 * as its receiver (`甲公司向乙公司投资15亿元`). Silent (undefined) when no such clause stands before the cheque, when the
 * cheque's own clause names a receiver or is no investment, or when the name is not one the story writes again. Pure.
 */

import type { StoryBundle } from '../../types/index.js';
import type { StoryFact } from './facts.js';
import { type EntityDirectory, zhName } from './names.js';

/** A clause telling a round raised, opening on its raiser: `乙公司完成新一轮融资`, `乙公司宣布获得5亿元投资`. */
const RAISED =
  /^(?<name>[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9 .&-]{1,15}?)(?:近日|日前|今日|已|宣布|正式)*(?:完成|获得|获|敲定)了?[^，；。]{0,16}?(?:融资|投资|注资|增资)$/u;

/** Words a name never holds: a verb, a preposition, a time or a pointer (`本轮`, `该公司`, `11月下旬`). */
const NOT_NAME = /[的与向对在将于从被是了]|[年月日]$|^(?:本|该|此|其|公司|企业|集团|双方|对方|今年|去年|目前)/u;

/** The cheque's own clause: an investor's verb before the amount (领投, 跟投, 投资, 出资, 参投, 注资). */
const CHEQUE = /(?:领投|跟投|联合领投|投资|出资|参投|注资)(?:了|约|近|超过?|逾)?$/u;

/**
 * The raiser of the round an investor's cheque is part of, as its sentence writes it, or undefined.
 * `investor`: the names the investment's owner is written with (its subject, its Chinese name); `written(name)`: how
 * many times the story's sources write a name (it must be more than once: a name the story writes again).
 * @example roundInvestee('乙公司完成新一轮融资，甲资本领投**15亿元**。', '15亿元', ['甲资本'], () => 3) // → '乙公司'
 * @example roundInvestee('甲资本向乙公司投资15亿元。', '15亿元', ['甲资本'], () => 3) // → undefined
 */
export function roundInvestee(
  sentence: string,
  figureText: string,
  investor: readonly string[],
  written: (name: string) => number,
): string | undefined {
  const s = sentence.replace(/\*\*/g, '');
  const at = s.indexOf(figureText);
  if (at < 0) return undefined;
  const clauses = s.slice(0, at).split(/[，；：]/u);
  const own = (clauses.pop() ?? '').trim();
  // The cheque's own clause is an investor's (no receiver named in it: `向乙` would have been its counterparty).
  if (!CHEQUE.test(own) || /向|对/u.test(own)) return undefined;
  // …and the cheque's clause ends on its amount: a cheque that goes on to buy something (`出资8亿元收购丁`) is another deal.
  const after = /^[^，；。]*/u.exec(s.slice(at + figureText.length))?.[0] ?? '';
  if (!/^(?:人民币|资金|元)?$/u.test(after.trim())) return undefined;
  for (const clause of clauses.reverse()) {
    const m = RAISED.exec(clause.trim());
    const name = m?.groups?.name?.trim();
    if (name === undefined) continue;
    if (NOT_NAME.test(name) || investor.some((n) => n !== '' && (name.includes(n) || n.includes(name)))) return undefined;
    return written(name) >= 2 ? name : undefined;
  }
  return undefined;
}

/**
 * `roundInvestee` of an investment fact with no counterparty: its owner written as the story writes it, the names counted
 * over its sources' titles and texts. Undefined for any other fact.
 */
export function investeeOf(
  fact: Pick<StoryFact, 'claim' | 'sentence' | 'figure'>,
  bundle: StoryBundle,
  ctx: { dir: EntityDirectory },
): string | undefined {
  if (fact.claim.metric !== 'investment' || fact.claim.counterparty) return undefined;
  const texts = bundle.items.map((i) => `${i.title}\n${i.text}`);
  const written = (name: string) => texts.reduce((n, t) => n + t.split(name).length - 1, 0);
  const investor = [fact.claim.subject, zhName(fact.claim.subject, bundle, ctx.dir)];
  return roundInvestee(fact.sentence, fact.figure.text, investor, written);
}
