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

/** Text as a regex that lets markup and spacing stand between its characters. */
function tolerant(text: string): RegExp | undefined {
  const chars = [...text.replace(/\s+/g, '')];
  return chars.length ? new RegExp(chars.map(escapeRe).join(GAP), 'g') : undefined;
}

/** Figure surfaces ('$10 billion', '约130亿美元') recur across items: their patterns are made once (global regexes:
 * each use starts from lastIndex 0). Bounded: cleared when full. */
const figurePatterns = new Map<string, RegExp | undefined>();
const MAX_FIGURE_PATTERNS = 20_000;

function figurePattern(figureText: string): RegExp | undefined {
  if (figurePatterns.has(figureText)) return figurePatterns.get(figureText);
  if (figurePatterns.size >= MAX_FIGURE_PATTERNS) figurePatterns.clear();
  const re = tolerant(foldTraditional(figureText));
  figurePatterns.set(figureText, re);
  return re;
}

/**
 * Pieces of a sentence to look for in the raw text, longest first, each allowed markup between its characters: the
 * sentence's start, and a piece from its middle (it may open with a link whose text was kept: "[Nvidia](…) said").
 */
function probes(sentence: string): RegExp[] {
  const s = sentence.trim();
  const out: string[] = [];
  for (const n of [24, 12, 6]) if (s.length >= n) out.push(s.slice(0, n));
  const words = s.split(/\s+/).filter((w) => w.length >= 4);
  if (words.length > 2) out.push(words.slice(1, 3).join(' '));
  const cjk = HAN_RUN.exec(s.slice(4));
  if (cjk) out.push(cjk[0].slice(0, 8));
  if (out.length === 0 && s) out.push(s);
  return out.flatMap((p) => tolerant(p) ?? []);
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
    const pieces = probes(foldTraditional(sentence));
    const window = this.raw.slice(this.cursor, this.cursor + WINDOW + sentence.length * 4);
    for (const re of pieces) {
      const m = re.exec(window);
      if (m) {
        at = this.cursor + m.index;
        end = at + m[0].length;
        break;
      }
    }
    if (at === undefined && this.fullSearches < MAX_FULL_SEARCHES) {
      this.fullSearches++;
      for (const re of pieces) {
        re.lastIndex = this.cursor;
        const m = re.exec(this.raw);
        if (m) {
          at = m.index;
          end = at + m[0].length;
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
    const re = at === undefined ? undefined : figurePattern(figureText);
    if (at === undefined || !re) return this.sentenceLine(sentence, textOffset);
    const span = this.raw.slice(at, at + sentence.length * 3 + 256);
    let best: number | undefined;
    // matchAll on the span, without copying the shared pattern (it never matches empty text, so exec advances).
    re.lastIndex = 0;
    for (let m = re.exec(span); m !== null; m = re.exec(span))
      if (best === undefined || Math.abs(m.index - offsetInSentence) < Math.abs(best - offsetInSentence)) best = m.index;
    return this.base + this.rawLines.lineOf(at + (best ?? 0));
  }
}

/** The line of one sentence of `item` (see RawLocator.sentenceLine); for a single lookup. */
export function sourceLine(item: Pick<ItemRecord, 'raw' | 'text' | 'meta'>, sentence: string, textOffset: number): number {
  return new RawLocator(item).sentenceLine(sentence, textOffset);
}
