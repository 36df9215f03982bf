/** English fractions in words: `two thirds`, `a hundredth`, `one and a half`, `twenty and three fifths`, `three twenty-firsts`. */
import { isLetter } from './char-classes.js';
import { nextWordStart, readEnglishNumber, wordAt } from './english-words.js';
import { EN_COMPOUND_ONLY_DENOMINATORS, EN_DENOMINATORS, EN_SCALES, EN_UNITS } from './lexicon-numerals.js';

export interface WordFraction {
  end: number;
  value: number;
  /** True for a mixed number (`one and a half`), which may carry a scale (`one and a half billion`). */
  mixed: boolean;
}

interface W {
  w: string;
  start: number;
  end: number;
}

const TENS = new Set(['twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const MAX_WORDS = 16;

/** Next word start after `i` over spaces and one hyphen (`twenty - five`), or -1 when nothing word-like follows. */
function nextStart(s: string, i: number): number {
  const p = nextWordStart(s, i);
  return p > i && isLetter(s, p) ? p : -1;
}

function isNumberWord(w: string): boolean {
  return EN_UNITS[w] !== undefined || EN_SCALES[w] !== undefined || w === 'a' || w === 'an' || w === 'and';
}

/** Value of number words from `a.start` to `b.end` read as one number; `and` between parts adds them (`twenty and three`). */
function wordsValue(s: string, ws: W[], from: number, to: number): number | undefined {
  if (from > to) return undefined;
  const first = ws[from] as W;
  const last = ws[to] as W;
  if (from === to && (first.w === 'a' || first.w === 'an')) return 1;
  const sub = s.slice(first.start, last.end);
  const r = readEnglishNumber(sub, 0);
  if (r && r.end === sub.length && !r.vague) return r.value;
  // `twenty and three`: the last `and` splits two numbers that add up, the right one smaller.
  for (let k = to - 1; k > from; k--) {
    if ((ws[k] as W).w !== 'and') continue;
    const a = wordsValue(s, ws, from, k - 1);
    const b = wordsValue(s, ws, k + 1, to);
    if (a !== undefined && b !== undefined && b < a) return a + b;
    return undefined;
  }
  return undefined;
}

/** True when a hyphen (`ninety-five`, `ninety - five`) joins word `k - 1` to word `k`: they are one number. */
function hyphenBefore(s: string, ws: W[], k: number): boolean {
  return s.slice((ws[k - 1] as W).end, (ws[k] as W).start).includes('-');
}

/**
 * Splits `numerator | ordinal` so that the ordinal takes as many words as it can while a numerator is left:
 * `one hundred thirty fifths` = 100 / 35, `one hundred one thousand fifths` = 100 / 1005, `twenty twenty fifths` = 20 / 25,
 * `one one hundred (and) fifth` = 1 / 105. The ordinal's head must be a round number above the unit ordinal (30 + 5,
 * 1000 + 5) and starts with a multiplier; the split never falls after `and` (`one hundred and thirty fifths` = 130 / 5) or
 * inside a hyphenated number (`ninety - five hundred fifths` = 9500 / 5). Null when no such split exists.
 */
function compoundDenominator(s: string, ws: W[], denAt: number, den: number): { num: number; den: number } | null {
  const round = 10 ** String(Math.round(den)).length;
  for (let k = 1; k < denAt; k++) {
    const head = (ws[k] as W).w;
    if ((ws[k - 1] as W).w === 'and' || head === 'and' || EN_SCALES[head] !== undefined || hyphenBefore(s, ws, k)) continue;
    let e = denAt - 1;
    if ((ws[e] as W).w === 'and') e--;
    const p = wordsValue(s, ws, k, e);
    if (p === undefined || p < round || p % round !== 0) continue;
    const num = wordsValue(s, ws, 0, k - 1);
    if (num !== undefined) return { num, den: p + den };
  }
  return null;
}

/**
 * Reads an English fraction in words at `i`; null when the words there are not one. `quarters` only counts in
 * number mode (`bare`) or as `and a quarter`: in news `two quarters` is a duration.
 * Examples: `"three fifths"` → 0.6; `"one and a half"` → 1.5 (mixed); `"one hundred thirty fifths"` → 100/35.
 */
export function readEnglishFraction(s: string, i: number, bare: boolean): WordFraction | null {
  const ws: W[] = [];
  let p = i;
  let denAt = -1;
  let den = 0;
  while (p >= 0 && ws.length < MAX_WORDS) {
    const { w, end } = wordAt(s, p);
    if (w === '' || isLetter(s, end)) return null;
    ws.push({ w, start: p, end });
    const d = EN_DENOMINATORS[w];
    const compound = EN_COMPOUND_ONLY_DENOMINATORS[w];
    const prev = ws[ws.length - 2]?.w ?? '';
    if (d !== undefined || (compound !== undefined && TENS.has(prev))) {
      denAt = ws.length - 1;
      den = d ?? (compound as number);
      break;
    }
    if (!isNumberWord(w)) return null;
    p = nextStart(s, end);
  }
  if (denAt <= 0) return null;
  const dw = (ws[denAt] as W).w;
  const end = (ws[denAt] as W).end;
  const isQuarter = dw === 'quarter' || dw === 'quarters';
  const compoundOnly = EN_COMPOUND_ONLY_DENOMINATORS[dw] !== undefined;
  // `one and a half`, `five and a quarter`: a mixed number.
  const w1 = ws[denAt - 1] as W;
  const w2 = ws[denAt - 2];
  if ((w1.w === 'a' || w1.w === 'an') && w2?.w === 'and' && denAt >= 3 && !compoundOnly) {
    const whole = wordsValue(s, ws, 0, denAt - 3);
    if (whole === undefined) return null;
    return { end, value: whole + 1 / den, mixed: true };
  }
  if (isQuarter && !bare) return null;
  // `twenty and three fifths`, `one hundred and three quarters`: whole + a one-word numerator below ten.
  const lastAnd = denAt - 2;
  if (lastAnd > 0 && w2?.w === 'and' && !compoundOnly) {
    const num = EN_UNITS[w1.w];
    if (num !== undefined && num > 0 && num < 10) {
      const whole = wordsValue(s, ws, 0, lastAnd - 1);
      if (whole !== undefined) return { end, value: whole + num / den, mixed: true };
    }
  }
  // `three twenty-firsts`, `one hundred thirty fifths`: a tens word right before a unit ordinal belongs to the denominator.
  if (den < 10 && TENS.has(w1.w) && denAt >= 2 && w2 !== undefined && w2.w !== 'and') {
    const num = wordsValue(s, ws, 0, denAt - 2);
    if (num !== undefined) return { end, value: num / ((EN_UNITS[w1.w] as number) + den), mixed: false };
  }
  if (compoundOnly) return null;
  const split = compoundDenominator(s, ws, denAt, den);
  if (split) return { end, value: split.num / split.den, mixed: false };
  const num = wordsValue(s, ws, 0, denAt - 1);
  // `two millionth` is a rank (the 2,000,000th), not 2/1e6: several parts need a plural (`two millionths`).
  if (num !== undefined && num !== 1 && !dw.endsWith('s') && den >= 100) return null;
  if (num !== undefined) return { end, value: num / den, mixed: false };
  // `one two hundredth`: the numerator is the first number, the rest a multiple of a round ordinal (2 × 100th).
  for (let k = 0; k < denAt - 1; k++) {
    const a = wordsValue(s, ws, 0, k);
    const head = a === undefined ? undefined : wordsValue(s, ws, k + 1, denAt - 1);
    if (a !== undefined && head !== undefined && den >= 100 && head < den && head > 0) {
      return { end, value: a / (head * den), mixed: false };
    }
  }
  return null;
}
