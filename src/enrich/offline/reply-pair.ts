/**
 * A reply and the claim it answers are printed as a pair (docs/decisions/130): a company's answer to a report
 * (`对此，公司回应称…`, `X declined to comment`, `公司否认了上述报道`) stands right after the sentence whose claim it answers
 * (the 知情人士 / 传闻 / people-familiar sentence, a plan told on another outlet's report), never before it nor after
 * another sentence; it goes when its claim is not printed; and a printed claim brings the reply its own source puts
 * right after it. Pure: the sentences out are the chosen ones, in a new order, plus replies from `all`.
 */
import { leansOn, noComment } from '../assemble/sentence-shape.js';
import { claimSentence, replySentence } from './reply-shape.js';
import { replyAnswersPrinted, topicsOf } from './reply-topic.js';
import { answersBefore, noAnswer } from './response.js';
import type { SourceSentence } from './sentences.js';

export { claimSentence, replySentence } from './reply-shape.js';

/** How many sentences before it a reply that does not open on 对此 may answer (the claim, then a detail of it). */
const REACH = 3;
/** A reply longer than this is a statement of its own, not an answer printed beside a claim. */
const LONGEST = 160;

const same = (a: SourceSentence, b: SourceSentence) => a.item.id === b.item.id && a.sentence.index === b.sentence.index;

/**
 * The sentence a reply answers, from its own source: the nearest claim sentence before it that is printed, else the
 * nearest (any distance for an answer opening on 对此 — its source's background and other voices may stand between —,
 * at most three sentences for one standing alone); with no claim before it, the sentence right before it when it leans
 * on that one (对此，…, a no-comment line). A
 * sentence opening as an answer that is no reply (对此，有分析师认为…) answers the sentence right before it. `null` when
 * it answers a sentence the sources do not hold; undefined when it answers no claim (a statement standing alone).
 */
export function answeredClaim(
  reply: SourceSentence,
  all: readonly SourceSentence[],
  printed: (s: SourceSentence) => boolean = () => true,
): SourceSentence | null | undefined {
  const own = all.filter((s) => s.item.id === reply.item.id && s.sentence.index < reply.sentence.index);
  const text = reply.sentence.text;
  const opens = answersBefore(text);
  const before = () => own.find((s) => s.sentence.index === reply.sentence.index - 1) ?? null;
  if (!replySentence(text)) return opens ? before() : undefined;
  const near = own
    .filter(
      (s) =>
        (opens || s.sentence.index >= reply.sentence.index - REACH) && claimSentence(s.sentence.text) && !replySentence(s.sentence.text),
    )
    .sort((a, b) => b.sentence.index - a.sentence.index);
  if (near.length > 0) {
    // The claim of the reply's own topic first (the appeal answers the fine, not the rumour beside it): the check's rule.
    const own = topicsOf(text);
    const onTopic = (s: SourceSentence) => own.length > 0 && topicsOf(s.sentence.text).some((t) => own.includes(t));
    return near.find((s) => onTopic(s) && printed(s)) ?? near.find(onTopic) ?? near.find(printed) ?? near[0];
  }
  return opens || (noComment(text) && leansOn(text)) ? before() : undefined;
}

/**
 * Whether a reply printed right after `claim` answers it, by the check's rule (src/enrich/offline/reply-topic.ts,
 * decisions 136, 142): its source's previous sentence always; another sentence only when it carries the topic or the
 * figure of the claim the reply answers in its source.
 */
export function answersPrinted(reply: SourceSentence, claim: SourceSentence, all: readonly SourceSentence[]): boolean {
  if (claim.item.id === reply.item.id && claim.sentence.index === reply.sentence.index - 1) return true;
  const source = all.filter((s) => s.item.id === reply.item.id).sort((a, b) => a.sentence.index - b.sentence.index);
  const at = source.findIndex((s) => same(s, reply));
  if (at < 0) return claimSentence(claim.sentence.text);
  return replyAnswersPrinted(
    reply.sentence.text,
    source.map((s) => s.sentence.text),
    at,
    claim.sentence.text,
  );
}

/** How a story prints its chosen sentences: `asides` when none of them is its news (a figure paragraph's). */
export interface PairingOptions {
  asides?: boolean;
}

/**
 * The chosen sentences with every reply right after the claim it answers: a reply whose claim is not chosen goes (one
 * answering the sentence before it, or a claim of its own source); a self-contained reply of another source (a story's
 * second outlet carrying the company's answer) stands after the first claim chosen; a chosen claim with no reply after
 * it takes the reply of its source answering it (never a newsroom's `截至发稿…未回应`). A sentence opening as an
 * answer to the one before it (对此，…) stands right after that one, or goes.
 * @example pairedReplies([reply, claim], all) // → [claim, reply]
 */
export function pairedReplies(
  chosen: readonly SourceSentence[],
  all: readonly SourceSentence[],
  options: PairingOptions = {},
): SourceSentence[] {
  // A sentence opening as an answer (对此，分析师认为…) is held to the sentence before it like a reply.
  const isReply = (s: SourceSentence) => replySentence(s.sentence.text) || answersBefore(s.sentence.text);
  const claims = chosen.filter((s) => !isReply(s) && claimSentence(s.sentence.text));
  // Each chosen reply's anchor: the chosen claim it answers, `null` to leave it out, undefined to leave it where it is.
  const anchors = new Map<SourceSentence, SourceSentence | null | undefined>();
  for (const s of chosen) {
    if (!isReply(s)) continue;
    const claim = answeredClaim(s, all, (c) => chosen.some((x) => same(x, c)));
    if (claim === undefined) {
      // A reply of another source answering the claim printed: after it; else where it stands.
      anchors.set(
        s,
        claims.find((c) => c.item.id !== s.item.id && answersPrinted(s, c, all)),
      );
      continue;
    }
    const anchor = claim === null ? undefined : chosen.find((c) => same(c, claim));
    anchors.set(s, anchor !== undefined && answersPrinted(s, anchor, all) ? anchor : null);
  }
  if (claims.length === 0 && ![...anchors.values()].some((a) => a !== undefined)) return [...chosen];
  const out = chosen.filter((s) => !anchors.has(s) || anchors.get(s) === undefined);
  const placeAfter = (anchor: SourceSentence, reply: SourceSentence) => {
    let at = out.findIndex((x) => same(x, anchor));
    if (at < 0) return;
    while (at + 1 < out.length && isReply(out[at + 1] as SourceSentence)) at++;
    out.splice(at + 1, 0, reply);
  };
  for (const [reply, anchor] of anchors) if (anchor) placeAfter(anchor, reply);
  // A claim printed with no reply after it takes the reply of its source that answers it; an aside whose source
  // answers it with a reply that cannot be printed (too long a statement) goes with it (decision 142): an allegation is
  // never printed without the rebuttal its source gives.
  const first = chosen[0];
  for (const c of claims) {
    const at = out.findIndex((x) => same(x, c));
    if (at < 0) continue;
    const next = out[at + 1];
    if (next !== undefined && isReply(next)) continue;
    const answers = all.filter((s) => {
      if (s.item.id !== c.item.id || s.sentence.index <= c.sentence.index || s.lang !== c.lang) return false;
      if (!replySentence(s.sentence.text) || noAnswer(s.sentence.text)) return false;
      const answered = answeredClaim(s, all, (x) => out.some((y) => same(x, y)));
      return answered !== null && answered !== undefined && same(answered, c) && answersPrinted(s, c, all);
    });
    const reply = answers.find((s) => s.sentence.text.length <= LONGEST);
    if (reply !== undefined) {
      if (!out.some((x) => same(x, reply))) out.splice(at + 1, 0, reply);
    } else if (answers.length > 0 && (options.asides || first === undefined || !same(c, first))) out.splice(at, 1);
  }
  return out;
}
