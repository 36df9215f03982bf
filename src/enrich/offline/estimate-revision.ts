/**
 * A broker note's own estimate revision (decision 164): `We raise FY27E/FY28E EPS by 2.1%/1.8%`, `We cut our FY27E
 * non-GAAP net loss forecast to RMB85m`. Beside the rating and the target price it is the note's news (the analyst's
 * numbers moved, the target follows them), so an English note's story tells it after its lead:
 * `该券商同时将印孚瑟斯2027/2028财年每股收益预测分别上调2.1%和1.8%`. Only the note's own revision (`we …`), never a
 * company's guidance or the market's consensus; the words are data (data/estimate-revision.json). Pure.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { renderFigureZh } from './figure-zh.js';
import { fill } from './templates.js';

const schema = z.object({
  verbs: z.record(z.string(), z.string()),
  measures: z.array(z.tuple([z.string(), z.string()])),
  nouns: z.array(z.string()),
});

interface Table {
  re: RegExp;
  verbs: Map<string, string>;
  measures: Map<string, string>;
}

let table: Table | undefined;

/** A period an estimate is for: FY27E, FY2027E, FY27, 2027E, 2027F. */
const PERIOD = String.raw`(?:FY\s?(?:\d{2}|\d{4})|\d{4})[EF]?`;
/** Periods joined (FY27E/FY28E, FY27E and FY28E, FY27-28E is left out: a span, not two estimates). */
const PERIODS = String.raw`${PERIOD}(?:\s*(?:\/|,|and)\s*${PERIOD})*`;
/** A note's own word that the covered company's fiscal year ends in December (`FYE Dec`, `year ending December`). */
const CALENDAR_YEAR = /\bFYE:?\s*Dec\b|\b(?:fiscal\s+)?years?\s+end(?:s|ing)?\s+(?:in\s+)?December\b/i;
const PCT = String.raw`\d+(?:\.\d+)?%`;

function load(): Table {
  if (table) return table;
  const t = loadDataTable('estimate-revision.json', schema);
  const verbs = Object.keys(t.verbs).map(escapeRegExp).join('|');
  // Longest first: `non-GAAP EPS` before `EPS`.
  const measures = t.measures
    .map(([en]) => en)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const nouns = t.nouns.map(escapeRegExp).join('|');
  const re = new RegExp(
    String.raw`\bwe\s+(${verbs})s?\s+(?:our\s+)?(?:(${PERIODS})\s+)?(${measures})(?:\s+(?:${nouns}))?` +
      String.raw`(?:\s+for\s+(${PERIODS}))?(?:\s+by\s+(${PCT})(?:\s*(?:\/|and)\s*(${PCT}))?)?(?:\s+to\s+(\S+))?`,
    'i',
  );
  table = {
    re,
    verbs: new Map(Object.entries(t.verbs).map(([k, v]) => [k.toLowerCase(), v])),
    measures: new Map(t.measures.map(([en, zh]) => [en.toLowerCase(), zh])),
  };
  return table;
}

/**
 * The Chinese of the periods an estimate is for: FY27E/FY28E → 2027/2028财年, 2027E → 2027年; '' when none is read.
 * @example periodsZh('FY27E/FY28E') // → '2027/2028财年'
 */
export function periodsZh(text: string | undefined): string {
  if (!text) return '';
  const parts = [...text.matchAll(/(FY)?\s?(\d{4}|\d{2})[EF]?/gi)].map((m) => ({
    fiscal: m[1] !== undefined,
    year: (m[2] as string).length === 2 ? `20${m[2]}` : (m[2] as string),
  }));
  if (parts.length === 0) return '';
  const fiscal = parts.every((p) => p.fiscal);
  if (!fiscal && parts.some((p) => p.fiscal)) return '';
  return `${parts.map((p) => p.year).join('/')}${fiscal ? '财年' : '年'}`;
}

/** A figure in bold, as the digest prints its figures (the later bolding pass leaves a bold span alone). */
const bold = (x: string): string => `**${x}**`;

/** The note's sentences (English): cut after `.`, `!`, `?` before a space or a line end, and at line ends. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The money the revised estimate now stands at (`to RMB12.9bn`): the first money figure right after `to`. */
function revisedTo(sentence: string, at: number): Figure | undefined {
  const f = extractFigures(sentence).find((x) => x.start >= at && x.start - at <= 2);
  return f && (f.kind === 'money' || f.kind === 'percent') ? f : undefined;
}

/**
 * The sentence telling a broker note's own estimate revision, in Chinese, of the company it covers (`subject`, its
 * Chinese name); undefined when the note states none the table reads — the rule stays silent when unsure: a revision
 * with neither a size (`by 6%`) nor a new value (`to RMB85m`) is not told, nor one of a measure the table lacks.
 * @example estimateRevision('We raise FY27E/FY28E EPS by 2.1%/1.8%.', '印孚瑟斯', sentences)
 *   // → '该券商同时将印孚瑟斯2027/2028财年每股收益预测分别上调**2.1%**和**1.8%**'
 */
export function estimateRevision(
  text: string,
  subject: string,
  sentences: Record<string, string>,
): { text: string; figures: Figure[] } | undefined {
  const t = load();
  for (const s of sentencesOf(text)) {
    const m = t.re.exec(s);
    if (!m) continue;
    const move = t.verbs.get((m[1] as string).toLowerCase());
    const measure = t.measures.get((m[3] as string).toLowerCase());
    if (!move || !measure) continue;
    // A note on a company whose fiscal year is the calendar year (`FYE Dec`) says its FY27E as 2027年.
    const periods = CALENDAR_YEAR.test(text) ? periodsZh(m[2] ?? m[4]).replace(/财年$/u, '年') : periodsZh(m[2] ?? m[4]);
    const by = [m[5], m[6]].filter((x): x is string => x !== undefined);
    const toAt = m[7] !== undefined ? m.index + m[0].length - (m[7] as string).length : -1;
    const to = toAt >= 0 ? revisedTo(s, toAt) : undefined;
    const figures = extractFigures(s).filter((f) => f.kind === 'percent' && by.includes(f.text));
    const slots = { subject, periods, measure, move };
    let out: string | undefined;
    if (by.length > 0 && to && by.length === 1 && sentences['estimateRevision.byTo'])
      out = fill(sentences['estimateRevision.byTo'], { ...slots, by: bold(by[0] as string), amount: bold(renderFigureZh(to)) });
    else if (by.length > 0 && sentences['estimateRevision.by'])
      out = fill(sentences['estimateRevision.by'], { ...slots, by: by.map(bold).join('和'), each: by.length > 1 ? '分别' : '' });
    else if (to && sentences['estimateRevision.to'])
      out = fill(sentences['estimateRevision.to'], { ...slots, amount: bold(renderFigureZh(to)) });
    // Two periods with one size (`FY27E/FY28E EPS by 2%`) would read as one estimate: not told.
    if (!out || (periods.includes('/') && by.length === 1 && !to)) continue;
    return { text: out, figures: to ? [...figures, to] : figures };
  }
  return undefined;
}
