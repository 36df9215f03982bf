/**
 * Where a denial from another item stands in a lead (decision 138): right after the sentence printing the figure it
 * denies (and the replies already printed after it), never at the lead's end after a sentence it does not answer — a
 * `对此…` denial then points at the share move or the supplier's results. Pure, on the lead's text.
 */
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { sameNumber } from './facts.js';
import { replySentence } from './reply-pair.js';

/** A paragraph's sentences, each with its closing mark (a closing quote after the mark stays with it). */
export function leadSentences(p: string): string[] {
  return p.match(/[^。！？]+(?:[。！？]+[”"’」』）)]*)?/gu) ?? [p];
}

/**
 * The lead with `denial` right after the sentence printing `figure` and the replies that follow it; at the lead's end
 * when no sentence prints the figure.
 * @example afterDeniedFigure('北辰将采购**约50亿元**加速卡。赤岩股价涨9%。', '对此，北辰回应称相关信息不准确。', fifty) // → '北辰将采购**约50亿元**加速卡。对此，北辰回应称相关信息不准确。赤岩股价涨9%。'
 */
export function afterDeniedFigure(lead: string, denial: string, figure: Figure | undefined): string {
  const ss = leadSentences(lead);
  const at = figure === undefined ? -1 : ss.findIndex((s) => extractFigures(s.replace(/\*\*/g, '')).some((f) => sameNumber(f, figure)));
  if (at < 0) return `${lead}${denial}`;
  let end = at;
  while (end + 1 < ss.length && replySentence((ss[end + 1] as string).replace(/\*\*/g, ''))) end++;
  ss.splice(end + 1, 0, denial);
  return ss.join('');
}
