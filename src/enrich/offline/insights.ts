/** 深度解读 & 洞察 bullets from the story's own knowledge: conflicts, earlier values, derived facts, its key claim's corroboration, deals. */

import { DEFAULT_OPTIONS, isCap, valuesAgree } from '../../knowledge/index.js';
import { defaultOutlets, itemOutlet, ranStatement, toldStatement } from '../../select/index.js';
import type { Claim, DealEdge, DerivedFact, Figure, ItemRecord, Statement, StoryBundle } from '../../types/index.js';
import { derivedKind } from '../numeric-guard/index.js';
import { amountBasis } from './basis.js';
import { smoothCopula } from './compose.js';
import { deniedSentence, revisedClause } from './dispute.js';
import { attributedSentence } from './facts.js';
import { renderFigureZh, roundSignificant } from './figure-zh.js';
import { storyLoop } from './loop.js';
import { finalMove } from './moved-over-time.js';
import { type EntityDirectory, periodZh, zhName } from './names.js';
import { changeClause, englishChange, reconcilingSentence, talksSentence } from './reconcile.js';
import { reconciled, settle, settleByReply } from './settled.js';
import { defaultStoryTemplates, metricWord } from './story-templates.js';
import { DEAL_ZH, fill, metricZh, TEMPLATES } from './templates.js';
import { differentValues, ownValue, perShare, versionsOf } from './versions.js';

const MAX_INSIGHTS = 4;

/**
 * How a source is named in text: its item's outlet (in the story, or as selection named it), else its URL's outlet,
 * else 另一来源 — never a file name or a bare domain.
 */
export function sourceLabel(bundle: StoryBundle, itemId: string, locator: string): string {
  const item = bundle.items.find((i) => i.id === itemId);
  const named = item ? itemOutlet(item) : (bundle.outlets?.[itemId] ?? defaultOutlets().byUrl(locator));
  return named ?? UNNAMED;
}

/** How a source without a known outlet is named. */
/** The outlet of a statement whose item names none. */
export const UNNAMED = '另一来源';

/** The latest date of a value's statements ('' when none is dated). */
function latestDate(members: readonly Statement[]): string {
  return members.reduce((d, m) => (m.date && m.date > d ? m.date : d), '');
}

/**
 * Whether the difference between two values is history, not a dispute: the newer article reports its value as a
 * revision (raised to, 上调至) or tells of a denial of the report, while the older value's article reports no revision;
 * or an article of one value states the other as the earlier one (从A扩大至B, up from A). The old value is what was
 * replaced or denied: no two versions of one number.
 */
function superseded(
  shown: readonly { members: Statement[] }[],
  differ: (g: { members: Statement[] } & { first: number }, h: { members: Statement[] } & { first: number }) => boolean,
  statements: readonly Statement[],
): boolean {
  const revised = (g: { members: Statement[] }) => g.members.some((m) => revisedClause(m.sentence, m.figure.text));
  const denied = (g: { members: Statement[] }) => g.members.some((m) => deniedSentence(m.sentence));
  const earlier = statements.filter((s) => amountBasis(s.figure, s.sentence) === 'earlier');
  const groups = shown as readonly ({ members: Statement[] } & { first: number })[];
  return groups.some((g) =>
    groups.some(
      (h) =>
        g !== h &&
        differ(g, h) &&
        ((latestDate(g.members) >= latestDate(h.members) && (revised(g) || denied(g)) && !revised(h)) ||
          // g's own article names h's value as the one before the change.
          earlier.some(
            (e) =>
              g.members.some((m) => m.itemId === e.itemId) &&
              h.members.some((m) => valuesAgree(e.figure, m.figure, DEFAULT_OPTIONS.tolerance)),
          )),
    ),
  );
}

/** A statement's figure as its sentence qualifies it: '$100 billion-plus' is a floor (超过1000亿美元), not 1000亿. */
function asStated(st: Statement): Figure {
  const at = st.sentence.indexOf(st.figure.text);
  const after = at < 0 ? '' : st.sentence.slice(at + st.figure.text.length, at + st.figure.text.length + 8);
  return st.figure.qualifier === 'exact' && /^(?:-|\s)?plus\b|^\s*(?:以上|多)/i.test(after)
    ? { ...st.figure, qualifier: 'min' }
    : st.figure;
}

/** The named outlets of a value's statements (up to three, 、-joined), else 本次报道. */
function newSources(members: readonly Statement[], bundle: StoryBundle, earlier?: string): string {
  const named = [...new Set(members.map((m) => statementSource(m, bundle)))].filter((n) => n !== UNNAMED);
  // The outlet of the earlier value is not named again on today's side (甲曾称…，甲、乙称…): the others are, else its
  // own later report (甲曾称…，其最新报道称…).
  const others = named.filter((n) => n !== earlier);
  if (others.length === 0 && named.length > 0) return '其最新报道';
  return others.length > 0 ? others.slice(0, 3).join('、') : '本次报道';
}

/** The outlet a statement is told by (its item's source label). */
export function statementSource(st: Statement, bundle: StoryBundle): string {
  return sourceLabel(bundle, st.itemId, st.source);
}

function claimVars(c: Claim, bundle: StoryBundle, dir: EntityDirectory): Record<string, string> {
  const word = claimWord(c, bundle) ?? '';
  return { subject: zhName(c.subject, bundle, dir), period: periodZh(c.period), metric: word && withBasis(word, c.basis) };
}

/**
 * How the measure bases of a claim (docs/decisions/042) are said beside its metric word: a prefix the word takes
 * (经调整净利润, 年化营收, 累计营收), a suffix (营收占比) or a note after it (营收增速（按固定汇率计）). A basis the word already says is not said twice.
 */
const BASIS_ZH: Readonly<Record<string, { prefix?: string; suffix?: string; note?: string; said: RegExp }>> = {
  'constant-currency': { note: '按固定汇率计', said: /固定汇率/ },
  organic: { note: '按有机口径', said: /有机|可比/ },
  adjusted: { prefix: '经调整', said: /经调整|调整后|non-GAAP/i },
  'run-rate': { prefix: '年化', said: /年化|ARR/ },
  cumulative: { prefix: '累计', said: /累计|合计/ },
  gross: { note: '总额口径', said: /总额|毛/ },
  net: { note: '净额口径', said: /净额|净/ },
  bookings: { note: '订单口径', said: /订单|合同/ },
  share: { suffix: '占比', said: /占比|份额|比重/ },
  operating: { prefix: '营业', said: /经营|营业/ },
  ebitda: { prefix: '息税前', said: /EBIT|息税/ },
  target: { prefix: '目标', said: /目标/ },
  'post-conversion': { note: '按转股后计', said: /转股|转换后|摊薄|稀释/ },
};

/** A claim's metric word with the bases of its measure said in it (`sequential` and `pre-money` are said elsewhere). */
export function withBasis(word: string, basis: string | undefined): string {
  if (!basis) return word;
  let prefix = '';
  let suffix = '';
  const notes: string[] = [];
  for (const b of basis.split('+')) {
    const zh = BASIS_ZH[b];
    if (!zh || zh.said.test(word)) continue;
    if (zh.prefix) prefix += zh.prefix;
    if (zh.suffix) suffix += zh.suffix;
    if (zh.note) notes.push(zh.note);
  }
  return `${prefix}${word}${suffix}${notes.length > 0 ? `（${notes.join('、')}）` : ''}`;
}

/**
 * The measure of a claim as its sentences word it, when they all word it alike (两家都说投后估值, 净利润; a contract none
 * calls 合同 is no 合同金额), else the metric's neutral default (a dispute between a quarter's capex and a guidance is
 * not all 指引); a rate keeps 增速 (`metricZh`).
 */
function claimWord(c: Claim, bundle: StoryBundle): string | undefined {
  const base = metricZh(c.metric);
  if (!base || !(c.metric in defaultStoryTemplates().metricWords)) return base;
  const inStory = new Set(bundle.items.map((i) => i.id));
  const own = c.statements.filter((s) => inStory.has(s.itemId));
  const words = new Set(
    (own.length > 0 ? own : c.statements).map((s) => metricWord(c.metric, s.sentence, defaultStoryTemplates(), base, s.figure.text)),
  );
  const [only] = words;
  return words.size === 1 && only ? only : base;
}

function claimInsight(c: Claim, bundle: StoryBundle, dir: EntityDirectory, about?: Figure, sink?: ConflictNotes): string | undefined {
  const vars = claimVars(c, bundle, dir);
  if (!vars.metric) return undefined;
  const inStory = new Set(bundle.items.map((i) => i.id));
  const rendered = c.statements.map((s) => renderFigureZh(asStated(s)));
  if (c.conflict) {
    // The values the sources state, each with the outlets that state exactly it (华尔街见闻称约6600亿美元，路透社称约
    // 7000亿美元，财联社称约6100亿美元): this story's values, and an earlier report's only when the story states one value.
    const order = c.statements
      .map((_, i) => i)
      .filter((i) => !perShare(c.statements[i] as Statement))
      // Someone else's estimate or reckoning (analyst estimates compiled by Bloomberg, 法人估算, 摩根士丹利预计) is not a
      // source's statement of the figure: it neither disputes nor confirms it; nor is the value before a change the
      // sentence reports (从三千亿美元扩大至约3500亿美元).
      .filter((i) => ownValue(c.statements[i] as Statement))
      .sort(
        (x, y) => Number(inStory.has((c.statements[y] as Statement).itemId)) - Number(inStory.has((c.statements[x] as Statement).itemId)),
      );
    const groups: { first: number; members: Statement[] }[] = [];
    for (const x of order) {
      const sx = c.statements[x] as Statement;
      const g = groups.find((gr) => rendered[gr.first] === rendered[x]);
      if (g) g.members.push(sx);
      else groups.push({ first: x, members: [sx] });
    }
    const fig = (g: { first: number }) => asStated(c.statements[g.first] as Statement);
    if (!groups[0]) return undefined;
    const st = (g: { first: number }) => c.statements[g.first] as Statement;
    // Only two versions of one number compare (versions.ts): the same kind, currency, measure and basis, both results or
    // both forecasts, both the whole or both a part, one deal or many, the deal or one participant's cheque, its base
    // size or an option to enlarge it, a year-on-year rate or a sequential one.
    // (`versionsOf`, the check's test too: no article stating both, every pair of their statements one number.)
    const comparableTo = (lead: (typeof groups)[number]) =>
      groups.filter((g) => g === lead || versionsOf(g.members, lead.members, c.metric, c.statements));
    let lead = groups[0];
    let comparable = comparableTo(lead);
    // A deal's ceiling leading a dispute between the amounts paid (最多250亿美元; 80亿 against 110亿美元): the amounts are
    // the dispute, the ceiling is no value of it.
    const amount = groups.find((g) => !isCap(st(g).sentence, st(g).figure));
    if (comparable.length < 2 && isCap(st(lead).sentence, st(lead).figure) && amount) {
      lead = amount;
      comparable = comparableTo(amount);
    }
    const own = comparable.filter((g) => g.members.some((m) => inStory.has(m.itemId)));
    const outside = comparable.find((g) => !own.includes(g) && !valuesAgree(fig(lead), fig(g), DEFAULT_OPTIONS.tolerance));
    const shown = (own.length >= 2 ? own : [...own, ...(outside ? [outside] : [])]).slice(0, 3);
    const differ = (g: (typeof shown)[number], h: (typeof shown)[number]) => differentValues(fig(g), fig(h));
    // Every two different values shown are versions of one number (one article stating both explains the difference
    // itself: a segment and the company, a forecast and the result, one deal and a multi-year total): else no dispute
    // between sources is drawn.
    const split = shown.some((g, i) =>
      shown.slice(i + 1).some((h) => differ(g, h) && !versionsOf(g.members, h.members, c.metric, c.statements)),
    );
    if (split) return undefined;
    if (superseded(shown, differ, c.statements)) {
      // History, not a dispute: no line. But a value an earlier day's digest printed, replaced today, is told as changed
      // in the words of today's source (decision 106), never left for the reader to square.
      const told = toldChange(shown, c, bundle, rendered, vars);
      if (told) sink?.reconciled.push(told);
      return undefined;
    }
    const disagree = shown.some((g, i) => shown.slice(i + 1).some((h) => differ(g, h)));
    const items = new Set(shown.flatMap((g) => g.members.map((m) => m.itemId)));
    // Values two orders of magnitude apart (a per-share 1.62美元 against a 412亿美元 profit) measure different things:
    // a labelling slip, not a dispute a reader should see.
    const sizes = shown.map((g) => Math.abs(fig(g).value ?? fig(g).high ?? 0)).filter((v) => v > 0);
    if (!disagree || items.size < 2 || (sizes.length > 1 && Math.max(...sizes) / Math.min(...sizes) > 20)) return undefined;
    const [ga, gb] = shown as [(typeof shown)[number], (typeof shown)[number]];
    const sb = c.statements[gb.first] as Statement;
    const sa = c.statements[ga.first] as Statement;
    // The basis each value's sentence states (含融资租赁, 区间中值, 多年累计): values on different bases are not a dispute.
    const notes = shown.map((g) => {
      const st = c.statements[g.first] as Statement;
      return st.figure.kind === 'money' ? amountBasis(st.figure, st.sentence) : undefined;
    });
    const bases = new Set(notes.map((n) => n ?? ''));
    // The company's own statement or the offer's own arithmetic settles two values: the settled one with its basis, the
    // other outlet's beside it (decision 094), never a dispute between outlets.
    if (bases.size === 1 && shown.length === 2) {
      // Two measures the sources' own arithmetic reconciles (cash price + earn-out = total, pre-money + new money =
      // post-money, gross − fees = net): no dispute to draw (decision 102).
      if (reconciled([ga.members, gb.members], itemSentences(bundle))) return undefined;
      const line = settledLine(c, [ga, gb], rendered, bundle, dir, vars, sink?.settled);
      if (line) return line;
    }
    // An earlier statement from outside the story reads as an update, not a dispute.
    // (Two values on different bases are neither: 口径不同 below.)
    if (
      bases.size === 1 &&
      shown.length === 2 &&
      !gb.members.some((m) => inStory.has(m.itemId)) &&
      sb.date &&
      sa.date &&
      sb.date < sa.date
    ) {
      // Today's value printed by an earlier day's digest already (its item ran: the story's own earlier items, or another
      // story's told statement): the comparison was there to print that day (after the earlier value, the line a day
      // before word for word; before it, the same pair the other way round), no news of today's. A value an earlier
      // item stated but no digest printed (a story left out, a one-line item) is news to the reader: the line stays.
      const onRecord = ga.members.some(
        (m) => !inStory.has(m.itemId) && m.date != null && (ranStatement(bundle, m) || toldStatement(bundle, m)),
      );
      if (onRecord) return undefined;
      // An earlier value no outlet can be named for (另一来源曾称…) tells a reader nothing to weigh today's against.
      const oldSource = statementSource(sb, bundle);
      if (oldSource === UNNAMED) return undefined;
      // A final value against the earlier rumour or plan says which way it came in (decision 163).
      const todayItems = bundle.items.filter((i) => ga.members.some((m) => m.itemId === i.id));
      const move = finalMove(sb, sa, todayItems);
      const line = smoothCopula(
        fill(move === 'lower' ? TEMPLATES.earlierFinalLower : move === 'higher' ? TEMPLATES.earlierFinalHigher : TEMPLATES.earlier, {
          ...vars,
          old_source: oldSource,
          // The outlets of today's value by name (本次报道 told a reader nothing): 新浪科技称…, else 本次报道.
          new_source: newSources(ga.members, bundle, oldSource),
          old_value: rendered[gb.first],
          new_value: rendered[ga.first],
        }),
      );
      // The story's own article telling what became of the earlier value (此前有媒体报道本轮规模约30亿元，最终…扩大):
      // that sentence says what changed, in the source's words (decision 101).
      const texts = bundle.items.filter((i) => ga.members.some((m) => m.itemId === i.id)).map((i) => i.text);
      const why =
        reconcilingSentence(texts, sb.figure) ??
        // …or an English source's own words of change, told in Chinese with both values (decision 106).
        englishChangeSentence(ga.members, sa.figure, sb.figure, bundle, {
          ...vars,
          old_value: rendered[gb.first],
          new_value: rendered[ga.first],
        }) ??
        // …or the earlier value was the talks stage's and today's item reports the deal done.
        talksLine(
          sb,
          bundle.items.filter((i) => ga.members.some((m) => m.itemId === i.id)),
          {
            ...vars,
            old_source: oldSource,
            old_value: rendered[gb.first],
          },
        );
      if (why) sink?.reconciled.push({ line, sentence: why, value: rendered[ga.first] ?? '' });
      return line;
    }
    const claims = shown.map((g, i) => {
      const named = [...new Set(g.members.map((m) => statementSource(m, bundle)))];
      // 另一来源 only when no outlet of the value has a name.
      const outlets = (named.some((n) => n !== UNNAMED) ? named.filter((n) => n !== UNNAMED) : named).slice(0, 3).join('、');
      const value = fill(TEMPLATES.conflictValue, { source: outlets, value: rendered[g.first] });
      return bases.size > 1 && notes[i] ? `${value}（${notes[i]}）` : value;
    });
    return fill(bases.size > 1 ? TEMPLATES.basisDiffers : TEMPLATES.conflict, { ...vars, claims: claims.join('，') });
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
  // Corroboration is the same value (as written) from different outlets: 超过6500亿 does not corroborate 约6600亿, and an
  // outlet counts once however many of its items repeat it; unnamed sources do not count.
  const value = renderFigureZh(first.figure);
  // A syndicated copy (the same sentence word for word under another outlet: 雅虎财经 running 美联社's story) is the
  // same report, not a confirmation: each text counts once, under the first outlet that printed it.
  const texts = new Set<string>();
  const same = agreeing
    .filter((s) => renderFigureZh(s.figure) === value)
    .filter((s) => {
      const k = s.sentence.replace(/[\s\p{P}]/gu, '').toLowerCase();
      if (k.length >= 20 && texts.has(k)) return false;
      texts.add(k);
      return true;
    });
  const outletsOf = (xs: Statement[]) => [...new Set(xs.map((s) => statementSource(s, bundle)).filter((n) => n !== UNNAMED))];
  const inside = outletsOf(same.filter((s) => inStory.has(s.itemId)));
  const others = outletsOf(same.filter((s) => !inStory.has(s.itemId))).filter((n) => !inside.includes(n)).length;
  if (inside.length === 0 || inside.length + others < 2) return undefined;
  // Sources outside the story are counted, not listed: 金融时报、界面新闻等6个来源.
  const sources = others > 0 ? `${inside.join('、')}等${inside.length + others}个来源` : inside.join('、');
  // The measure as the source words it (算力采购承诺, not 合同金额).
  const metric = metricWord(c.metric, first.sentence, defaultStoryTemplates(), vars.metric, first.figure.text) ?? vars.metric;
  return fill(TEMPLATES.corroborated, { ...vars, metric, value, sources });
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

/** The subject and measure all of a derived fact's money inputs share (`AWS营收`), when they share one. */
function derivedOwner(d: DerivedFact, bundle: StoryBundle, dir: EntityDirectory): string | undefined {
  const money = d.inputs.filter((f) => f.kind === 'money');
  const [m] = money;
  if (!m?.subject || !m.metric) return undefined;
  if (money.some((f) => f.subject !== m.subject || f.metric !== m.metric)) return undefined;
  const metric = metricZh(m.metric);
  return metric ? `${zhName(m.subject, bundle, dir)}${metric}` : undefined;
}

function derivedInsight(d: DerivedFact, bundle: StoryBundle, dir: EntityDirectory): string | undefined {
  const inputs = d.inputs.map((f) => renderFigureZh(f));
  const value = renderFigureZh(derivedFigure(d));
  const [a, b] = inputs;
  const owner = derivedOwner(d, bundle, dir);
  // Arithmetic on a vague amount (数百亿美元) gives a number no source states or implies: 约4000亿＋数百亿 is not 4550亿.
  if (d.inputs.some((f) => f.qualifier === 'vague')) return undefined;
  // Arithmetic on a rumour or someone else's reckoning restates it as a fact.
  if (attributedSentence(d.sentence)) return undefined;
  switch (d.kind) {
    case 'total': {
      // A firm amount plus a conditional ceiling (300亿＋最多1000亿) is a number no source gives; so is a sum of
      // amounts of different owners or measures.
      const caps = d.inputs.filter((f) => f.qualifier === 'max').length;
      if (caps > 0 && caps < d.inputs.length) return undefined;
      return inputs.length >= 2 && owner ? fill(TEMPLATES.total, { owner, inputs: inputs.join('＋'), value }) : undefined;
    }
    case 'ratio':
      if (!a || !b) return undefined;
      // A ratio of a range (1750亿至1850亿美元) has no single value; one of amounts without a named owner tells nothing.
      if (d.inputs.some((f) => f.low !== undefined && f.high !== undefined) || !owner) return undefined;
      if (d.check && !d.check.ok) {
        return fill(TEMPLATES.ratioMismatch, { stated: `${d.check.stated}倍`, a, b, value });
      }
      return fill(TEMPLATES.ratio, { a, b, value });
    case 'growth':
      if (!a || !b) return undefined;
      return fill(TEMPLATES.growth, {
        owner: owner ?? '',
        a,
        b,
        change: d.value < 0 ? '下降' : '增长',
        // From approximate amounts a rate has two significant digits at most (约17%, not 约16.7%).
        value: renderFigureZh({
          ...derivedFigure(d),
          value: Math.abs(roundSignificant(d.value, d.inputs.some((f) => f.qualifier !== 'exact') ? 2 : 3)),
        }),
      });
    case 'baseline':
      // Back-calculated bases (÷(1+g)) are arithmetic, not insight: the base is no news, and the sources that matter
      // state it when it is.
      return undefined;
    default:
      return undefined;
  }
}

/** A flow as a clause: `英伟达向OpenAI投资**300亿美元**`, `甲骨文向英伟达采购（**约400亿美元**）`. */
function flowClause(d: DealEdge, bundle: StoryBundle, dir: EntityDirectory): string {
  const names = { from: zhName(d.from, bundle, dir), to: zhName(d.to, bundle, dir) };
  const flow = fill(DEAL_ZH[d.kind] ?? '{from}→{to}', names);
  return d.amount ? `${flow}（${d.amount.kind === 'money' ? '' : '涉及'}**${renderFigureZh(d.amount)}**）` : flow;
}

/**
 * A loop of the story's flows, at most four edges (英伟达→OpenAI→甲骨文→英伟达): money that comes back to who paid it,
 * written in flow order — unless the body already states every one of its flows. Flows stated under a rumour are left
 * out.
 */
function loopInsight(bundle: StoryBundle, dir: EntityDirectory, stated: readonly DealEdge[]): string | undefined {
  const best = storyLoop(bundle.deals);
  if (!best || best.every((e) => stated.some((s) => s.from === e.from && s.to === e.to && s.kind === e.kind))) return undefined;
  const back = zhName((best[0] as DealEdge).from, bundle, dir);
  return `资金闭环：${best.map((e) => flowClause(e, bundle, dir)).join('，')}，资金回流至${back}。`;
}

/** Whether a claim is this story's: one of its statements comes from the story's items. */
function ownClaim(c: Claim, bundle: StoryBundle): boolean {
  return c.statements.some((s) => bundle.items.some((i) => i.id === s.itemId));
}

/** The sentences of each of the story's items, by item id (where a company's reply to a rumour may stand). */
function itemTexts(bundle: StoryBundle): Map<string, string[]> {
  return new Map(
    bundle.items.map((i) => [i.id, i.text.split(/(?<=[。！？；!?])|(?<=\.)\s+/u).filter((s) => s.trim().length > 0)] as const),
  );
}

/** The sentences of the story's items (where an offer's terms may sit beside its amount). */
function itemSentences(bundle: StoryBundle): string[] {
  return bundle.items.flatMap((i) => i.text.split(/(?<=[。！？；!?])|(?<=\.)\s+/u)).filter((s) => s.trim().length > 0);
}

/**
 * Two values of one claim that the company's own statement or the offer's own arithmetic settles, as one line: the
 * settled value with its basis and the other outlet's value beside it (此前 when it was reported earlier). Undefined
 * when nothing settles them.
 */
function settledLine(
  c: Claim,
  pair: readonly [{ first: number; members: Statement[] }, { first: number; members: Statement[] }],
  rendered: readonly string[],
  bundle: StoryBundle,
  dir: EntityDirectory,
  vars: Record<string, string>,
  sink?: SettledPair[],
): string | undefined {
  // Every name a source of the story calls the company by (寒武纪, Cambricon), the Chinese one the story prints first.
  const mentioned = Object.values(bundle.entities).flatMap((ms) => ms.filter((m) => m.name === c.subject).map((m) => m.text));
  const names = [...new Set([zhName(c.subject, bundle, dir), c.subject, ...mentioned])];
  const groups = pair.map((g) => g.members);
  // The company's own statement or the offer's arithmetic, else its reply to the other value's rumour (decision 102).
  // A reply answers what its clause names (the valuation, the round size) and is its speaker's: the story's other
  // parties' names tell a start-up's denial from its investor's (decision 108).
  const others = Object.values(bundle.entities).flatMap((ms) =>
    ms.filter((m) => m.name !== c.subject).flatMap((m) => [m.text, zhName(m.name, bundle, dir)]),
  );
  const scope = { metric: c.metric, others: [...new Set(others)] };
  const s = settle(groups, names, itemSentences(bundle)) ?? settleByReply(groups, names, itemTexts(bundle), scope);
  if (!s) return undefined;
  const win = pair[s.winner] as (typeof pair)[number];
  const lose = pair[1 - s.winner] as (typeof pair)[number];
  const outlets = (g: (typeof pair)[number]) => {
    const named = [...new Set(g.members.map((m) => statementSource(m, bundle)))].filter((n) => n !== UNNAMED);
    return named.slice(0, 3).join('、');
  };
  const other = outlets(lose);
  if (!other) return undefined;
  // The offer's arithmetic is the editor's own sum: where a source of the story states the other value, the story prints
  // that value as told, and a sum in the editor's voice beside it contradicts the story's source (decision 170).
  if (s.by === 'arithmetic' && lose.members.some((m) => bundle.items.some((i) => i.id === m.itemId))) return undefined;
  const when = latestDate(lose.members) < latestDate(win.members) ? '此前' : '';
  const common = { ...vars, value: rendered[win.first] ?? '', other_source: other, other_value: rendered[lose.first] ?? '', when };
  const source = outlets(win);
  if (s.by !== 'statement' && !source) return undefined;
  // The company's final figure against an earlier rumour or plan says which way it came in (decision 186, as 163 for the
  // comparison line): the earlier value provisional, a later item of today's reporting the deal done.
  const move =
    s.by === 'statement' && when !== ''
      ? finalMove(
          c.statements[lose.first] as Statement,
          c.statements[win.first] as Statement,
          bundle.items.filter((i) => win.members.some((m) => m.itemId === i.id)),
        )
      : undefined;
  const line = smoothCopula(
    s.by === 'statement'
      ? fill(
          move === 'lower' ? TEMPLATES.settledFinalLower : move === 'higher' ? TEMPLATES.settledFinalHigher : TEMPLATES.settledStatement,
          common,
        )
      : s.by === 'reply'
        ? fill(TEMPLATES.settledReply, { ...common, source, company: names[0] ?? '', reply: s.reply })
        : fill(TEMPLATES.settledArithmetic, { ...common, shares: s.shares, price: s.price, source }),
  );
  sink?.push({ line, winner: common.value, loser: common.other_value, losers: other.split('、'), by: s.by });
  return line;
}

/** The talks-stage sentence for an earlier value (reconcile.ts `talksSentence`), its outlet named, the copula smoothed. */
function talksLine(
  earlier: Statement,
  today: readonly Pick<ItemRecord, 'title' | 'text'>[],
  vars: Record<string, string | undefined>,
): string | undefined {
  if (!vars.old_source || vars.old_source === UNNAMED) return undefined;
  const s = talksSentence(earlier.sentence, today, vars);
  return s ? smoothCopula(s) : undefined;
}

/**
 * The Chinese sentence for an English source of today's value that states the earlier value with a word of change:
 * `路透社称，北风系统融资由此前的30亿美元上调至35亿美元。` (the outlet of the item whose sentence says it).
 */
function englishChangeSentence(
  members: readonly Statement[],
  today: Figure,
  earlier: Figure,
  bundle: StoryBundle,
  vars: Record<string, string | undefined>,
): string | undefined {
  for (const item of bundle.items.filter((i) => members.some((m) => m.itemId === i.id))) {
    const move = englishChange([item.text], earlier, today);
    const source = sourceLabel(bundle, item.id, item.url ?? '');
    if (move && source !== UNNAMED) return changeClause({ ...vars, new_source: source }, move);
  }
  return undefined;
}

/**
 * The sentence telling what changed when today's value replaces one an earlier day's digest printed (the newer
 * article names the older value as the one before: history, no comparison line): the story's own Chinese sentence
 * stating the earlier value with a word of change, else an English source's words of change in Chinese. `line` is
 * empty: the sentence joins the paragraph printing today's value, no line to replace.
 */
function toldChange(
  shown: readonly { members: Statement[]; first: number }[],
  c: Claim,
  bundle: StoryBundle,
  rendered: readonly string[],
  vars: Record<string, string>,
): Reconciled | undefined {
  if (shown.length !== 2) return undefined;
  const inStory = new Set(bundle.items.map((i) => i.id));
  const now = shown.find((g) => g.members.some((m) => inStory.has(m.itemId)));
  const old = shown.find((g) => g !== now && g.members.every((m) => !inStory.has(m.itemId)));
  if (!now || !old) return undefined;
  // The reader saw the older value: an earlier day's digest printed it (the story's own earlier item, or one told).
  if (!old.members.some((m) => m.date != null && (ranStatement(bundle, m) || toldStatement(bundle, m)))) return undefined;
  const sa = c.statements[now.first] as Statement;
  const sb = c.statements[old.first] as Statement;
  const texts = bundle.items.filter((i) => now.members.some((m) => m.itemId === i.id)).map((i) => i.text);
  const value = rendered[now.first] ?? '';
  const sentence =
    reconcilingSentence(texts, sb.figure) ??
    englishChangeSentence(now.members, sa.figure, sb.figure, bundle, { ...vars, old_value: rendered[old.first], new_value: value }) ??
    talksLine(
      sb,
      bundle.items.filter((i) => now.members.some((m) => m.itemId === i.id)),
      { ...vars, old_source: statementSource(sb, bundle), old_value: rendered[old.first] },
    );
  return sentence ? { line: '', sentence, value } : undefined;
}

/** A comparison line the story's own article says in its own words (decision 101): the sentence replaces the line. */
export interface Reconciled {
  /** The template comparison line ('' when there is none: the sentence only joins today's paragraph, decision 106). */
  line: string;
  /** The article's sentence stating the earlier value and what became of it. */
  sentence: string;
  /** Today's value as rendered: the sentence goes with the paragraph that prints it. */
  value: string;
}

/** What the comparison lines of a story settle or reconcile, for the head and the lead (decision 101). */
export interface ConflictNotes {
  settled: SettledPair[];
  reconciled: Reconciled[];
}

/** A settled dispute as the head and lead need it (decision 101): the line, the settled value, the overruled one. */
export interface SettledPair {
  /** The settled line (the one place the overruled value is printed). */
  line: string;
  /** The settled value as rendered (1180亿美元). */
  winner: string;
  /** The overruled value as rendered (1280亿美元). */
  loser: string;
  /** The outlets of the overruled value, as the line names them. */
  losers: string[];
  /** What settled it: the company's statement or reply rewrites a lead sentence; the offer's arithmetic does not (decision 150). */
  by: 'statement' | 'arithmetic' | 'reply';
}

/** The conflict sentences of a story (both values, both sources), for the `stories` style's closing paragraph. */
export function conflictSentences(bundle: StoryBundle, dir: EntityDirectory, sink?: ConflictNotes): string[] {
  const out: string[] = [];
  for (const c of bundle.claims.filter((x) => x.conflict && ownClaim(x, bundle))) {
    const s = claimInsight(c, bundle, dir, undefined, sink);
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
  for (const d of bundle.derived) push(derivedInsight(d, bundle, dir));
  // The key figure's corroboration (…获多个来源印证（A、B）) is a proofreading note, not an insight (audit 81, 98): not
  // printed.
  // A single capital flow restates the body or 合作与交易 (资金流向：A向B投资…): only a loop of flows (money that comes
  // back to who paid it) says something the lines of the story do not.
  push(loopInsight(bundle, dir, opts.stated ?? []));
  return out;
}
