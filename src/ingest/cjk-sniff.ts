/**
 * Telling Chinese bytes apart where byte statistics are too thin: UTF-16 without a byte-order mark whose text is all
 * Chinese (no ASCII, so no NUL bytes to see), and a short GBK / Big5 line that chardet reads as Shift_JIS. The test is
 * the text itself: real Chinese is mostly common characters (the 3,755 of GB2312 level 1 or the 5,401 of Big5's
 * frequent set); the same bytes read the wrong way give rare ideographs, half-width katakana, Hangul or nonsense.
 */
import iconv from 'iconv-lite';

let common: Set<number> | null = null;

/** Code points of common Chinese characters: GB2312 level 1 (rows 0xB0–0xD7) and Big5's frequent set (0xA440–0xC67E). */
function commonHanzi(): Set<number> {
  if (common) return common;
  const set = new Set<number>();
  const add = (bytes: number[], enc: string) => {
    for (const ch of iconv.decode(Buffer.from(bytes), enc)) {
      const cp = ch.codePointAt(0) as number;
      if (cp >= 0x3400 && cp <= 0x9fff) set.add(cp);
    }
  };
  const gb: number[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) gb.push(hi, lo);
  add(gb, 'gb18030');
  const big5: number[] = [];
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (let lo = 0x40; lo <= 0x7e; lo++) big5.push(hi, lo);
    for (let lo = 0xa1; lo <= 0xfe; lo++) big5.push(hi, lo);
  }
  add(big5, 'big5');
  common = set;
  return set;
}

const isAscii = (c: number) => c < 0x80;
const isCjkPunct = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e) || (c >= 0x2010 && c <= 0x206f);
const isIdeograph = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * How much a decoded text reads as Chinese, from -1 to 1: the mean over its non-ASCII characters of +1 for a common
 * character or Chinese punctuation, 0 for a rare ideograph, -1 for anything else (kana, Hangul, half-width forms,
 * private use, control and replacement characters). ASCII counts for nothing either way; null when there is no
 * non-ASCII character to judge.
 */
export function chineseScore(text: string): number | null {
  const set = commonHanzi();
  let n = 0;
  let sum = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (isAscii(c)) {
      if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        n++;
        sum -= 1;
      }
      continue;
    }
    n++;
    if (set.has(c) || isCjkPunct(c)) sum += 1;
    else if (!isIdeograph(c)) sum -= 1;
  }
  return n === 0 ? null : sum / n;
}

/** Bytes read as Chinese this well or better are Chinese. */
const CHINESE = 0.6;

const utf8Stream = new TextDecoder('utf-8', { fatal: true });

/** True when `bytes` (possibly cut mid-character at the end) are valid UTF-8. */
function utf8Prefix(bytes: Uint8Array): boolean {
  try {
    utf8Stream.decode(bytes, { stream: true });
    utf8Stream.decode();
    return true;
  } catch {
    utf8Stream.decode();
    return false;
  }
}

/**
 * UTF-16 without a BOM whose text is Chinese (so no NUL bytes): the byte order whose reading is Chinese, or null.
 * Bytes that are valid UTF-8 are never taken for UTF-16.
 * @example sniffChineseUtf16(iconv.encode('英伟达第三季度营收创新高', 'utf16be')) === 'utf16be'
 */
export function sniffChineseUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  const sample = bytes.subarray(0, n);
  if (utf8Prefix(sample)) return null;
  const buf = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const le = chineseScore(iconv.decode(buf, 'utf16le')) ?? -1;
  const be = chineseScore(iconv.decode(buf, 'utf16be')) ?? -1;
  if (le >= CHINESE && le > be) return 'utf16le';
  if (be >= CHINESE && be > le) return 'utf16be';
  return null;
}

/** The Japanese encoding (EUC-JP or Shift_JIS) the bytes read as Japanese in (a third or more kana), or null: Chinese has next to no kana. */
function japaneseEncoding(sample: Buffer): 'euc-jp' | 'shift_jis' | null {
  for (const enc of ['euc-jp', 'shift_jis'] as const) {
    const text = iconv.decode(sample, enc);
    if (text.slice(0, -1).includes('\ufffd')) continue;
    let kana = 0;
    let wide = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0) as number;
      if (c < 0x80) continue;
      wide++;
      if (c >= 0x3040 && c <= 0x30ff) kana++;
    }
    if (wide > 0 && kana / wide >= 0.3) return enc;
  }
  return null;
}

/** The legacy Chinese encodings tried, in order of preference on a tie. */
const LEGACY = ['gb18030', 'big5'] as const;

/**
 * For bytes chardet cannot judge (a short line): the legacy encoding that reads them as Japanese (kana) or else as
 * Chinese without a single replacement character, or null. Korean in EUC-KR shares GB2312's byte layout and is read
 * as Chinese: out of scope for a Chinese and English reader.
 * @example cjkLegacyEncoding(iconv.encode('华为发布新款芯片', 'gbk')) === 'gb18030'
 */
export function cjkLegacyEncoding(bytes: Uint8Array): (typeof LEGACY)[number] | 'euc-jp' | 'shift_jis' | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192));
  const japanese = japaneseEncoding(sample);
  if (japanese) return japanese;
  let best: { enc: (typeof LEGACY)[number]; score: number } | null = null;
  for (const enc of LEGACY) {
    const text = iconv.decode(sample, enc);
    // The sample may end mid-character: only a replacement before the last character counts.
    if (text.slice(0, -1).includes('\ufffd')) continue;
    const score = chineseScore(text);
    if (score !== null && score >= CHINESE && (!best || score > best.score)) best = { enc, score };
  }
  return best?.enc ?? null;
}
