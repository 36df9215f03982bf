/** The metric lexicon (data/metrics.json) and a compiled keyword finder over it. */
import type { FigureKind } from '../../types/figure.js';
import { readDataJson } from '../entities/data-file.js';

export interface MetricDef {
  metric: string;
  kinds: FigureKind[];
  keywords: string[];
  /** Other names of the metric (orders = backlog): labels only, never matched in text. */
  aliases?: string[];
  payer?: boolean;
  /** The finest period grain the metric is stated for: a finer period in the sentence dates an event, not the figure. */
  finestPeriod?: 'month' | 'quarter' | 'half' | 'year';
  productSubject?: boolean;
  placeSubject?: boolean;
  /** A company's own figure (revenue, capex …): in a sentence naming no one, it belongs to the text's main organisation. */
  firm?: boolean;
}

export interface MetricLexicon {
  metrics: MetricDef[];
  stopKeywords: string[];
  /** Keywords that, right after another keyword, only link it to the amount and take its metric ('commitments worth'). */
  linkWords?: string[];
  growthWords: string[];
  changeRules: { base: string; metric: string; triggers: string[] }[];
  objectMarkers: string[];
  /** Words before an entity that make it a counterparty for any metric ('with', 'of'). */
  counterpartyMarkers?: string[];
  anaphors: string[];
  /** Verbs that, right after a period in another clause, show it dates an event ('去年达成的协议'), not the figure. */
  eventVerbs?: string[];
  /** Words before ('since') or after ('以来') a period that make it a starting point, which dates no figure. */
  startMarkers?: { before: string[]; after: string[] };
  sourceTags: string[];
  coordinators: string[];
  combinedWords: string[];
}

/** A keyword occurrence: `metric` is null for stop keywords (which only block shorter ones). */
export interface KeywordHit {
  start: number;
  end: number;
  metric: string | null;
}

export interface CompiledLexicon {
  lex: MetricLexicon;
  byMetric: Map<string, MetricDef>;
  /** One alternation over all keywords, longest first. */
  keywordRe: RegExp;
  keywordMetric: Map<string, string | null>;
  growthRe: RegExp;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

/** A regex alternation that matches Latin words on word boundaries and Chinese words anywhere. */
export function wordsRegex(words: string[], flags = 'gi'): RegExp {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const parts = sorted.map((w) => (isLatin(w) ? `(?<![A-Za-z0-9])${escapeRe(w)}(?![A-Za-z0-9])` : escapeRe(w)));
  return new RegExp(parts.join('|'), flags);
}

let compiled: CompiledLexicon | undefined;

/** The shipped lexicon, compiled once. */
export function loadMetricLexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const lex = readDataJson<MetricLexicon>('metrics.json');
  const keywordMetric = new Map<string, string | null>();
  for (const m of lex.metrics)
    for (const k of m.keywords) if (!keywordMetric.has(k.toLowerCase())) keywordMetric.set(k.toLowerCase(), m.metric);
  for (const k of lex.stopKeywords) keywordMetric.set(k.toLowerCase(), null);
  compiled = {
    lex,
    byMetric: new Map(lex.metrics.map((m) => [m.metric, m])),
    keywordRe: wordsRegex([...keywordMetric.keys()]),
    keywordMetric,
    growthRe: wordsRegex(lex.growthWords),
  };
  return compiled;
}

/** The lexicon's name for a metric label, through aliases. Example: 'backlog' → 'orders', 'capex' → 'capex'. */
export function canonicalMetric(label: string, c: CompiledLexicon = loadMetricLexicon()): string {
  const l = label.toLowerCase();
  if (c.byMetric.has(l)) return l;
  return c.lex.metrics.find((m) => m.aliases?.includes(l))?.metric ?? label;
}

/** All keyword hits in `text` (longest first at each position, non-overlapping). */
export function findKeywords(text: string, c: CompiledLexicon): KeywordHit[] {
  const out: KeywordHit[] = [];
  const links = new Set((c.lex.linkWords ?? []).map((w) => w.toLowerCase()));
  c.keywordRe.lastIndex = 0;
  for (let m = c.keywordRe.exec(text); m; m = c.keywordRe.exec(text)) {
    let metric = c.keywordMetric.get(m[0].toLowerCase()) ?? null;
    // 'compute commitments worth $1.4 trillion': a linking word takes the metric of the keyword it follows.
    const prev = out[out.length - 1];
    if (links.has(m[0].toLowerCase()) && prev?.metric && /^\s{0,2}$/.test(text.slice(prev.end, m.index))) metric = prev.metric;
    out.push({ start: m.index, end: m.index + m[0].length, metric });
  }
  return out;
}
