/** Format detection from content first, file extension and content type second; binary junk detection. */
import type { ItemFormat } from '../types/index.js';
import { countHan, HAN_RANGES } from '../util/han.js';
import { bomOf, sniffUtf16 } from './encoding.js';

/** What a source was recognised as: an item format, or a container / an unrecognised document. */
export type DetectedFormat = ItemFormat | 'opml' | 'xml-unknown' | 'json-unknown';

/**
 * True when bytes are not text: NUL bytes (outside UTF-16) or mostly control characters in the first 8 KB.
 * @example looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])) === true
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes);
  if (bom && bom.encoding !== 'utf8') return false;
  if (sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** True when decoded text is mostly control / replacement characters (binary that slipped through decoding). */
export function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (n === 0) return false;
  let junk = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) junk++;
  }
  return junk / n > 0.1 || scatteredScripts(text.slice(0, n));
}

/** Coarse script class of a UTF-16 code unit, for telling text from bytes decoded as UTF-16 by chance. */
function scriptClass(c: number): number {
  if (c < 0x80) return 0; // ASCII
  if (c < 0x250) return 1; // Latin-1 and Latin Extended
  if (c >= 0x370 && c < 0x530) return 2; // Greek, Cyrillic
  if ((c >= 0x2e80 && c < 0xa000) || (c >= 0xff00 && c < 0xfff0) || (c >= 0x2000 && c < 0x2070)) return 3; // CJK, kana, punctuation
  if (c >= 0xac00 && c < 0xd7b0) return 4; // Hangul
  if (c >= 0x590 && c < 0x700) return 5; // Hebrew, Arabic
  if (c >= 0x900 && c < 0xe80) return 6; // Indic, Thai, Lao
  return 7; // everything else: rare in prose
}

/**
 * Random bytes read as UTF-16 (a chance FF FE at the start) decode to characters scattered over every script; real
 * prose, even mixed Chinese / Korean / English, keeps nine in ten characters in its two main scripts.
 */
function scatteredScripts(text: string): boolean {
  const counts = new Array<number>(8).fill(0);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    counts[scriptClass(c)] = (counts[scriptClass(c)] ?? 0) + 1;
    n++;
  }
  if (n < 16) return false;
  const [a = 0, b = 0] = counts.sort((x, y) => y - x);
  return (a + b) / n < 0.8;
}

function extOf(name: string | undefined): string {
  if (!name) return '';
  const base =
    name
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n---[ \t]*(\n|$)/;
const TIMESTAMP_LINE = /^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?\)?\s/;
const SPEAKER_LINE = new RegExp(
  `^\\s*(?:\\[[\\d:.,]+\\]\\s*)?([A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,3}|[${HAN_RANGES}·]{2,8})\\s*[:：]\\s*\\S`,
);

/**
 * Root element name of an XML / HTML document: the prolog (declaration, processing instructions, comments, doctype
 * with its internal subset) is skipped item by item, however long, so a feed opening with a 20 KB comment is a feed.
 * @example rootElement('<?xml version="1.0"?><!-- note --><rss version="2.0">') === 'rss'
 */
export function rootElement(text: string): string | null {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    const skip = (close: string) => {
      const end = text.indexOf(close, i);
      return end === -1 ? -1 : end + close.length;
    };
    let next = -1;
    if (text.startsWith('<?', i)) next = skip('?>');
    else if (text.startsWith('<!--', i)) next = skip('-->');
    else if (/^<!doctype/i.test(text.slice(i, i + 9))) {
      const dt = /^<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i.exec(text.slice(i, i + 65536));
      next = dt ? i + dt[0].length : -1;
    } else break;
    if (next === -1) return null;
    i = next;
  }
  const m = /^<([A-Za-z_][\w:.-]*)/.exec(text.slice(i, i + 256));
  return m?.[1] ?? null;
}

/** Blocks that are quote/note pairs: two non-empty lines each, blank-line separated (at least two blocks). */
export function isPairsText(text: string): boolean {
  const blocks = text
    .trim()
    .split(/\n\s*\n/)
    .filter((b) => b.trim());
  if (blocks.length < 2) return false;
  return blocks.every(
    (b) =>
      b
        .trim()
        .split('\n')
        .filter((l) => l.trim()).length === 2,
  );
}

/** Latin letters of a text. */
function countLatin(s: string): number {
  return s.match(/[A-Za-z]/g)?.length ?? 0;
}

/** Whether a paragraph is English (Latin letters outweigh Chinese characters three to one) or Chinese (Chinese characters outweigh Latin letters). */
function paragraphScript(p: string): 'en' | 'zh' | 'other' {
  const han = countHan(p);
  const latin = countLatin(p);
  if (latin >= 12 && latin >= han * 3) return 'en';
  if (han >= 4 && han * 2 >= latin) return 'zh';
  return 'other';
}

/**
 * Paragraphs that alternate an English quote and a Chinese comment (blank lines between, an optional `# title` first):
 * an even number of at least four paragraphs, every even one English, every odd one Chinese.
 * @example isAlternatingPairs('"Capex will top $400 billion this year."\n\n比彭博的估计高。\n\n"OpenAI raised $40B."\n\n估值翻倍。') === true
 */
export function isAlternatingPairs(text: string): boolean {
  return alternatingParagraphs(text) !== undefined;
}

/** The paragraphs of an alternating quote / comment text (see isAlternatingPairs), or undefined when it is not one. */
export function alternatingParagraphs(text: string): string[] | undefined {
  const paras = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^#\s/.test(p));
  if (paras.length < 4 || paras.length % 2 !== 0) return undefined;
  for (let i = 0; i < paras.length; i++) if (paragraphScript(paras[i] as string) !== (i % 2 === 0 ? 'en' : 'zh')) return undefined;
  return paras;
}

/**
 * Tells the format of decoded text, content first, extension / content type as tie-breakers.
 * @example detectFormat('<?xml version="1.0"?><rss version="2.0">…', {}) === 'rss'
 */
export function detectFormat(text: string, hint: { filename?: string; contentType?: string; url?: string }): DetectedFormat {
  const ext = extOf(hint.filename ?? hint.url);
  const ctype = (hint.contentType ?? '').toLowerCase();
  const head = text.replace(/^\ufeff/, '').trimStart();

  if (/^WEBVTT(?:[ \t\n]|$)/.test(head)) return 'vtt';
  if (head.startsWith('{') || (head.startsWith('[') && (ext === 'json' || ctype.includes('json')))) {
    if (/"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head.slice(0, 4096)) || /jsonfeed\.org/.test(head.slice(0, 4096)))
      return 'json-feed';
    if (ext === 'json' || ctype.includes('json')) return 'json-unknown';
  }
  if (head.startsWith('<')) {
    const root = rootElement(head)?.toLowerCase() ?? '';
    if (root === 'rss') return 'rss';
    if (root === 'feed' || root.endsWith(':feed')) return 'atom';
    if (root === 'rdf:rdf' || root.endsWith(':rdf')) return 'rdf';
    if (root === 'opml') return 'opml';
    if (root === 'html' || /^<!doctype html/i.test(head)) return 'html';
    if (/^<\?xml/i.test(head) && root && !['html', 'body', 'div', 'p', 'article'].includes(root)) return 'xml-unknown';
    if (/<(p|div|body|article|section|h[1-6]|br|span|table|head|title)\b/i.test(head.slice(0, 8192))) return 'html';
  }
  const n = normalizeForSniff(head);
  if (/^\d+\s*\n\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}/.test(n)) return 'srt';
  if (/\n={10}\s*(\n|$)/.test(n) && /^- (Your (Highlight|Note|Bookmark)|您在|La subrayado|Ihre Markierung)/m.test(n)) return 'kindle';
  if (ext === 'csv' || ctype.includes('csv')) return 'readwise-csv';
  if (/^"?highlight"?\s*,/i.test(n) && /book title|title/i.test(n.split('\n')[0] ?? '')) return 'readwise-csv';

  const hasFm = FRONT_MATTER.test(n);
  const body = hasFm ? n.replace(FRONT_MATTER, '') : n;
  if (/<details>[\s\S]*?(View\/Hide Original English|class="english-text")/.test(body)) return 'note';
  if (isDigest(n, body)) return 'digest';
  if (ext === 'vtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  if (ext === 'opml') return 'opml';
  // An English quote then a Chinese comment, paragraph after paragraph, is highlights (a Chinese comment opening on
  // `要点：` would otherwise pass for a transcript's speaker line).
  const alternating = alternatingParagraphs(body) !== undefined;
  if (!alternating && isTranscript(body)) return 'transcript';
  if (alternating || isPairsText(body.replace(/^#.*\n/, ''))) {
    // A file straight inside a `highlights/` folder (factbrief's output layout) is an archive; a folder higher up is not.
    const looksArchive = hasFm || /(^|[\\/])highlights[\\/][^\\/]*$/.test(hint.filename ?? '');
    return looksArchive ? 'highlights-archive' : 'highlights-pairs';
  }
  if (ext === 'html' || ext === 'htm' || ctype.includes('html')) return 'html';
  if (ext === 'md' || ext === 'markdown' || hasFm || looksLikeMarkdown(body)) return 'markdown';
  return 'text';
}

function normalizeForSniff(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

function isDigest(all: string, body: string): boolean {
  const fm = FRONT_MATTER.exec(all)?.[0] ?? '';
  if (/^category:\s*["']?[^\n]*日报/m.test(fm)) return true;
  return /^## 更多动态\s*$/m.test(body) && /^# /m.test(body);
}

function isTranscript(body: string): boolean {
  const lines = body.split('\n').filter((l) => l.trim());
  if (lines.length < 3) return false;
  let hits = 0;
  for (const l of lines) if (TIMESTAMP_LINE.test(l) || SPEAKER_LINE.test(l)) hits++;
  return hits >= 3 && hits / lines.length >= 0.5;
}

function looksLikeMarkdown(body: string): boolean {
  const sample = body.slice(0, 20000);
  let score = 0;
  if (/^#{1,6} \S/m.test(sample)) score += 2;
  if (/\*\*[^*\n]+\*\*/.test(sample)) score++;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(sample)) score += 2;
  if (/^\s*[-*+] \S/m.test(sample)) score++;
  if (/^> \S/m.test(sample)) score++;
  if (/^```/m.test(sample)) score += 2;
  return score >= 2;
}
