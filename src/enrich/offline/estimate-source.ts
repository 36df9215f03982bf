/**
 * Who estimates a figure an English-only story's composed lead prints (decision 161): a figure its source's sentence
 * gives as an analyst's or industry people's estimate (`Morgan Stanley analyst … arguing that the backlog could reach $32
 * billion`) is theirs, never the company's fact. The composed lead is written from templates, so the estimator was lost
 * (戴尔在手订单或将增至320亿美元); it is told before the claim: 摩根士丹利分析师预计，戴尔在手订单将增至320亿美元. The
 * estimators' words are data/estimate-sources.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import type { AnswerMention } from './source-answer.js';

const schema = z.object({
  $comment: z.string().optional(),
  frames: z.array(z.object({ pattern: z.string().min(1), who: z.string().min(1) })).min(1),
});

let frames: { re: RegExp; who: string }[] | undefined;

function table(): { re: RegExp; who: string }[] {
  frames ??= loadDataTable('estimate-sources.json', schema).frames.map((f) => ({ re: new RegExp(f.pattern, 'iu'), who: f.who }));
  return frames;
}

/** Names that stand right before `analyst(s)` (Morgan Stanley analyst, Bernstein's analysts) or after `analysts at`. */
function firmOf(sentence: string, start: number, mentions: readonly AnswerMention[]): string | undefined {
  const at = sentence.search(/\b(?:analysts?|strategists?)\b/iu);
  if (at < 0) return undefined;
  for (const m of mentions) {
    const s = m.start - start;
    const e = m.end - start;
    if (s < 0 || e > sentence.length) continue;
    // `Morgan Stanley analyst`, `Morgan Stanley's analysts`
    if (e <= at && /^(?:['’]s)?\s{1,2}$/u.test(sentence.slice(e, at))) return m.name;
    // `analysts at Morgan Stanley`
    if (s > at && /^(?:analysts?|strategists?)\s+(?:at|from|with)\s+$/iu.test(sentence.slice(at, s))) return m.name;
  }
  return undefined;
}

/**
 * Whether the estimate's words govern the figure after them: between the frame and the figure no other figure and no new
 * clause (`…above the $1.10 analysts expected, and announced a $5 billion buyback`: the buyback is the company's act).
 * @example governs(/analysts? expected/iu, 'EPS beat the $1.10 analysts expected, and Acme announced a ') // → false
 */
function governs(re: RegExp, before: string): boolean {
  const m = re.exec(before);
  if (!m) return false;
  const gap = before.slice(m.index + m[0].length);
  return (
    !/\d/u.test(gap) &&
    !/[;；]|[,，]\s*(?:as|after)\b|\b(?:and|while|but|then|plus)\b|\b(?:announc|approv|authori[sz]|unveil|declar|report|post|launch|agree|sign)\w*/iu.test(
      gap,
    )
  );
}

/**
 * The Chinese opening telling who estimates the figure (`摩根士丹利分析师预计，`), or undefined when its sentence gives it
 * as no one's estimate, or names the estimator after the figure only.
 * @param sentence the figure's English sentence
 * @param figureText the figure as its sentence writes it (`$32 billion`)
 * @param start the sentence's offset in the text the mentions are read from (-1: no mention is used)
 * @param mentions the names the knowledge layer read in the text (offsets in that text)
 * @param zh a name's Chinese form, as the digest prints it
 * @param owner the Chinese name of the claim's subject: an estimate a firm makes of itself is its own figure
 * @example estimateSource('Acme analyst Jo Li expects the backlog to reach $5 billion.', '$5 billion', 0,
 *   [{ name: 'Acme', start: 0, end: 4 }], (n) => n, 'Beta') // → 'Acme分析师预计，'
 */
export function estimateSource(
  sentence: string,
  figureText: string,
  start: number,
  mentions: readonly AnswerMention[],
  zh: (name: string) => string,
  owner: string,
): string | undefined {
  const at = sentence.indexOf(figureText);
  if (at < 0) return undefined;
  const before = sentence.slice(0, at);
  const frame = table().find((f) => governs(f.re, before));
  if (!frame) return undefined;
  if (frame.who !== 'analyst') return `${frame.who}预计，`;
  const firm = start >= 0 ? firmOf(sentence, start, mentions) : undefined;
  const name = firm ? zh(firm) : '';
  if (name !== '' && name === owner) return undefined;
  // A firm the tables name only in English is no name a Chinese reader places: 分析师, unnamed.
  return `${/\p{Script=Han}/u.test(name) ? name : ''}分析师预计，`;
}

/**
 * The claim told as the estimator's (`摩根士丹利分析师预计，` + `戴尔在手订单或将增至320亿美元`): the possibility word is
 * said once, by 预计 (…订单将增至…), never 预计…或将.
 */
export function withEstimator(opening: string, event: string): string {
  return `${opening}${event.replace(/或将/u, '将').replace(/或达|或超|或逾/u, (w) => (w === '或达' ? '将达' : w === '或超' ? '将超' : '将超过'))}`;
}
