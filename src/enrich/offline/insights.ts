/** 深度解读 & 洞察 bullets from the story's own knowledge: conflicts, earlier values, derived facts, its key claim's corroboration, deals. */

import { DEFAULT_OPTIONS, valuesAgree } from '../../knowledge/index.js';
import { defaultOutlets, itemOutlet } from '../../select/index.js';
import type { Claim, DealEdge, DerivedFact, Figure, Statement, StoryBundle } from '../../types/index.js';
import { derivedKind } from '../numeric-guard/index.js';
import { smoothCopula } from './compose.js';
import { renderFigureZh, roundSignificant } from './figure-zh.js';
import { type EntityDirectory, periodZh, zhName } from './names.js';
import { DEAL_ZH, fill, metricZh, TEMPLATES } from './templates.js';

const MAX_INSIGHTS = 4;

/**
 * How a source is named in text: its item's outlet (in the story, or as selection named it), else its URL's outlet,
 * else 另一来源 — never a file name or a bare domain.
 */
export function sourceLabel(bundle: StoryBundle, itemId: string, locator: string): string {
  const item = bundle.items.find((i) => i.id === itemId);
  const named = item ? itemOutlet(item) : (bundle.outlets?.[itemId] ?? defaultOutlets().byUrl(locator));
  return named ?? '另一来源';
}

function statementSource(st: Statement, bundle: StoryBundle): string {
  return sourceLabel(bundle, st.itemId, st.source);
}

function claimVars(c: Claim, bundle: StoryBundle, dir: EntityDirectory): Record<string, string> {
  return { subject: zhName(c.subject, bundle, dir), period: periodZh(c.period), metric: metricZh(c.metric) ?? '' };
}

function claimInsight(c: Claim, bundle: StoryBundle, dir: EntityDirectory, about?: Figure): string | undefined {
  const vars = claimVars(c, bundle, dir);
  if (!vars.metric) return undefined;
  const inStory = new Set(bundle.items.map((i) => i.id));
  const rendered = c.statements.map((s) => renderFigureZh(s.figure));
  if (c.conflict) {
    // The pair written is one that truly disagrees (qualifiers respected: 超过4000亿 and 约4100亿 agree), from two
    // different sources, a statement of this story first.
    const order = c.statements
      .map((_, i) => i)
      .sort(
        (x, y) => Number(inStory.has((c.statements[y] as Statement).itemId)) - Number(inStory.has((c.statements[x] as Statement).itemId)),
      );
    let ai = -1;
    let bi = -1;
    for (const x of order) {
      const sx = c.statements[x] as Statement;
      const y = order.find((j) => {
        const sy = c.statements[j] as Statement;
        return sy.itemId !== sx.itemId && !valuesAgree(sx.figure, sy.figure, DEFAULT_OPTIONS.tolerance);
      });
      if (y !== undefined) {
        ai = x;
        bi = y;
        break;
      }
    }
    const sa = c.statements[ai];
    const sb = c.statements[bi];
    if (!sa || !sb) return undefined;
    // Values two orders of magnitude apart (a per-share 1.62美元 against a 412亿美元 profit) measure different things:
    // a labelling slip, not a dispute a reader should see.
    const va = Math.abs(sa.figure.value ?? sa.figure.high ?? 0);
    const vb = Math.abs(sb.figure.value ?? sb.figure.high ?? 0);
    if (va > 0 && vb > 0 && Math.max(va, vb) / Math.min(va, vb) > 20) return undefined;
    // An earlier statement from outside the story reads as an update, not a dispute.
    if (!inStory.has(sb.itemId) && sb.date && sa.date && sb.date < sa.date) {
      return smoothCopula(
        fill(TEMPLATES.earlier, {
          ...vars,
          old_source: statementSource(sb, bundle),
          old_value: rendered[bi],
          new_value: rendered[ai],
        }),
      );
    }
    return fill(TEMPLATES.conflict, {
      ...vars,
      a_source: statementSource(sa, bundle),
      a_value: rendered[ai],
      b_source: statementSource(sb, bundle),
      b_value: rendered[bi],
    });
  }
  // The value stated by the most items; only the statements that agree with it corroborate it (a claim group may also
  // hold other values of the same subject and metric, e.g. two different contracts).
  let first: Statement | undefined;
  let agreeing: Statement[] = [];
  for (const cand of c.statements) {
    const same = c.statements.filter((s) => valuesAgree(cand.figure, s.figure, DEFAULT_OPTIONS.tolerance));
    if (new Set(same.map((s) => s.itemId)).size > new Set(agreeing.map((s) => s.itemId)).size) {
      first = cand;
      agreeing = same;
    }
  }
  // Corroboration of the story's key figure only: the value the story leads with, not another of the claim's values.
  if (about && first && !valuesAgree(first.figure, about, DEFAULT_OPTIONS.tolerance)) {
    agreeing = c.statements.filter((s) => valuesAgree(about, s.figure, DEFAULT_OPTIONS.tolerance));
    first = agreeing[0];
  }
  // Corroboration is worth a line for amounts and percentages with a metric a reader can name.
  if (!first || !vars.metric || (first.figure.kind !== 'money' && first.figure.kind !== 'percent')) return undefined;
  const inside = [...new Set(agreeing.filter((s) => inStory.has(s.itemId)).map((s) => statementSource(s, bundle)))];
  const others = new Set(agreeing.filter((s) => !inStory.has(s.itemId)).map((s) => s.itemId)).size;
  if (inside.length + others < 2) return undefined;
  // Sources outside the story are counted, not listed by file name: 金融时报、界面新闻等6个来源.
  const sources = others > 0 ? `${inside.join('、')}${inside.length > 0 ? '等' : ''}${inside.length + others}个来源` : inside.join('、');
  return fill(TEMPLATES.corroborated, { ...vars, value: renderFigureZh(first.figure), sources });
}

/** A derived fact's value as a figure to render (rounded to three significant digits). */
export function derivedFigure(
  d: DerivedFact,
): Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'qualifier' | 'text'> {
  const kind = derivedKind(d);
  const f: Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'qualifier' | 'text'> = {
    kind,
    value: roundSignificant(d.value),
    // A computed value is written rounded: an exact one reads 约 (about).
    qualifier: d.qualifier === 'exact' ? 'approx' : d.qualifier,
    text: d.formula,
  };
  const cur = d.currency ?? d.inputs.find((i) => i.currency)?.currency;
  if (cur && kind === 'money') f.currency = cur;
  const unit = d.inputs.find((i) => i.unit)?.unit;
  if (unit && kind === 'count') f.unit = unit;
  return f;
}

function derivedInsight(d: DerivedFact): string | undefined {
  const inputs = d.inputs.map((f) => renderFigureZh(f));
  const value = renderFigureZh(derivedFigure(d));
  const [a, b] = inputs;
  switch (d.kind) {
    case 'total':
      return inputs.length >= 2 ? fill(TEMPLATES.total, { inputs: inputs.join('＋'), value }) : undefined;
    case 'ratio':
      if (!a || !b) return undefined;
      if (d.check && !d.check.ok) {
        return fill(TEMPLATES.ratioMismatch, { stated: `${d.check.stated}倍`, a, b, value });
      }
      return fill(TEMPLATES.ratio, { a, b, value });
    case 'growth':
      if (!a || !b) return undefined;
      return fill(TEMPLATES.growth, {
        a,
        b,
        change: d.value < 0 ? '下降' : '增长',
        value: renderFigureZh({ ...derivedFigure(d), value: Math.abs(roundSignificant(d.value)) }),
      });
    case 'baseline':
      return inputs.length >= 1 ? fill(TEMPLATES.baseline, { inputs: inputs.join('、'), value }) : undefined;
    default:
      return undefined;
  }
}

function dealInsight(d: DealEdge, bundle: StoryBundle, dir: EntityDirectory): string {
  const names = { from: zhName(d.from, bundle, dir), to: zhName(d.to, bundle, dir) };
  return fill(TEMPLATES.deal, {
    flow: fill(DEAL_ZH[d.kind] ?? '{from}→{to}', names),
    amount_part: d.amount ? `，${d.amount.kind === 'money' ? '金额' : '涉及'}**${renderFigureZh(d.amount)}**` : '',
  });
}

/** Whether a claim is this story's: one of its statements comes from the story's items. */
function ownClaim(c: Claim, bundle: StoryBundle): boolean {
  return c.statements.some((s) => bundle.items.some((i) => i.id === s.itemId));
}

/** The conflict sentences of a story (both values, both sources), for the `stories` style's closing paragraph. */
export function conflictSentences(bundle: StoryBundle, dir: EntityDirectory): string[] {
  const out: string[] = [];
  for (const c of bundle.claims.filter((x) => x.conflict && ownClaim(x, bundle))) {
    const s = claimInsight(c, bundle, dir);
    if (s && !out.includes(s)) out.push(s);
  }
  return out.slice(0, 2);
}

export interface InsightOptions {
  /** The claim of the story's key figure: the only one whose corroboration is worth a line. */
  keyClaim?: Claim;
  /** The story's key figure: corroboration is about its value. */
  keyFigure?: Figure;
  /** Deals the story's text already states (the English event): not repeated as 资金流向. */
  stated?: readonly DealEdge[];
}

/**
 * Up to four insight bullets, all from this story's facts: its conflicts, its derived facts (totals, ratios,
 * growth, including growth against an earlier claim), its key claim's corroboration, its capital flows. None when
 * the story has nothing specific.
 */
export function offlineInsights(bundle: StoryBundle, dir: EntityDirectory, opts: InsightOptions = {}): string[] {
  const out: string[] = [];
  const push = (s: string | undefined) => {
    if (s && !out.includes(s) && out.length < MAX_INSIGHTS) out.push(s);
  };
  for (const c of bundle.claims.filter((x) => x.conflict && ownClaim(x, bundle))) push(claimInsight(c, bundle, dir));
  for (const d of bundle.derived) push(derivedInsight(d));
  if (opts.keyClaim && !opts.keyClaim.conflict) push(claimInsight(opts.keyClaim, bundle, dir, opts.keyFigure));
  const stated = new Set((opts.stated ?? []).map((d) => `${d.from}\u0000${d.to}\u0000${d.kind}`));
  const flows = new Set<string>();
  for (const d of bundle.deals) {
    const k = `${d.from}\u0000${d.to}\u0000${d.kind}`;
    // A flow without an amount says nothing a reader can weigh.
    if (!d.amount || stated.has(k) || flows.has(k) || flows.size >= 2) continue;
    flows.add(k);
    push(dealInsight(d, bundle, dir));
  }
  return out;
}
