/** Offset lookups in one item's text: 1-based line of an offset and the sentence holding it, by binary search. */
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

/** Sentence boundaries when an item carries none: after 。！？；!? (and `.` before a space) and at line breaks. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let sawBlank = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length === 0) sawBlank = out.length > 0;
    else {
      if (sawBlank) para++;
      sawBlank = false;
      const re = /[^。！？!?；]+?(?:[。！？!?；]+[”’"』」）)]*|\.(?=\s)|$)/g;
      for (let m = re.exec(line); m && m[0].length > 0; m = re.exec(line)) {
        const lead = m[0].length - m[0].trimStart().length;
        const body = m[0].trim();
        if (body.length === 0) continue;
        const start = lineStart + m.index + lead;
        out.push({ para, index: out.length, start, end: start + body.length, text: body });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Fast offset → line / sentence lookups for one text. */
export class TextIndex {
  private readonly lineStarts: number[];
  readonly sentences: Sentence[];
  private readonly sentenceStarts: number[];

  constructor(text: string, sentences?: Sentence[]) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    const list = sentences && sentences.length > 0 ? sentences : splitSentences(text);
    this.sentences = [...list].sort((a, b) => a.start - b.start);
    this.sentenceStarts = this.sentences.map((s) => s.start);
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    return floorIndex(this.lineStarts, offset) + 1;
  }

  /** Index of the sentence containing the offset (or the nearest one starting before it), -1 if none. */
  sentenceIndexAt(offset: number): number {
    return floorIndex(this.sentenceStarts, offset);
  }
}
