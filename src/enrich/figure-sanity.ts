/**
 * What the opening gate reads of a story's printed figures beside its headline (decision 103), pure functions of the
 * text as the reader sees it, words in `data/opening-figures.json`:
 *
 * - **unit / magnitude** (`implausibleUnit`): a money figure of a whole company's or deal's measure (a profit, a
 *   revenue, a round, a valuation) printed as a bare few 元 / 美元 — 净利润1.2至1.5元 is a range in 亿 that lost its
 *   scale. A price per share or per unit (每股收益0.52元, 目标价48.5元, 0.3元/百万tokens) is no such measure.
 * - **one period per figure** (`periodClash`): one sentence prints two different net results (a profit and a loss) of
 *   the company in one period — neither figure's clause puts it in another period or basis (上年同期, 市场预期), the
 *   sentence names no second period (2025年 … 2024年), and neither is a part's result (业务亏损). Last year's loss
 *   printed under this year beside this year's profit reads as a small profit and a large loss at once.
 */
import { z } from 'zod';
import { extractFigures } from '../extract/index.js';
import type { Figure } from '../types/index.js';
import { loadDataTable } from '../util/data-table.js';

const words = z.array(z.string()).default([]);
const schema = z.object({
  aggregates: words,
  net: words,
  otherMeasure: words,
  scoped: words,
  perUnit: words,
  otherPeriod: words,
  periods: words,
  link: words,
});

interface Table {
  /** Measure words, longest first, with their kind. */
  measures: { word: string; kind: 'net' | 'aggregate' | 'other' }[];
  scoped: readonly string[];
  perUnit: readonly string[];
  otherPeriod: readonly string[];
  periods: RegExp;
  link: readonly string[];
}

let table: Table | undefined;
function load(): Table {
  if (table) return table;
  const t = loadDataTable('opening-figures.json', schema);
  const net = new Set(t.net);
  const other = new Set(t.otherMeasure);
  const all = [...new Set([...t.aggregates, ...t.net, ...t.otherMeasure])];
  table = {
    measures: all
      .map((word) => ({ word, kind: other.has(word) ? ('other' as const) : net.has(word) ? ('net' as const) : ('aggregate' as const) }))
      .sort((a, b) => b.word.length - a.word.length),
    scoped: t.scoped,
    perUnit: t.perUnit,
    otherPeriod: t.otherPeriod,
    periods: new RegExp(t.periods.join('|'), 'gu'),
    link: [...t.link].sort((a, b) => b.length - a.length),
  };
  return table;
}

/** The sentences of a text (。；！？ and line ends close one). */
function sentences(text: string): string[] {
  return text
    .replace(/\*\*/g, '')
    .split(/(?<=[。；;！？!?\n])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

interface Measured {
  figure: Figure;
  word: string;
  kind: 'net' | 'aggregate' | 'other';
  /** The text of the sentence before the measure word. */
  before: string;
  /** The figure's clause: from the last comma or the previous figure to the figure. */
  clause: string;
}

/** The money figures of a sentence that follow a measure word (净利润为1.2亿元), with their clause. */
function measured(sentence: string): Measured[] {
  const t = load();
  const figures = extractFigures(sentence).filter((f) => f.kind === 'money');
  const out: Measured[] = [];
  let prevEnd = 0;
  for (const f of figures) {
    let head = sentence.slice(0, f.start);
    for (let n = 0; n < 2; n++) {
      const link = t.link.find((l) => head.endsWith(l));
      if (!link) break;
      head = head.slice(0, head.length - link.length);
    }
    const m = t.measures.find((x) => head.endsWith(x.word));
    const comma = Math.max(sentence.lastIndexOf('，', f.start), sentence.lastIndexOf(',', f.start), sentence.lastIndexOf('、', f.start));
    const clause = sentence.slice(Math.max(prevEnd, comma + 1, 0), f.start);
    prevEnd = f.end;
    if (m) out.push({ figure: f, word: m.word, kind: m.kind, before: head.slice(0, head.length - m.word.length), clause });
  }
  return out;
}

const magnitude = (f: Figure): number => Math.max(f.value ?? 0, f.high ?? 0, f.low ?? 0);

/**
 * The first sentence that prints a whole measure's money figure as a bare few units (净利润1.2至1.5元), or undefined.
 * @example implausibleUnit('公司预计2025年归母净利润为1.2至1.5元。') // → '公司预计2025年归母净利润为1.2至1.5元。'
 */
export function implausibleUnit(text: string): string | undefined {
  const t = load();
  for (const s of sentences(text)) {
    for (const m of measured(s)) {
      if (magnitude(m.figure) >= 100_000) continue;
      const near = `${m.before.slice(-8)}${m.word}`;
      const after = s.slice(m.figure.end, m.figure.end + 6);
      if (t.perUnit.some((w) => near.includes(w) || after.startsWith(w) || after.startsWith(` ${w}`))) continue;
      return s;
    }
  }
  return undefined;
}

const sameValue = (a: Figure, b: Figure): boolean =>
  (a.value ?? a.low) === (b.value ?? b.low) && (a.value ?? a.high) === (b.value ?? b.high);

/**
 * The first sentence that prints two different net results of one period (净利润1.2亿元，净亏损3.4亿元), or undefined.
 * @example periodClash('预计2025年净利润1.2亿至1.5亿元，上年同期亏损3.4亿元。') // → undefined
 */
export function periodClash(text: string): string | undefined {
  const t = load();
  for (const s of sentences(text)) {
    const periods = new Set(s.match(t.periods) ?? []);
    if (periods.size >= 2) continue;
    const nets = measured(s).filter(
      (m) =>
        m.kind === 'net' &&
        !t.scoped.some((w) => m.before.endsWith(w)) &&
        !t.otherPeriod.some((w) => m.clause.includes(w) || m.before.slice(-6).includes(w)),
    );
    for (let i = 0; i < nets.length; i++)
      for (let j = i + 1; j < nets.length; j++) if (!sameValue((nets[i] as Measured).figure, (nets[j] as Measured).figure)) return s;
  }
  return undefined;
}
