/** Chooses a figure's metric: the nearest metric keyword in its clause, with growth and change rules for percentages. */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import type { CompiledLexicon, KeywordHit } from './lexicon.js';

/** Keywords after the figure count this many characters farther than ones before it ('capex of $80B' beats '$80B, revenue'). */
const AFTER_PENALTY = 3;

/** A unit-price keyword right after a small amount: '$1.25 per million input tokens', '$30,000 each'. */
const UNIT_PRICE = /^(?:per\b|each\b|apiece\b|每)/i;
/** What the amount is of, right after it: '$30 billion of bonds', '$4 billion of new Nvidia chips'. */
const OF_NOUN = /^\s+of\s+(?:[\w-]+\s+){0,2}$/i;

function distance(h: KeywordHit, fig: Figure, text: string): number {
  if (h.end <= fig.start) return fig.start - h.end;
  if (h.start >= fig.end) {
    const gap = text.slice(fig.end, h.start);
    if (OF_NOUN.test(gap)) return 0;
    const small = (fig.value ?? fig.high ?? Number.POSITIVE_INFINITY) < 1e6;
    if (h.metric === 'price' && small && /^\s*$/.test(gap) && UNIT_PRICE.test(text.slice(h.start, h.end))) return 0;
    return h.start - fig.end + AFTER_PENALTY;
  }
  return 0;
}

/** True when another figure stands between the keyword and this figure (the keyword probably belongs to that one). */
function blocked(h: Span, fig: Figure, others: Figure[]): boolean {
  const lo = Math.min(h.end, fig.end);
  const hi = Math.max(h.start, fig.start);
  return others.some((o) => o !== fig && o.start >= lo && o.end <= hi);
}

function nearest(
  text: string,
  hits: KeywordHit[],
  fig: Figure,
  others: Figure[],
  accept: (metric: string) => boolean,
): KeywordHit | undefined {
  const usable = hits.filter((h) => h.metric !== null && accept(h.metric));
  const free = usable.filter((h) => !blocked(h, fig, others));
  const pool = free.length ? free : usable;
  let best: KeywordHit | undefined;
  for (const h of pool) if (!best || distance(h, fig, text) < distance(best, fig, text)) best = h;
  return best;
}

/** Whether a percent / multiple figure states a change ('增长20%', 'rose 20%', '20% year-over-year') rather than a level ('rose to 30%'). */
function isGrowth(text: string, fig: Figure, clause: Span, c: CompiledLexicon): boolean {
  const before = text.slice(clause.start, fig.start);
  if (/(?:\bto|至|到|达到?|为|是|of)\s*$/.test(before)) return false;
  if (fig.direction) return true;
  const window = text.slice(clause.start, Math.min(clause.end, fig.end + 14));
  c.growthRe.lastIndex = 0;
  return c.growthRe.test(window);
}

/** Whether `pos` lies inside a parenthesis opened after `from`: '（含融资租赁）', '(including leases)'. */
function inParentheses(text: string, from: number, pos: number): boolean {
  const before = text.slice(from, pos);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return open > close;
}

/**
 * Metrics of the figures of one sentence. Each figure takes the nearest keyword of its own clause; a figure whose
 * clause has none takes the metric its same-kind siblings in the other clauses agree on (a list: '亚马逊全年资本开支超过
 * 1250亿美元；…；谷歌将全年指引上调至910亿至930亿美元；Meta预计全年资本开支为700亿至720亿美元' → capex for Google), else the
 * nearest keyword of an earlier clause (money only).
 */
export function sentenceMetrics(
  text: string,
  sentence: Span,
  figures: Figure[],
  hits: KeywordHit[],
  c: CompiledLexicon,
  clauseOf: (f: Figure) => Span,
): Map<Figure, string | undefined> {
  const own = new Map<Figure, string | undefined>();
  for (const f of figures) own.set(f, f.metric ?? chooseMetric(text, f, clauseOf(f), hits, figures, c));
  const out = new Map(own);
  for (const f of figures) {
    const clause = clauseOf(f);
    if (own.get(f) || f.kind !== 'money') {
      if (!own.get(f)) out.set(f, chooseMetric(text, f, clause, hits, figures, c, sentence));
      continue;
    }
    const votes = new Map<string, number>();
    let voters = 0;
    for (const g of figures) {
      if (g === f || g.kind !== f.kind || clauseOf(g).start === clause.start) continue;
      const m = own.get(g);
      if (!m) continue;
      voters++;
      votes.set(m, (votes.get(m) ?? 0) + 1);
    }
    const [top] = [...votes].sort((a, b) => b[1] - a[1]);
    if (top && top[1] * 2 > voters) out.set(f, top[0]);
    else out.set(f, chooseMetric(text, f, clause, hits, figures, c, sentence));
  }
  return out;
}

/**
 * The metric of `fig` from keyword hits in its clause. Money / count figures take the nearest keyword of a metric for
 * their kind; percentages and multiples that state a change become `<base>-growth` (营收同比增长20% → revenue-growth).
 */
export function chooseMetric(
  text: string,
  fig: Figure,
  clause: Span,
  hits: KeywordHit[],
  figures: Figure[],
  c: CompiledLexicon,
  sentence: Span = clause,
): string | undefined {
  const inClause = hits.filter((h) => h.start >= clause.start && h.end <= clause.end);
  // A money figure in a clause without a keyword takes the nearest one from earlier clauses ('收入增长93%，达到623亿美元'),
  // never one inside a parenthetical aside ('约1200亿美元（含融资租赁）').
  const earlier = hits.filter((h) => h.start >= sentence.start && h.end <= clause.start && !inParentheses(text, sentence.start, h.start));
  let metric: string | undefined;
  if ((fig.kind === 'percent' || fig.kind === 'multiple') && isGrowth(text, fig, clause, c)) {
    const base = nearest(text, inClause, fig, figures, (m) => {
      const def = c.byMetric.get(m);
      return (
        !!def &&
        (def.kinds.includes('money') || def.kinds.includes('count') || m === 'share-price' || m === 'market-share' || m === 'margin')
      );
    });
    metric = base?.metric ? `${base.metric}-growth` : 'growth';
  } else {
    const kind = fig.kind === 'multiple' ? 'percent' : fig.kind;
    const accept = (m: string): boolean => c.byMetric.get(m)?.kinds.includes(kind) ?? false;
    metric = nearest(text, inClause, fig, figures, accept)?.metric ?? undefined;
    if (!metric && fig.kind === 'money') metric = nearest(text, earlier, fig, [], accept)?.metric ?? undefined;
  }
  // 'lost $600 billion in market value', '市值蒸发': a market-cap keyword plus a motion word make a change, unless the
  // figure is the level reached ('rose to $5 trillion').
  const level = /(?:\bto|至|到|达到?|为)\s*$/.test(text.slice(clause.start, fig.start));
  if (fig.kind === 'money' && !level) {
    const clauseText = text.slice(clause.start, clause.end).toLowerCase();
    const has = (t: string): boolean => (/^[a-z]/.test(t) ? new RegExp(`\\b${t}\\b`).test(clauseText) : clauseText.includes(t));
    for (const rule of c.lex.changeRules) {
      const baseHit = inClause.some((h) => h.metric === rule.base);
      if ((metric === rule.base || baseHit) && rule.triggers.some(has)) metric = rule.metric;
    }
  }
  return metric;
}
