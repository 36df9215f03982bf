/** Chinese fractions: `五分之一`, `３ 分 之 一百五十七`, mixed `三百五十又三分之一`, signs `负３分之负一百五十七`. */
import { isSpace } from './char-classes.js';
import { readNumeralRun } from './numeral-run.js';

export interface ZhFraction {
  end: number;
  /** Absolute value of the fraction (or mixed number). */
  value: number;
  /** Sign of the whole expression, given the sign of the token it extends. */
  negative: boolean;
}

function skipSpaces(s: string, i: number, max: number): number {
  let p = i;
  while (p < i + max && isSpace(s, p)) p++;
  return p;
}

/** After a denominator ending at `i`: `分之<numerator>` with optional spaces and a sign; returns the numerator's end and value. */
function readNumeratorTail(s: string, i: number): { end: number; value: number; negative: boolean } | null {
  let p = skipSpaces(s, i, 3);
  if (s[p] !== '分') return null;
  p = skipSpaces(s, p + 1, 3);
  if (s[p] !== '之') return null;
  p = skipSpaces(s, p + 1, 3);
  let negative = false;
  if (s[p] === '负' || s[p] === '負') {
    negative = true;
    p++;
  }
  const run = readNumeralRun(s, p);
  if (!run || run.vague) return null;
  return { end: run.end, value: run.value, negative };
}

/**
 * Extends a Chinese / Arabic numeral that ends at `end` (value `value`, sign `negative`) into a fraction when one is
 * written there; null otherwise. Examples: `五|分之一` → 0.2; `三百五十| 又 3分之1` → 350.333…; `负３|分之负一百五十七` → +52.33.
 */
export function readZhFraction(s: string, end: number, value: number, negative: boolean): ZhFraction | null {
  // The numeral is the denominator: 五分之一.
  const direct = readNumeratorTail(s, end);
  if (direct) {
    if (value === 0) return null;
    return { end: direct.end, value: direct.value / value, negative: negative !== direct.negative };
  }
  // The numeral is the whole part: 三百五十又三分之一.
  let p = skipSpaces(s, end, 3);
  if (s[p] !== '又') return null;
  p = skipSpaces(s, p + 1, 3);
  const den = readNumeralRun(s, p);
  if (!den || den.vague || den.value === 0) return null;
  const tail = readNumeratorTail(s, den.end);
  if (!tail || tail.negative) return null;
  return { end: tail.end, value: value + tail.value / den.value, negative };
}
