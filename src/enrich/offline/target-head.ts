/**
 * A Chinese head that says a broker kept (or gave) a rating while its source's sentence says the same broker moved the
 * company's target price: the move is the news, as decision 151 heads an English note (decision 167). Pure but for the
 * rating-word table (data/rating-words-zh.json).
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { renderFigureZh } from './figure-zh.js';
import { HEADLINE_MAX } from './titles.js';

const schema = z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)) }).strict();
let words: string[] | undefined;

/** The table's rating words, longest first. */
function ratingWords(): string[] {
  words ??= [...loadDataTable('rating-words-zh.json', schema).words].sort((a, b) => b.length - a.length);
  return words;
}

/** A head that is a rating kept or given and nothing more: `{broker}{维持|给予|重申}{company}{rating}评级`. */
const KEPT = /^(?<broker>[^，,：:；\s]{2,14}?)(?<action>维持|给予|重申)(?:对)?(?<rest>[^，,。：:；]{3,30})评级$/u;

/** A target move in a sentence: `目标价由58元上调至72元`, `将目标价上调至72元`, `上调其目标价至72元`. */
const MOVES: readonly RegExp[] = [
  /目标价(?:由[^，。；至]{1,16}?)?(?<verb>上调|下调|调升|调降|调高|调低|上修|下修|提高|提升)至/u,
  /(?<verb>上调|下调|调升|调降|调高|调低|上修|下修|提高)[^，。；、]{0,12}?目标价(?:由[^，。；至]{1,16}?)?至/u,
];

/** Verbs that move a target down; every other move word moves it up. */
const DOWN = /下调|调降|调低|下修/u;

/** A kept-rating head read into its parts, undefined when it is no such head or no table word ends its rest. */
export function keptRating(head: string): { broker: string; action: string; company: string; rating: string } | undefined {
  const m = KEPT.exec(head.trim());
  const g = m?.groups;
  if (!g) return undefined;
  const rest = g.rest as string;
  const rating = ratingWords().find((w) => rest.endsWith(w) && rest.length - w.length >= 2);
  if (!rating) return undefined;
  const company = rest.slice(0, rest.length - rating.length);
  if (/目标价|上调|下调/u.test(company)) return undefined;
  return { broker: g.broker as string, action: g.action as string, company, rating };
}

/**
 * The target move a sentence naming the company states: its direction and the amount it moves to (the money figure right
 * after `至`). Undefined when the sentence states none.
 */
export function targetMove(sentence: string): { move: '上调' | '下调'; amount: string } | undefined {
  for (const re of MOVES) {
    const m = re.exec(sentence);
    if (!m) continue;
    const at = m.index + m[0].length;
    const fig = extractFigures(sentence).find((f) => f.kind === 'money' && f.start === at);
    if (!fig) continue;
    return { move: DOWN.test(m.groups?.verb ?? '') ? '下调' : '上调', amount: renderFigureZh(fig) };
  }
  return undefined;
}

/**
 * A head that keeps a rating said as the target move its source's sentence states for the same company, the rating after
 * it when the head fits `HEADLINE_MAX` (`国信证券将岳川电子目标价上调至72元，维持买入评级`), else the move alone. The
 * sentence must name the company and either the broker or the rating action, so the move is this note's. Unchanged when
 * the head is no kept-rating head or no sentence states a move.
 * @example targetMoveHead('国信证券维持岳川电子买入评级', ['国信证券维持岳川电子买入评级，将其目标价由58元上调至72元。'])
 *   // → '国信证券将岳川电子目标价上调至72元，维持买入评级'
 */
export function targetMoveHead(head: string, sentences: readonly string[]): string {
  const kept = keptRating(head);
  if (!kept) return head;
  for (const s of sentences) {
    if (!s.includes(kept.company) || !(s.includes(kept.broker) || s.includes(kept.action))) continue;
    const move = targetMove(s);
    if (!move) continue;
    const bare = `${kept.broker}将${kept.company}目标价${move.move}至${move.amount}`;
    const full = `${bare}，${kept.action}${kept.rating}评级`;
    return [...full].length <= HEADLINE_MAX ? full : bare;
  }
  return head;
}
