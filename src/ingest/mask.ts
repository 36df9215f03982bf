/**
 * Offset-preserving masks: subtitle and HTML markup blanked to spaces (newlines kept), so an extractor run over the
 * masked text reports offsets and line numbers that are valid in the original file.
 */
import { type DetectedFormat, detectFormat } from './detect.js';

/** A half-open range [start, end) of the text to blank. */
type Range = readonly [start: number, end: number];

/**
 * Blanks what a reader does not see: every UTF-16 unit of markup becomes a space, so the result has the length of
 * the input and content keeps its offsets.
 * - `vtt`: the `WEBVTT` header block, `NOTE` / `STYLE` / `REGION` blocks, cue identifiers, timing lines (with their
 *   settings), inline tags (`<v Name>`, `</v>`, `<c.x>`, `<i>`, `<00:00:01.000>`) and `{\an8}` overrides;
 * - `srt`: index lines, timing lines, `<i>` / `<b>` / `<font …>` tags and `{\an8}` overrides;
 * - `html`: tags, comments, doctype / processing instructions, and the contents of `<script>`, `<style>`,
 *   `<noscript>`, `<template>` (character entities stay as written).
 * Any other format is returned unchanged. Cue boundaries end up as blank or whitespace-only lines; in subtitles a
 * line break inside a cue becomes a space (caption wrapping), so line numbers must be read from the original.
 * @example maskMarkup('1\n00:00:01,000 --> 00:00:02,000\n<i>$4 billion</i>\n', 'srt') === ' \n                             \n   $4 billion    \n'
 */
export function maskMarkup(text: string, format: DetectedFormat): string {
  switch (format) {
    case 'vtt':
      return joinWrappedLines(blank(text, cueRanges(text, true)));
    case 'srt':
      return joinWrappedLines(blank(text, cueRanges(text, false)));
    case 'html':
      return blank(text, htmlRanges(text));
    default:
      return text;
  }
}

/**
 * Detects the format as ingest does (src/ingest/detect.ts) and masks the markup of subtitles and HTML.
 * @example maskDocument('WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Up 12%', { filename: 'a.vtt' }).format === 'vtt'
 */
export function maskDocument(text: string, hint: { filename?: string }): { format: DetectedFormat; text: string } {
  const format = detectFormat(text, hint);
  return { format, text: maskMarkup(text, format) };
}

/**
 * True when the span [start, end) of the masked text holds only content: every character is as in the original
 * (a masked character may fall inside only if it was whitespace there already).
 * @example spanIsContent('40</i> %', '40     %', 0, 8) === false
 */
export function spanIsContent(original: string, masked: string, start: number, end: number): boolean {
  if (original === masked) return true;
  for (let i = start; i < end; i++) {
    const o = original.charCodeAt(i);
    const m = masked.charCodeAt(i);
    // a joined line break (`\n` → space) is still whitespace of the original
    if (o !== m && !(m === 32 && (o === 10 || o === 13))) return false;
  }
  return true;
}

/**
 * Caption lines are wrapped for the screen, not by the speaker: a line break between two content lines of one cue
 * becomes a space (`eight hundred billion\ndollars` reads as one amount). Cue boundaries, blank or whitespace-only
 * after masking, stay line breaks. Same length as the input.
 */
function joinWrappedLines(masked: string): string {
  const out = masked.split('');
  let lastContent = false; // the current line has a non-blank character so far
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c !== 10) {
      if (c !== 32 && c !== 9 && c !== 13) lastContent = true;
      continue;
    }
    // a line break: join when this line and the next both hold content
    let j = i + 1;
    while (j < masked.length && (masked.charCodeAt(j) === 32 || masked.charCodeAt(j) === 9)) j++;
    const next = masked.charCodeAt(j);
    if (lastContent && j < masked.length && next !== 10 && next !== 13) {
      out[i] = ' ';
      if (masked.charCodeAt(i - 1) === 13) out[i - 1] = ' ';
    }
    lastContent = false;
  }
  return out.join('');
}

/** Replaces every UTF-16 unit of the ranges (in any order, overlaps harmless) by a space, except `\n` and `\r`. */
function blank(text: string, ranges: Range[]): string {
  if (ranges.length === 0) return text;
  // UTF-16LE bytes: one unit per two bytes whatever the platform, lone surrogates kept.
  const buf = Buffer.from(text, 'utf16le');
  for (const [s, e] of ranges) {
    for (let i = s; i < e; i++) {
      const lo = buf[2 * i] as number;
      if (buf[2 * i + 1] === 0 && (lo === 10 || lo === 13)) continue;
      buf[2 * i] = 32;
      buf[2 * i + 1] = 0;
    }
  }
  return buf.toString('utf16le');
}

// ---- subtitles ----

/** A timing line: a timestamp, `-->`, a timestamp (cue settings may follow). */
const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}/;
/** Inline cue markup: tags (`<v Name>`, `</c>`, `<font color="x">`), cue timestamps (`<00:00:01.000>`), `{\an8}`. */
const INLINE = /<\/?[A-Za-z][^<>\n]*>|<(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}>|\{\\[^{}\n]*\}/g;

interface Line {
  start: number;
  /** End of the line's content (before `\r\n` / `\n`). */
  end: number;
  text: string;
}

/** The lines of a text with their offsets, `\r` before `\n` left out of `text` and `end`. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl === -1) nl = text.length;
    const end = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start: at, end, text: text.slice(at, end) });
    at = nl + 1;
  }
  return out;
}

/** Blank-line separated blocks of lines. */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/** Ranges to blank in a WebVTT (`vtt`) or SubRip text. */
function cueRanges(text: string, vtt: boolean): Range[] {
  const ranges: Range[] = [];
  const whole = (ls: Line[]) => {
    const first = ls[0];
    const last = ls.at(-1);
    if (first && last) ranges.push([first.start, last.end]);
  };
  const blocks = blocksOf(linesOf(text));
  blocks.forEach((block, bi) => {
    let lines = block;
    if (vtt && bi === 0 && /^\ufeff?WEBVTT(?:[ \t]|$)/.test(lines[0]?.text ?? '')) {
      // The header runs to the first blank line, or to a timing line written right under it.
      const cue = lines.findIndex((l) => TIMING.test(l.text));
      whole(cue === -1 ? lines : lines.slice(0, cue));
      if (cue === -1) return;
      lines = lines.slice(cue);
    }
    const head = lines[0]?.text ?? '';
    if (vtt && (/^NOTE(?:[ \t]|$)/.test(head) || /^(?:STYLE|REGION)[ \t]*$/.test(head))) return whole(lines);
    // The timing line is the first or, under a cue identifier / SRT index, the second line of a cue.
    const ti = lines.slice(0, 2).findIndex((l) => TIMING.test(l.text));
    const payload = ti === -1 ? lines : lines.slice(ti + 1);
    if (ti !== -1) whole(lines.slice(0, ti + 1));
    for (const l of payload) {
      // A bare number in a block without timing is a stray cue index, not a caption.
      if (ti === -1 && /^\s*\d+\s*$/.test(l.text)) {
        ranges.push([l.start, l.end]);
        continue;
      }
      for (const m of l.text.matchAll(INLINE)) ranges.push([l.start + m.index, l.start + m.index + m[0].length]);
    }
  });
  return ranges;
}

// ---- HTML ----

/** Elements whose contents a reader never sees. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);
/** The name of a start or end tag at a `<`: `<script type=x>` → `script`, `</P>` → `/p`. */
const TAG_NAME = /<(\/?)([A-Za-z][^\s/>]*)/y;

/** Offset just past the `>` that closes the tag opened at `from`, skipping `>` inside quoted attribute values; -1 if none. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  let prev = 0;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if ((c === 34 || c === 39) && prev === 61) quote = c;
    else if (c === 62) return i + 1;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) prev = c;
  }
  return -1;
}

/** Ranges to blank in an HTML text: tags, comments, declarations, hidden elements with their contents. */
function htmlRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const n = text.length;
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt === -1 || lt + 1 >= n) break;
    const next = text.charCodeAt(lt + 1);
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      at = close === -1 ? n : close + 3;
    } else if (next === 33 || next === 63) {
      // `<!DOCTYPE …>`, `<![CDATA[…]]>`, `<?xml …?>`: up to the next `>`, as a browser reads them
      const close = text.indexOf('>', lt + 2);
      at = close === -1 ? n : close + 1;
    } else if (next === 47 || ((next | 32) >= 97 && (next | 32) <= 122)) {
      TAG_NAME.lastIndex = lt;
      const m = TAG_NAME.exec(text);
      if (!m) {
        at = lt + 1; // `</` not followed by a name: text
        continue;
      }
      const end = tagEnd(text, lt);
      // An unclosed tag (or quote) runs to the end: a browser drops it.
      if (end === -1) at = n;
      else {
        at = end;
        const name = (m[2] as string).toLowerCase();
        if (!m[1] && HIDDEN.has(name)) {
          const closeRe = new RegExp(`</${name}[\\s/>]`, 'gi');
          closeRe.lastIndex = at;
          const close = closeRe.exec(text);
          if (!close) at = n;
          else {
            const gt = text.indexOf('>', close.index);
            at = gt === -1 ? n : gt + 1;
          }
        }
      }
    } else {
      at = lt + 1;
      continue;
    }
    ranges.push([lt, at]);
  }
  return ranges;
}
