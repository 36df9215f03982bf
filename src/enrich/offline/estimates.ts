/**
 * A results figure against the market's estimates (issue 11, decision 076): the clause right after a reported or forecast
 * figure that says how it compares (`$27.0 billion, ahead of analysts' estimates of $26.5 billion`) is told in Chinese
 * (高于市场预期的265亿美元). Pure.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { plainAfter } from './conversion.js';
import { renderFigureZh } from './figure-zh.js';
import { expectedBy, expectedSide } from './results-head.js';
import type { EstimateSide, StoryTemplates } from './story-templates.js';
import { fill } from './templates.js';

/** How far after the figure (characters, words only) the comparison may start: its own clause, not a later one. */
const REACH = 48;
/** Words between the comparison and the estimate's figure: `of`, `for`, `calling for`, `an average of`. */
const TO_ESTIMATE = /^\s*(?:(?:of|for|at|calling for|which called for)\s+)?(?:an? (?:average|consensus) (?:of\s+)?)?$/i;
/** Relative gap under which a stated estimate counts as met (`versus`). */
const INLINE_GAP = 0.005;

/** Where `figure` stands against the estimates its sentence names right after it, and the estimate it states. */
export interface VersusEstimates {
  side: Exclude<EstimateSide, 'versus'>;
  estimate?: Figure;
}

/**
 * Reads the comparison right after `figure` in its English sentence: only words (no other figure) between the figure and
 * a comparison of the table, no clause stop (; or a new sentence). `versus` takes its side from the estimate it states.
 * @example versusEstimates("Revenue was $27.0 billion, ahead of estimates of $26.5 billion.", rev, t)
 *   // → { side: 'above', estimate: $26.5 billion }
 */
export function versusEstimates(sentence: string, figure: Figure, t: StoryTemplates): VersusEstimates | undefined {
  const at = sentence.indexOf(figure.text);
  // A range (`$4.1 billion to $4.2 billion`) stands against an estimate wholly above or below it.
  const low = figure.value ?? figure.low;
  const high = figure.value ?? figure.high;
  if (at < 0 || low === undefined || high === undefined) return undefined;
  const end = at + figure.text.length;
  // A conversion in parentheses and the period's end day (`($854 million) in the quarter ended Sept. 30,`) are no other
  // clause (decision 092).
  const after = plainAfter(sentence.slice(end)).split(/;|\.(?!\d)/)[0] ?? '';
  for (const { side, re } of t.estimates) {
    const m = re.exec(after);
    if (!m || m.index > REACH) continue;
    // Only the amount's own change may stand between it and the comparison (`$2.31 billion, up 124% from a year earlier
    // and ahead of analysts' average estimate of $2.24 billion`), and then only an estimate of the amount's own kind
    // and currency is read as its comparison (decision 178).
    const between = after.slice(0, m.index);
    const ownChange = /[\d$€£¥]/.test(between) && ownChangeBetween(between, figure);
    if (/[\d$€£¥]/.test(between) && !ownChange) continue;
    const rest = after.slice(m.index + m[0].length);
    const estimate = extractFigures(rest).find(
      (f) =>
        f.kind === figure.kind &&
        (f.currency ?? '') === (figure.currency ?? '') &&
        f.value !== undefined &&
        TO_ESTIMATE.test(rest.slice(0, f.start)),
    );
    if (ownChange && !estimate) continue;
    if (side !== 'versus') return { side, ...(estimate ? { estimate } : {}) };
    if (!estimate || estimate.value === undefined || estimate.value === 0) return undefined;
    if (low !== high) {
      // A range with the estimate inside it is neither above nor below: not said.
      if (low > estimate.value) return { side: 'above', estimate };
      if (high < estimate.value) return { side: 'below', estimate };
      return undefined;
    }
    const gap = (low - estimate.value) / Math.abs(estimate.value);
    return { side: Math.abs(gap) < INLINE_GAP ? 'inline' : gap > 0 ? 'above' : 'below', estimate };
  }
  // The estimate as an amount and who expected it (`, ahead of the $12.1bn analysts had expected`; decision 132).
  const first = extractFigures(after)[0];
  if (first && first.kind === figure.kind && (first.currency ?? '') === (figure.currency ?? '') && first.value !== undefined) {
    const side = expectedSide(after.slice(0, first.start), after.slice(first.end));
    if (side) return { side, estimate: first };
  }
  return undefined;
}

/**
 * Whether the words between an amount and a comparison hold nothing but the amount's own change: one rate, said with a
 * change word and a year-ago basis (`, up 124% from a year earlier and`). No other figure, no currency.
 */
function ownChangeBetween(between: string, figure: Figure): boolean {
  if (figure.kind !== 'money') return false;
  const figures = extractFigures(between);
  if (figures.length !== 1 || figures[0]?.kind !== 'percent' || /[$€£¥]/.test(between)) return false;
  return OWN_CHANGE.test(between);
}

/** An amount's own change after it: `, up 124% from a year earlier and`, `, a rise of 12% year on year, and`. */
const OWN_CHANGE =
  /^\s*(?:on \w+\s*)?,?\s*(?:up|down|a rise of|a drop of|an increase of|a decrease of|rising|falling|increasing|decreasing)\s+[\d.]+\s*(?:%|per ?cent)\s+(?:from (?:a|the) year (?:earlier|ago|before)|year[- ]on[- ]year|year[- ]over[- ]year|from (?:a|the) year-earlier (?:quarter|period))\s*,?\s*(?:and\s+)?$/i;

/**
 * The Chinese words of the comparison (高于市场预期 / 高于市场预期的265亿美元), or undefined when the sentence states none
 * or the table has no words for it.
 */
export function estimateClause(sentence: string, figure: Figure, t: StoryTemplates): string | undefined {
  const vs = versusEstimates(sentence, figure, t);
  const word = vs ? t.sentences[`estimate.${vs.side}`] : undefined;
  if (!vs || !word) return undefined;
  return vs.estimate && t.sentences.estimateValue ? fill(t.sentences.estimateValue, { word, amount: renderFigureZh(vs.estimate) }) : word;
}

/**
 * Words right before an amount that make it the market's estimate of another figure: `above estimates of`, `analysts'
 * average estimate of`, `consensus of`, `expectations for`, `compared with the LSEG consensus of` (decision 105).
 */
const ESTIMATE_BEFORE =
  /\b(?:estimates?|expectations?|consensus|forecasts? of analysts|analysts?(?:'|’)?\s+(?:average\s+)?(?:forecasts?|view|projections?))\s+(?:(?:of|for|at|calling for|which called for)\s+)?(?:an? (?:average|consensus) (?:of\s+)?)?(?:about\s+|around\s+|roughly\s+)?$/i;

/**
 * Whether an amount is the estimate a sentence sets another figure against (`rose 4% to $8.2 billion, above estimates of
 * $8.05 billion`: the $8.05 billion), never the company's own value: a raise with no number of its own (`raised its
 * full-year forecast`) is not a raise to the analysts' estimate (decision 105).
 * @example estimateValue('Revenue rose to $8.2 billion, above estimates of $8.05 billion.', '$8.05 billion') // → true
 */
export function estimateValue(sentence: string, figureText: string): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  return (
    ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)) ||
    expectedBy(sentence.slice(at + figureText.length)) ||
    (OWNED_BEFORE.test(sentence.slice(Math.max(0, at - 20), at)) && ESTIMATE_NOUN_AFTER.test(sentence.slice(at + figureText.length)))
  );
}

/** A note's own estimate named around its figure (`our 20.6% estimate`, `consensus 12.3% forecast`). */
const OWNED_BEFORE = /\b(?:our|our own|the broker's|consensus|Street|analysts?(?:'|’)?)\s+$/i;
const ESTIMATE_NOUN_AFTER = /^\s+(?:estimates?|forecasts?|expectations?|projections?)\b/i;

/**
 * The amount a rate reached in its sentence (`rose 4% to $8.2 billion`: the $8.2 billion), when only `to` stands between.
 */
export function reachedAmount(sentence: string, rate: Figure): Figure | undefined {
  const at = sentence.indexOf(rate.text);
  if (at < 0) return undefined;
  const end = at + rate.text.length;
  const m = /^\s+to\s+/i.exec(sentence.slice(end));
  if (!m) return undefined;
  const from = end + m[0].length;
  return extractFigures(sentence).find((f) => f.kind === 'money' && f.start === from);
}

/**
 * The comparison a growth rate's sentence makes for the amount the rate reached (`rose 4% to $8.2 billion, above
 * estimates of $8.05 billion`), in words only (高于市场预期): the estimate is of the amount, which the rate's clause does
 * not print (decision 105).
 * @example reachedEstimateClause('Revenue rose 4% to $8.2 billion, above estimates of $8.05 billion.', rate, t) // → '高于市场预期'
 */
export function reachedEstimateClause(sentence: string, rate: Figure, t: StoryTemplates): { word: string; amount: Figure } | undefined {
  const amount = reachedAmount(sentence, rate);
  const vs = amount ? versusEstimates(sentence, amount, t) : undefined;
  const word = vs ? t.sentences[`estimate.${vs.side}`] : undefined;
  return amount && word ? { word, amount } : undefined;
}

const ownSchema = z.object({
  lead: z.string(),
  sides: z.array(z.tuple([z.enum(['above', 'below', 'inline']), z.string()])),
  owner: z.string(),
  noun: z.string(),
});
let ownWords: { re: RegExp; sides: readonly (readonly ['above' | 'below' | 'inline', string])[] } | undefined;

function ownTable() {
  if (!ownWords) {
    const t = loadDataTable('own-estimates.json', ownSchema);
    ownWords = {
      re: new RegExp(
        `^,?\\s*${t.lead}(${t.sides.map((s) => s[1]).join('|')})\\s+${t.owner}\\s+(\\S+(?:\\s+(?:billion|million|bn|mn|trillion|crore|lakh))?)\\s+${t.noun}(?![\\w-])`,
        'iu',
      ),
      sides: t.sides.map(([side, words]) => [side, words] as const),
    };
  }
  return ownWords;
}

/**
 * A broker's own comparison of a figure right after it (`EBIT margin of 21.1% came in above our 20.6% estimate`): the
 * side and the note's estimate — the note's reason for its call, said 高于该券商预期的20.6% (decision 105).
 * @example ownEstimate('EBIT margin of 21.1% came in above our 20.6% estimate on lower costs.', margin) // → { side: 'above', estimate: 20.6% }
 */
export function ownEstimate(sentence: string, figure: Figure): VersusEstimates | undefined {
  const at = sentence.indexOf(figure.text);
  if (at < 0) return undefined;
  const w = ownTable();
  const m = w.re.exec(plainAfter(sentence.slice(at + figure.text.length)));
  if (!m) return undefined;
  const sideWord = m[1] ?? '';
  const side = w.sides.find(([, words]) => new RegExp(`^(?:${words})$`, 'iu').test(sideWord))?.[0];
  const estimate = extractFigures(m[2] ?? '').find((f) => f.kind === figure.kind && (f.currency ?? '') === (figure.currency ?? ''));
  return side && estimate ? { side, estimate } : undefined;
}

/** The Chinese words of a broker's own comparison (高于该券商预期的20.6%), or undefined. */
export function ownEstimateClause(sentence: string, figure: Figure, t: StoryTemplates): string | undefined {
  const vs = ownEstimate(sentence, figure);
  const word = vs ? t.sentences[`estimate.${vs.side}.own`] : undefined;
  if (!vs || !word) return undefined;
  return vs.estimate && t.sentences.estimateValue ? fill(t.sentences.estimateValue, { word, amount: renderFigureZh(vs.estimate) }) : word;
}
