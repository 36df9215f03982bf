/** Splits a long message into parts under a size limit, at paragraph, then line, then word / punctuation boundaries. */
import { append } from '../util/arrays.js';

/** A length measure; must add up over joins (`m(a + sep + b) = m(a) + m(sep) + m(b)`), like `s.length` or a per-line transform's length. */
export type Measure = (s: string) => number;

const utf16: Measure = (s) => s.length;

/** Preferred break characters for a hard cut inside a line (after them). */
const BREAK_AFTER = /[\s，。；、！？,.;!?）)」』】]/u;

/** Cuts one over-long line into pieces of at most `max` (never inside a surrogate pair), preferring a break near the end. */
function hardSplit(line: string, max: number, measure: Measure): string[] {
  const cps = [...line];
  const out: string[] = [];
  let from = 0;
  while (from < cps.length) {
    // Largest end with measure(piece) <= max, by binary search (measure grows with length).
    let lo = from + 1;
    let hi = cps.length;
    if (measure(cps.slice(from, lo).join('')) > max) throw new Error(`[publish] one character does not fit in ${max}`);
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (measure(cps.slice(from, mid).join('')) <= max) lo = mid;
      else hi = mid - 1;
    }
    let end = lo;
    if (end < cps.length) {
      const floor = from + Math.floor((end - from) * 0.7);
      for (let k = end; k > floor; k--) {
        if (BREAK_AFTER.test(cps[k - 1] as string)) {
          end = k;
          break;
        }
      }
    }
    const piece = cps.slice(from, end).join('');
    if (piece.trim() !== '') out.push(piece.trim());
    from = end;
  }
  return out;
}

/** Greedy packing of units joined by `sep`; units longer than max are split by `split`. */
function pack(units: string[], sep: string, max: number, measure: Measure, split: (u: string) => string[]): string[] {
  const out: string[] = [];
  let cur = '';
  let curLen = 0;
  const sepLen = measure(sep);
  for (const u of units) {
    const len = measure(u);
    if (len > max) {
      if (cur) out.push(cur);
      cur = '';
      curLen = 0;
      append(out, split(u));
      continue;
    }
    if (cur && curLen + sepLen + len <= max) {
      cur += sep + u;
      curLen += sepLen + len;
    } else {
      if (cur) out.push(cur);
      cur = u;
      curLen = len;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * Splits text into parts of at most `max` (by `measure`, default UTF-16 length): whole paragraphs when they fit
 * (a `#` heading kept with the paragraph after it),
 * else whole lines, else cuts at spaces or punctuation. Blank parts are dropped; joining the parts with blank lines
 * gives back the text up to whitespace at the cuts.
 * @example splitMessage('a\n\nb', 1) // → ['a', 'b']
 */
export function splitMessage(text: string, max: number, measure: Measure = utf16): string[] {
  if (max < 1) throw new Error('[publish] max must be positive');
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/^\n+|\s+$/g, ''))
    .filter((p) => p.trim() !== '');
  // A heading travels with the paragraph after it, so no part ends on a bare heading.
  const units: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    const next = paragraphs[i + 1];
    if (next !== undefined && /^#{1,6} [^\n]*$/.test(p)) {
      units.push(`${p}\n\n${next}`);
      i++;
    } else units.push(p);
  }
  return pack(units, '\n\n', max, measure, (p) =>
    pack(
      p.split('\n').filter((l) => l.trim() !== ''),
      '\n',
      max,
      measure,
      (l) => hardSplit(l, max, measure),
    ),
  );
}
