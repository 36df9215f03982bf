/** What precedes a number: currency prefix (`$`, `US$`, `c $`, `USD `, `人民币`), qualifier (`超过`, `about`), direction (`fell`, `下降`). */
import type { Qualifier } from '../../types/figure.js';
import { HAN_RANGES } from '../../util/han.js';
import { isCjk, isLetter, isSpace } from './char-classes.js';
import {
  CURRENCY_SYMBOLS,
  type CurrencyEntry,
  DOLLAR_PREFIXES,
  ISO_CODES,
  LETTER_PREFIXES,
  ZH_CURRENCY_PREFIXES,
} from './lexicon-currency.js';
import { DIRECTION_PREFIXES, QUALIFIER_PREFIXES } from './lexicon-units.js';

export interface LeftMatch<T> {
  start: number;
  entry: T;
}

/** Moves left over spaces and inline markup (`**`, `<b>`), at most a few characters. */
export function skipMarkupLeft(s: string, i: number): number {
  let p = i;
  for (let k = 0; k < 4; k++) {
    const q = p;
    while (p > q - 2 && p > 0 && isSpace(s, p - 1)) p--;
    while (p > q - 6 && p > 0 && (s[p - 1] === '*' || s[p - 1] === '_')) p--;
    if (s[p - 1] === '>') {
      const m = /<\/?(b|strong|em|i|mark|span)>$/.exec(s.slice(Math.max(0, p - 10), p));
      if (m) p -= m[0].length;
    }
    if (p === q) break;
  }
  return p;
}

/** True if `¥` in this neighbourhood is yuan: Chinese text, or yuan / RMB / China nearby. */
function yenIsYuan(s: string, i: number): boolean {
  const a = Math.max(0, i - 30);
  for (let p = a; p < Math.min(s.length, i + 30); p++) if (isCjk(s, p)) return true;
  return /yuan|rmb|renminbi|china|chinese/i.test(s.slice(Math.max(0, i - 80), i + 80));
}

const ZH_PREFIX_LIST = Object.entries(ZH_CURRENCY_PREFIXES);

/** Currency written before the number that starts at `i`. */
export function readCurrencyPrefix(s: string, i: number): LeftMatch<CurrencyEntry> | null {
  let p = i;
  let sp = 0;
  while (p > 0 && sp < 2 && isSpace(s, p - 1)) {
    p--;
    sp++;
  }
  const ch = s[p - 1] ?? '';
  let sym = CURRENCY_SYMBOLS[ch];
  if (ch === '$' || ch === '＄') sym = { code: 'USD' };
  if (s.slice(p - 2, p) === 'ரூ') return { start: p - 2, entry: { code: 'LKR' } };
  if (sym && ch !== '¢') {
    let start = p - 1;
    let entry = sym;
    if (ch === '¥') entry = { code: yenIsYuan(s, start) ? 'CNY' : 'JPY' };
    if (ch === '$' || ch === '＄') {
      // US$, HK$, c $, u.s $, A$, NT$
      let q = start;
      if (q > 0 && isSpace(s, q - 1)) q--;
      let e = q;
      while (e > 0 && q - e < 5 && (isLetter(s, e - 1) || s[e - 1] === '.')) e--;
      if (e < q && (e === 0 || !isLetter(s, e - 1))) {
        const code = DOLLAR_PREFIXES[s.slice(e, q).toLowerCase()];
        // a single letter only when glued and upper case (A$5, C$3) or `c $` in tokenised newswire, never the article `a $38`
        const one = q - e === 1;
        const okSingle = !one || (q === start && /[A-Z]/.test(s[e] ?? '')) || (s[e] === 'c' && q < start);
        if (code !== undefined && okSingle) {
          entry = { code };
          start = e;
        }
      }
    }
    return { start, entry };
  }
  // ISO codes and letter prefixes: USD 200, GBP3.01, Rs. 20, RM42.
  if (isLetter(s, p - 1) || s[p - 1] === '.') {
    let e = p;
    while (e > 0 && p - e < 4 && (isLetter(s, e - 1) || s[e - 1] === '.')) e--;
    if (e > 0 && isLetter(s, e - 1)) return null;
    const word = s.slice(e, p);
    if (ISO_CODES.has(word)) return { start: e, entry: { code: word === 'RMB' ? 'CNY' : word } };
    const lp = LETTER_PREFIXES[word];
    if (lp !== undefined) return { start: e, entry: lp };
    return null;
  }
  // 人民币3.14, 港幣 3.14
  if (isCjk(s, p - 1)) for (const [w, entry] of ZH_PREFIX_LIST) if (s.endsWith(w, p)) return { start: p - w.length, entry };
  return null;
}

/** Phrases indexed by their last character (lower case), each list longest first. */
function byLastChar<T>(table: Readonly<Record<string, T>>): Map<string, { phrase: string; entry: T }[]> {
  const m = new Map<string, { phrase: string; entry: T }[]>();
  for (const [phrase, entry] of Object.entries(table)) {
    const k = phrase[phrase.length - 1] as string;
    const list = m.get(k) ?? [];
    list.push({ phrase, entry });
    m.set(k, list);
  }
  for (const list of m.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return m;
}

const QUALS = byLastChar(QUALIFIER_PREFIXES);
const DIRS = byLastChar(DIRECTION_PREFIXES);

/** True if `phrase` (lower case) occurs in `s` ending at `e`, comparing ASCII case-insensitively. */
function endsWithAt(s: string, e: number, phrase: string): boolean {
  const st = e - phrase.length;
  if (st < 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    let c = s.charCodeAt(st + k);
    if (c >= 65 && c <= 90) c |= 32;
    if (c !== phrase.charCodeAt(k)) return false;
  }
  return true;
}

/** The longest phrase of `idx` ending at `p` (after skipping spaces), case-insensitive for ASCII, with a word boundary. */
function endingAt<T>(s: string, p: number, idx: Map<string, { phrase: string; entry: T }[]>): LeftMatch<T> | null {
  let e = p;
  let sp = 0;
  while (e > 0 && sp < 2 && isSpace(s, e - 1)) {
    e--;
    sp++;
  }
  if (e === 0) return null;
  const last = (s[e - 1] as string).toLowerCase();
  const list = idx.get(last);
  if (!list) return null;
  for (const it of list) {
    if (!endsWithAt(s, e, it.phrase)) continue;
    const start = e - it.phrase.length;
    const ascii = isLetter(it.phrase, 0);
    if (ascii && start > 0 && isLetter(s, start - 1)) continue;
    return { start, entry: it.entry };
  }
  return null;
}

/** Qualifier phrase right before `p`. */
export function readQualifierPrefix(s: string, p: number): LeftMatch<Qualifier> | null {
  const m = endingAt(s, p, QUALS);
  // '较上年扩大约41%', '加大约两成': 大 closes a verb (扩大, 加大, 放大, 增大), the qualifier is only 约.
  if (m && s.startsWith('大约', m.start) && /[扩擴加放增]/u.test(s[m.start - 1] ?? '')) return { start: m.start + 1, entry: m.entry };
  if (m) return negatedBound(s, m);
  // `roughly, four hundred billion` (speech transcripts): an English qualifier word, then a comma.
  let e = p;
  while (e > 0 && e > p - 2 && isSpace(s, e - 1)) e--;
  if (s[e - 1] === ',') {
    const c = endingAt(s, e - 1, QUALS);
    if (c && isLetter(s, c.start)) return c;
  }
  // 最多可认购1.6亿股, 最高将达: 最多 / 最高 / 至多 before a modal and a verb of up to two characters.
  const from = Math.max(0, p - 9);
  const zh = MODAL_MAX.exec(s.slice(from, p));
  if (zh) return { start: from + zh.index, entry: 'max' };
  return null;
}

/** 不 and a modal before a comparison word: `不会低于50亿元` is at least 50亿, `不会超过` at most (不低于 / 不超过 are phrases of their own). */
const NEGATION_BEFORE = /不(?:会|會|得|应|應|能|可能|至于|至於|将|將)?$/u;
const FLIPPED: Readonly<Record<string, Qualifier>> = { min: 'max', max: 'min' };

/** A comparison qualifier read with the negation before it (`不会低于` → min, `不高于` → max). */
function negatedBound(s: string, m: LeftMatch<Qualifier>): LeftMatch<Qualifier> {
  const flipped = FLIPPED[m.entry];
  if (flipped === undefined) return m;
  const neg = NEGATION_BEFORE.exec(s.slice(Math.max(0, m.start - 4), m.start));
  return neg ? { start: m.start - neg[0].length, entry: flipped } : m;
}

const MODAL_MAX = new RegExp(`(?:最多|最高|至多)(?:可以?|将|將|能)[${HAN_RANGES}]{0,2}$`, 'u');

/** Direction word right before `p`, allowing 了 / 约 / 达 / by in between. */
export function readDirectionPrefix(s: string, p: number): LeftMatch<'up' | 'down'> | null {
  let q = p;
  while (q > 0 && isSpace(s, q - 1)) q--;
  const c = s[q - 1];
  if (c === '了' || c === '达' || c === '約' || c === '约' || c === '逾' || c === '近') q--;
  const m = endingAt(s, q, DIRS);
  // 'made up 42% of revenue', 'takes up 30% of the floor': a phrasal verb's particle, not a direction.
  if (m && PHRASAL_UP.test(s.slice(Math.max(0, m.start - 8), q))) return null;
  if (m) return m;
  return null;
}

/** A phrasal verb ending in `up` whose `up` states no move: make up, take up. */
const PHRASAL_UP = /\b(?:make|makes|made|making|take|takes|took|taking)\s+up$/i;
