/** Paragraph hygiene shared by every parser: whitespace, control characters, CJK-aware line joining. */
import { HAN_RANGES } from '../util/han.js';

/** Han characters, CJK punctuation (U+3000–303F) and full-width forms (U+FF00–FFEF). */
const CJK = new RegExp(`[\\u3000-\\u303f${HAN_RANGES}\\uff00-\\uffef]`);
// Control characters other than tab / newline, zero-width marks and the BOM.
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/** True when the string holds at least one Chinese / CJK character. */
export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

/**
 * Collapse one paragraph to a single line: line breaks become a space, except between two CJK characters.
 * @example cleanParagraph('英伟达\n宣布  投资\nmore') === '英伟达宣布 投资 more'
 */
export function cleanParagraph(s: string): string {
  const lines = s
    .replace(JUNK, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0);
  // Parts joined once at the end: reading the last character of a growing `out` string flattens it every line (quadratic).
  const parts: string[] = [];
  let prev = '';
  for (const line of lines) {
    if (parts.length > 0) parts.push(CJK.test(prev) && CJK.test(line[0] ?? '') ? '' : ' ');
    parts.push(line);
    prev = line.at(-1) ?? '';
  }
  return parts.join('');
}

/** Joins paragraphs with exactly one blank line, dropping empty ones. */
export function joinParagraphs(paras: Iterable<string>): string {
  const kept: string[] = [];
  for (const p of paras) {
    const c = cleanParagraph(p);
    if (c) kept.push(c);
  }
  return kept.join('\n\n');
}

/** Splits text into blank-line-separated blocks (line endings normalised, blocks not yet cleaned). */
export function splitBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0\u3000]*\n+/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/** Normalises line endings and strips a leading BOM. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** First `max` characters of a text on one line, for titles made from text. */
export function shortTitle(text: string, max = 80): string {
  const line = cleanParagraph(text.split('\n')[0] ?? '');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes XML / basic HTML character references: `&lt;p&gt; &#20154;` → `<p> 人`. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[ref.toLowerCase()] ?? m;
  });
}
