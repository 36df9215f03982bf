/**
 * The company's own figure beside its denial (decision 138): where a story prints a report's figure and the company's
 * denial of that report (`对此，青禾科技回应称"相关信息不准确"`), and another source of the story or the day gives the
 * company's own figure of the same measure (its guidance on a call, its statement, its filing:
 * `青禾科技在投资者交流会上表示，公司预计2027年资本开支约为700亿元`), the line after the denial says it: `青禾科技预计2027年
 * 资本开支约700亿元，低于36氪报道的约900亿元。` Every number of the line is a source's figure, rendered. Pure; the words are
 * data/own-figure.json.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import { DEFAULT_OPTIONS, sameMeasureBasis } from '../../knowledge/index.js';
import type { Claim, Figure, Statement, StoryBundle } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { sameMeasure } from './basis.js';
import { denialOf, toldDenial, unnamedSentence } from './denial.js';
import { leadSentences } from './denial-place.js';
import { contingentClause, debtFigure, manyDealsClause, optionClause, partClause } from './dispute.js';
import { estimateFigure, sameNumber } from './facts.js';
import { renderFigureZh } from './figure-zh.js';
import { sourceLabel } from './insights.js';
import { periodZh } from './names.js';
import { aggregateClause } from './owner-evidence.js';
import { UNNAMED_SOURCE } from './rumour-head.js';
import { fill, metricZh } from './templates.js';

const schema = z
  .object({
    speaker: z.string().min(1),
    verbs: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
    forecast: z.string().min(1),
    lower: z.string().min(1),
    higher: z.string().min(1),
    line: z.string().min(1),
  })
  .passthrough();

interface Words {
  speaker: RegExp;
  verbs: RegExp;
  forecast: RegExp;
  lower: string;
  higher: string;
  line: string;
}
let words: Words | undefined;
function ownWords(): Words {
  if (!words) {
    const t = loadDataTable('own-figure.json', schema);
    words = {
      speaker: new RegExp(t.speaker, 'iu'),
      verbs: new RegExp(`${t.verbs.zh}|${t.verbs.en}`, 'iu'),
      forecast: new RegExp(t.forecast, 'iu'),
      lower: t.lower,
      higher: t.higher,
      line: t.line,
    };
  }
  return words;
}

/** A sentence's clauses up to a figure: split at the marks a speaker's clause ends on. */
const CLAUSE_END = /[。；;！？]/u;

/**
 * Whether a statement gives the company's own figure: no unnamed people nor an estimator in its sentence, and the
 * company (one of `names`, or 公司 / the company / its CFO) speaks before the figure with a verb of saying or guiding.
 * @example ownStatement('青禾科技在投资者交流会上表示，公司预计2027年资本开支约为700亿元。', '约为700亿元', ['青禾科技']) // → true
 * @example ownStatement('据知情人士透露，青禾科技预计明年资本开支约900亿元。', '约900亿元', ['青禾科技']) // → false
 */
export function ownStatement(sentence: string, figureText: string, names: readonly string[]): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0 || unnamedSentence(sentence) || UNNAMED_SOURCE.test(sentence) || estimateFigure(sentence, figureText)) return false;
  const before = sentence.slice(0, at);
  // The speaker's stretch: from the last sentence-level mark before the figure.
  const from = Math.max(...[...before].map((ch, i) => (CLAUSE_END.test(ch) ? i + 1 : -1)), 0);
  const stretch = before.slice(from);
  const w = ownWords();
  const lower = stretch.toLowerCase();
  const named = names
    .filter((n) => [...n].length > 1)
    .map((n) => lower.indexOf(n.toLowerCase()))
    .filter((i) => i >= 0);
  const speakerAt = w.speaker.exec(stretch)?.index;
  const speaks = Math.min(...named, speakerAt ?? Number.POSITIVE_INFINITY);
  if (speaks === Number.POSITIVE_INFINITY) return false;
  return w.verbs.test(stretch.slice(speaks));
}

/** A figure's single value (its ceiling when it is one). */
function pointOf(f: Figure): number | undefined {
  return f.value ?? (f.low === undefined ? f.high : undefined);
}

/** The year a claim's period names (2027 of 2027, FY2027, 2027Q1), when it names one. */
function yearOf(period: string): number | undefined {
  const m = /(\d{4})/.exec(period);
  return m ? Number(m[1]) : undefined;
}

/**
 * Whether the company's statement and the report's measure the same thing: kind, currency, the measure's words and
 * basis, the whole or a part, one deal or many, equity or debt, base or option, with or without contingent payments
 * (versions.ts `oneNumber`'s tests) — except that a plan and a forecast of a period still to come are one measure
 * (a budget 初定为900亿元 against the company's 预计700亿元 for next year).
 */
function sameMeasureOf(report: Statement, own: Statement, c: Claim): boolean {
  const a = report.figure;
  const b = own.figure;
  if (a.kind !== b.kind || (a.currency ?? '') !== (b.currency ?? '')) return false;
  if (!sameMeasure(a.text, report.sentence, b.text, own.sentence)) return false;
  if (!sameMeasureBasis(report, own, c.metric, DEFAULT_OPTIONS.tolerance)) return false;
  for (const f of [aggregateClause, partClause, manyDealsClause, debtFigure, optionClause, contingentClause])
    if (f(report.sentence, a.text) !== f(own.sentence, b.text)) return false;
  const [va, vb] = [pointOf(a), pointOf(b)];
  if (va === undefined || vb === undefined || va <= 0 || vb <= 0) return false;
  // Two orders of magnitude apart: different things (a per-share amount against a total).
  if (Math.max(va, vb) / Math.min(va, vb) > 20) return false;
  // Both of a period still to come when either is a forecast: one a plan, the other a guidance of it.
  const year = yearOf(c.period);
  const dated = [report.date, own.date].map((d) => Number((d ?? '').slice(0, 4)));
  const ahead = year !== undefined && dated.every((y) => y > 0 && year > y);
  const forecast = (st: Statement) => ownWords().forecast.test(st.sentence);
  return ahead || forecast(report) === forecast(own);
}

/** What a story's own-figure line needs: its claims, items, the names of its parties. */
export interface OwnFigureContext {
  bundle: StoryBundle;
  /** Every name an entity goes by (canonical, Chinese, aliases). */
  namesOf: (entity: string) => readonly string[];
  /** The entity's Chinese name as the story prints it. */
  zhName: (entity: string) => string;
  /** The story's other parties as its sources name them. */
  parties: readonly string[];
}

/** The company's own figure against a denied report's, as one line to print after the denial. */
export interface OwnFigure {
  /** The company (the claim's subject). */
  subject: string;
  /** The report's figure the company denied. */
  reported: Figure;
  /** The company's own figure. */
  own: Figure;
  /** The line: `青禾科技预计2027年资本开支约700亿元，低于36氪报道的约900亿元。` */
  line: string;
}

/**
 * The own figures against denied reports of a story: for each claim of the story, a value every statement of which
 * stands in an item where the claim's subject denies the report (and on unnamed people's word), and a different value
 * the subject states on its own word in another item dated no later than the story's day.
 */
export function ownFigures(ctx: OwnFigureContext): OwnFigure[] {
  const { bundle } = ctx;
  const inStory = new Set(bundle.items.map((i) => i.id));
  const day = bundle.items.reduce((d, i) => ((i.date ?? '').slice(0, 10) > d ? (i.date ?? '').slice(0, 10) : d), '');
  const texts = new Map([...bundle.items, ...(bundle.earlier ?? []).flatMap((d) => d.items)].map((i) => [i.id, i.text] as const));
  const sentencesOf = (id: string) => (texts.get(id) ?? '').split(/(?<=[。！？；!?])|(?<=\.)\s+/u).filter((s) => s.trim() !== '');
  const out: OwnFigure[] = [];
  for (const c of bundle.claims) {
    const names = ctx.namesOf(c.subject);
    const others = ctx.parties.filter((p) => [...p].length > 1 && !names.some((n) => n.includes(p) || p.includes(n)));
    const dated = c.statements.filter((st) => day === '' || !st.date || st.date.slice(0, 10) <= day);
    // The report denied: a statement of the story on unnamed people's word in an item where the subject denies it.
    const denied = dated.find(
      (st) =>
        inStory.has(st.itemId) &&
        (st.figure.kind === 'money' || st.figure.kind === 'percent') &&
        (unnamedSentence(st.sentence) || UNNAMED_SOURCE.test(st.sentence)) &&
        sentencesOf(st.itemId).some((s) => denialOf(s, { names, others, metric: c.metric }) !== undefined),
    );
    if (!denied) continue;
    const own = dated.find(
      (st) =>
        st.itemId !== denied.itemId &&
        !sameNumber(st.figure, denied.figure) &&
        ownStatement(st.sentence, st.figure.text, names) &&
        sameMeasureOf(denied, st, c),
    );
    if (!own) continue;
    const [va, vb] = [pointOf(own.figure), pointOf(denied.figure)];
    if (va === undefined || vb === undefined || va === vb) continue;
    const metric = metricZh(c.metric);
    if (!metric) continue;
    const w = ownWords();
    const outlet = sourceLabel(bundle, denied.itemId, denied.source);
    const value = renderFigureZh(own.figure);
    const line = fill(w.line, {
      company: ctx.zhName(c.subject),
      verb: w.forecast.test(own.sentence) ? '预计' : '称',
      period: periodZh(c.period),
      metric: /^\d/u.test(value) ? `${metric}为` : metric,
      value: `**${value}**`,
      direction: va < vb ? w.lower : w.higher,
      outlet: outlet === '另一来源' ? '' : outlet,
      reported: renderFigureZh(denied.figure),
    });
    out.push({ subject: c.subject, reported: denied.figure, own: own.figure, line });
  }
  // One line a company: its amount before a rate (the rate of the same plan says it again).
  const money = (f: OwnFigure) => (f.reported.kind === 'money' ? 0 : 1);
  const ordered = out.sort((a, b) => money(a) - money(b));
  return ordered.filter((f, i) => ordered.findIndex((g) => g.subject === f.subject) === i);
}

/**
 * The paragraphs with each own-figure line right after the denial that follows the report's figure: the first
 * paragraph printing the reported figure and, at or after that sentence, a sentence telling a denial. A line whose
 * company value the story prints already (its comparison line) is not printed twice; nor is a line with no denial
 * printed after its figure.
 * @example withOwnFigures(['据36氪报道，…资本开支预算初定为**约900亿元**…。对此，青禾科技回应称“相关信息不准确”。'], figures) // → the denial, then `青禾科技预计…，低于36氪报道的约900亿元。`
 */
export function withOwnFigures(paragraphs: readonly string[], figures: readonly OwnFigure[]): string[] {
  const out = [...paragraphs];
  const plain = (s: string) => s.replace(/\*\*/g, '');
  for (const f of figures) {
    // Printed already: the line itself, or a sentence setting the two values side by side (the comparison line).
    const both = (s: string) => {
      const figs = extractFigures(plain(s));
      return figs.some((x) => sameNumber(x, f.own)) && figs.some((x) => sameNumber(x, f.reported));
    };
    if (out.some((p) => leadSentences(p).some(both))) continue;
    for (const [pi, p] of out.entries()) {
      const ss = leadSentences(p);
      const at = ss.findIndex((s) => extractFigures(plain(s)).some((x) => sameNumber(x, f.reported)));
      if (at < 0) continue;
      const denial = ss.findIndex((s, i) => i >= at && toldDenial(s));
      if (denial < 0) break;
      ss.splice(denial + 1, 0, f.line);
      out[pi] = ss.join('');
      break;
    }
  }
  return out;
}
