/**
 * A results figure its source sets against the analysts' estimate in a later sentence of its own (decision 172): a wire
 * gives the figure in its opening (`… as its Azure cloud business grew 39%`) and the comparison further down (`Azure and
 * other cloud services revenue beat the 36.5% growth expected by analysts polled by Visible Alpha.`). The beat is the
 * news the title stresses (`Azure growth tops estimates`), so the figure is told with it: 增长39%，高于市场预期的36.5%.
 * Silent when unsure: the later sentence must open on the figure's owner and name its measure, carry no figure of its
 * own before the comparison, compare with a figure of the same kind that is the market's estimate (never the company's
 * guidance), on the side the two values agree with; and the owner may have no other figure of that kind before it in the
 * source, so which figure is compared is never a guess. Words are data (data/later-estimates.json). Pure.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import type { VersusEstimates } from './estimates.js';
import type { StoryFact } from './facts.js';
import { renderFigureZh } from './figure-zh.js';
import type { StoryTemplates } from './story-templates.js';
import { fill } from './templates.js';

const schema = z.object({
  sides: z.array(z.tuple([z.enum(['above', 'below']), z.string()])),
  market: z.string(),
  estimate: z.string(),
  own: z.string(),
  measures: z.array(z.tuple([z.string(), z.string()])),
});

interface Table {
  sides: { side: 'above' | 'below'; re: RegExp }[];
  market: RegExp;
  estimate: RegExp;
  own: RegExp;
  measures: Map<string, RegExp>;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const t = loadDataTable('later-estimates.json', schema);
  table = {
    sides: t.sides.map(([side, words]) => ({ side, re: new RegExp(`\\s(?:${words})\\s`, 'i') })),
    market: new RegExp(t.market, 'i'),
    estimate: new RegExp(t.estimate, 'i'),
    own: new RegExp(t.own, 'i'),
    measures: new Map(t.measures.map(([m, words]) => [m, new RegExp(words, 'i')])),
  };
  return table;
}

/** How far into its sentence (characters) the comparing verb may stand: the owner and its measure, not a clause more. */
const HEAD_MAX = 90;

/** The fact a later comparison may belong to: its figure, owner (the English name its source calls it by) and metric. */
export interface LaterFact {
  figure: Figure;
  subject: string;
  metric: string;
  /** The sentence holding the figure. */
  sentence: string;
}

/**
 * The comparison a later sentence of the figure's source makes for it, with the estimate it states; undefined when none
 * or unsure. `sentences` is the source's sentences in order; `others` the owner's other figures of the source (their
 * sentences), which must not stand between the figure and the comparison with the same kind.
 * @example laterEstimate(azure39, ['… Azure cloud business grew 39%.', 'Azure revenue beat the 36.5% growth expected by analysts.'], [])
 *   // → { side: 'above', estimate: 36.5% }
 */
export function laterEstimate(
  fact: LaterFact,
  sentences: readonly string[],
  others: readonly { figure: Figure; sentence: string }[],
): VersusEstimates | undefined {
  const t = load();
  const measure = t.measures.get(fact.metric);
  const value = fact.figure.value;
  const from = sentences.indexOf(fact.sentence);
  if (!measure || value === undefined || from < 0 || fact.subject.length < 2) return undefined;
  for (let i = from + 1; i < sentences.length; i++) {
    const s = sentences[i] as string;
    const vs = comparison(s, fact, measure, t);
    // Another figure of the owner of the same kind before the comparison: which one it compares is a guess.
    const between = others.some((o) => {
      const at = sentences.indexOf(o.sentence);
      return o.figure.kind === fact.figure.kind && at >= from && at <= i && o.figure.value !== value;
    });
    if (between) return undefined;
    if (!vs) continue;
    const est = vs.estimate?.value;
    if (est === undefined) return undefined;
    // The side must be the one the two values give (a beat of a higher estimate is a misread).
    if ((vs.side === 'above' && !(value > est)) || (vs.side === 'below' && !(value < est))) return undefined;
    return vs;
  }
  return undefined;
}

/** The comparison one sentence makes for the owner's measure, or undefined. */
function comparison(s: string, fact: LaterFact, measure: RegExp, t: Table): VersusEstimates | undefined {
  for (const { side, re } of t.sides) {
    const m = re.exec(s);
    if (!m || m.index > HEAD_MAX) continue;
    const head = s.slice(0, m.index);
    // The sentence opens on the owner and its measure, and gives no figure before the verb (no figure of its own).
    if (!head.includes(fact.subject) || extractFigures(head).length > 0) return undefined;
    const rest = (s.slice(m.index + m[0].length).split(/;|\.(?!\d)/)[0] ?? '').trim();
    const estimate = extractFigures(rest)[0];
    if (
      !estimate ||
      estimate.value === undefined ||
      estimate.kind !== fact.figure.kind ||
      (estimate.currency ?? '') !== (fact.figure.currency ?? '')
    )
      return undefined;
    // Only one figure of that kind: the estimate; the market's, named as an estimate, never the company's own forecast.
    if (extractFigures(rest).filter((f) => f.kind === fact.figure.kind).length !== 1) return undefined;
    if (!t.market.test(rest) || !t.estimate.test(rest) || t.own.test(rest)) return undefined;
    if (!measure.test(`${head} ${rest}`)) return undefined;
    return { side, estimate };
  }
  return undefined;
}

/**
 * The Chinese words of a later comparison for a story fact (高于市场预期的36.5%), read in its own source: the item's
 * sentences, the owner's other figures of that item. Undefined when the source makes none or the table has no words.
 */
export function laterEstimateClause(f: StoryFact, facts: readonly StoryFact[], t: StoryTemplates): string | undefined {
  const sentences = f.item.sentences.map((s) => s.text);
  const others = facts.filter((o) => o !== f && o.item.id === f.item.id && o.claim.subject === f.claim.subject);
  const vs = laterEstimate({ figure: f.figure, subject: f.claim.subject, metric: f.claim.metric, sentence: f.sentence }, sentences, others);
  const word = vs ? t.sentences[`estimate.${vs.side}`] : undefined;
  if (!vs?.estimate || !word || !t.sentences.estimateValue) return undefined;
  return fill(t.sentences.estimateValue, { word, amount: renderFigureZh(vs.estimate) });
}
