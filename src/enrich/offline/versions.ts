/**
 * Whether two statements of one claim are two sources' versions of one number (issue 11, decision 062): the one test
 * the digest's comparison line (insights.ts) and `digest --check`'s `conflict-unshown` (render/check/told-before.ts)
 * both apply, so the check never asks for a comparison the digest rightly declines to draw. A statement counts as a
 * value only when it is a source's own figure (not a per-share amount, an outside model or estimate, nor the value before
 * a change); two values are versions of one number only on the same measure and basis: the same kind and currency, the
 * same measure words and basis (knowledge's `sameMeasureBasis`), both forecasts or both results, both the whole or both a
 * part, one deal or many, equity or debt, both the deal or both one participant's cheque, both the base size or both an
 * option to enlarge it, and (067) both the deal done or both one still sought, both with or both without contingent
 * payments. Pure.
 */
import { DEFAULT_OPTIONS, sameMeasureBasis, valuesAgree } from '../../knowledge/index.js';
import type { Figure, Statement } from '../../types/index.js';
import { amountBasis, changeBasis, sameMeasure } from './basis.js';
import { expected } from './compose.js';
import {
  contingentClause,
  dealMeasure,
  debtFigure,
  manyDealsClause,
  modelFigure,
  ofWhichSentence,
  optionClause,
  partClause,
  participantClause,
  prospectiveClause,
} from './dispute.js';
import { estimateFigure } from './facts.js';
import { aggregateClause } from './owner-evidence.js';
import { perShareAt } from './per-share.js';
import { englishChange, reconcilingSentence } from './reconcile.js';

/** A per-share amount (每股纯益19.50元, EPS of $1.62): never a company's profit or revenue in a dispute. */
export function perShare(st: Statement): boolean {
  return perShareAt(st.sentence, st.figure.text);
}

/** The comparison a rate is made against, when its sentence says: 同比 (a year before) or 环比 (the period before). */
export function rateBasis(st: Statement): 'yoy' | 'qoq' | undefined {
  return changeBasis(st.figure, st.sentence);
}

/**
 * Whether a statement is a source's own value of its claim: not someone else's estimate or model (analyst estimates
 * compiled by a wire, 摩根士丹利预计), not the value before a change the sentence reports (从三千亿美元扩大至…).
 * Per-share amounts are left to the caller (a claim of per-share figures compares them).
 */
export function ownValue(st: Statement): boolean {
  if (estimateFigure(st.sentence, st.figure.text) || modelFigure(st.sentence, st.figure.text)) return false;
  return amountBasis(st.figure, st.sentence) !== 'earlier';
}

/**
 * Whether two statements of one claim (`metric`: its family) measure the same thing, so that different values are a
 * dispute a reader should see and equal ones a confirmation.
 * @example oneNumber(cheque, round, 'funding') // '其中A公司出资5亿美元' against '完成60亿美元融资' → false
 */
export function oneNumber(a: Statement, b: Statement, metric: string): boolean {
  const same = (f: (sentence: string, text: string) => boolean) => f(a.sentence, a.figure.text) === f(b.sentence, b.figure.text);
  if (a.figure.kind !== b.figure.kind || (a.figure.currency ?? '') !== (b.figure.currency ?? '')) return false;
  // Values whose own words name different measures (经调整EBITA against 净利润, 云智能收入 against 营收) are no dispute.
  if (!sameMeasure(a.figure.text, a.sentence, b.figure.text, b.sentence)) return false;
  // Knowledge's measure basis (docs/decisions/042): constant currency never against reported, adjusted never against
  // GAAP, a run-rate never against revenue, a ceiling against an amount only when the amount breaks it.
  if (!sameMeasureBasis(a, b, metric, DEFAULT_OPTIONS.tolerance)) return false;
  // A forecast and a result; a group's or a market's figure and one member's; a segment's and the company's.
  if (!same(expected) || !same(aggregateClause) || !same(partClause)) return false;
  // A rate or a count in a sentence opening on 其中 / of which is a part of what was told before it (decision 071).
  if (a.figure.kind !== 'money' && ofWhichSentence(a.sentence) !== ofWhichSentence(b.sentence)) return false;
  if (a.figure.kind === 'money') {
    // A total of many deals and one deal; a loan and an equity round; one participant's cheque and the round; an
    // option to enlarge a deal (an upsize, a greenshoe) and its base size.
    if (!same(manyDealsClause) || !same(debtFigure) || !same(optionClause)) return false;
    // Another basis of a price (with earn-out / 对赌 payments against the cash price) or another event of the deal (a
    // raise still sought or in talks against the round that closed) (docs/decisions/067).
    // Talks told before the deal was done are its earlier version (与此前报道对比): only a raise still sought told the
    // same day as the done one or after it is a new event.
    if (!same(contingentClause)) return false;
    if (!same(prospectiveClause)) {
      const [sought, done] = prospectiveClause(a.sentence, a.figure.text) ? [a, b] : [b, a];
      if (!(sought.date && done.date && sought.date < done.date)) return false;
    }
    // A raise and a valuation, each named in its own clause (融资6亿美元 filed under a valuation), are two measures.
    const da = dealMeasure(a.sentence, a.figure.text);
    const db = dealMeasure(b.sentence, b.figure.text);
    if (da !== undefined && db !== undefined && da !== db) return false;
    // (A claim of one investor's own investment holds its cheques only: there the participant's words say nothing.)
    if (metric !== 'investment' && !same(participantClause)) return false;
  }
  // Amounts two orders of magnitude apart (a per-share price range against a raise, 1.62美元 against 412亿美元) measure
  // different things.
  const size = (st: Statement) => Math.abs(st.figure.value ?? st.figure.high ?? st.figure.low ?? 0);
  const [sa, sb] = [size(a), size(b)];
  if (a.figure.kind === 'money' && sa > 0 && sb > 0 && Math.max(sa, sb) / Math.min(sa, sb) > 20) return false;
  const ra = rateBasis(a);
  const rb = rateBasis(b);
  return ra === undefined || rb === undefined || ra === rb;
}

/** A point value inside the other value's range (1250亿 and 1150亿至1350亿): one figure stated two ways, not a dispute. */
function insideRange(a: Figure, b: Figure): boolean {
  const point = (f: Figure) => f.value !== undefined && f.low === undefined && f.high === undefined;
  const range = (f: Figure) => f.low !== undefined && f.high !== undefined;
  const within = (p: Figure, r: Figure) => (p.value as number) >= (r.low as number) && (p.value as number) <= (r.high as number);
  return (point(a) && range(b) && within(a, b)) || (point(b) && range(a) && within(b, a));
}

/**
 * Whether two values differ as a reader would see it: outside the knowledge layer's tolerance (units, rounding) and
 * neither a point inside the other's range (1250亿 against 1150亿至1350亿) — the one test of "different values" of the
 * comparison line (insights.ts) and the check's `conflict-unshown` (render/check/told-before.ts).
 */
export function differentValues(a: Figure, b: Figure): boolean {
  return !valuesAgree(a, b, DEFAULT_OPTIONS.tolerance) && !insideRange(a, b);
}

/**
 * Whether two values of one claim, each told by its statements (`xs`, `ys`: the statements stating exactly that value),
 * are versions of one number: the one definition of "the same measure" the digest's comparison line and the check's
 * `conflict-unshown` apply (issue 11, decision 071). No article states both (an article giving two values of what the
 * claim holds explains the difference itself: a segment and the company, the cash price and the total with earn-out,
 * a round and a co-investor's cheque), and every pair of statements from different articles is `oneNumber` (a
 * qualifier any statement of a value names — cash, a segment, an estimator, a rumour — is the value's, whichever
 * outlet omitted it).
 * @example versionsOf([cls: '现金32亿美元'], [reuters: '$4 billion including earn-outs'], 'acquisition') // → false
 */
export function versionsOf(xs: readonly Statement[], ys: readonly Statement[], metric: string, all: readonly Statement[] = []): boolean {
  if (xs.length === 0 || ys.length === 0) return false;
  const items = new Set(xs.map((s) => s.itemId));
  if (ys.some((s) => items.has(s.itemId))) return false;
  // An article stating the other value too, as its own (`当季营收27.6亿元…AI相关收入约12.4亿元` beside another outlet's
  // 27.645亿元 revenue) gives both measures itself: its value is the other measure, not a second version (decision 138).
  if (givesBoth(xs, ys, all) || givesBoth(ys, xs, all)) return false;
  return xs.every((a) => ys.every((b) => oneNumber(a, b, metric)));
}

/** Whether an article of `ys` also states, as its own value, the value of `xs` (within the knowledge's tolerance). */
function givesBoth(xs: readonly Statement[], ys: readonly Statement[], all: readonly Statement[]): boolean {
  const x = xs[0]?.figure;
  const y = ys[0]?.figure;
  if (!x || !y || valuesAgree(x, y, DEFAULT_OPTIONS.tolerance)) return false;
  const items = new Set(ys.map((s) => s.itemId));
  return all.some(
    (s) =>
      items.has(s.itemId) &&
      !s.figure.negated &&
      !ys.includes(s) &&
      ownValue(s) &&
      !perShare(s) &&
      valuesAgree(s.figure, x, DEFAULT_OPTIONS.tolerance) &&
      !valuesAgree(s.figure, y, DEFAULT_OPTIONS.tolerance) &&
      // …not the value before a change it tells (enlarged from the $3 billion it had sought; 此前…扩大): history.
      reconcilingSentence([s.sentence], s.figure) === undefined &&
      englishChange([s.sentence], s.figure, y) === undefined,
  );
}
