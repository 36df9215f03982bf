/**
 * Mixed Chinese / Arabic numeral runs: `一万亿`, `壹仟玖佰`, `两千三百万`, `1.2万亿`, `3万4000`, `八千 三百 八十五 万`,
 * `十多万` (vague), `二十几万`, `两千万点五五四四`, `二〇二五`. One left-to-right pass, no backtracking.
 */

import { readArabic } from './arabic-literal.js';
import { cjkDigit, cjkMultiplier, digitAt, isDot, isSpace } from './char-classes.js';
import { ZH_CURRENCY_SUFFIXES } from './lexicon-currency.js';
import type { ScaledNumber } from './scaled-number.js';

/** Whether a Chinese currency word (元, 美元, 港元 …) starts at `i`. */
function currencyAt(s: string, i: number): boolean {
  for (let len = 3; len >= 1; len--) if (Object.hasOwn(ZH_CURRENCY_SUFFIXES, s.slice(i, i + len))) return true;
  return false;
}

export interface NumeralRun extends ScaledNumber {
  /** Any Chinese character involved. */
  cjk: boolean;
  /** Any Arabic literal involved. */
  arabic: boolean;
  /** A run of bare digits written one by one (二〇二五, 九九): a year, a code, a discount. */
  digitString: boolean;
  /** Length of that digit string. */
  digitCount: number;
  /** Arabic literal facts, when the run is a single Arabic literal. */
  plainInt: boolean;
  decimal: boolean;
  fraction: boolean;
  dotted: boolean;
  /** Number of numeral elements (digits, multipliers, literals) read. */
  elements: number;
}

const DECIMAL_POINT = new Set(['点', '點']);
const VAGUE_MARK = new Set(['多', '余', '餘', '几', '幾', '来', '來']);

/** The place value of the last non-zero digit of an integer: 3000 → 1000, 500 → 100, 25 → 1. */
export function trailingUnit(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 1;
  let u = 1;
  let x = v;
  while (x % 10 === 0 && u < 1e15) {
    x /= 10;
    u *= 10;
  }
  return u;
}

/** Skips spaces (at most `max`) and returns the next index, or -1 when what follows is not a numeral character. */
function skipSpacesToNumeral(s: string, i: number, max: number): number {
  let p = i;
  while (p < i + max && isSpace(s, p)) p++;
  if (p === i) return i;
  const ch = s[p];
  if (cjkDigit(ch) !== undefined || cjkMultiplier(ch) !== undefined || (ch !== undefined && DECIMAL_POINT.has(ch))) return p;
  if (ch !== undefined && VAGUE_MARK.has(ch)) {
    let q = p + 1;
    while (q < p + 4 && isSpace(s, q)) q++;
    if (cjkMultiplier(s[q]) !== undefined) return p;
  }
  return -1;
}

/** After a multiplier and spaces: an Arabic literal written with a smaller multiplier (`7万 5千 4百`), else -1. */
function skipSpacesToArabicSection(s: string, i: number, lastMult: number): number {
  let p = i;
  while (p < i + 2 && isSpace(s, p)) p++;
  if (p === i || digitAt(s, p) < 0) return -1;
  let q = p;
  while (q < p + 4 && digitAt(s, q) >= 0) q++;
  const m = cjkMultiplier(s[q]);
  return m !== undefined && m < lastMult ? p : -1;
}

/**
 * Reads a numeral run at `i` (an Arabic digit, a dot, or a Chinese numeral). Returns null if nothing numeric starts there.
 * `allowSpaces`: accept spaces between Chinese numeral elements (`一百 五 十 二`).
 */
export function readNumeralRun(s: string, i: number, allowSpaces = true): NumeralRun | null {
  const n = s.length;
  // Big sections: value already multiplied by a unit of 万 or more, with that unit.
  const bigUnits: number[] = [];
  const bigValues: number[] = [];
  let section = 0; // below 万
  let pending = 0; // the digit / literal waiting for a multiplier
  let hasPending = false;
  let lastMult = 0; // last multiplier seen (for 两千四百五 → the trailing 五 is 50)
  let zeroSeen = false;
  let elements = 0;
  let cjk = false;
  let arabic = false;
  let digitString = '';
  let digitStringOnly = true;
  let vague = false;
  let vagueStep = 0; // upper-bound extra, in the current scale
  let tailScale = 1;
  let single: ReturnType<typeof readArabic> = null;
  let decimalAdded = 0;
  let unitMult = 1; // a multiplier written as a unit after a literal (610百万元 → 100): part of the written scale
  let p = i;
  let end = i;
  const absorbBig = (m: number): void => {
    let sum = section + pending;
    section = 0;
    pending = 0;
    hasPending = false;
    if (sum === 0 && bigUnits.length > 0 && (bigUnits[bigUnits.length - 1] ?? 0) <= m) {
      // 万万, 万亿: multiply the last big section.
      const u = bigUnits.pop() ?? 1;
      const v = bigValues.pop() ?? 0;
      bigUnits.push(u * m);
      bigValues.push(v * m);
      if (vague) vagueStep *= m;
      return;
    }
    while (bigUnits.length > 0 && (bigUnits[bigUnits.length - 1] ?? 0) < m) {
      bigUnits.pop();
      sum += bigValues.pop() ?? 0;
    }
    bigUnits.push(m);
    bigValues.push(sum * m);
    if (vague) vagueStep *= m;
  };
  for (;;) {
    if (p >= n) break;
    const ch = s[p] as string;
    const d = cjkDigit(ch);
    const m = cjkMultiplier(ch);
    if (digitAt(s, p) >= 0 || (isDot(s, p) && elements === 0 && digitAt(s, p + 1) >= 0)) {
      if (hasPending) break; // two literals in a row: a new number
      const lit = readArabic(s, p);
      if (!lit) break;
      if (elements === 0) single = lit;
      else single = null;
      if (lit.dotted || lit.fraction) {
        if (elements > 0) break;
      }
      pending = lit.value;
      hasPending = true;
      arabic = true;
      digitStringOnly = false;
      elements++;
      p = lit.end;
      end = p;
      if (lit.dotted || lit.fraction) break;
      // Arabic literal followed by a Chinese multiplier, possibly after spaces: 86.7 亿, 1000  万.
      let q = p;
      while (q < p + 2 && isSpace(s, q)) q++;
      if (q > p && cjkMultiplier(s[q]) !== undefined && cjkMultiplier(s[q]) !== 10) p = q;
      continue;
    }
    if (d !== undefined) {
      if (hasPending) {
        // Digits written one by one (二〇二五, 九九): only while no multiplier has been seen.
        if (digitStringOnly && lastMult === 0 && !arabic) {
          digitString += String(d);
          pending = pending * 10 + d;
          elements++;
          p++;
          end = p;
          continue;
        }
        break;
      }
      if (d === 0 && (ch === '零' || ch === '〇') && elements > 0) {
        zeroSeen = true;
        if (digitStringOnly && lastMult === 0) {
          digitString += '0';
          pending = 0;
          hasPending = true;
        }
        elements++;
        p++;
        end = p;
        const q = allowSpaces ? skipSpacesToNumeral(s, p, 2) : p;
        if (q > p) p = q;
        continue;
      }
      pending = d;
      hasPending = true;
      if (digitStringOnly && lastMult === 0) digitString += String(d);
      cjk = true;
      elements++;
      p++;
      end = p;
      if (allowSpaces) {
        const q = skipSpacesToNumeral(s, p, 4);
        if (q > p) p = q;
      }
      continue;
    }
    if (m !== undefined) {
      if (!hasPending && elements === 0 && m >= 1e4) break; // 万 / 亿 alone is not a number
      // 兆瓦 / 兆字节 / 兆赫: 兆 is the unit prefix mega there.
      if (m === 1e12 && /[瓦字赫比帕]/.test(s[p + 1] ?? '')) break;
      // 千瓦 / 千米 / 千克 / 千兆瓦: 千 is the unit prefix kilo there.
      if (m === 1000 && /[瓦米克兆卡焦]/.test(s[p + 1] ?? '')) break;
      cjk = true;
      digitStringOnly = false;
      if (digitString.length > 1 && elements > 1 && !zeroSeen) {
        // 二三十: two digits then a multiplier → a vague range (20..30).
        const a = Number(digitString[0]);
        const b = Number(digitString[digitString.length - 1]);
        if (b === a + 1 && m < 1e4) {
          section += a * m;
          pending = 0;
          hasPending = false;
          vague = true;
          vagueStep = m;
          lastMult = m;
          digitString = '';
          elements++;
          p++;
          end = p;
          continue;
        }
        break;
      }
      digitString = '';
      if (m < 1e4) {
        if (hasPending && pending >= m && arabic) {
          // A statement's units (单位：百万元 / 千元): an Arabic literal times a multiplier written as a unit, 610百万元 =
          // 610 × 百万, 610,000千元 = 610,000 × 千; 300十 is not a numeral.
          const big = cjkMultiplier(s[p + 1]);
          const unitAfter = big !== undefined && big >= 1e4 ? true : m === 1000 && currencyAt(s, p + 1);
          if (!unitAfter) break;
          pending *= m;
          unitMult = m;
          elements++;
          p++;
          end = p;
          continue;
        }
        // 零十 = 10: a leading 零 is not a digit of the multiplier.
        section += (hasPending && !(pending === 0 && !arabic) ? pending : 1) * m;
        pending = 0;
        hasPending = false;
        lastMult = m;
        zeroSeen = false;
      } else {
        absorbBig(m);
        lastMult = m;
        zeroSeen = false;
      }
      elements++;
      p++;
      end = p;
      if (allowSpaces) {
        const q = skipSpacesToNumeral(s, p, 4);
        if (q > p) p = q;
        else if (arabic && m >= 1000) {
          const a = skipSpacesToArabicSection(s, p, m);
          if (a > p) p = a;
        }
      }
      continue;
    }
    if (DECIMAL_POINT.has(ch) && elements > 0) {
      // 点 + Chinese digits (两 is not a decimal digit: 两百点两 is two numbers).
      let q = p + 1;
      if (allowSpaces) while (q < p + 3 && isSpace(s, q)) q++;
      let frac = '';
      while (q < n) {
        const c2 = s[q] as string;
        const dd = cjkDigit(c2);
        if (dd === undefined || c2 === '两' || c2 === '兩' || c2 === '俩' || c2 === '倆') break;
        frac += String(dd);
        q++;
        if (allowSpaces && isSpace(s, q) && cjkDigit(s[q + 1]) !== undefined) q++;
      }
      if (frac === '') break;
      const fv = Number(`0.${frac}`);
      // 一千六点五: settle the abbreviated trailing digit first.
      if (hasPending && lastMult >= 100 && !zeroSeen && pending < 10 && !arabic) {
        pending = pending * (lastMult / 10);
        section += pending;
        pending = 0;
        hasPending = false;
        decimalAdded = fv;
      } else if (hasPending) {
        pending += fv;
      } else {
        decimalAdded = fv;
      }
      digitStringOnly = false;
      cjk = true;
      elements++;
      p = q;
      end = p;
      continue;
    }
    if (VAGUE_MARK.has(ch) && elements > 0 && !vague) {
      // 十多万 / 500余万 / 二十几万: only when a big multiplier follows (a trailing 多 is left to the caller).
      let q = p + 1;
      if (allowSpaces) while (q < p + 3 && isSpace(s, q)) q++;
      const nextM = cjkMultiplier(s[q]);
      if (nextM === undefined || nextM < 1e4) break;
      vague = true;
      if (ch === '几' || ch === '幾') {
        vagueStep = 10;
        if (!hasPending) {
          hasPending = true;
          pending = 0;
        }
      } else if (hasPending) {
        vagueStep = trailingUnit(pending);
      } else {
        vagueStep = lastMult > 0 ? lastMult : 1;
      }
      p = q;
      end = p;
      continue;
    }
    break;
  }
  if (elements === 0) return null;
  // Abbreviated trailing digit: 两千四百五 → 2450, 一万三 → 13000, 百三 → 130 (not after 零, not after 十).
  if (hasPending && lastMult >= 100 && !zeroSeen && !arabic && pending < 10 && digitString.length <= 1) {
    pending = pending * (lastMult / 10);
  } else if (hasPending && lastMult >= 1e4 && !zeroSeen && arabic && pending < 10 && Number.isInteger(pending) && section === 0) {
    pending = pending * (lastMult / 10); // 1万5 → 15000
  }
  let value = section + pending + decimalAdded;
  for (const v of bigValues) value += v;
  if (!Number.isFinite(value)) return null;
  const digitOnly = digitStringOnly && digitString.length > 1 && lastMult === 0;
  // The scale written at the end (60万 → 1e4, 4.58万亿 → 1e12): what a range's bare low end inherits.
  if (section === 0 && !hasPending && decimalAdded === 0 && bigUnits.length > 0) tailScale = bigUnits[bigUnits.length - 1] ?? 1;
  else if (!hasPending && decimalAdded === 0 && bigUnits.length === 0 && lastMult > 0 && lastMult < 1e4) tailScale = lastMult;
  if (unitMult > 1 && section === 0 && decimalAdded === 0 && (bigUnits.length === 0 || !hasPending)) {
    tailScale *= unitMult;
  }
  const headValue = value / tailScale;
  const run: NumeralRun = {
    start: i,
    end,
    value,
    vague,
    tailScale,
    headValue,
    cjk,
    arabic,
    digitString: digitOnly,
    digitCount: digitOnly ? digitString.length : 0,
    plainInt: single !== null && elements === 1 && single.plainInt,
    decimal: single !== null && elements === 1 ? single.decimal : false,
    fraction: single !== null && elements === 1 ? single.fraction : false,
    dotted: single !== null && elements === 1 ? single.dotted : false,
    elements,
  };
  if (single !== null && elements === 1) run.digitCount = single.digits;
  if (vague) run.high = value + (vagueStep > 0 ? vagueStep : 1);
  return run;
}
