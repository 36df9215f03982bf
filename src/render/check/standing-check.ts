/**
 * The check's reading of a head's standing (decision 122): a head marked as a rumour (传…, 据知情人士) whose figures a
 * source in the store states on its own word (the company's call, its filing), and a head stating as fact figures
 * every source gives on unnamed people's word. Pure.
 */
import { sameNumber } from '../../enrich/offline/facts.js';
import { HEDGED_HEAD } from '../../enrich/offline/rumour-head.js';
import { type HeadStandingContext, headStanding, TOLD_AS_REPORT } from '../../enrich/offline/standing-head.js';
import type { Claim } from '../../types/index.js';

/** A head telling its figure as a rumour: `传…` (not a name beginning with 传), 据知情人士, 消息称. */
const RUMOUR_MARK = /^传|据[^，。]{0,12}?(?:知情人士|消息人士)|消息称|据悉/u;

/** A head citing who tells its figure (据彭博, 据报道): its standing is said. */
const CITED = /据[^，。]{1,16}?(?:报道|透露|消息|称)|报道称|媒体称/u;

export interface StandingHead {
  line: number;
  text: string;
}

export interface StandingProblem {
  rule: 'rumour-on-firm' | 'rumour-as-fact';
  line: number;
  text: string;
  message: string;
}

/**
 * The heads whose standing contradicts their sources'.
 * @param startsWithName whether a head opens on a name beginning with 传 (传音控股): no rumour mark then
 */
export function standingProblems(
  heads: readonly StandingHead[],
  claims: readonly Claim[],
  names: (subject: string) => readonly string[],
  itemText: (itemId: string) => string | undefined,
  startsWithName: (head: string) => boolean,
): StandingProblem[] {
  const ctx: HeadStandingContext = {
    claims,
    same: sameNumber,
    itemText,
    itemSentences: () => [],
    namesOf: names,
    parties: [],
    max: Number.POSITIVE_INFINITY,
  };
  const out: StandingProblem[] = [];
  const seen = new Set<string>();
  for (const h of heads) {
    const text = h.text.trim();
    if (seen.has(text)) continue;
    seen.add(text);
    const marked = RUMOUR_MARK.test(text) && !startsWithName(text);
    const unmarked = text.replace(/^传/u, '');
    const standing = headStanding(marked ? unmarked : text, ctx);
    if (marked && standing === 'firm')
      out.push({ rule: 'rumour-on-firm', line: h.line, text, message: 'told as a rumour, but a source states its figure on its own word' });
    if (!marked && standing === 'rumour' && !HEDGED_HEAD.test(text) && !CITED.test(text) && !TOLD_AS_REPORT.test(text))
      out.push({
        rule: 'rumour-as-fact',
        line: h.line,
        text,
        message: 'every source gives its figure on unnamed people’s word: head it with 传 or 据…',
      });
  }
  return out;
}
