/** Bytes → text: BOM, HTTP charset, XML declaration, `<meta charset>`, UTF-8 validity, then chardet sniffing; iconv-lite decodes. */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { cjkLegacyEncoding, sniffChineseUtf16 } from './cjk-sniff.js';

export type EncodingSource = 'bom' | 'header' | 'xml' | 'meta' | 'utf8' | 'sniff' | 'fallback';

export interface Decoded {
  text: string;
  /** iconv-lite name used: `utf8`, `utf16le`, `gb18030`, `big5` … */
  encoding: string;
  source: EncodingSource;
  /** Problems worth recording on the items (wrong declaration, replaced bytes). */
  warnings: string[];
}

/** Declared labels → the decoder to use (GB2312 / GBK are read as their superset GB18030). */
const ALIASES: Record<string, string> = {
  'utf-8': 'utf8',
  utf8: 'utf8',
  'unicode-1-1-utf-8': 'utf8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  gb18030: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
  'utf-16': 'utf16le',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'utf8',
  ascii: 'utf8',
};

/** Maps a declared charset label to an iconv-lite encoding name, or null when unknown. */
export function normalizeLabel(label: string): string | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const alias = ALIASES[l];
  if (alias) return alias;
  return iconv.encodingExists(l) ? l : null;
}

/** The charset parameter of a Content-Type header: `text/html; charset=GBK` → `GBK`. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m?.[1] ?? null;
}

/** The encoding in an XML declaration or an HTML `<meta charset>` / `http-equiv` tag, looked for in the first 4 KB. */
export function declaredInDocument(bytes: Uint8Array): { label: string; source: 'xml' | 'meta' } | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return { label: xml[1], source: 'xml' };
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return { label: meta[1], source: 'meta' };
  return null;
}

/** BOM at the start of the bytes, with its length. */
export function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: mostly-ASCII text shows NUL in every other byte; text that is all Chinese shows none, and is
 * told by reading it both ways (cjk-sniff.ts). Returns the byte order or null.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return sniffChineseUtf16(bytes);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf16be';
  return sniffChineseUtf16(bytes);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding).replace(/^\ufeff/, '');
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** chardet names we trust for a guess → iconv-lite names. */
const SNIFFED: Record<string, string> = {
  'UTF-8': 'utf8',
  'UTF-16LE': 'utf16le',
  'UTF-16BE': 'utf16be',
  GB18030: 'gb18030',
  Big5: 'big5',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
};

/**
 * Decodes bytes to text. Order: BOM, the HTTP charset, the document's own declaration, valid UTF-8, chardet.
 * A declaration the bytes contradict (declared UTF-8, bytes are GBK) is overridden by sniffing, with a warning.
 * @example decodeBytes(iconv.encode('英伟达', 'gbk'), {}).text === '英伟达'
 */
export function decodeBytes(bytes: Uint8Array, hint: { contentType?: string }): Decoded {
  const warnings: string[] = [];
  const bom = bomOf(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, source: 'bom', warnings };

  const declared: { label: string; source: 'header' | 'xml' | 'meta' }[] = [];
  const header = charsetFromContentType(hint.contentType);
  if (header) declared.push({ label: header, source: 'header' });
  const inDoc = declaredInDocument(bytes);
  if (inDoc) declared.push(inDoc);

  for (const d of declared) {
    const enc = normalizeLabel(d.label);
    if (!enc) {
      warnings.push(`unknown charset "${d.label}" declared (${d.source}); guessed instead`);
      continue;
    }
    if (enc === 'utf8') {
      if (isValidUtf8(bytes)) return { text: decodeWith(bytes, 'utf8'), encoding: 'utf8', source: d.source, warnings };
      warnings.push(`declared charset "${d.label}" (${d.source}) does not match the bytes; guessed instead`);
      continue;
    }
    const text = decodeWith(bytes, enc);
    // Servers often label GBK / Big5 pages ISO-8859-1 by default: a confident CJK sniff wins over a Latin label.
    if (enc === 'windows-1252' && !isValidUtf8(bytes)) {
      const top = chardet.analyse(bytes)[0];
      if (top && (top.name === 'GB18030' || top.name === 'Big5') && top.confidence >= 90) {
        warnings.push(`declared charset "${d.label}" (${d.source}) looks wrong; read as ${top.name}`);
        const cjk = SNIFFED[top.name] ?? 'gb18030';
        return { text: decodeWith(bytes, cjk), encoding: cjk, source: 'sniff', warnings };
      }
    }
    if (countReplacements(text) > Math.max(2, text.length * 0.01)) {
      warnings.push(`declared charset "${d.label}" (${d.source}) does not match the bytes; guessed instead`);
      continue;
    }
    return { text, encoding: enc, source: d.source, warnings };
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, source: 'sniff', warnings };
  if (isValidUtf8(bytes)) return { text: decodeWith(bytes, 'utf8'), encoding: 'utf8', source: 'utf8', warnings };

  const lossy = decodeWith(bytes, 'utf8');
  const bad = countReplacements(lossy);
  const top = chardet.analyse(bytes)[0];
  // chardet has too little to go on in a short line (a GBK headline comes back Shift_JIS at 10%): the text decides.
  const guess = (top && top.confidence < 50 ? cjkLegacyEncoding(bytes) : null) ?? SNIFFED[top?.name ?? ''];
  if (guess && guess !== 'utf8') {
    const text = decodeWith(bytes, guess);
    const badGuess = countReplacements(text);
    // Mostly-UTF-8 text with a few stray bytes reads better as UTF-8 than as a single-byte guess.
    if (badGuess <= bad && !(bad <= lossy.length * 0.005 && guess === 'windows-1252')) {
      return { text, encoding: guess, source: 'sniff', warnings };
    }
  }
  warnings.push(`${bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD (mixed or unknown encoding)`);
  return { text: lossy, encoding: 'utf8', source: 'fallback', warnings };
}
