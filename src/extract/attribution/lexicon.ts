/** The metric lexicon (data/metrics.json) and a compiled keyword finder over it. */

import type { FigureKind } from '../../types/figure.js';
import { isLatin, wordsRegex } from '../../util/regexp.js';
import { metricTable } from '../data-tables.js';
import { MOVE_AFTER_CODE, STOCK_CODE } from '../stock-code.js';
import type { ContributionOf } from './contribution.js';
import type { DebtBought } from './debt-bought.js';
import type { GoodsBought } from './goods-bought.js';
import type { LenderMarks } from './lender.js';
import type { PaidFor } from './paid-for.js';
import type { SegmentLexicon } from './scope.js';
import type { SpendObjects } from './spend-object.js';
import { WordScanner } from './word-scan.js';

/** Shared with the other stages (src/util/regexp.ts); kept exported here for the extraction modules that import them. */
export { isLatin, wordsRegex };

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
  /** Largest money amount the metric takes (a share price is a per-share amount, never $20 billion). */
  maxValue?: number;
  /** What a percent change of it is called (share-price: a stock move is 'share-price'); default `<metric>-growth`. */
  growthMetric?: string;
  /** For a figure kind the metric does not take, the metric its keywords give instead (stake: '$2 billion of equity' → investment). */
  kindsAs?: Partial<Record<FigureKind, string>>;
  /** The target-price words (data/target-price.json, abbreviations included) are keywords of this metric too. */
  targetPriceWords?: boolean;
}

export interface MetricLexicon {
  metrics: MetricDef[];
  stopKeywords: string[];
  /** Keywords that, right after another keyword, only link it to the amount and take its metric ('commitments worth'). */
  linkWords?: string[];
  /**
   * A valuation word that is only a valuation when a company or a verb stands before it ('xAI was worth', 'a startup
   * worth'): after a lower-case common noun ('structures worth $100bn', 'chips worth') it prices that thing instead.
   * `words`: the ambiguous keywords; `after`: lower-case words that keep the valuation sense.
   */
  ownerOnlyValuation?: { words: string[]; after: string[] };
  /** A raise refined by the instrument named right after its amount: { funding: ['debt'] } ('raised $18bn in a bond sale' → debt). */
  instrumentRefines?: Record<string, string[]>;
  growthWords: string[];
  /** `downTriggers`: the triggers that state a loss ('erasing $380 billion of market value' is -380 billion). */
  changeRules: { base: string; metric: string; triggers: string[]; downTriggers?: string[] }[];
  /** Words before a percent in its clause that make it a fall when the figure carries no direction ('降幅为50%', '缩水近五成'). */
  downWords?: string[];
  /** Nouns that name a change ('降幅', '涨幅'): a percent after them is a change even after 为 / 达. */
  changeNouns?: string[];
  /** Keywords that name only a kind of outlay (投入, spend): what the sentence's other figures say overrides them. */
  weakKeywords?: string[];
  /** A metric refined by its sentence: funding in a sentence about a listing is IPO proceeds; a valuation beside a share price is a market value. */
  contextRules?: {
    from?: string;
    kind?: FigureKind;
    to: string;
    sentenceWords?: string[];
    notWithin?: string[];
    sentenceMetric?: string;
  }[];
  /** Keywords naming a transaction without saying what its money is ('deal', '交易'): a restatement may override them. */
  genericKeywords?: string[];
  /** A payment for a company is its acquisition price, not spending ('we paid $8 billion for Informatica'; paid-for.ts). */
  paidFor?: PaidFor;
  /** An amount that buys goods ('bought $9 billion of Nvidia hardware') is a purchase (goods-bought.ts). */
  goodsBought?: GoodsBought;
  /** Debt a named holder buys ('Pimco bought $18bn of the bonds') is its investment, not its borrowing (debt-bought.ts). */
  debtBought?: DebtBought;
  /** A named party's contribution of an amount ('Nvidia's contribution of up to $2 billion') is its investment (contribution.ts). */
  contributionOf?: ContributionOf;
  /** Words that mark a name as the lender of a loan, not its borrower ('A获得B 30亿元贷款', 'A向B借款'; lender.ts). */
  lenderMarks?: LenderMarks;
  /** Words right before an amount that make it an estimate of the figure before it ('高于市场预期的656亿美元', 'vs. $1.53 expected'). */
  comparisonWords?: string[];
  /**
   * What a per-share amount measures when its clause names the measure before it ('earned $1.42 per share', 'raised its
   * quarterly dividend by 10% to 65 cents a share'): `metrics` a keyword before the amount may give it (else the
   * per-share keyword files it as a share price); `verbs` words that name the measure by a verb (earned → profit).
   */
  perShareMeasures?: { metrics: string[]; verbs: { metric: string; words: string[] }[] };
  objectMarkers: string[];
  /**
   * Things a company builds or buys for its own use (电网, 数据中心, data centers, infrastructure): an investment in one of
   * them, with no company receiving the money, is that company's capital expenditure ('电网投资1200亿元').
   */
  ownAssets?: { from: string; to: string; words: string[] };
  /** What an amount named capex only by a spending verb buys, by its object phrase (spend-object.ts). */
  spendObjects?: SpendObjects;
  /** Words before an entity that make it a counterparty for any metric ('with', 'of'). */
  counterpartyMarkers?: string[];
  anaphors: string[];
  /** Longer words containing an anaphor that do not refer back ('其中', '尤其'). */
  anaphorStops?: string[];
  /** Noun phrases referring to a company named before ('the chipmaker', '该公司'): in a clause naming no one, the sentence's opening subject. */
  definiteAnaphors?: string[];
  /** Verbs that, right after a period in another clause, show it dates an event ('去年达成的协议'), not the figure. */
  eventVerbs?: string[];
  /** Words before ('since') or after ('以来') a period that make it a starting point, which dates no figure. */
  startMarkers?: { before: string[]; after: string[] };
  sourceTags: string[];
  coordinators: string[];
  combinedWords: string[];
  /** Business segments and regions a figure may measure instead of its subject's total (scope.ts). */
  segments?: SegmentLexicon;
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
  /** keywordRe's matches, found faster (word-scan.ts). */
  keywordScan: WordScanner;
  /** `lex.linkWords` lower-cased, built on first use. */
  linkWords?: Set<string>;
  keywordMetric: Map<string, string | null>;
  growthRe: RegExp;
  /** Matches the words of `lex.ownAssets` (global: reset lastIndex before use). */
  ownAssetRe?: RegExp;
}

let compiled: CompiledLexicon | undefined;

/** The shipped lexicon, compiled once. */
export function loadMetricLexicon(): CompiledLexicon {
  if (compiled) return compiled;
  const lex = metricTable();
  const keywordMetric = new Map<string, string | null>();
  for (const m of lex.metrics)
    for (const k of m.keywords) if (!keywordMetric.has(k.toLowerCase())) keywordMetric.set(k.toLowerCase(), m.metric);
  for (const k of lex.stopKeywords) keywordMetric.set(k.toLowerCase(), null);
  compiled = {
    lex,
    byMetric: new Map(lex.metrics.map((m) => [m.metric, m])),
    keywordRe: wordsRegex([...keywordMetric.keys()]),
    keywordScan: new WordScanner([...keywordMetric.keys()]),
    keywordMetric,
    growthRe: wordsRegex(lex.growthWords),
    ...(lex.ownAssets ? { ownAssetRe: wordsRegex(lex.ownAssets.words, 'gi') } : {}),
  };
  return compiled;
}

/** The lexicon's name for a metric label, through aliases. Example: 'backlog' → 'orders', 'capex' → 'capex'. */
export function canonicalMetric(label: string, c: CompiledLexicon = loadMetricLexicon()): string {
  const l = label.toLowerCase();
  if (c.byMetric.has(l)) return l;
  return c.lex.metrics.find((m) => m.aliases?.includes(l))?.metric ?? label;
}

/** What may stand between a keyword and its link word: a few words naming a counterparty, no number, no clause break. */
const LINK_GAP = /^[^0-9,.;:，。；：、()（）]{0,24}$/;

/** 'similar structures worth $100bn': an owner-only valuation word right after a lower-case common noun. */
function pricesAThing(text: string, at: number, word: string, c: CompiledLexicon): boolean {
  const rule = c.lex.ownerOnlyValuation;
  if (!rule?.words.includes(word.toLowerCase())) return false;
  const before = /([A-Za-z][\w'-]*)\s+$/.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (!before || /^[A-Z]/.test(before)) return false;
  return !rule.after.includes(before.toLowerCase());
}

/** All keyword hits in `text` (longest first at each position, non-overlapping). */
export function findKeywords(text: string, c: CompiledLexicon): KeywordHit[] {
  const out: KeywordHit[] = [];
  const links = (c.linkWords ??= new Set((c.lex.linkWords ?? []).map((w) => w.toLowerCase())));
  for (const h of c.keywordScan.all(text)) {
    const m = { 0: h.text, index: h.index };
    let metric = c.keywordMetric.get(m[0].toLowerCase()) ?? null;
    // 'compute commitments worth $1.4 trillion': a linking word takes the metric of the keyword it follows.
    // A funding round is never what a 'valued at' links to: 'a round valued at $157 billion' states the valuation.
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, m.index) : '';
    if (links.has(m[0].toLowerCase()) && prev?.metric && prev.metric !== 'funding' && LINK_GAP.test(gap)) metric = prev.metric;
    else if (metric === 'valuation' && pricesAThing(text, m.index, m[0], c)) metric = null;
    out.push({ start: m.index, end: m.index + m[0].length, metric });
  }
  return withStockMoves(text, out);
}

/**
 * A stock code followed by a move ('Alibaba (9988 HK) +2.8% to HK$160.70', '创意(3443)下跌3.2%') is a share-price
 * keyword: the move is the stock's and the level it reaches is its price.
 */
function withStockMoves(text: string, hits: KeywordHit[]): KeywordHit[] {
  STOCK_CODE.lastIndex = 0;
  const extra: KeywordHit[] = [];
  for (let m = STOCK_CODE.exec(text); m; m = STOCK_CODE.exec(text)) {
    // The hit is the closing bracket only: the code itself may be a name's alias ('SNOW' for Snowflake), and a
    // keyword overlapping a name is dropped.
    const end = m.index + m[0].length;
    const start = end - 1;
    if (!MOVE_AFTER_CODE.test(text.slice(end, end + 16))) continue;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    extra.push({ start, end, metric: 'share-price' });
  }
  return extra.length === 0 ? hits : [...hits, ...extra].sort((a, b) => a.start - b.start);
}
