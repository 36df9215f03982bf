/** English number words: `one hundred and twenty`, `a hundred billion`, `half a billion`, `a dozen`, `tens of billions` (vague). */

import { isLetter, isSpace } from './char-classes.js';
import { EN_DOZEN, EN_FEW, EN_SCALES, EN_UNITS, EN_VAGUE } from './lexicon-numerals.js';
import type { ScaledNumber } from './scaled-number.js';

export interface WordNumber extends ScaledNumber {
  /** A single small word (`one`, `two`): weak evidence of a quantity. */
  single: boolean;
}

/** Reads the ASCII word at `i` in lower case (letters only), with its end. Bounded to 20 letters. */
export function wordAt(s: string, i: number): { w: string; end: number } {
  let p = i;
  while (p < s.length && p - i < 20 && isLetter(s, p)) p++;
  if (p - i >= 20 && isLetter(s, p)) return { w: '', end: p };
  return { w: s.slice(i, p).toLowerCase(), end: p };
}

/** Skips separators between number words: spaces, a hyphen with optional spaces. Returns the next word start. */
export function nextWordStart(s: string, i: number): number {
  let p = i;
  let hyphen = false;
  while (p < s.length && p - i < 6) {
    if (isSpace(s, p)) p++;
    else if (s.charCodeAt(p) === 45 && !hyphen) {
      hyphen = true;
      p++;
    } else break;
  }
  return p;
}

/** True if the word at `i` is one that can start an English number. */
export function startsEnglishNumber(w: string): boolean {
  return (
    EN_UNITS[w] !== undefined ||
    w === 'a' ||
    w === 'an' ||
    w === 'half' ||
    w === 'hundred' ||
    w === 'thousand' ||
    EN_VAGUE[w] !== undefined ||
    EN_FEW.has(w) ||
    EN_DOZEN[w] !== undefined
  );
}

const LARGE = (w: string): number | undefined => (w === 'hundred' || w === 'hundreds' ? undefined : EN_SCALES[w]);

/**
 * Parses English number words at `i`. Returns null when the words there are not a number (`a` alone, `an apple`).
 * Example: `readEnglishNumber("a hundred billion dollars", 0)` → value 1e11, end 18.
 */
export function readEnglishNumber(s: string, i: number): WordNumber | null {
  const first = wordAt(s, i);
  let w = first.w;
  let p = i;
  let end = i;
  let total = 0;
  let current = 0;
  let any = false;
  let lastWasScale = false;
  let lastUnit = -1; // last units-word value, for `twenty one`
  let hundredsPart = 0; // the part of `current` made by its last `hundred`
  let tailScale = 1;
  let headValue = 0;
  let words = 0;
  // Vague starts: tens of billions, hundreds of millions, several billion, a few hundred million, dozens of.
  const vg = EN_VAGUE[w];
  let fewWord = EN_FEW.has(w);
  if (w === 'a' || w === 'an') {
    const nx = nextWordStart(s, first.end);
    const w2 = wordAt(s, nx);
    if (w2.w === 'few') {
      fewWord = true;
      p = nx;
      w = 'few';
    }
  }
  if (vg !== undefined || fewWord) {
    let low = vg ? vg.low * vg.unit : 2;
    let high = vg ? vg.high * vg.unit : 9;
    let q = vg ? first.end : wordAt(s, p).end;
    let scaled = false;
    let scaleProduct = vg ? vg.unit : 1;
    for (let k = 0; k < 3; k++) {
      const nx = nextWordStart(s, q);
      const ww = wordAt(s, nx);
      let target = ww;
      let at = nx;
      if (ww.w === 'of' && vg) {
        const n2 = nextWordStart(s, ww.end);
        const w3 = wordAt(s, n2);
        if (EN_SCALES[w3.w] === undefined) break;
        target = w3;
        at = n2;
      }
      const sc = EN_SCALES[target.w];
      if (sc === undefined || (target.w.endsWith('s') && !vg) || at === q) break;
      low *= sc;
      high *= sc;
      scaleProduct *= sc;
      q = target.end;
      scaled = true;
    }
    if (!vg && !scaled) return null; // `several` alone
    return { start: i, end: q, value: low, high, vague: true, tailScale: scaleProduct, headValue: low / scaleProduct, single: false };
  }
  // half a billion / half a dozen
  if (w === 'half') {
    let q = nextWordStart(s, first.end);
    let ww = wordAt(s, q);
    if (ww.w === 'a' || ww.w === 'an') {
      q = nextWordStart(s, ww.end);
      ww = wordAt(s, q);
    }
    const sc = EN_SCALES[ww.w] ?? EN_DOZEN[ww.w];
    if (sc === undefined || ww.w.endsWith('s')) return null;
    return { start: i, end: ww.end, value: sc / 2, vague: false, tailScale: sc, headValue: 0.5, single: false };
  }
  for (;;) {
    const ww = words === 0 ? first : wordAt(s, p);
    w = ww.w;
    if (w === '') break;
    const u = EN_UNITS[w];
    if ((w === 'a' || w === 'an') && words === 0) {
      const nx = nextWordStart(s, ww.end);
      const w2 = wordAt(s, nx).w;
      if (w2 !== 'hundred' && w2 !== 'thousand' && LARGE(w2) === undefined && EN_DOZEN[w2] === undefined) return null;
      current = 1;
      any = true;
      words++;
      lastUnit = -1;
      p = nx;
      continue;
    }
    if (u !== undefined) {
      if (lastUnit >= 0) {
        // twenty one / fifty - two; not `one two` or `twenty thirty`.
        if (!(lastUnit >= 20 && lastUnit % 10 === 0 && u > 0 && u < 10)) break;
      }
      current += u;
      lastUnit = u;
      any = true;
      lastWasScale = false;
    } else if (w === 'hundred' && any) {
      current = (current === 0 ? 1 : current) * 100;
      hundredsPart = current;
      lastUnit = -1;
      lastWasScale = true;
      tailScale = 100;
    } else if (LARGE(w) !== undefined && !w.endsWith('s') && any) {
      const sc = LARGE(w) as number;
      if (current === 0 && lastWasScale && total > 0) {
        headValue = total;
        total *= sc; // three lakh crore
      } else {
        headValue = total + current;
        total += (current === 0 ? 1 : current) * sc;
      }
      current = 0;
      hundredsPart = 0;
      lastUnit = -1;
      lastWasScale = true;
      tailScale = sc;
    } else if (EN_DOZEN[w] !== undefined && any) {
      // three hundred and two dozens → 300 + 2 × 12: the dozen takes only the units after the last `hundred`.
      const small = current - hundredsPart;
      current = current === 0 ? 12 : small > 0 ? hundredsPart + small * 12 : current * 12;
      lastUnit = -1;
      lastWasScale = true;
      words++;
      end = ww.end;
      break;
    } else if (w === 'and' && any && lastWasScale) {
      // one hundred and three: only a smaller number may follow.
      const nx = nextWordStart(s, ww.end);
      const w2 = wordAt(s, nx).w;
      if (EN_UNITS[w2] === undefined) break;
      p = nx;
      lastWasScale = false;
      continue;
    } else if (w === 'point' && any) {
      // two hundred point zero three / point seventy-one
      let q = nextWordStart(s, ww.end);
      let frac = '';
      for (let k = 0; k < 8; k++) {
        const w2 = wordAt(s, q);
        const v2 = EN_UNITS[w2.w];
        if (v2 === undefined) break;
        let add = String(v2);
        let e2 = w2.end;
        if (v2 >= 20 && v2 % 10 === 0) {
          const n3 = nextWordStart(s, w2.end);
          const w3 = wordAt(s, n3);
          const v3 = EN_UNITS[w3.w];
          if (v3 !== undefined && v3 > 0 && v3 < 10) {
            add = String(v2 + v3);
            e2 = w3.end;
          }
        }
        frac += add;
        end = e2;
        q = nextWordStart(s, e2);
      }
      if (frac === '') break;
      current += Number(`0.${frac}`);
      words++;
      // one point four trillion: a scale may follow the decimals.
      const sw = wordAt(s, q);
      const sc = LARGE(sw.w);
      if (sc !== undefined && !sw.w.endsWith('s') && q > end && !isLetter(s, sw.end)) {
        headValue = total + current;
        total += current * sc;
        current = 0;
        tailScale = sc;
        end = sw.end;
      }
      break;
    } else break;
    words++;
    end = ww.end;
    if (ww.end < s.length && isLetter(s, ww.end)) return null;
    p = nextWordStart(s, ww.end);
    if (p === ww.end) break;
  }
  if (!any || end === i) return null;
  const value = total + current;
  if (tailScale === 1) headValue = value;
  else if (current !== 0) {
    tailScale = 1;
    headValue = value;
  }
  return { start: i, end, value, vague: false, tailScale, headValue, single: words === 1 && value < 10 };
}
