/** Offset → 1-based line number in O(log n): an index of line starts built once per text, then binary search. */

/** Line-start offsets of a text and a lookup over them. `lineIndex('a\nb').lineOf(2)` → 2. */
export interface LineIndex {
  /** 1-based line of a string offset (offsets past the end give the last line). */
  lineOf(offset: number): number;
}

/** Builds the line index of `text` in one pass. */
export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineOf(offset: number): number {
      // Largest i with starts[i] <= offset; a newline at offset - 1 means the line starts at offset.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
  };
}
