/** Currency names written without an amount: `the dollar rose`, `a multibillion-dollar deal`, `人民币兑美元`. */
import type { Figure } from '../../types/figure.js';
import { escapeRegExp } from '../../util/regexp.js';
import { EN_CURRENCY_WORDS, ZH_CURRENCY_SUFFIXES } from './lexicon-currency.js';

export interface CurrencyMention {
  /** Surface text, exactly `source.slice(start, end)`. */
  text: string;
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** ISO 4217 code. */
  currency: string;
}

/**
 * Currency words that are also ordinary words or units (a pound of flour, he won, marks, 元旦, 一块蛋糕), minor units
 * (cents, 美分) and abbreviations too short to be sure of: never a mention on their own, only after an amount.
 */
const AMBIGUOUS_ALONE = new Set([
  'buck',
  'bucks',
  'pound',
  'pounds',
  'quid',
  'won',
  'rs',
  'rm',
  'c',
  'p',
  'le',
  'l.e',
  'l.e.',
  'geneh',
  'marks',
  'sen',
  'sens',
  'kuai',
  'cent',
  'cents',
  'penny',
  'pennies',
  'pence',
  'kopiykas',
  'lira',
  'rial',
  'rials',
  '€ur',
  '元',
  '圆',
  '圓',
  '块',
  '塊',
  '块钱',
  '元钱',
  '新元',
  '美分',
  '个比特币',
  '枚比特币',
]);

function alternation(words: readonly string[]): string {
  return [...words]
    .filter((w) => !AMBIGUOUS_ALONE.has(w))
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');
}

/** English names need word boundaries; Chinese names are matched longest first anywhere. */
const EN_RE = new RegExp(`(?<![A-Za-z])(?:${alternation(Object.keys(EN_CURRENCY_WORDS))})(?![A-Za-z])`, 'gi');
const ZH_RE = new RegExp(alternation(Object.keys(ZH_CURRENCY_SUFFIXES)), 'g');

function codeOf(surface: string): string | undefined {
  const key = surface.toLowerCase().replace(/\s+/g, ' ');
  return EN_CURRENCY_WORDS[key]?.code ?? ZH_CURRENCY_SUFFIXES[surface]?.code;
}

/** True when [start, end) overlaps one of `figures` (sorted by start, non-overlapping): a binary search. */
function overlaps(figures: readonly Figure[], start: number, end: number): boolean {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((figures[mid] as Figure).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const f = figures[lo];
  return f !== undefined && f.start < end;
}

/**
 * Finds currency names that are not part of an amount: every match of an unambiguous currency name outside the spans
 * of `figures` (the text's figures, from extractFigures). Sorted by start, non-overlapping.
 * Example: `"50 dollar rmb"` with the figure `50 dollar` → [{ text: "rmb", start: 10, end: 13, currency: "CNY" }].
 */
export function findCurrencyMentions(text: string, figures: readonly Figure[]): CurrencyMention[] {
  const found: CurrencyMention[] = [];
  for (const re of [EN_RE, ZH_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const code = codeOf(m[0]);
      if (code === undefined) continue;
      if (overlaps(figures, start, end)) continue;
      found.push({ text: m[0], start, end, currency: code });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
