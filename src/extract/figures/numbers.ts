/** The number model: every number written in a text (words, digits, Chinese numerals, fractions), without its unit. */
import { buildPartial, inNonNumberWord } from './build.js';
import { isLetter } from './char-classes.js';
import { CJK_AMBIGUOUS_ALONE } from './lexicon-numerals.js';
import { scanTokens } from './tokens.js';

/** A number as written: its span covers the numeral only (`$20` → `20`, `九年` → `九`, `百分之五十` → `五十`). */
export interface NumberMention {
  text: string;
  start: number;
  end: number;
  /** Signed when the sign is written (`minus five`, `负三`, `-8`). */
  value: number;
}

/**
 * Finds every number in `text`, sorted and non-overlapping. Unlike figures, a number needs no unit, and the span stops at
 * the numeral. Examples: `"two thirds"` → 0.6667; `"五分之一"` → 0.2; `"I paid $20 in 3 years"` → 20 (at `20`), 3.
 */
export function extractNumbers(text: string): NumberMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: NumberMention[] = [];
  const money: boolean[] = [];
  let lastEnd = 0;
  for (const t of scanTokens(text, true)) {
    if (t.fixedKind) continue;
    const pf = buildPartial(text, t, true);
    if (pf.drop) continue;
    // A number glued to letters on its right (29km, 4th, 3D) is part of a word, not a number of its own.
    if (!t.cjk && t.source !== 'word' && isLetter(text, t.end)) continue;
    if (t.source === 'cjk' && t.end - t.start <= 2) {
      const txt = text.slice(t.start, t.end);
      if (txt.length === 1 && CJK_AMBIGUOUS_ALONE.includes(txt)) continue;
      if (inNonNumberWord(text, t)) continue;
      // 一美元, 一折, 二％: a one-character numeral bound to a currency name, a discount or a percent sign is that unit's
      // amount, reported by the money and percent models, not a number of its own (Recognizers' convention). 块 stays a
      // number: 一块蛋糕 is a piece of cake.
      if (txt.length === 1 && UNIT_OWNED.test(text.slice(t.end, t.end + 3))) continue;
    }
    // twenty-first, forty-second: an ordinal (a rank), not the number twenty.
    if (t.source === 'word' && ORDINAL_TAIL.test(text.slice(t.end, t.end + 9))) continue;
    const start = t.numStart ?? t.start;
    if (start < lastEnd) continue;
    if (!Number.isFinite(t.value)) continue; // `one hundred and one hundred and …` overflows
    const v = Number(t.value.toPrecision(15));
    out.push({ text: text.slice(start, t.end), start, end: t.end, value: t.negative && v > 0 ? -v : v });
    money.push(pf.currency !== undefined);
    lastEnd = t.end;
  }
  return joinOver(text, out, money);
}

/** Units right after a one-character numeral that make it a discount, a percent or an amount of money. */
const UNIT_OWNED = /^(?:[折％%]|美[元刀金圆]|[欧歐日港韩韓]元|英[镑鎊]|人民[币幣])/u;

const ORDINAL_TAIL = /^-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i;

const OVER = /^\s+(?:over|out\s+of)\s+$/i;

/** `one over three`, `2000 over 3`, `one out of three` → one fraction; not `$2000 over 3 years` (an amount and a duration). */
function joinOver(text: string, ms: NumberMention[], money: boolean[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k] as NumberMention;
    const b = ms[k + 1];
    if (b && !money[k] && !money[k + 1] && b.value !== 0 && b.start - a.end <= 12 && OVER.test(text.slice(a.end, b.start))) {
      let q = b.end;
      while (q < b.end + 2 && text.charCodeAt(q) === 32) q++;
      if (!isLetter(text, q)) {
        const v = Number((a.value / b.value).toPrecision(15));
        if (Number.isFinite(v)) {
          out.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, value: v });
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
