/** Character classes used by the figure scanner: ASCII / full-width digits, CJK numerals, letters, spaces. */

import { isHanCode } from '../../util/han.js';
import { CJK_DIGITS, CJK_MULTIPLIERS } from './lexicon-numerals.js';

/** Digit value of an ASCII or full-width digit code, else -1. */
export function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** True for `.` and full-width `．`. */
export function isDot(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 46 || c === 0xff0e;
}

/** True for ASCII or full-width minus signs and the Unicode minus. */
export function isMinus(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 45 || c === 0xff0d || c === 0x2212;
}

/** True for an ASCII letter. */
export function isLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

/** True for an ASCII letter or digit (ASCII or full-width). */
export function isAlnum(s: string, i: number): boolean {
  return isLetter(s, i) || digitAt(s, i) >= 0;
}

/** True for a space or tab (not a line break: figures do not span lines). */
export function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

const DIGIT_MAP = new Map<string, number>(Object.entries(CJK_DIGITS));
const MULT_MAP = new Map<string, number>(Object.entries(CJK_MULTIPLIERS));

/** Value of a Chinese digit character, else undefined. */
export function cjkDigit(ch: string | undefined): number | undefined {
  if (ch === undefined || ch.charCodeAt(0) < 0x3007) return undefined;
  return DIGIT_MAP.get(ch);
}

/** Value of a Chinese multiplier character, else undefined. */
export function cjkMultiplier(ch: string | undefined): number | undefined {
  if (ch === undefined || ch.charCodeAt(0) < 0x4e00) return undefined;
  return MULT_MAP.get(ch);
}

/** Flags for characters that can start a Chinese numeric token (digits, multipliers, 百分之, 翻倍, 对折, 数百, 负, 半百). */
const CJK_START = new Uint8Array(65536);
for (const ch of [...DIGIT_MAP.keys(), ...MULT_MAP.keys(), ...'百千万萬佰仟翻对對数數几幾上负負半']) CJK_START[ch.charCodeAt(0)] = 1;

/** True if the non-ASCII character at `i` may start a numeric token. */
export function mayStartCjkNumber(s: string, i: number): boolean {
  return CJK_START[s.charCodeAt(i)] === 1;
}

/** True for a Han character (src/util/han.ts). */
export function isCjk(s: string, i: number): boolean {
  return isHanCode(s.charCodeAt(i));
}
