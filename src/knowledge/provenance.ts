/**
 * Provenance: the line of the original file (front matter and markup included) where a sentence or a figure of an
 * item stands. One implementation for `claims` and `graph`: the item's raw text (the file as read, or a digest story's
 * own lines, whose first line in the file ingest records as `meta.line`) is searched forward in reading order, so a
 * whole item costs one pass plus a bounded window per sentence.
 */
import { foldTraditional } from '../ingest/chinese-script.js';
import { type LineIndex, lineIndex } from '../normalize/index.js';
import type { ItemRecord } from '../types/item.js';
import { HAN_RANGES } from '../util/han.js';

/** Six or more Han characters in a row. */
const HAN_RUN = new RegExp(`[${HAN_RANGES}]{6,}`);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Markup and spacing that may stand between two characters of prose in a file ('约**130亿美元**', '2 万', '_bold_'). */
const GAP = '[\\s\\u00a0*_`~]*';

/** Text as a regex that lets markup and spacing stand between its characters (what `TolerantPattern` matches; the tests' reference). */
export function tolerant(text: string): RegExp | undefined {
  const chars = [...text.replace(/\s+/g, '')];
  return chars.length ? new RegExp(chars.map(escapeRe).join(GAP), 'g') : undefined;
}

/** Whether a code unit is one `GAP` lets stand between two characters (`\s` of a regex, U+00A0, `*`, `_`, `` ` ``, `~`). */
function isGap(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2a || c === 0x5f || c === 0x60 || c === 0x7e;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `tolerant(text)` without a regex per text: the same matches (first start, then end) found by a scan. When no
 * character of the text is itself a gap character, the regex's greedy gaps never backtrack (the character after a
 * shorter gap is a gap character, not the next one wanted), so skipping every gap then comparing is the regex's own
 * path. A text with a gap character in it (`*`, `_`, …) is matched by its regex. Compiling a regex for every sentence
 * probed cost more CPU than the search, and each compiled regex was allocated in the old generation.
 */
export class TolerantPattern {
  private readonly units: string;
  /** Each character's length in code units (2: a surrogate pair). */
  private readonly lengths: number[];
  private readonly re: RegExp | undefined;

  private constructor(chars: string[]) {
    this.units = chars.join('');
    this.lengths = chars.map((c) => c.length);
    this.re = chars.some((c) => c.length === 1 && isGap(c.charCodeAt(0))) ? new RegExp(chars.map(escapeRe).join(GAP), 'g') : undefined;
  }

  static of(text: string): TolerantPattern | undefined {
    const chars = [...text.replace(/\s+/g, '')];
    return chars.length ? new TolerantPattern(chars) : undefined;
  }

  /** The first match starting at or after `from` and ending by `limit`, as [start, end]; as `tolerant(text)` would find it in `hay.slice(from, limit)`. */
  exec(hay: string, from: number, limit: number): [number, number] | undefined {
    if (this.re) {
      const re = this.re;
      let m: RegExpExecArray | null;
      if (limit >= hay.length) {
        re.lastIndex = from;
        m = re.exec(hay);
        return m ? [m.index, m.index + m[0].length] : undefined;
      }
      re.lastIndex = 0;
      m = re.exec(hay.slice(from, limit));
      return m ? [from + m.index, from + m.index + m[0].length] : undefined;
    }
    const units = this.units;
    const lengths = this.lengths;
    const first = units.slice(0, lengths[0]);
    for (let i = hay.indexOf(first, from); i >= 0 && i + units.length <= limit; i = hay.indexOf(first, i + 1)) {
      let p = i;
      let u = 0;
      let ok = true;
      for (let k = 0; k < lengths.length; k++) {
        if (k > 0) while (p < limit && isGap(hay.charCodeAt(p))) p++;
        const n = lengths[k] as number;
        if (p + n > limit || hay.charCodeAt(p) !== units.charCodeAt(u) || (n === 2 && hay.charCodeAt(p + 1) !== units.charCodeAt(u + 1))) {
          ok = false;
          break;
        }
        p += n;
        u += n;
      }
      if (ok) return [i, p];
    }
    return undefined;
  }
}

/** Figure surfaces ('$10 billion', '约130亿美元') recur across items: their patterns are made once. Bounded: cleared when full. */
const figurePatterns = new Map<string, TolerantPattern | undefined>();
const MAX_FIGURE_PATTERNS = 20_000;

function figurePattern(figureText: string): TolerantPattern | undefined {
  if (figurePatterns.has(figureText)) return figurePatterns.get(figureText);
  if (figurePatterns.size >= MAX_FIGURE_PATTERNS) figurePatterns.clear();
  const re = TolerantPattern.of(foldTraditional(figureText));
  figurePatterns.set(figureText, re);
  return re;
}

/**
 * Pieces of a sentence to look for in the raw text, longest first, each allowed markup between its characters: the
 * sentence's start, and a piece from its middle (it may open with a link whose text was kept: "[Nvidia](…) said").
 * Made one at a time as they are asked for: the first piece is found for nearly every sentence, and building the rest
 * (a pattern each) for every sentence was most of what locating a sentence allocated (decision 097).
 */
function* probes(sentence: string): Generator<TolerantPattern> {
  const s = sentence.trim();
  let any = false;
  for (const n of [24, 12, 6])
    if (s.length >= n) {
      any = true;
      const p = TolerantPattern.of(s.slice(0, n));
      if (p) yield p;
    }
  const words = s.split(/\s+/).filter((w) => w.length >= 4);
  if (words.length > 2) {
    any = true;
    const p = TolerantPattern.of(words.slice(1, 3).join(' '));
    if (p) yield p;
  }
  const cjk = HAN_RUN.exec(s.slice(4));
  if (cjk) {
    any = true;
    const p = TolerantPattern.of(cjk[0].slice(0, 8));
    if (p) yield p;
  }
  if (!any && s) {
    const p = TolerantPattern.of(s);
    if (p) yield p;
  }
}

/** The probes of a sentence made as they are first asked for, kept for a second pass over them. */
export class LazyProbes {
  private readonly made: TolerantPattern[] = [];
  private readonly rest: Generator<TolerantPattern>;
  constructor(sentence: string) {
    this.rest = probes(sentence);
  }
  /** How many probes have been made so far. */
  get built(): number {
    return this.made.length;
  }
  *[Symbol.iterator](): Generator<TolerantPattern> {
    for (let i = 0; ; i++) {
      if (i === this.made.length) {
        const r = this.rest.next();
        if (r.done) return;
        this.made.push(r.value);
      }
      yield this.made[i] as TolerantPattern;
    }
  }
}

/** How far past the reading position a sentence is looked for before a search of the whole rest of the text. */
const WINDOW = 4096;
/** Whole-text searches allowed per item (each is linear): keeps a hostile item from costing quadratic time. */
const MAX_FULL_SEARCHES = 64;

/** Locates the sentences and figures of one item in its raw text; ask in reading order (sentence offsets ascending). */
export class RawLocator {
  private readonly raw: string;
  private readonly base: number;
  private readonly rawLines: LineIndex;
  private readonly textLines: LineIndex;
  private cursor = 0;
  private fullSearches = 0;
  private readonly found = new Map<number, number | undefined>();

  constructor(item: Pick<ItemRecord, 'raw' | 'text' | 'meta'>) {
    this.raw = foldTraditional(item.raw ?? '');
    this.base = typeof item.meta?.line === 'number' ? item.meta.line - 1 : 0;
    this.rawLines = lineIndex(this.raw);
    this.textLines = lineIndex(item.text);
  }

  /** Raw offset where the sentence starting at `textOffset` of the clean text stands, if found. */
  private locate(sentence: string, textOffset: number): number | undefined {
    if (this.found.has(textOffset)) return this.found.get(textOffset);
    let at: number | undefined;
    let end = this.cursor;
    const pieces = new LazyProbes(foldTraditional(sentence));
    const windowEnd = Math.min(this.raw.length, this.cursor + WINDOW + sentence.length * 4);
    for (const re of pieces) {
      const m = re.exec(this.raw, this.cursor, windowEnd);
      if (m) {
        [at, end] = m;
        break;
      }
    }
    if (at === undefined && this.fullSearches < MAX_FULL_SEARCHES) {
      this.fullSearches++;
      for (const re of pieces) {
        const m = re.exec(this.raw, this.cursor, this.raw.length);
        if (m) {
          [at, end] = m;
          break;
        }
      }
    }
    // The next sentence starts after this one's matched start (a repeated sentence is found at its next occurrence).
    if (at !== undefined) this.cursor = end;
    this.found.set(textOffset, at);
    return at;
  }

  /**
   * 1-based line in the original file of a sentence of the item; when it cannot be found in the raw text, its line in
   * the item's clean text. Example: an article whose 7-line front matter precedes the body → its first sentence is on 8.
   */
  sentenceLine(sentence: string, textOffset: number): number {
    const at = this.locate(sentence, textOffset);
    return this.base + (at === undefined ? this.textLines.lineOf(textOffset) : this.rawLines.lineOf(at));
  }

  /**
   * 1-based line in the original file where a figure of that sentence stands (a caption or a paragraph may wrap):
   * `offsetInSentence` picks among repeats of the same surface (the occurrence nearest to it).
   */
  figureLine(sentence: string, textOffset: number, figureText: string, offsetInSentence = 0): number {
    const at = this.locate(sentence, textOffset);
    if (at === undefined) return this.sentenceLine(sentence, textOffset);
    const spanEnd = Math.min(this.raw.length, at + sentence.length * 3 + 256);
    // The figure as written, else its leading words: a caption may break a figure across cues, with a cue number and
    // timings between its words ('about / thirty' ¶ '146' ¶ '00:09:47.835 --> …' ¶ 'percent'); it starts where they stand.
    const words = figureText.trim().split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const re = figurePattern(words.slice(0, n).join(' '));
      if (!re) continue;
      let best: number | undefined;
      // Every match in the span, each search from the end of the one before (a match is never empty).
      for (let m = re.exec(this.raw, at, spanEnd); m !== undefined; m = re.exec(this.raw, m[1], spanEnd)) {
        const i = m[0] - at;
        if (best === undefined || Math.abs(i - offsetInSentence) < Math.abs(best - offsetInSentence)) best = i;
      }
      if (best !== undefined) return this.base + this.rawLines.lineOf(at + best);
    }
    return this.base + this.rawLines.lineOf(at);
  }
}

/** The line of one sentence of `item` (see RawLocator.sentenceLine); for a single lookup. */
export function sourceLine(item: Pick<ItemRecord, 'raw' | 'text' | 'meta'>, sentence: string, textOffset: number): number {
  return new RawLocator(item).sentenceLine(sentence, textOffset);
}
