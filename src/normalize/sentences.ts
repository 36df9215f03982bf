/** Paragraphs and sentences of a clean text, for Chinese and English, with offsets into the text. */
import type { Sentence } from '../types/index.js';
import { HAN_RANGES } from '../util/han.js';
import { type LineIndex, lineIndex } from './lines.js';

const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'st',
  'vs',
  'etc',
  'no',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
]);

/** Abbreviated legal forms, which may also end a sentence. */
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd']);
/** Words that open a sentence and never continue a company's name. */
const SENTENCE_OPENERS = new Set(
  'It Its The This That These Those He She They We I Shares Analysts But However Separately Meanwhile In On At A An Last Earlier Both Such'.split(
    ' ',
  ),
);

/** What may open the next sentence after a full stop: a capital, a digit, a quote or bracket, a Chinese character. */
const SENTENCE_START = new RegExp(`[A-Z0-9"“'‘([${HAN_RANGES}]`);
/** A name written with a small first letter and a capital inside (xAI, iPhone, eBay) also opens a sentence. */
const CAMEL_NAME = /^[a-z]{1,3}[A-Z]/;

const CLOSERS = '"\'”’」』）)]】》';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u3000';
}

/** Paragraph spans: runs of text separated by one or more blank lines. */
export function splitParagraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t\u3000]*\n/g;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    pushTrimmed(text, last, m.index, out);
    last = m.index + m[0].length;
  }
  pushTrimmed(text, last, text.length, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: { start: number; end: number }[]): void {
  let a = s;
  let b = e;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b });
}

/** True when the period at `i` ends an English sentence (not a decimal, abbreviation or initial). */
function englishStop(text: string, i: number, end: number): boolean {
  const next = text[i + 1];
  if (i + 1 >= end) return true;
  if (!isSpace(next) && !CLOSERS.includes(next ?? '')) return false;
  // Word before the period.
  let j = i - 1;
  while (j >= 0 && /[A-Za-z.]/.test(text[j] ?? '')) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (ABBREV.has(word)) {
    // 'customers including Meta Platforms Inc. Its shares rose 1.9%': a company's legal form ends a sentence when a
    // word that only opens one follows ('Apple Inc. Chief Executive Tim Cook' goes on).
    if (!LEGAL_FORMS.has(word)) return false;
    const m = /^\s+([A-Z][a-z]*)\b/.exec(text.slice(i + 1, Math.min(end, i + 20)));
    if (!m || !SENTENCE_OPENERS.has(m[1] as string)) return false;
  }
  if (word.length === 1 && /[a-z]/.test(word)) return false; // an initial: "J. Smith"
  // Next non-space character should start a sentence.
  let k = i + 1;
  while (k < end && (isSpace(text[k]) || CLOSERS.includes(text[k] ?? ''))) k++;
  const c = text[k];
  if (c === undefined) return true;
  return SENTENCE_START.test(c) || CAMEL_NAME.test(text.slice(k, k + 4));
}

/** How `splitSentences` cuts. */
export interface SplitOptions {
  /**
   * Also end a sentence at '；' and '…' (default true): list items and trailing-off lines are units of their own for
   * provenance, the numeric guard and injection blanking. Attribution reads one grammatical sentence through them
   * (false) and cuts it into clauses itself (extract/attribution/clauses.ts).
   */
  softStops?: boolean;
}

/**
 * Split a clean text into sentences with offsets (end exclusive), paragraph by paragraph: the one sentence splitter of
 * the pipeline (items' stored sentences, the knowledge layer's fallback, attribution, the numeric guard).
 * @example splitSentences('英伟达发布财报。营收增长。\n\nNvidia rose 5%. Shares fell.').length === 4
 */
export function splitSentences(text: string, opts: SplitOptions = {}): Sentence[] {
  const soft = opts.softStops ?? true;
  const out: Sentence[] = [];
  const paras = splitParagraphs(text);
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p] as { start: number; end: number };
    let s = para.start;
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      let stop = false;
      if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?') stop = true;
      else if (soft && (c === '；' || c === '…')) stop = true;
      else if (c === '.') stop = englishStop(text, i, para.end);
      else if (c === '\n') stop = true; // single line breaks inside a paragraph (lists, transcripts)
      if (!stop) continue;
      let e = i + 1;
      while (e < para.end && (CLOSERS.includes(text[e] ?? '') || text[e] === '…')) e++;
      push(text, s, e, p, out);
      s = e;
      i = e - 1;
    }
    push(text, s, para.end, p, out);
  }
  return out;
}

function push(text: string, s: number, e: number, para: number, out: Sentence[]): void {
  let a = s;
  let b = e;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  if (b <= a) return;
  out.push({ para, index: out.length, start: a, end: b, text: text.slice(a, b) });
}

let lastText: string | undefined;
let lastIndex: LineIndex | undefined;

/**
 * 1-based line number of a string offset. Repeated calls on the same text reuse one line index (binary search), so
 * numbering every figure of a 2 MB file is O(n log n), not O(n²). For many texts, build `lineIndex(text)` yourself.
 */
export function lineOf(text: string, offset: number): number {
  if (lastText !== text || !lastIndex) {
    lastIndex = lineIndex(text);
    lastText = text;
  }
  return lastIndex.lineOf(offset);
}
