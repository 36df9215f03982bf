/**
 * Whether a printed reply leans on the sentence printed right before it (decision 136): a company's answer
 * (`对此，公司回应称…`, `对于这一数字，X未予置评`, `该公司表示…不予置评`) printed after another sentence than its source's
 * previous one reads right only when that sentence carries the topic of the claim the reply answers — the same topic
 * (data/reply-topics.json: a purchase, a valuation, a round's size …) or the same figure. A reply answering a purchase
 * its digest never prints, after a valuation rumour, answers nothing the reader has. Pure.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/figures/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { claimSentence, replySentence } from './reply-shape.js';
import { answersBefore } from './response.js';

const schema = z.object({ $comment: z.string().optional(), topics: z.record(z.string(), z.array(z.string()).min(1)) });

let table: ReadonlyMap<string, RegExp> | undefined;

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function topicPatterns(): ReadonlyMap<string, RegExp> {
  if (table) return table;
  const t = loadDataTable('reply-topics.json', schema);
  table = new Map(
    Object.entries(t.topics).map(([name, words]) => [
      name,
      // An English word is a whole word (`order`, never `in order to`'s… nor `border`).
      new RegExp(words.map((w) => (/^[A-Za-z ]+$/.test(w) ? `\\b${escaped(w)}(?:s|ed|ing)?\\b` : escaped(w))).join('|'), 'iu'),
    ]),
  );
  return table;
}

/**
 * The topics (data/reply-topics.json groups) a sentence names.
 * @example topicsOf('星河智芯已签署约20亿元的算力卡采购框架协议。') // → ['purchase']
 */
export function topicsOf(text: string): string[] {
  return [...topicPatterns()].flatMap(([name, re]) => (re.test(text.replace(/in order to/giu, '')) ? [name] : []));
}

/** A reporter's query (记者就此向X求证。 / 记者致电公司。 / Reuters contacted the company for comment.): no claim, no answer. */
const QUERY =
  /记者[^。]{0,30}(?:求证|致电|询问|联系|问询|采访|核实)|向[^。]{0,16}(?:求证|置评)|(?:reached out|contacted|asked)\b[^.]{0,60}\b(?:comment|respond)/iu;

/** How many sentences before it a reply standing alone may answer (reply-pair.ts's reach), a reporter's query aside. */
const REACH = 3;

const sameFigure = (a: string, b: string): boolean => {
  const fb = extractFigures(b).filter((f) => f.kind === 'money' || f.kind === 'percent');
  return extractFigures(a).some(
    (x) =>
      (x.kind === 'money' || x.kind === 'percent') && fb.some((y) => y.kind === x.kind && y.value === x.value && y.currency === x.currency),
  );
};

/**
 * The sentence of its source a reply answers: the nearest claim before it (any distance for one opening on 对此 /
 * 对于这一数字, three sentences for one standing alone, a reporter's query not counted), the one of the reply's own topic
 * first when it names one; else the nearest sentence before it that is no query and no reply.
 * @param at the reply's index in `source`
 */
export function answeredSentence(reply: string, source: readonly string[], at: number): string | undefined {
  const own = topicsOf(reply);
  const before: string[] = [];
  let reach = answersBefore(reply) ? Number.POSITIVE_INFINITY : REACH;
  for (let k = at - 1; k >= 0 && reach > 0; k--) {
    const s = source[k] as string;
    if (QUERY.test(s)) continue;
    before.push(s);
    reach--;
  }
  const claims = before.filter((s) => claimSentence(s) && !replySentence(s));
  return (
    claims.find((s) => own.length > 0 && topicsOf(s).some((t) => own.includes(t))) ?? claims[0] ?? before.find((s) => !replySentence(s))
  );
}

/**
 * Whether a reply printed right after `prev` answers it: `prev` names the topic of the claim the reply answers (the
 * reply's own topic when it names one, else the claim's) or gives the claim's figure; with no topic and no figure to
 * read, `prev` must be a claim itself.
 * @param source the reply's source sentences; `at` its index there
 * @example replyAnswersPrinted('对于这一数字，澄光科技未予置评。', ['据知情人士透露，本轮投后估值约为80亿元。', '对于这一数字，澄光科技未予置评。'], 1, '据36氪报道，澄光科技投后估值约为80亿元。') // → true
 */
export function replyAnswersPrinted(reply: string, source: readonly string[], at: number, prev: string): boolean {
  const claim = answeredSentence(reply, source, at);
  if (claim !== undefined && sameFigure(claim, prev)) return true;
  const own = topicsOf(reply);
  const topics = own.length > 0 ? own : claim !== undefined ? topicsOf(claim) : [];
  if (topics.length === 0) return claimSentence(prev);
  const printed = topicsOf(prev);
  return topics.some((t) => printed.includes(t));
}
