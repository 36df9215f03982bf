/**
 * The facts behind one highlight: the quote's own figures, claims, derived facts and capital flows (the knowledge
 * layer run on the quote alone), set against the knowledge base — values another source disagrees with or confirms,
 * earlier values of the same measure, loops the quote's flows close — and a baseline the reader's note states.
 */
import { extract, type Gazetteer } from '../../extract/index.js';
import {
  buildKnowledge,
  DEFAULT_OPTIONS,
  findCycles,
  formatFigure,
  type KnowledgeOptions,
  pointValue,
  UNKNOWN_PERIOD,
  valuesAgree,
} from '../../knowledge/index.js';
import { normalizeItem } from '../../normalize/index.js';
import type { Claim, DealEdge, DerivedFact, EntityMention, Figure, ItemRecord, Statement } from '../../types/index.js';
import { isCalendarYear } from '../numeric-guard/index.js';
import type { HighlightRules } from './rules.js';

/** One quote and the reader's note on it, as read from a highlights export. */
export interface HighlightPair {
  quote: string;
  note: string;
  /** The book, article or file title the pair belongs to. */
  title?: string;
  /** ISO date of the highlight or its source (resolves "this year"). */
  date?: string | null;
}

/** What the knowledge base holds, as the highlights stage reads it (a store snapshot). */
export interface KnowledgeView {
  claims: Claim[];
  deals: DealEdge[];
  /** How a statement's source is named in Chinese text (an outlet, never a file name). */
  label(source: { itemId: string; source: string }): string;
}

/** A stored value of the quote's measure from another source. */
export interface Comparison {
  own: Statement;
  other: Statement;
  claim: Claim;
}

/** A stored value of the same subject and measure for an earlier period, and the change since. */
export interface Prior {
  own: Statement;
  prior: Statement;
  claim: Claim;
  /** (own − prior) / prior. */
  change: number;
}

/** A baseline the reader's note states (`compare with Bloomberg's $380 billion`) against a quote figure. */
export interface StatedBaseline {
  own: Figure;
  base: Figure;
  /** (own − base) / base. */
  gap: number;
}

export interface QuoteAnalysis {
  pair: HighlightPair;
  /** The quote's figures (calendar years aside), offsets into the quote. */
  figures: Figure[];
  noteFigures: Figure[];
  entities: EntityMention[];
  /** Claims the quote states on its own (subject / metric / period). */
  claims: Claim[];
  derived: DerivedFact[];
  deals: DealEdge[];
  /** Loops of the capital-flow graph (stored deals and the quote's) that run through a flow the quote states. */
  loops: string[][];
  conflicts: Comparison[];
  corroborations: Comparison[];
  priors: Prior[];
  stated: StatedBaseline[];
  /** For a quote without figures: stored claims about the entities it names, best first. */
  context: Statement[];
  /** What a figure implies on its own: what is left after a fall, the yearly amount of a multi-year sum. */
  implied: Implied[];
}

/** A figure's implication: `remaining` (a fall of more than 90% leaves less than 10%), `per-year` ($300B over five years ≈ $60B a year). */
export interface Implied {
  kind: 'remaining' | 'per-year';
  from: Figure;
  /** The duration divided by, for per-year. */
  over?: Figure;
  /** The computed figure (text empty, offsets -1). */
  value: Figure;
}

const QUOTE_ITEM = 'it_quote';

/** The quote as an item of its own, so every stage reads it exactly as it reads an article sentence. */
function quoteItem(pair: HighlightPair): ItemRecord {
  const n = normalizeItem({
    kind: 'article',
    format: 'text',
    title: '',
    url: null,
    date: pair.date ?? null,
    author: null,
    raw: pair.quote,
    text: pair.quote,
    meta: {},
    pairs: [],
    links: [],
    messages: [],
  });
  return { ...n, id: QUOTE_ITEM, sourceId: 0, source: 'quote', story: null, ingestedAt: '' };
}

/** Text for matching a stored sentence against the quote: letters and digits only, lower-cased. */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a stored statement is the quote itself (the highlights file was ingested too, or the quote came from that article). */
function isTheQuote(st: Statement, quote: string): boolean {
  const a = squash(st.sentence);
  const b = squash(quote);
  return a.length >= 12 && (b.includes(a) || a.includes(b));
}

/** Values too far apart to be the same measure (a per-share price against a total). */
function apart(a: Figure, b: Figure, factor: number): boolean {
  const va = Math.abs(pointValue(a));
  const vb = Math.abs(pointValue(b));
  return !(va > 0 && vb > 0) || Math.max(va, vb) / Math.min(va, vb) > factor;
}

/** The year and shape of a period (`2026` → 2026 annual, `FY2025` → 2025 fiscal, `2026Q1` → 2026 Q1). */
function periodParts(p: string): { year: number; shape: string } | undefined {
  const m = /^(FY)?(\d{4})(.*)$/i.exec(p);
  return m ? { year: Number(m[2]), shape: `${(m[1] ?? '').toUpperCase()}${m[3] ?? ''}` } : undefined;
}

function sameClaimKey(a: Claim, b: Claim): boolean {
  return a.subject === b.subject && a.metric === b.metric && (a.counterparty ?? '') === (b.counterparty ?? '') && a.kind === b.kind;
}

/** Whether a cycle (node list, closing back on its first) runs through the edge from → to. */
function cycleHasEdge(cycle: string[], from: string, to: string): boolean {
  return cycle.some((n, i) => n === from && cycle[(i + 1) % cycle.length] === to);
}

function sameDimension(own: Figure, base: Figure): boolean {
  if (own.kind === 'money') {
    // A bare amount in a note ('compare w/ 380B') stands for the quote's currency.
    if (base.kind === 'money') return !own.currency || !base.currency || own.currency === base.currency;
    return base.kind === 'count' && !base.unit;
  }
  return own.kind === base.kind && (own.unit ?? '') === (base.unit ?? '');
}

/**
 * Analyses one pair against the knowledge base.
 * @example analyzeQuote({ quote: 'Amazon invests $4 billion now and up to $10 billion more, on top of $2 billion earlier.', note: '' }, kb, gaz, rules, opts).derived[0].high === 1.6e10
 */
export function analyzeQuote(
  pair: HighlightPair,
  kb: KnowledgeView,
  gaz: Gazetteer,
  rules: HighlightRules,
  opts: Partial<KnowledgeOptions> = {},
): QuoteAnalysis {
  const item = quoteItem(pair);
  const ex = extract(item.text, { date: pair.date ?? null, kind: 'article' }, gaz);
  const figures = ex.figures.filter((f) => !isCalendarYear(f) && !f.negated);
  const noteFigures = pair.note
    ? extract(pair.note, { date: pair.date ?? null, kind: 'article' }, gaz).figures.filter((f) => !isCalendarYear(f))
    : [];
  const own = buildKnowledge({ items: [item], extractions: [{ itemId: item.id, figures, entities: ex.entities }] }, opts);
  const tolerance = opts.tolerance ?? DEFAULT_OPTIONS.tolerance;
  const factor = rules.thresholds.magnitudeApart;

  const conflicts: Comparison[] = [];
  const corroborations: Comparison[] = [];
  const priors: Prior[] = [];
  for (const c of own.claims) {
    for (const stored of kb.claims) {
      if (!sameClaimKey(c, stored)) continue;
      const others = stored.statements.filter((st) => !isTheQuote(st, pair.quote));
      if (c.period === stored.period) {
        for (const s of c.statements)
          for (const o of others) {
            if (apart(s.figure, o.figure, factor)) continue;
            (valuesAgree(s.figure, o.figure, tolerance) ? corroborations : conflicts).push({ own: s, other: o, claim: stored });
          }
        continue;
      }
      // An earlier period of the same shape (2025 before 2026, FY2025 before FY2026) is a baseline.
      const a = periodParts(c.period);
      const b = periodParts(stored.period);
      if (c.period === UNKNOWN_PERIOD || !a || !b || a.shape !== b.shape || b.year >= a.year) continue;
      for (const s of c.statements) {
        const latest = others
          .filter((o) => !apart(s.figure, o.figure, factor))
          .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''))[0];
        if (!latest) continue;
        const base = pointValue(latest.figure);
        if (!(base > 0)) continue;
        priors.push({ own: s, prior: latest, claim: stored, change: (pointValue(s.figure) - base) / base });
      }
    }
  }
  // The most recent prior first, one per own statement.
  priors.sort((x, y) => y.claim.period.localeCompare(x.claim.period));

  // The quote states the same measure for two periods ('$35B in fiscal 2026, up from $21B a year earlier'): growth.
  const derived = [...own.derived];
  const grown = new Set(derived.filter((d) => d.kind === 'growth').flatMap((d) => d.inputs));
  for (const c of own.claims)
    for (const e of own.claims) {
      const a = periodParts(c.period);
      const b = periodParts(e.period);
      if (c === e || !sameClaimKey(c, e) || !a || !b || a.shape !== b.shape || b.year >= a.year) continue;
      const now = c.statements[0]?.figure;
      const before = e.statements[0]?.figure;
      if (!now || !before || grown.has(now) || apart(now, before, factor)) continue;
      // A ratio of the quote already relates the two ('$130B, 3.7 times the $35B a year earlier').
      if (derived.some((d) => d.inputs.includes(now) && d.inputs.includes(before))) continue;
      const base = pointValue(before);
      if (!(base > 0)) continue;
      const value = Math.round(((pointValue(now) - base) / base) * 10000) / 100;
      derived.push({
        kind: 'growth',
        value,
        qualifier: now.qualifier === 'exact' && before.qualifier === 'exact' ? 'exact' : 'approx',
        formula: `(${formatFigure(now)} − ${formatFigure(before)}) / ${formatFigure(before)} = ${value >= 0 ? '+' : ''}${value}%`,
        inputs: [before, now],
        itemId: item.id,
        sentence: pair.quote,
      });
    }

  // A figure of the note is a baseline for a quote figure of its dimension; the same value again is a restatement.
  const stated: StatedBaseline[] = [];
  for (const base of noteFigures) {
    const bv = magnitude(base);
    const near = (v: number) => Math.abs(v - bv) <= Math.max(tolerance, 0.05) * Math.max(Math.abs(v), bv);
    // The reader's own reckoning of what the quote implies ('so 2024 revenue was about $1.5 billion?') is no baseline.
    if (derived.some((d) => near(Math.abs(d.value)) || (d.low !== undefined && near(d.low)) || (d.high !== undefined && near(d.high))))
      continue;
    const f = figures.find((x) => sameDimension(x, base) && !apart(x, base, factor) && !near(magnitude(x)));
    if (f && bv > 0) stated.push({ own: f, base, gap: (magnitude(f) - bv) / bv });
  }

  const implied = impliedFacts(item.text, figures);

  const ownEdges = own.deals;
  const loops = ownEdges.length
    ? findCycles([...kb.deals, ...ownEdges]).filter((cy) => ownEdges.some((d) => cycleHasEdge(cy, d.from, d.to)))
    : [];

  const context: Statement[] = [];
  if (figures.length === 0) {
    const names = new Set(ex.entities.map((m) => m.name));
    const rank = (c: Claim) => (c.conflict ? 1 : 0) + new Set(c.statements.map((s) => s.itemId)).size;
    const about = kb.claims
      .filter((c) => names.has(c.subject) && !c.conflict && c.period !== UNKNOWN_PERIOD && c.statements[0]?.figure.kind === 'money')
      .sort((a, b) => rank(b) - rank(a) || b.period.localeCompare(a.period));
    for (const c of about) {
      const st = c.statements[c.mostCited] ?? c.statements[0];
      if (st && !isTheQuote(st, pair.quote)) context.push(st);
      if (context.length >= 3) break;
    }
  }

  return {
    pair,
    figures,
    noteFigures,
    entities: ex.entities,
    claims: own.claims,
    derived,
    deals: ownEdges,
    loops,
    conflicts,
    corroborations,
    priors,
    stated,
    context,
    implied,
  };
}

/** A figure's size without its direction (a fall of 40% is 40). */
function magnitude(f: Figure): number {
  return Math.abs(f.value ?? (f.low !== undefined && f.high !== undefined ? (f.low + f.high) / 2 : (f.low ?? f.high ?? Number.NaN)));
}

/** Qualifier of 100 − x when x carries `q`: more than 90% down leaves less than 10%. */
const REMAINING_QUALIFIER: Record<Figure['qualifier'], Figure['qualifier']> = {
  exact: 'exact',
  approx: 'approx',
  min: 'max',
  max: 'min',
  vague: 'approx',
};

/**
 * Implications of single figures: a percentage fall (not of percentage points) leaves 100 − x per cent; a money amount
 * stated over a span of years (`five-year contract`, `over four years`, `5年`) is amount / years a year.
 */
export function impliedFacts(text: string, figures: Figure[]): Implied[] {
  const out: Implied[] = [];
  for (const f of figures) {
    if (
      f.kind === 'percent' &&
      f.direction === 'down' &&
      f.value !== undefined &&
      f.value > 0 &&
      f.value < 100 &&
      f.unit !== 'pp' &&
      f.unit !== 'bp'
    )
      out.push({
        kind: 'remaining',
        from: f,
        value: {
          text: '',
          start: -1,
          end: -1,
          kind: 'percent',
          value: Math.round((100 - f.value) * 100) / 100,
          qualifier: REMAINING_QUALIFIER[f.qualifier],
        },
      });
  }
  // The money amount nearest to a span of years, in the same clause (no other figure or clause mark between them).
  for (const years of figures) {
    if (years.kind !== 'duration' || years.unit !== 'year' || years.value === undefined || years.value < 2 || years.value > 30) continue;
    const money = figures
      .filter((f) => f.kind === 'money' && f.value !== undefined)
      .map((f) => ({ f, gap: f.end <= years.start ? text.slice(f.end, years.start) : text.slice(years.end, f.start) }))
      .filter(
        (x) =>
          x.gap.length <= 40 &&
          !/[,，;；。]/.test(x.gap) &&
          !figures.some(
            (o) => o !== x.f && o !== years && o.start >= Math.min(x.f.end, years.end) && o.end <= Math.max(x.f.start, years.start),
          ),
      )
      .sort((a, b) => a.gap.length - b.gap.length)[0]?.f;
    if (money?.value === undefined) continue;
    out.push({
      kind: 'per-year',
      from: money,
      over: years,
      value: {
        text: '',
        start: -1,
        end: -1,
        kind: 'money',
        value: money.value / years.value,
        qualifier: money.qualifier === 'max' || money.qualifier === 'min' ? money.qualifier : 'approx',
        ...(money.currency ? { currency: money.currency } : {}),
      },
    });
    break;
  }
  return out;
}
