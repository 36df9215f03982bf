/**
 * A follow-up's sentence that tells the day's news and then re-tells a figure an earlier digest printed of the same
 * event (decision 171): `据招股书，此次IPO募资上限约62亿港元，七家基石投资者合计认购约3.1亿美元。` the day after the launch
 * digest printed the 3.1亿美元 cornerstone total. The trailing clauses that only re-tell go; the sentence ends on its
 * news. Silent when unsure: a clause is dropped only when every amount or rate it holds was printed, every clause after
 * it is dropped too, the kept part holds a figure that was not printed, and the kept part does not end on a verb of
 * saying or a colon (the dropped clause would be what was said). Pure.
 */

/** A figure of the sentence as this module reads it: its offsets into the sentence's text and whether a digest printed it. */
export interface TailFigure {
  start: number;
  end: number;
  /** Whether a digest of an earlier day printed this value for the same event. */
  printed: boolean;
}

/** The clause stops a trailing clause is cut at (outside brackets and quotation marks). */
const STOP = /[，；,;]/u;
const OPEN = /[（(“「『《【]/u;
const CLOSE = /[）)”」』》】]/u;
/** A kept part ending on a verb of saying or a colon introduces what follows: never cut after it. */
const SAYING = /(?:称|表示|显示|指出|透露|披露|介绍|公告|宣布|预计|认为|强调|提到|说|[：:])$/u;
/** A clause opening on a word that carries the clause before it on (and, but, so) is that clause's: never the cut. */
const CARRIES_ON = /^(?:并|且|而|但|从而|因此|进而|以及|同时|此外|其中包括)/u;
/**
 * A kept clause opening on a condition or a basis (若…, 按…计, 扣除…) is the dropped clause's premise: cut there, the
 * sentence would end on a condition with no main clause (at the merge of 171: a blind IPO story's 若… left dangling).
 */
const PREMISE = /^(?:若|如果|如|假如|倘若|假设|按|按照|以|基于|扣除|根据|据此|在)/u;
/**
 * A dropped clause that sets a figure against another (此前…, 从…上调至…, 较…, 高于…) tells what changed: a re-told
 * value there is the base of the news, not a retelling (at the merge of 171: a blind guidance raise lost the guidance
 * it replaced, a blind revised valuation lost its comparison).
 */
const COMPARES = /此前|之前|原先|原本|原定|最新|上调|下调|调高|调低|提高|降低|上修|下修|修正|修订|较|相比|对比|高于|低于|超过|不及|从|由/u;

/** The clauses of a sentence body (its final stop excluded), as [start, end) offsets, cut at stops outside brackets. */
export function clauses(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    if (OPEN.test(ch)) depth++;
    else if (CLOSE.test(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && STOP.test(ch)) {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, body.length]);
  return out;
}

/**
 * Where a sentence's re-told tail starts (the offset of the stop before it), or undefined when nothing is cut.
 * @example retoldTailAt('据招股书，募资上限约62亿港元，基石投资者合计认购约3.1亿美元。', figs) // → offset of the second ，
 */
export function retoldTailAt(text: string, figures: readonly TailFigure[]): number | undefined {
  const end = /[。！？!?]$/u.test(text) ? text.length - 1 : text.length;
  const body = text.slice(0, end);
  const parts = clauses(body);
  if (parts.length < 2) return undefined;
  const inside = ([a, b]: [number, number]) => figures.filter((f) => f.start >= a && f.end <= b);
  // The trailing run of clauses that each hold a figure and only figures printed before.
  let cut = parts.length;
  while (cut > 1) {
    const held = inside(parts[cut - 1] as [number, number]);
    if (held.length === 0 || held.some((f) => !f.printed)) break;
    cut--;
  }
  if (cut === parts.length) return undefined;
  // A figure straddling the cut (a range written across a stop) leaves the sentence as it is.
  const at = (parts[cut - 1] as [number, number])[1];
  if (figures.some((f) => f.start < at && f.end > at)) return undefined;
  const kept = body.slice(0, at).trim();
  // The kept part tells news: a figure not printed before.
  if (!figures.some((f) => f.end <= at && !f.printed)) return undefined;
  if (SAYING.test(kept)) return undefined;
  // The first dropped clause carries the kept one on (并…, 但…): the two are one statement, left whole.
  const first = body.slice((parts[cut] as [number, number])[0]).trim();
  if (CARRIES_ON.test(first)) return undefined;
  // The last kept clause is a premise of what follows (若…, 按…计): the sentence is one statement, left whole.
  const last = body.slice((parts[cut - 1] as [number, number])[0], at).trim();
  if (PREMISE.test(last)) return undefined;
  // A dropped clause comparing values (此前…, 较…, 上调至…) tells the change: left whole.
  if (COMPARES.test(body.slice((parts[cut] as [number, number])[0]))) return undefined;
  return at;
}

/** The sentence without its re-told tail, closed with 。; the sentence itself when nothing is cut. */
export function withoutRetoldTail(text: string, figures: readonly TailFigure[]): string {
  const at = retoldTailAt(text, figures);
  return at === undefined ? text : `${text.slice(0, at)}。`;
}
