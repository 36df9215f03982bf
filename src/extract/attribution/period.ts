/** Chooses a figure's period from the period mentions of its sentence: clause first, then earlier clauses, then later ones. */
import type { Figure } from '../../types/figure.js';
import type { PeriodMention } from '../periods/index.js';
import type { SentenceSpan, Span } from './clauses.js';
import type { MetricDef } from './lexicon.js';

type Grain = 'month' | 'quarter' | 'half' | 'year';
const RANK: Record<Grain, number> = { month: 0, quarter: 1, half: 2, year: 3 };

/** The grain of a normalised period label: `2026-03` month, `2026Q1` / `FY2026Q1` quarter, `2026H1` half, else year. */
export function periodGrain(period: string): Grain {
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  if (/Q\d$/.test(period)) return 'quarter';
  if (/H\d$/.test(period)) return 'half';
  return 'year';
}

const inside = (x: Span, s: Span): boolean => x.start >= s.start && x.end <= s.end;

function distance(p: Span, fig: Figure): number {
  if (p.end <= fig.start) return fig.start - p.end;
  if (p.start >= fig.end) return p.start - fig.end;
  return 0;
}

function nearest(pool: PeriodMention[], fig: Figure): PeriodMention | undefined {
  let best: PeriodMention | undefined;
  for (const p of pool) if (!best || distance(p, fig) < distance(best, fig)) best = p;
  return best;
}

/**
 * A money figure stated over several years ('未来八年的算力采购承诺总额约为1.4万亿美元', '$300 billion over five years',
 * '3000亿美元的云合同，为期五年') covers no single year: true when a duration of two years or more stands in its clause, or
 * makes up a neighbouring clause almost alone ('为期五年'; not '折旧年限为六年', which says something else).
 */
export function spansYears(text: string, fig: Figure, sentence: SentenceSpan, clause: Span, figures: Figure[]): boolean {
  if (fig.kind !== 'money') return false;
  const i = sentence.clauses.findIndex((c) => c.start === clause.start);
  const near = [sentence.clauses[i - 1], sentence.clauses[i + 1]].filter((c): c is Span => !!c);
  return figures.some((d) => {
    if (d.kind !== 'duration' || d.unit !== 'year' || (d.value ?? d.high ?? 0) < 2) return false;
    if (inside(d, clause)) return true;
    const own = near.find((c) => inside(d, c));
    if (!own) return false;
    const rest = (text.slice(own.start, d.start) + text.slice(d.end, own.end)).replace(/[\s，,。.;；]/g, '');
    return rest.length <= 3;
  });
}

/** '自2019年以来' / 'since 2019' / 'since September': a starting point; it labels amounts of its own sentence only. */
function isStartPoint(text: string, p: PeriodMention, starts: { before: string[]; after: string[] }): boolean {
  const before = text
    .slice(Math.max(0, p.start - 12), p.start)
    .toLowerCase()
    .trimEnd();
  const after = text
    .slice(p.end, p.end + 12)
    .toLowerCase()
    .trimStart();
  const own = p.text.toLowerCase();
  return (
    starts.before.some(
      (w) =>
        own.startsWith(`${w.toLowerCase()} `) ||
        (before.endsWith(w.toLowerCase()) && !/[a-z]/.test(before.charAt(before.length - w.length - 1))),
    ) || starts.after.some((w) => after.startsWith(w.toLowerCase()))
  );
}

/** Whether a period mention dates something else than an amount: a starting point, or an event ('去年达成的协议'). */
export function datesOther(
  text: string,
  p: PeriodMention,
  words: { eventVerbs?: string[]; startMarkers?: { before: string[]; after: string[] } },
): boolean {
  return isStartPoint(text, p, words.startMarkers ?? { before: [], after: [] }) || datesEvent(text, p, words.eventVerbs ?? []);
}

/** '去年达成的协议', 'announced last year': the period dates an event (its verb follows it). */
function datesEvent(text: string, p: PeriodMention, eventVerbs: string[]): boolean {
  const after = text
    .slice(p.end, p.end + 12)
    .toLowerCase()
    .replace(/^[\s的]+/, '');
  return eventVerbs.some((v) => after.startsWith(v.toLowerCase()));
}

/**
 * The period of `fig` among the sentence's mentions, or undefined. Order: the nearest in its clause; the nearest in an
 * earlier clause; the nearest in a later clause unless it is relative to another time ('…, with growth larger next
 * year' compares, it does not date the figure). Periods finer than the metric's `finestPeriod` are skipped (a capex
 * forecast 'raised last month' covers the year, not the month).
 */
export function choosePeriod(
  text: string,
  fig: Figure,
  sentence: SentenceSpan,
  clause: Span,
  periods: PeriodMention[],
  def: MetricDef | undefined,
  words: { eventVerbs?: string[]; startMarkers?: { before: string[]; after: string[] } } = {},
): PeriodMention | undefined {
  const finest = def?.finestPeriod;
  const usable = periods.filter((p) => inside(p, sentence) && (!finest || RANK[periodGrain(p.period)] >= RANK[finest]));
  // Outside the figure's clause '去年达成的协议' / 'announced last year' dates an event. The nearest earlier period decides:
  // one that dates an event hides older ones, which belong to other statements.
  const event = (p: PeriodMention): boolean => datesEvent(text, p, words.eventVerbs ?? []);
  // A starting point labels the amounts of its sentence ('自2019年以来累计投资约130亿美元' → 2019), so sources stating the
  // same cumulative amount group together; it is not carried to the next sentence (see datesOther).
  const inClause = usable.filter((p) => inside(p, clause));
  if (inClause.length) return nearest(inClause, fig);
  const others = usable.filter((p) => !event(p));
  const earlier = nearest(
    usable.filter((p) => p.end <= clause.start),
    fig,
  );
  if (earlier) return event(earlier) ? undefined : earlier;
  const later = others.filter((p) => p.start >= clause.end && !p.relativeOffset);
  return nearest(later, fig);
}
