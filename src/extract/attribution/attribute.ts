/** Attribution: fills subject, metric and period of figures from the entities, keywords and periods of their sentence. */
import type { EntityMention } from '../../types/entity.js';
import type { ExtractContext, Figure } from '../../types/figure.js';
import { readDataJson } from '../entities/data-file.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import { findPeriods, fiscalQuarterLabel, type PeriodMention, parseDocDate } from '../periods/index.js';
import { type SentenceSpan, type Span, splitSentences } from './clauses.js';
import { type CompiledLexicon, findKeywords, loadMetricLexicon } from './lexicon.js';
import { chooseMetric } from './metric.js';
import { chooseSubject, subjectCandidates } from './subject.js';

const inside = (x: Span, s: Span): boolean => x.start >= s.start && x.end <= s.end;

/** Index of the first span of `sorted` (by start) starting at or after `pos`. */
function lowerBound(sorted: Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans of `sorted` (by start) lying inside `s`; binary search keeps long documents linear-ish. */
function within<T extends Span>(sorted: T[], s: Span): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, s.start); i < sorted.length && sorted[i]!.start < s.end; i++)
    if (sorted[i]!.end <= s.end) out.push(sorted[i]!);
  return out;
}

/** Drops spans of `a` that overlap any span of `b` (both sorted by start). */
function withoutOverlaps<T extends Span>(a: T[], b: Span[]): T[] {
  // Spans of b are short; look back a bounded window of them.
  return a.filter((x) => {
    const i = lowerBound(b, x.end);
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (b[j]!.end > x.start) return false;
    return true;
  });
}

function distance(p: Span, fig: Figure): number {
  if (p.end <= fig.start) return fig.start - p.end;
  if (p.start >= fig.end) return p.start - fig.end;
  return 0;
}

/** The period nearest the figure in its clause, else in its sentence; none when the sentence names none. */
function choosePeriod(fig: Figure, sentence: SentenceSpan, clause: Span, periods: PeriodMention[]): PeriodMention | undefined {
  const inSentence = periods.filter((p) => inside(p, sentence));
  const inClause = inSentence.filter((p) => inside(p, clause));
  const pool = inClause.length ? inClause : inSentence;
  let best: PeriodMention | undefined;
  for (const p of pool) if (!best || distance(p, fig) < distance(best, fig)) best = p;
  return best;
}

/** Fiscal year-end month per company (data/fiscal-years.json). */
function fiscalYearEnd(subject: string | undefined): number | undefined {
  if (!subject) return undefined;
  return readDataJson<{ fiscalYearEnd: Record<string, number> }>('fiscal-years.json').fiscalYearEnd[subject];
}

/** 'A 和 B 的资本开支分别为 X 和 Y' / 'A and B … X and Y respectively': the i-th figure belongs to the i-th entity. */
function respectively(
  text: string,
  sentence: SentenceSpan,
  figs: Figure[],
  cands: EntityMention[],
  c: CompiledLexicon,
): Map<Figure, string> {
  const out = new Map<Figure, string>();
  const s = text.slice(sentence.start, sentence.end);
  if (!/分别|respectively/i.test(s) || figs.length < 2) return out;
  const first = figs[0]!;
  // The longest coordinated list of candidates before the first figure: 'A 和 B', 'A, B and C'.
  let chain: EntityMention[] = [];
  let run: EntityMention[] = [];
  for (const m of cands.filter((x) => x.end <= first.start)) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, m.start).trim().toLowerCase() : '';
    if (prev && (gap === '' || !c.lex.coordinators.includes(gap))) run = [];
    run.push(m);
    if (run.length > chain.length) chain = [...run];
  }
  const sameKind = figs.filter((f) => f.kind === first.kind);
  if (chain.length < 2 || chain.length !== sameKind.length) return out;
  sameKind.forEach((f, i) => out.set(f, chain[i]!.name));
  return out;
}

/**
 * Copies of `figures` with subject / metric / period filled where the text tells them (existing values are kept).
 * Example: '微软今年资本开支约800亿美元' (2026-03-02) → subject Microsoft, metric capex, period 2026.
 */
export function attributeFigures(
  text: string,
  figures: Figure[],
  mentions: EntityMention[],
  ctx: ExtractContext,
  gaz: Gazetteer,
): Figure[] {
  const c = loadMetricLexicon();
  const sentences = splitSentences(text);
  const figs = figures.map((f) => ({ ...f })).sort((a, b) => a.start - b.start);
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const periods = withoutOverlaps(findPeriods(text, ctx.date ?? null), figs);
  const hits = withoutOverlaps(findKeywords(text, c), sortedMentions);
  let carried: { para: number; subject: string } | undefined;
  for (const sentence of sentences) {
    const sFigs: Figure[] = [];
    for (let i = lowerBound(figs, sentence.start); i < figs.length && figs[i]!.start < sentence.end; i++) sFigs.push(figs[i]!);
    const sMentions = within(sortedMentions, sentence);
    const sHits = within(hits, sentence);
    const sPeriods = within(periods, sentence);
    let lastSubject: string | undefined;
    const byOrder = respectively(text, sentence, sFigs, subjectCandidates(sMentions, undefined, gaz, c), c);
    for (const fig of sFigs) {
      const clause = sentence.clauses.find((cl) => fig.start >= cl.start && fig.start < cl.end) ?? sentence;
      fig.metric ??= chooseMetric(text, fig, clause, sHits, sFigs, c, sentence);
      const def = fig.metric ? c.byMetric.get(fig.metric.replace(/-growth$/, '')) : undefined;
      const candidates = subjectCandidates(sMentions, def, gaz, c);
      let subject = byOrder.get(fig) ?? chooseSubject({ text, fig, sentence, clause, candidates, def, gaz, c });
      if (!subject && candidates.length === 0 && sMentions.length === 0 && carried?.para === sentence.para) subject = carried.subject;
      if (subject) {
        fig.subject ??= subject;
        lastSubject = subject;
      }
      const pm = choosePeriod(fig, sentence, clause, sPeriods);
      if (pm && !fig.period) {
        // 'fourth-quarter revenue' of a company with a January fiscal year end is a fiscal quarter (Nvidia: FY2026Q4).
        const fyEnd = fiscalYearEnd(fig.subject);
        const doc = parseDocDate(ctx.date);
        fig.period = pm.bareQuarter && fyEnd && fyEnd !== 12 && doc ? fiscalQuarterLabel(pm.bareQuarter, fyEnd, doc) : pm.period;
      }
    }
    // The subject carries to the next sentence of the paragraph only through a sentence that names someone.
    const first = subjectCandidates(sMentions, undefined, gaz, c)[0]?.name ?? lastSubject;
    if (first) carried = { para: sentence.para, subject: first };
  }
  return figs;
}
