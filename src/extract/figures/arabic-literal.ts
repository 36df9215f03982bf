/** Arabic-digit literals: `12,345.6`, `１２３`, `1 234 567`, `.5`, `2e5`, `1.1^23`, `3/4`, `1 4/5` (ASCII and full-width). */
import { digitAt, isDot, isLetter, isMinus, isSpace } from './char-classes.js';

export interface ArabicLiteral {
  start: number;
  end: number;
  value: number;
  /** Plain integer written without separators or decimals (`2026`, not `2,026`): candidates for years. */
  plainInt: boolean;
  /** Number of digits of a plain integer. */
  digits: number;
  /** Written with a decimal part. */
  decimal: boolean;
  /** A fraction `3/4` or mixed number `1 4/5`. */
  fraction: boolean;
  /** Part of a dotted sequence (`192.168.1.2`, `5.1.3`): an identifier, not a quantity. */
  dotted: boolean;
}

/** Spaces that separate digit groups: space, no-break space, thin and narrow no-break spaces (`40\u202f000`). */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function readDigits(s: string, i: number, max: number): number {
  let p = i;
  while (p < max && digitAt(s, p) >= 0) p++;
  return p;
}

function digitsValue(s: string, a: number, b: number): string {
  let out = '';
  for (let p = a; p < b; p++) out += String(digitAt(s, p));
  return out;
}

/**
 * `$20，300美圆`: a currency symbol before and a currency name after a full-width comma make two amounts in a list,
 * the comma Chinese punctuation, not a thousands separator.
 */
function twoAmounts(s: string, start: number, groupEnd: number): boolean {
  const before = s[start - 1];
  return before !== undefined && '$＄€£￡¥￥'.includes(before) && ZH_CURRENCY_AFTER.test(s.slice(groupEnd, groupEnd + 3));
}

const ZH_CURRENCY_AFTER = /^(?:美[元圆圓金刀]|[元圆圓块塊]|[欧歐日港韩韓澳加]元|英[镑鎊]|人民[币幣])/u;

/**
 * Reads a numeric literal starting at `i` (a digit, or a dot followed by a digit). Bounded work per character.
 * Example: `readArabic("共12,345.6元", 1)` → value 12345.6, end 9.
 */
export function readArabic(s: string, i: number): ArabicLiteral | null {
  const n = s.length;
  let p = i;
  let intStr = '';
  let grouped = false;
  if (digitAt(s, p) >= 0) {
    const e = readDigits(s, p, n);
    intStr = digitsValue(s, p, e);
    const firstLen = e - p;
    p = e;
    // Comma groups of exactly three digits: 1,234,567 (ASCII or full-width comma).
    for (;;) {
      const c = s.charCodeAt(p);
      if (
        (c === 44 || c === 0xff0c) &&
        digitAt(s, p + 1) >= 0 &&
        digitAt(s, p + 2) >= 0 &&
        digitAt(s, p + 3) >= 0 &&
        digitAt(s, p + 4) < 0 &&
        !(c === 0xff0c && twoAmounts(s, i, p + 4))
      ) {
        intStr += digitsValue(s, p + 1, p + 4);
        p += 4;
        grouped = true;
        continue;
      }
      break;
    }
    // Space groups: 1 234 567 (first group 1-3 digits, then groups of exactly three).
    if (!grouped && firstLen <= 3) {
      let q = p;
      let ok = false;
      while (
        isGroupSpace(s.charCodeAt(q)) &&
        digitAt(s, q + 1) >= 0 &&
        digitAt(s, q + 2) >= 0 &&
        digitAt(s, q + 3) >= 0 &&
        digitAt(s, q + 4) < 0 &&
        !isLetter(s, q + 4) &&
        s.charCodeAt(q + 4) !== 47
      ) {
        intStr += digitsValue(s, q + 1, q + 4);
        q += 4;
        ok = true;
      }
      if (ok) {
        p = q;
        grouped = true;
      }
    }
  } else if (!(isDot(s, p) && digitAt(s, p + 1) >= 0)) {
    return null;
  }
  let fracStr = '';
  let decimal = false;
  // The tail of a dotted identifier (192.168.1.2), or of a decimal spaced out by a tokeniser (`1 . 8500 marks`): integers only.
  let dotted =
    (i > 1 && isDot(s, i - 1) && digitAt(s, i - 2) >= 0) ||
    (i > 3 && s.charCodeAt(i - 1) === 32 && isDot(s, i - 2) && s.charCodeAt(i - 3) === 32 && digitAt(s, i - 4) >= 0);
  if (dotted) {
    // no decimal part
  } else if (isDot(s, p) && digitAt(s, p + 1) >= 0) {
    const e = readDigits(s, p + 1, n);
    if (isDot(s, e) && digitAt(s, e + 1) >= 0 && intStr !== '') {
      // 192.168.1.2 or 1.2.3: a dotted identifier; return the first group only.
      dotted = true;
    } else {
      fracStr = digitsValue(s, p + 1, e);
      decimal = true;
      p = e;
    }
  } else if (
    !grouped &&
    s.charCodeAt(p) === 44 &&
    digitAt(s, p + 1) >= 0 &&
    intStr !== '' &&
    !(s.charCodeAt(i - 1) === 44 && digitAt(s, i - 2) >= 0)
  ) {
    // Decimal comma (5,00 / 1,3) when one or two digits follow and no list continues.
    const e = readDigits(s, p + 1, n);
    if (e - (p + 1) <= 2 && s.charCodeAt(e) !== 44 && !(s.charCodeAt(e) === 32 && digitAt(s, e + 1) >= 0)) {
      fracStr = digitsValue(s, p + 1, e);
      decimal = true;
      p = e;
    }
  }
  let value = Number(`${intStr || '0'}${fracStr ? `.${fracStr}` : ''}`);
  let fraction = false;
  // Exponent: 2e5, 1.3e6, 2.7890e－1 (not followed by a letter: `3em` is not a number).
  const ec = s.charCodeAt(p);
  if ((ec === 101 || ec === 69) && !dotted) {
    let q = p + 1;
    let neg = false;
    if (s.charCodeAt(q) === 43) q++;
    else if (isMinus(s, q)) {
      neg = true;
      q++;
    }
    const e = readDigits(s, q, Math.min(n, q + 4));
    if (e > q && !isLetter(s, e) && digitAt(s, e) < 0) {
      const exp = Number(digitsValue(s, q, e));
      value = value * 10 ** (neg ? -exp : exp);
      p = e;
      decimal = true;
    }
  } else if (ec === 94 && !dotted) {
    // Power: 1.1^23, 2^-1, -1.1^--23 (sign parity).
    let q = p + 1;
    let neg = false;
    while (q < n && q < p + 4 && (s.charCodeAt(q) === 43 || isMinus(s, q))) {
      if (isMinus(s, q)) neg = !neg;
      q++;
    }
    const e = readDigits(s, q, Math.min(n, q + 4));
    if (e > q) {
      const exp = Number(digitsValue(s, q, e));
      value = value ** (neg ? -exp : exp);
      p = e;
      decimal = true;
    }
  } else if ((ec === 47 || ec === 0xff0f) && !decimal && !dotted && intStr !== '' && digitAt(s, p + 1) >= 0) {
    // Fraction 3/4; a date 5/17/2018 is not one.
    const e = readDigits(s, p + 1, n);
    const after = s.charCodeAt(e);
    if (!(after === 47 || after === 0xff0f) && !isLetter(s, e)) {
      const den = Number(digitsValue(s, p + 1, e));
      if (den !== 0) {
        value = value / den;
        p = e;
        fraction = true;
      }
    }
  }
  // Mixed number: 1 4/5, 2  1/4, ４ ６／３.
  if (!fraction && !decimal && !grouped && !dotted && intStr !== '' && isSpace(s, p)) {
    let q = p;
    while (q < p + 3 && isSpace(s, q)) q++;
    if (digitAt(s, q) >= 0) {
      const a = readDigits(s, q, n);
      const sl = s.charCodeAt(a);
      if ((sl === 47 || sl === 0xff0f) && digitAt(s, a + 1) >= 0) {
        const e = readDigits(s, a + 1, n);
        const after = s.charCodeAt(e);
        const den = Number(digitsValue(s, a + 1, e));
        if (den !== 0 && !(after === 47 || after === 0xff0f) && !isLetter(s, e)) {
          value = value + Number(digitsValue(s, q, a)) / den;
          p = e;
          fraction = true;
        }
      }
    }
  }
  if (!Number.isFinite(value)) return null;
  return {
    start: i,
    end: p,
    value,
    plainInt: !grouped && !decimal && !fraction && !dotted,
    digits: intStr.length,
    decimal,
    fraction,
    dotted,
  };
}
