/**
 * Provenance for `claims`: the line in the original file where a statement's figure stands. A stored item's text is
 * cleaned (front matter, markup, cue timings removed; a digest split into stories), so its own line numbers are not
 * the file's; the file is read again here (the CLI is the edge that may touch the file system) and the figure found
 * in it by its surface text and the words before it in its sentence.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { decodeBytes, foldTraditional } from '../ingest/index.js';
import { lineOf } from '../normalize/index.js';
import type { Statement } from '../types/index.js';

/** Characters that markup puts around or inside prose ('**2 万美元**', '[OpenAI](url)'): ignored when comparing context. */
const MARKUP = /[\s*_`#>[\]()|~<>"'“”‘’「」]/g;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex for a figure's surface text that lets whitespace vary (a caption's line break, a non-breaking space). */
function surfaceRegex(text: string): RegExp | undefined {
  const parts = text.trim().split(/\s+/).filter(Boolean).map(escapeRe);
  return parts.length ? new RegExp(parts.join('[\\s\\u00a0*_]+'), 'g') : undefined;
}

/** Length of the common suffix of two strings. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** The 1-based line of `figureText` in `file`, preferring the occurrence whose preceding words match `before`. */
export function lineInFile(file: string, figureText: string, before: string): number | undefined {
  const re = surfaceRegex(figureText);
  if (!re) return undefined;
  const want = before.replace(MARKUP, '').slice(-24);
  let best: { pos: number; score: number } | undefined;
  for (let m = re.exec(file); m; m = re.exec(file)) {
    const got = file.slice(Math.max(0, m.index - 120), m.index).replace(MARKUP, '');
    const score = commonSuffix(want, got);
    if (!best || score > best.score) best = { pos: m.index, score };
    if (m[0].length === 0) re.lastIndex++;
  }
  return best ? lineOf(file, best.pos) : undefined;
}

/** Reads each local source file once (decoded as ingest decodes it, Traditional folded as extraction reads it). */
export class SourceLines {
  private readonly files = new Map<string, string | null>();

  constructor(private readonly maxBytes: number) {}

  private read(source: string): string | null {
    if (this.files.has(source)) return this.files.get(source) ?? null;
    let text: string | null = null;
    try {
      if (existsSync(source) && statSync(source).isFile() && statSync(source).size <= this.maxBytes)
        text = foldTraditional(decodeBytes(readFileSync(source), {}).text);
    } catch {
      text = null;
    }
    this.files.set(source, text);
    return text;
  }

  /** The line of the statement's figure in its source file, else the line in the stored item's text. */
  lineOf(s: Statement): number {
    const file = this.read(s.source);
    if (!file) return s.line;
    const at = s.sentence.indexOf(s.figure.text);
    const before = at >= 0 ? s.sentence.slice(0, at) : s.sentence;
    return lineInFile(file, foldTraditional(s.figure.text), foldTraditional(before)) ?? s.line;
  }
}
