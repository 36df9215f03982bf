/**
 * A results story's head clause against the market's numbers, and periods no result can be of (decision 132; words in
 * data/results-heads.json). A title that sets the company's figures against the analysts' (`quarterly revenue beats
 * estimates`, `sales above forecasts`, 三季度净利润超预期) reports results: the estimate noun in it is someone else's
 * forecast, never the company's, so the story leads with the period's reported results and their beat, not with next
 * year's guidance. And a figure of a period that has not begun on the day of its report is no reported result: it is
 * printed only as a forecast (预计…) or not at all.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

const schema = z.object({
  english: z.object({ compare: z.array(z.string()), estimates: z.array(z.string()) }),
  chinese: z.array(z.string()),
  expectedAfter: z.object({
    sides: z.object({ above: z.array(z.string()), below: z.array(z.string()), inline: z.array(z.string()) }),
    who: z.array(z.string()),
    verbs: z.array(z.string()),
  }),
});

let cache: RegExp | undefined;

/** One pattern of every comparison against the market's numbers in the table. */
function against(): RegExp {
  if (!cache) {
    const t = loadDataTable('results-heads.json', schema);
    const en = `\\b(?:${t.english.compare.join('|')})\\s+(?:[\\w'’.-]+\\s+){0,3}?(?:${t.english.estimates.join('|')})\\b`;
    cache = new RegExp(`${en}|${t.chinese.map(escapeRegExp).join('|')}`, 'giu');
  }
  return cache;
}

/**
 * Whether a title sets the company's figures against the market's estimates.
 * @example againstEstimates('Veltria quarterly revenue beats estimates on AI demand') // → true
 * @example againstEstimates('Corlen forecasts 2027 revenue of $6.2 billion') // → false
 */
export function againstEstimates(title: string): boolean {
  const re = against();
  re.lastIndex = 0;
  return re.test(title);
}

/**
 * The title without its comparisons against the market's estimates: what is left says whether the company itself
 * forecast anything.
 * @example withoutEstimates('Micron lifts sales above forecasts') // → 'Micron lifts sales '
 * @example withoutEstimates('Broadcom forecasts revenue above estimates') // → 'Broadcom forecasts revenue '
 */
export function withoutEstimates(title: string): string {
  return title.replace(against(), ' ').replace(/\s{2,}/g, ' ');
}

/** A claim's period: `2027`, `FY2028`, `2027Q1`, `FY2027Q2`, `2027H1`, `FY2027H2`, `2027Q1-Q3`, `2027-03`. */
const PERIOD = /^(FY)?(\d{4})(?:Q([1-4])(?:-Q[2-4])?|H([12])|-(\d{2})(?:-\d{2})?)?$/;

/**
 * The earliest day a period can begin (YYYY-MM-DD). A calendar period begins where its label says; a fiscal period of
 * year N begins no earlier than December of N−2 (a fiscal year is named by the year it ends in, and the earliest-ending
 * calendars close in early January), its quarters and halves that many months later.
 * @example earliestStart('2027Q2') // → '2027-04-01'
 * @example earliestStart('FY2028') // → '2026-12-01'
 */
export function earliestStart(period: string): string | undefined {
  const m = PERIOD.exec(period);
  if (!m) return undefined;
  const year = Number(m[2]);
  const offset = m[3] ? (Number(m[3]) - 1) * 3 : m[4] ? (Number(m[4]) - 1) * 6 : m[5] ? Number(m[5]) - 1 : 0;
  if (m[5] && (Number(m[5]) < 1 || Number(m[5]) > 12)) return undefined;
  // Months from January of the label's year (calendar) or from December two years before (fiscal).
  const base = m[1] ? (year - 2) * 12 + 11 : year * 12;
  const at = base + offset;
  const y = Math.floor(at / 12);
  const mo = (at % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-01`;
}

/**
 * Whether a period has surely not begun on a day (YYYY-MM-DD…): a figure of it reported that day is no result.
 * @example notBegun('FY2028', '2026-09-18') // → true
 * @example notBegun('FY2027Q1', '2026-05-28') // → false (a fiscal year 2027 may have begun in 2026)
 */
export function notBegun(period: string, day: string | null | undefined): boolean {
  if (!day || !/^\d{4}-\d{2}-\d{2}/.test(day)) return false;
  const start = earliestStart(period);
  return start !== undefined && start > day.slice(0, 10);
}

/**
 * The company an English title names by its full name or its first word (`Veltria quarterly revenue beats estimates`
 * names Veltria Systems), among the subjects of the story's facts in their order; undefined when it names none. The
 * gazetteer knows no newly reported company: the title is then where the story's own company is read.
 * @example titleSubject('Veltria quarterly revenue beats estimates', ['Acme Corp', 'Veltria Systems']) // → 'Veltria Systems'
 */
export function titleSubject(title: string, subjects: readonly string[]): string | undefined {
  const named = (name: string) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`).test(title);
  const whole = subjects.find((s) => /^[A-Z]/.test(s) && named(s));
  if (whole) return whole;
  // By its first word only when one company of the story goes by it: a group and its unit share their first word
  // (`Kasumi Holdings` in the title, its unit `Kasumi Digital Infrastructure` among the facts) and neither is then read.
  const byFirst = [
    ...new Set(
      subjects.filter((s) => {
        const first = s.split(/\s+/)[0] ?? '';
        return /^[A-Z][\w&.-]{2,}$/.test(first) && first !== 'The' && named(first);
      }),
    ),
  ];
  if (byFirst.length !== 1) return undefined;
  const [only] = byFirst;
  if (!only) return undefined;
  // The title goes on with other capitalised words than this company's (`Kasumi Holdings` for the unit `Kasumi Digital
  // Infrastructure`): it names another company by that word.
  const words = only.split(/\s+/);
  const run = new RegExp(`(?<![\\w-])${escapeRegExp(words[0] ?? '')}((?:\\s+[A-Z][a-z][\\w&.-]*)*)`).exec(title)?.[1] ?? '';
  const more = run.split(/\s+/).filter(Boolean);
  return more.every((w, i) => words[i + 1] === w) ? only : undefined;
}

interface ExpectedAfter {
  /** Comparison words by side, anchored at the start of the text after the company's figure. */
  sides: { side: 'above' | 'below' | 'inline'; re: RegExp }[];
  /** Who expected it and the verb, anchored right after the estimate's amount. */
  who: RegExp;
}
let afterCache: ExpectedAfter | undefined;

function expectedAfterTable(): ExpectedAfter {
  if (!afterCache) {
    const t = loadDataTable('results-heads.json', schema).expectedAfter;
    // A per-share amount's unit stands between it and the comparison (`$1.42 per share, above the $1.30 analysts had
    // expected`): it is the amount's, no other clause.
    const side = (words: readonly string[]) =>
      new RegExp(`^(?:\\s*(?:per\\s+(?:diluted\\s+)?share|a\\s+share)\\b)?[\\s,]*(?:${words.join('|')})\\s+(?:the\\s+)?$`, 'i');
    afterCache = {
      sides: [
        { side: 'above', re: side(t.sides.above) },
        { side: 'below', re: side(t.sides.below) },
        { side: 'inline', re: side(t.sides.inline) },
      ],
      who: new RegExp(
        `^\\s*(?:that\\s+|which\\s+)?(?:${t.who.join('|')})(?:\\s+(?:had|have|on average|polled by [\\w ]+?|surveyed by [\\w ]+?))*\\s+(?:${t.verbs.join('|')})\\b`,
        'i',
      ),
    };
  }
  return afterCache;
}

/**
 * Whether the words after an amount say it is what the market expected (`$12.1bn analysts had expected`): the amount is
 * the analysts' estimate, never the company's value.
 * @example expectedBy(' analysts had expected, according to LSEG data.') // → true
 */
export function expectedBy(after: string): boolean {
  return expectedAfterTable().who.test(after);
}

/**
 * The side of an estimate told as an amount followed by who expected it: `between` is the text from the company's
 * figure to the estimate's amount (`, ahead of the `), `after` the text after that amount (` analysts had expected`).
 * @example expectedSide(', ahead of the ', ' analysts had expected') // → 'above'
 */
export function expectedSide(between: string, after: string): 'above' | 'below' | 'inline' | undefined {
  const t = expectedAfterTable();
  if (!t.who.test(after)) return undefined;
  return t.sides.find((s) => s.re.test(between))?.side;
}
