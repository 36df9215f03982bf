/**
 * Whether a value moved over time or two sources differ on one measure (decision 163). 低于 / 高于 an earlier report says
 * the figure moved: a final value against the earlier rumour, talks or plan it settles. Two firm reports of one measure
 * (a wire's total and a broker's note a day later) are two sources at once: the earlier one is said beside today's
 * (路透社此前报道为31亿美元), no direction. Pure.
 */

import type { Figure, ItemRecord, Statement } from '../../types/index.js';
import { prospectiveClause } from './dispute.js';
import { estimatedSentence, rumouredSentence } from './facts.js';
import { itemStage } from './stage.js';

/**
 * Whether a statement gives its value as not yet final: on unnamed people's word (知情人士, people familiar), in talks
 * or under negotiation (洽谈, in talks), or as a deal still sought or planned (拟, plans to raise).
 * @example provisionalStatement({ sentence: '据知情人士透露，北风拟融资约30亿元。', figure: { text: '30亿元' } }) // → true
 */
export function provisionalStatement(st: Pick<Statement, 'sentence'> & { figure: Pick<Statement['figure'], 'text'> }): boolean {
  return rumouredSentence(st.sentence) || estimatedSentence(st.sentence) || prospectiveClause(st.sentence, st.figure.text);
}

/**
 * Whether today's value is the final one of a figure an earlier statement gave provisionally (the rumoured round that
 * closed, the talks-stage price that was signed): only then has the value moved over time, and 低于 / 高于 may be said.
 * @example movedOverTime(rumour, signed) // → true; movedOverTime(wire, brokerNote) // → false
 */
export function movedOverTime(
  earlier: Pick<Statement, 'sentence'> & { figure: Pick<Statement['figure'], 'text'> },
  today: Pick<Statement, 'sentence'> & { figure: Pick<Statement['figure'], 'text'> },
): boolean {
  return provisionalStatement(earlier) && !provisionalStatement(today);
}

/**
 * Which way a value moved from an earlier one (decision 157): both single amounts or rates (no range, no bound) of one
 * kind and currency; undefined otherwise.
 */
export function movedFrom(earlier: Figure, today: Figure): 'lower' | 'higher' | undefined {
  // A bound (超过, up to) or a range has no one value to move from; a decline's value is kept positive (signed here).
  const point = (x: Figure) =>
    x.value !== undefined && x.low === undefined && x.high === undefined && (x.qualifier === 'exact' || x.qualifier === 'approx')
      ? x.direction === 'down'
        ? -x.value
        : x.value
      : undefined;
  const [a, b] = [point(earlier), point(today)];
  if (a === undefined || b === undefined || earlier.kind !== today.kind || (earlier.currency ?? '') !== (today.currency ?? ''))
    return undefined;
  return b < a ? 'lower' : b > a ? 'higher' : undefined;
}

/**
 * The word of change a comparison with an earlier report says (decision 163): 低于 / 高于 when the earlier value was
 * provisional (a rumour, talks, a plan), today's is firm and the item telling it reports the deal done (closed,
 * signed, 完成): the final value came in below or above what was reported. Undefined otherwise: the two values stand
 * side by side as before.
 * @example finalMove(rumouredRound, closedRound, [closingItem]) // → 'lower'
 */
export function finalMove(
  earlier: Pick<Statement, 'sentence' | 'figure'>,
  today: Pick<Statement, 'sentence' | 'figure'>,
  todayItems: readonly Pick<ItemRecord, 'title' | 'text'>[],
): 'lower' | 'higher' | undefined {
  if (!movedOverTime(earlier, today) || !todayItems.some((i) => itemStage(i) === 'done')) return undefined;
  return movedFrom(earlier.figure, today.figure);
}
