/**
 * A follow-up's figure beside the other value an earlier digest printed (decision 186): a day-two lead printing a value
 * of a disputed measure (same company, metric, period) whose other value an earlier day's digest printed says so in one
 * clause where the figure stands — `…为**28亿元**，36氪此前报道为约31亿元。` at the sentence's end, `…为**28亿元**（36氪此前报道
 * 为约31亿元），由…领投。` inside it — so the reader of both days is never left to square two numbers. Pure.
 */

import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';

/** The earlier value to say beside today's (the engine's `earlierOtherValue`, with its figure). */
export interface EarlierAside {
  /** Today's figure the lead prints in bold. */
  today: Figure;
  /** The earlier value's figure (to find it printed already). */
  earlier: Figure;
  /** The text to add: a clause (`，…此前报道为…`) at a sentence's end. */
  clause: string;
  /** …and the same in brackets (`（…此前报道为…）`) inside a sentence. */
  aside: string;
}

/** A sentence's end, or the end of a clause carrying the sentence on. */
const SENTENCE_END = /[。！？!?]/u;
const CLAUSE_END = /[，；,;：:]/u;

/**
 * The paragraph with the first aside whose today's figure it prints in bold and whose earlier value no paragraph prints
 * (a comparison line, a source's own 此前报道 sentence: told already); undefined when none fits. At most one aside.
 * @example withEarlierAside(['融资额为**28亿元**。'], [{ today: f28, earlier: f31, clause: '，甲此前报道为31亿元', aside: '（甲此前报道为31亿元）' }], same)
 * // → ['融资额为**28亿元**，甲此前报道为31亿元。']
 */
export function withEarlierAside(
  paragraphs: readonly string[],
  asides: readonly EarlierAside[],
  same: (a: Figure, b: Figure) => boolean,
  at = 0,
): string[] | undefined {
  const p = paragraphs[at];
  if (p === undefined) return undefined;
  const printed = extractFigures(paragraphs.join('\n').replace(/\*\*/g, ''));
  for (const a of asides) {
    if (printed.some((x) => same(x, a.earlier))) continue;
    for (const m of p.matchAll(/\*\*([^*]+)\*\*/gu)) {
      if (!extractFigures(m[1] as string).some((x) => same(x, a.today))) continue;
      const end = (m.index ?? 0) + m[0].length;
      const next = p.slice(end, end + 1);
      // Only where the figure closes its clause: a figure read inside a phrase (**28亿元**的订单) keeps its phrase whole.
      if (next !== '' && !SENTENCE_END.test(next) && !CLAUSE_END.test(next)) continue;
      const text = next === '' || SENTENCE_END.test(next) ? a.clause : a.aside;
      const out = [...paragraphs];
      out[at] = `${p.slice(0, end)}${text}${p.slice(end)}`;
      return out;
    }
  }
  return undefined;
}
