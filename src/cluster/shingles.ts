// Text → shingle hashes: CJK characters are single tokens (so n-grams over CJK runs are character n-grams), Latin/digit runs are word tokens.
import { isHanCode } from '../util/han.js';
import { combine32, hashString } from './hash32.js';

function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin-1 / Extended letters
  );
}

/** Normalizes for comparison: NFKC (full-width → ASCII), lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Splits normalized text into tokens: each Han character alone, each Latin/digit run as a word
 * (a '.' or ',' between digits stays inside the number).
 * @example tokenize('英伟达 Q3 revenue 1.5') → ['英','伟','达','q3','revenue','1.5']
 */
export function tokenize(normalized: string): string[] {
  const out: string[] = [];
  const n = normalized.length;
  let i = 0;
  while (i < n) {
    const c = normalized.charCodeAt(i);
    if (isHanCode(c)) {
      out.push(normalized[i] as string);
      i++;
    } else if (isWordChar(c)) {
      let j = i + 1;
      while (j < n) {
        const d = normalized.charCodeAt(j);
        if (isWordChar(d)) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < n && isDigit(normalized.charCodeAt(j - 1)) && isDigit(normalized.charCodeAt(j + 1)))
          j++;
        else break;
      }
      out.push(normalized.slice(i, j));
      i = j;
    } else i++;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * Hashes of the token n-grams of `text` (default n = 3): character 3-grams over Chinese, word 3-grams over English.
 * Texts shorter than n tokens give their single tokens. Duplicates are kept (MinHash does not care).
 */
export function shingleHashes(text: string, n = 3, maxTokens = 3000): Uint32Array {
  const tokens = tokenize(normalizeText(text));
  const len = Math.min(tokens.length, maxTokens);
  const th = new Uint32Array(len);
  for (let i = 0; i < len; i++) th[i] = hashString(tokens[i] as string);
  if (len < n) return th;
  const out = new Uint32Array(len - n + 1);
  for (let i = 0; i + n <= len; i++) {
    let h = th[i] as number;
    for (let k = 1; k < n; k++) h = combine32(h, th[i + k] as number);
    out[i] = h;
  }
  return out;
}
