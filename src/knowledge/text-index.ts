/**
 * Offset lookups in one item's text: 1-based line of an offset and the sentence holding it, by binary search. An item
 * stored without sentences is split by the pipeline's one splitter (normalize/sentences.ts).
 */
import { type LineIndex, lineIndex, splitSentences } from '../normalize/index.js';
import type { Sentence } from '../types/item.js';

/** Largest index i with keys[i] <= x (keys ascending), or -1. */
export function floorIndex(keys: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Fast offset → line / sentence lookups for one text. */
export class TextIndex {
  private readonly lines: LineIndex;
  readonly sentences: Sentence[];
  private readonly sentenceStarts: number[];

  constructor(text: string, sentences?: Sentence[]) {
    this.lines = lineIndex(text);
    const list = sentences && sentences.length > 0 ? sentences : splitSentences(text);
    this.sentences = [...list].sort((a, b) => a.start - b.start);
    this.sentenceStarts = this.sentences.map((s) => s.start);
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return this.lines.lineOf(offset);
  }

  /** Index of the sentence containing the offset (or the nearest one starting before it), -1 if none. */
  sentenceIndexAt(offset: number): number {
    return floorIndex(this.sentenceStarts, offset);
  }
}
