/** 深度解读 & 洞察 bullets from the story's knowledge: conflicts, earlier claims, corroboration, derived facts, deals. */

import { DEFAULT_OPTIONS, valuesAgree } from '../../knowledge/index.js';
import { outletOf } from '../../normalize/index.js';
import type { Claim, DealEdge, DerivedFact, Figure, Statement, StoryBundle } from '../../types/index.js';
import { derivedKind } from '../numeric-guard/index.js';
import { renderFigureZh, roundSignificant } from './figure-zh.js';
import { type EntityDirectory, outletName, periodZh, zhName } from './names.js';
import { DEAL_ZH, fill, METRIC_ZH, TEMPLATES } from './templates.js';

const MAX_INSIGHTS = 5;

/** Display name of a source: the outlet of its URL, else the file name. `https://www.reuters.com/x` → `reuters.com`. */
export function sourceName(locator: string | null | undefined): string {
  if (!locator) return '未知来源';
  return outletOf(locator) ?? locator.split(/[\\/]/).pop() ?? locator;
}

function statementSource(st: Statement, bundle: StoryBundle, dir: EntityDirectory): string {
  const item = bundle.items.find((i) => i.id === st.itemId);
  return item ? outletName(item, dir) : sourceName(st.source);
}

function claimVars(c: Claim, bundle: StoryBundle, dir: EntityDirectory): Record<string, string> {
  return { subject: zhName(c.subject, bundle, dir), period: periodZh(c.period), metric: METRIC_ZH[c.metric] ?? '' };
}

function claimInsight(c: Claim, bundle: StoryBundle, dir: EntityDirectory): string | undefined {
  const vars = claimVars(c, bundle, dir);
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
    // An earlier statement from outside the story reads as an update, not a dispute.
    if (!inStory.has(sb.itemId) && sb.date && sa.date && sb.date < sa.date) {
      return fill(TEMPLATES.earlier, {
        ...vars,
        old_source: statementSource(sb, bundle, dir),
        old_value: rendered[bi],
        new_value: rendered[ai],
      });
    }
    return fill(TEMPLATES.conflict, {
      ...vars,
      a_source: statementSource(sa, bundle, dir),
      a_value: rendered[ai],
      b_source: statementSource(sb, bundle, dir),
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
  // Corroboration is worth a line for amounts and percentages with a metric a reader can name.
  if (!first || !vars.metric || (first.figure.kind !== 'money' && first.figure.kind !== 'percent')) return undefined;
  const inside = [...new Set(agreeing.filter((s) => inStory.has(s.itemId)).map((s) => statementSource(s, bundle, dir)))];
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
    amount_part: d.amount ? `，金额**${renderFigureZh(d.amount)}**` : '',
  });
}

/** The conflict sentences of a story (both values, both sources), for the `stories` style's closing paragraph. */
export function conflictSentences(bundle: StoryBundle, dir: EntityDirectory): string[] {
  const out: string[] = [];
  for (const c of bundle.claims.filter((x) => x.conflict)) {
    const s = claimInsight(c, bundle, dir);
    if (s && !out.includes(s)) out.push(s);
  }
  return out.slice(0, 2);
}

/** Up to five insight bullets, conflicts first, then derived facts, corroboration and deals. */
export function offlineInsights(bundle: StoryBundle, dir: EntityDirectory): string[] {
  const out: string[] = [];
  const push = (s: string | undefined) => {
    if (s && !out.includes(s) && out.length < MAX_INSIGHTS) out.push(s);
  };
  const claims = [...bundle.claims].sort((x, y) => Number(y.conflict) - Number(x.conflict));
  for (const c of claims.filter((x) => x.conflict)) push(claimInsight(c, bundle, dir));
  for (const d of bundle.derived) push(derivedInsight(d));
  for (const c of claims.filter((x) => !x.conflict)) push(claimInsight(c, bundle, dir));
  for (const d of bundle.deals.slice(0, 3)) push(dealInsight(d, bundle, dir));
  return out;
}
