/** The metric lexicon (data/metrics.json) and a compiled keyword finder over it. */
import type { FigureKind } from '../../types/figure.js';
import { readDataJson } from '../entities/data-file.js';

export interface MetricDef {
  metric: string;
  kinds: FigureKind[];
  keywords: string[];
  payer?: boolean;
  productSubject?: boolean;
  placeSubject?: boolean;
}

export interface MetricLexicon {
  metrics: MetricDef[];
  stopKeywords: string[];
  growthWords: string[];
  changeRules: { base: string; metric: string; triggers: string[] }[];
  objectMarkers: string[];
  anaphors: string[];
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

/** All keyword hits in `text` (longest first at each position, non-overlapping). */
export function findKeywords(text: string, c: CompiledLexicon): KeywordHit[] {
  const out: KeywordHit[] = [];
  c.keywordRe.lastIndex = 0;
  for (let m = c.keywordRe.exec(text); m; m = c.keywordRe.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, metric: c.keywordMetric.get(m[0].toLowerCase()) ?? null });
  }
  return out;
}
