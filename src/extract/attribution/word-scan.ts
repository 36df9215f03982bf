/**
 * The matches of a `wordsRegex` alternation (hundreds of keywords, longest first), found without running the whole
 * alternation at every position of the text: the words are grouped by their first character (as a case-insensitive
 * regex compares characters), and at each position only the group of that position's character is tried, as a sticky
 * regex with the same alternatives in the same order. The leftmost match and, at one position, the first alternative
 * that matches are therefore the global regex's own: same matches, same order, same lengths (word-scan.test.ts checks
 * this against the regex itself). Irregexp tried every alternative at every position; on the benchmark corpus this
 * scan is about ten times faster.
 */
import { isLatin, wordsRegex } from './lexicon.js';

/** ASCII letter or digit: what `[A-Za-z0-9]` matches under a case-insensitive, non-Unicode regex. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The character a case-insensitive, non-Unicode regex compares (ECMA-262 Canonicalize with ignoreCase and without the
 * u flag: the upper case of a code unit when that is one code unit, except that a non-ASCII one never becomes ASCII).
 */
function canonicalize(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const uc = u.charCodeAt(0);
  return uc < 128 ? c : uc;
}

/** canonicalize() of every UTF-16 code unit, computed once (128 KB). */
let canonTable: Uint16Array | null = null;
function canonOf(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  if (!canonTable) {
    canonTable = new Uint16Array(65536);
    for (let i = 0; i < 65536; i++) canonTable[i] = canonicalize(i);
  }
  return canonTable[c] as number;
}

export interface WordHit {
  index: number;
  /** The matched text, as the regex's m[0]. */
  text: string;
}

export class WordScanner {
  /** Sticky regexes by the canonical first character of their words. */
  private readonly groups = new Map<number, RegExp>();
  /**
   * Groups whose every word is Latin, so every alternative opens with `(?<![A-Za-z0-9])`: none can match right after an
   * ASCII letter or digit (inside a word), where the scan does not run the group at all. Only without the u flag, under
   * which no other character is `[A-Za-z0-9]` case-insensitively.
   */
  private readonly bounded = new Set<number>();
  /**
   * `groups` by raw UTF-16 code (the group of its canonical character), and whether that group is `bounded` (1): the
   * scan looks a position up in an array instead of a `Map` (one scanner, ~64K slots, built once).
   */
  private readonly byCode: (RegExp | undefined)[];
  private readonly boundedByCode: Uint8Array;
  /** How many times the last `all` ran a group's regex (for tests: the work the pre-check saves). */
  lastRuns = 0;

  /** `words` and `flags` as for wordsRegex; flags must include i (the grouping assumes case-insensitive comparison). */
  constructor(words: string[], flags = 'gi') {
    if (!flags.includes('i')) throw new Error('WordScanner: case-insensitive word lists only');
    const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
    const byFirst = new Map<number, string[]>();
    for (const w of sorted) {
      const k = canonOf(w.charCodeAt(0));
      let list = byFirst.get(k);
      if (!list) byFirst.set(k, (list = []));
      list.push(w);
    }
    const sticky = `${flags.replace(/[gy]/g, '')}y`;
    // Each group is compiled by wordsRegex itself, whose stable sort keeps the words' order within the group.
    for (const [k, list] of byFirst) {
      this.groups.set(k, wordsRegex(list, sticky));
      if (!flags.includes('u') && list.every(isLatin)) this.bounded.add(k);
    }
    this.byCode = new Array<RegExp | undefined>(65536).fill(undefined);
    this.boundedByCode = new Uint8Array(65536);
    if (this.groups.size > 0)
      for (let c = 0; c < 65536; c++) {
        const k = canonOf(c);
        this.byCode[c] = this.groups.get(k);
        if (this.bounded.has(k)) this.boundedByCode[c] = 1;
      }
  }

  /** Every match, left to right, non-overlapping: what `for (m of text.matchAll(wordsRegex(words, flags)))` yields. */
  all(text: string): WordHit[] {
    const out: WordHit[] = [];
    const n = text.length;
    let runs = 0;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      const re = this.byCode[code];
      if (!re || (i > 0 && this.boundedByCode[code] === 1 && isAsciiAlnum(text.charCodeAt(i - 1)))) continue;
      re.lastIndex = i;
      runs++;
      const m = re.exec(text);
      if (!m) continue;
      out.push({ index: i, text: m[0] });
      i += m[0].length - 1;
    }
    this.lastRuns = runs;
    return out;
  }
}
