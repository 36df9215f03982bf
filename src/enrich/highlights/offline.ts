/**
 * The offline insight of a highlight: the first sentences the analysis supports, in the table's order (conflict, total,
 * ratio, growth, surprising, stated baseline, implied baseline, loop, flow, corroboration, single source, no number),
 * filled from data/highlight-templates.json. Every number is a figure's, written Chinese-style.
 */
import { formatChineseAmount } from '../../extract/index.js';
import type { DerivedFact, Figure } from '../../types/index.js';
import { smoothCopula } from '../offline/compose.js';
import { type FigureLike, renderFigureZh, roundSignificant } from '../offline/figure-zh.js';
import { derivedFigure } from '../offline/insights.js';
import { type EntityDirectory, periodZh } from '../offline/names.js';
import { DEAL_ZH, fill, METRIC_ZH } from '../offline/templates.js';
import { percentFigure } from './allowed.js';
import type { KnowledgeView, QuoteAnalysis } from './analyze.js';
import type { HighlightRules, InsightKind } from './rules.js';

export interface Insight {
  /** One line of Chinese. */
  text: string;
  /** Why it says what it says, in the order of its sentences. */
  kinds: InsightKind[];
}

interface Candidate {
  kinds: InsightKind[];
  sentence: string;
}

const fig = (f: FigureLike): string => renderFigureZh(f);

/** A number as written in the text: at most two decimals, no trailing zeros (3.7142 → "3.71"). */
function short(v: number): string {
  return String(Number(v.toFixed(2)));
}

function amountOf(value: number, like: Pick<Figure, 'kind' | 'currency' | 'unit'>): string {
  if (like.kind === 'money') return formatChineseAmount(value, like.currency);
  return fig({ kind: like.kind, value, qualifier: 'exact', text: '', ...(like.unit ? { unit: like.unit } : {}) });
}

/** Chinese names: the gazetteer's short Chinese alias (英伟达), else the name itself (OpenAI). */
function namer(dir: EntityDirectory): (name: string) => string {
  const one = (n: string) => dir.zh(n) ?? n;
  return (name) => {
    const parts = name.split(' + ').map(one);
    return parts.length > 1 ? `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}` : (parts[0] ?? name);
  };
}

/** The earlier period a baseline formula names (`… = $1.525B (2024)` → `2024年的`), or ''. */
function periodOfFormula(formula: string): string {
  const m = /\(((?:19|20)\d{2})\)$/.exec(formula);
  return m ? `${m[1]}年的` : '';
}

function totalSentence(d: DerivedFact, rules: HighlightRules): string | undefined {
  const t = rules.templates;
  const stated = d.check ? d.inputs[d.inputs.length - 1] : undefined;
  const addends = stated ? d.inputs.slice(0, -1) : d.inputs;
  if (addends.length < 2) return undefined;
  const inputs = addends.map(fig).join('＋');
  const like = { kind: 'money' as const, ...(d.currency ? { currency: d.currency } : {}) };
  if (stated && d.check) {
    const vars = { value: amountOf(roundSignificant(d.value), like), inputs, stated: fig(stated) };
    return fill(d.check.ok ? t.totalChecked : t.totalMismatch, vars);
  }
  if (d.high !== undefined) {
    const vars = { high: amountOf(d.high, like), low: d.low ? amountOf(d.low, like) : '', inputs };
    return fill(d.low && d.low > 0 ? t.totalRange : t.totalUpTo, vars);
  }
  if (d.low !== undefined) return fill(t.total, { value: fig({ ...like, value: d.low, qualifier: 'min', text: '' }), inputs });
  return fill(t.total, { value: amountOf(roundSignificant(d.value), like), inputs });
}

function derivedCandidate(d: DerivedFact, rules: HighlightRules): Candidate | undefined {
  const t = rules.templates;
  const [a, b] = d.inputs;
  switch (d.kind) {
    case 'total': {
      const s = totalSentence(d, rules);
      return s ? { kinds: ['derived-total'], sentence: s } : undefined;
    }
    case 'ratio': {
      if (!a || !b || !d.check) return undefined;
      const vars = { a: fig(a), b: fig(b), value: `${short(d.check.computed)}倍`, stated: `${short(d.check.stated)}倍` };
      return { kinds: ['ratio'], sentence: fill(d.check.ok ? t.ratio : t.ratioMismatch, vars) };
    }
    case 'growth': {
      if (!a || !b) return undefined;
      const surprising = Math.abs(d.value) / 100 >= rules.thresholds.surprisingGrowth;
      const vars = {
        a: fig(a),
        b: fig(b),
        change: d.value < 0 ? rules.change.down : rules.change.up,
        value: fig(percentFigure(d.value / 100)),
      };
      return {
        kinds: surprising ? ['growth', 'surprising'] : ['growth'],
        sentence: fill(surprising ? t.surprisingGrowth : t.growth, vars),
      };
    }
    case 'baseline':
      return {
        kinds: ['baseline'],
        sentence: fill(t.baseline, {
          inputs: d.inputs.map(fig).join('和'),
          period_part: periodOfFormula(d.formula),
          value: fig(derivedFigure(d)),
        }),
      };
    default:
      return undefined;
  }
}

/** Every sentence the analysis supports, per kind, in the table's order. */
export function insightCandidates(a: QuoteAnalysis, kb: KnowledgeView, dir: EntityDirectory, rules: HighlightRules): Candidate[] {
  const t = rules.templates;
  const zh = namer(dir);
  const th = rules.thresholds;
  const byKind = new Map<InsightKind, Candidate[]>();
  const add = (c: Candidate | undefined) => {
    if (!c) return;
    const k = c.kinds[0] as InsightKind;
    byKind.set(k, [...(byKind.get(k) ?? []), c]);
  };
  const claimVars = (c: { subject: string; period: string; metric: string }) => ({
    subject: zh(c.subject),
    period: periodZh(c.period),
    metric: METRIC_ZH[c.metric] ?? '',
  });

  const conflict = a.conflicts[0];
  if (conflict)
    add({
      kinds: ['conflict'],
      sentence: fill(t.conflict, {
        ...claimVars(conflict.claim),
        source: kb.label(conflict.other),
        other: fig(conflict.other.figure),
        own: fig(conflict.own.figure),
      }),
    });
  for (const d of a.derived) add(derivedCandidate(d, rules));
  const prior = a.priors[0];
  if (prior) {
    const surprising = Math.abs(prior.change) >= th.surprisingGrowth;
    const vars = {
      prior_period: periodZh(prior.claim.period),
      prior: fig(prior.prior.figure),
      source: kb.label(prior.prior),
      change: prior.change < 0 ? rules.change.down : rules.change.up,
      value: fig(percentFigure(prior.change)),
    };
    add(
      surprising
        ? { kinds: ['surprising'], sentence: fill(t.priorSurprising, vars) }
        : { kinds: ['growth'], sentence: fill(t.priorGrowth, vars) },
    );
  }
  const stated = a.stated[0];
  if (stated) {
    const base =
      stated.base.kind === 'count' && stated.own.kind === 'money'
        ? { ...stated.base, kind: 'money' as const, ...(stated.own.currency ? { currency: stated.own.currency } : {}) }
        : stated.base;
    const vars = {
      base: fig(base),
      direction: stated.gap < 0 ? rules.direction.down : rules.direction.up,
      value: fig(percentFigure(stated.gap)),
    };
    const gap = Math.abs(stated.gap);
    if (gap >= th.surprisingGrowth) add({ kinds: ['stated-baseline', 'surprising'], sentence: fill(t.statedSurprising, vars) });
    else if (gap >= th.statedGap) add({ kinds: ['stated-baseline'], sentence: fill(t.statedGap, vars) });
    else add({ kinds: ['stated-baseline'], sentence: fill(t.statedSame, { base: vars.base }) });
  }
  for (const im of a.implied) {
    if (im.kind === 'remaining') {
      const q = im.value.qualifier === 'max' ? '不到' : im.value.qualifier === 'min' ? '超过' : im.value.qualifier === 'approx' ? '约' : '';
      add({ kinds: ['implied'], sentence: fill(t.remaining, { from: fig(im.from), value: `${q}${short(im.value.value ?? 0)}%` }) });
    } else if (im.over)
      add({
        kinds: ['implied'],
        sentence: fill(t.perYear, {
          from: fig(im.from),
          over: fig({ ...im.over, qualifier: 'exact' }),
          value: fig({ ...im.value, value: roundSignificant(im.value.value ?? 0) }),
        }),
      });
  }
  const loop = a.loops[0];
  if (loop) {
    const names = [...new Set(loop.map(zh))];
    const list = names.length > 2 ? `${names.slice(0, -1).join('、')}和${names[names.length - 1]}` : names.join('与');
    add({ kinds: ['loop'], sentence: fill(t.loop, { loop: list }) });
  }
  const deal = a.deals.find((d) => d.amount) ?? a.deals[0];
  if (deal) {
    const flow = fill(DEAL_ZH[deal.kind] ?? '{from}→{to}', { from: zh(deal.from), to: zh(deal.to) });
    const amount = deal.amount ? `，${deal.amount.kind === 'money' ? '金额' : '涉及'}${fig(deal.amount)}` : '';
    add({ kinds: ['deal'], sentence: fill(t.deal, { flow, amount_part: amount }) });
  }
  if (a.corroborations.length > 0 && !conflict) {
    const first = a.corroborations[0];
    const labels = [...new Set(a.corroborations.map((c) => kb.label(c.other)))];
    const named = labels.filter((l) => l !== '另一来源');
    const sources = named.length ? named.slice(0, 2).join('、') : '其他来源';
    if (first) add({ kinds: ['corroborated'], sentence: fill(t.corroborated, { own: fig(first.own.figure), sources }) });
  }
  if (a.figures.length > 0) {
    // The latest period the quote states is what it is about ('$35B in fiscal 2026, up from $21B').
    const c = a.claims.filter((x) => METRIC_ZH[x.metric] && x.statements[0]).sort((x, y) => y.period.localeCompare(x.period))[0];
    const st = c?.statements[0];
    // A bare count ('a million tokens', '750,000 homes') says nothing on its own: only money and percentages are restated.
    const informative = a.figures.find((f) => f.kind === 'money' || (f.kind === 'percent' && !f.direction));
    add(
      c && st
        ? { kinds: ['single-source'], sentence: fill(t.singleSourceMetric, { ...claimVars(c), own: fig(st.figure) }) }
        : informative
          ? { kinds: ['single-source'], sentence: fill(t.singleSource, { own: fig(informative) }) }
          : { kinds: ['single-source'], sentence: t.unattributed },
    );
  } else {
    const st = a.context[0];
    const claim = st ? kb.claims.find((c) => c.statements.includes(st)) : undefined;
    add(
      st && claim
        ? {
            kinds: ['no-number'],
            sentence: fill(t.noNumberContext, { ...claimVars(claim), value: fig(st.figure), source: kb.label(st) }),
          }
        : { kinds: ['no-number'], sentence: t.noNumber },
    );
  }
  return rules.order.flatMap((k) => byKind.get(k) ?? []);
}

/**
 * The offline insight: the first `maxSentences` candidates; a single-source line only when nothing else is known.
 * @example offlineInsight(analysis of '$4B now, up to $10B more, $2B earlier', …).text → '各笔合计最高160亿美元（…），其中确定的部分为60亿美元。'
 */
export function offlineInsight(a: QuoteAnalysis, kb: KnowledgeView, dir: EntityDirectory, rules: HighlightRules): Insight {
  const all = insightCandidates(a, kb, dir, rules);
  const specific = all.filter((c) => !c.kinds.includes('single-source'));
  const chosen = (specific.length > 0 ? specific : all).slice(0, rules.maxSentences);
  const kinds: InsightKind[] = [];
  for (const c of chosen) for (const k of c.kinds) if (!kinds.includes(k)) kinds.push(k);
  return { text: smoothCopula(chosen.map((c) => c.sentence).join('')), kinds };
}
