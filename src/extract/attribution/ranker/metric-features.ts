/**
 * Metric attribution of money figures as a choice: the candidate metrics are those of the keywords of the figure's
 * sentence (and of the sentence before it in its paragraph) that take a money figure of its size, plus the rules'
 * metric; each keyword occurrence is one row with position and role features. Pure; used by bench/ranker.ts.
 */
import type { Figure } from '../../../types/figure.js';
import { type Span, sentenceSpans } from '../clauses.js';
import { type CompiledLexicon, findKeywords, type KeywordHit, loadMetricLexicon } from '../lexicon.js';
import type { CandidateRow } from './features.js';

export const METRIC_FEATURES = [
  'keyword',
  'inClause',
  'earlierClause',
  'laterClause',
  'prevSentence',
  'before',
  'after',
  'logDistance',
  'ofNoun',
  'linkAfter',
  'blocked',
  'weak',
  'nearestBefore',
  'nearestAfter',
  'inParentheses',
  'logCount',
  'payer',
  'firm',
  'perShare',
  'perShareMetric',
  'largeAmount',
  'virtualRule',
  'rule',
] as const;
const INDEX = new Map<string, number>(METRIC_FEATURES.map((f, i) => [f, i]));

export interface MetricChoice {
  figure: number;
  rule: string | undefined;
  /** The rules' metric comes from a keyword of the figure's own clause. */
  ruleSure: boolean;
  rows: CandidateRow[];
}

const OF_NOUN = /^\s+of\s+(?:[\w'’-]+\s+){0,2}$/i;
const PER_SHARE = /^\s*(?:per\s+(?:diluted\s+)?share|a\s+share|每股)/i;
const PER_SHARE_BEFORE = /(?:每股|\bEPS|per[\s-]share|股价|share price|shares? (?:rose|fell|closed))[^，。；;\d]{0,12}$/i;

function row(set: Partial<Record<(typeof METRIC_FEATURES)[number], number>>): number[] {
  const x = new Array<number>(METRIC_FEATURES.length).fill(0);
  for (const [k, v] of Object.entries(set)) x[INDEX.get(k)!] = v ?? 0;
  return x;
}

/** The money metric a keyword gives a figure of this size, if any. */
function moneyMetric(h: KeywordHit, fig: Figure, c: CompiledLexicon): string | undefined {
  const def = h.metric ? c.byMetric.get(h.metric) : undefined;
  if (!def) return undefined;
  if (!def.kinds.includes('money')) return def.kindsAs?.money;
  const size = fig.value ?? fig.high ?? fig.low ?? 0;
  return def.maxValue !== undefined && size > def.maxValue ? undefined : def.metric;
}

function inParentheses(text: string, from: number, pos: number): boolean {
  const before = text.slice(from, pos);
  return Math.max(before.lastIndexOf('('), before.lastIndexOf('（')) > Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
}

/** Candidate rows for the metric of every money figure the rules attributed. */
export function metricChoices(text: string, figures: Figure[]): MetricChoice[] {
  const c = loadMetricLexicon();
  const sentences = sentenceSpans(text);
  const hits = findKeywords(text, c);
  const weak = new Set((c.lex.weakKeywords ?? []).map((w) => w.toLowerCase()));
  const out: MetricChoice[] = [];
  figures.forEach((fig, index) => {
    if (fig.kind !== 'money') return;
    const si = sentences.findIndex((s) => fig.start >= s.start && fig.start < s.end);
    const sentence = sentences[si];
    if (!sentence) return;
    const prevS = sentences[si - 1]?.para === sentence.para ? sentences[si - 1] : undefined;
    const clause: Span = sentence.clauses.find((cl) => fig.start >= cl.start && fig.start < cl.end) ?? sentence;
    const within = (s: Span | undefined) => (s ? hits.filter((h) => h.start >= s.start && h.end <= s.end) : []);
    const own = within(sentence).filter((h) => moneyMetric(h, fig, c));
    const prev = within(prevS).filter((h) => moneyMetric(h, fig, c));
    const others = figures.filter((f) => f !== fig && f.start >= sentence.start && f.end <= sentence.end);
    const nearestBefore = own.filter((h) => h.end <= fig.start).pop();
    const nearestAfter = own.find((h) => h.start >= fig.end);
    const perShare =
      PER_SHARE.test(text.slice(fig.end, fig.end + 20)) ||
      PER_SHARE_BEFORE.test(text.slice(Math.max(clause.start, fig.start - 30), fig.start));
    const count = new Map<string, number>();
    for (const h of own) count.set(moneyMetric(h, fig, c)!, (count.get(moneyMetric(h, fig, c)!) ?? 0) + 1);
    const rows: CandidateRow[] = [];
    const describe = (h: KeywordHit, inSentence: boolean): void => {
      const metric = moneyMetric(h, fig, c)!;
      const def = c.byMetric.get(metric);
      const isBefore = h.end <= fig.start;
      const lo = Math.min(h.end, fig.end);
      const hi = Math.max(h.start, fig.start);
      const gap = isBefore ? text.slice(h.end, fig.start) : text.slice(fig.end, h.start);
      const inCl = inSentence && h.start >= clause.start && h.end <= clause.end;
      rows.push({
        name: metric,
        x: row({
          keyword: 1,
          inClause: inCl ? 1 : 0,
          earlierClause: inSentence && !inCl && isBefore ? 1 : 0,
          laterClause: inSentence && !inCl && !isBefore ? 1 : 0,
          prevSentence: inSentence ? 0 : 1,
          before: inSentence && isBefore ? 1 : 0,
          after: inSentence && !isBefore ? 1 : 0,
          logDistance: inSentence ? Math.log1p(Math.max(0, hi - lo)) / 6 : 1,
          ofNoun: !isBefore && OF_NOUN.test(gap) ? 1 : 0,
          linkAfter: !isBefore && /^\s*$/.test(gap) && /^(?:worth|价值)$/i.test(text.slice(h.start, h.end)) ? 1 : 0,
          blocked: inSentence && others.some((o) => o.start >= lo && o.end <= hi) ? 1 : 0,
          weak: weak.has(text.slice(h.start, h.end).toLowerCase()) ? 1 : 0,
          nearestBefore: h === nearestBefore ? 1 : 0,
          nearestAfter: h === nearestAfter ? 1 : 0,
          inParentheses: inSentence && inParentheses(text, sentence.start, h.start) ? 1 : 0,
          logCount: Math.log1p(count.get(metric) ?? 0),
          payer: def?.payer ? 1 : 0,
          firm: def?.firm ? 1 : 0,
          perShare: perShare ? 1 : 0,
          perShareMetric: perShare && (metric === 'price' || metric === 'share-price' || metric === 'profit') ? 1 : 0,
          largeAmount: (fig.value ?? fig.high ?? 0) >= 1e9 ? 1 : 0,
        }),
      });
    };
    for (const h of own) describe(h, true);
    for (const h of prev) describe(h, false);
    const rule = fig.metric;
    if (rule && !rows.some((r) => r.name === rule)) rows.push({ name: rule, x: row({ virtualRule: 1 }) });
    for (const r of rows) r.x[INDEX.get('rule')!] = r.name === rule ? 1 : 0;
    const ruleSure = !!rule && own.some((h) => moneyMetric(h, fig, c) === rule && h.start >= clause.start && h.end <= clause.end);
    out.push({ figure: index, rule, ruleSure, rows });
  });
  return out;
}
