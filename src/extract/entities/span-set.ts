/** A sorted set of taken spans with a logarithmic overlap test (mentions already found, for fuzzy and discovery passes). */

export interface SpanLike {
  start: number;
  end: number;
}

export class SpanSet {
  private spans: SpanLike[];

  constructor(spans: SpanLike[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
  }

  /** Whether [start, end) overlaps any span of the set (spans of the set do not overlap each other). */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    // spans[lo - 1] is the last span starting before `end`; non-overlapping spans make it the only candidate.
    const prev = this.spans[lo - 1];
    return !!prev && prev.end > start;
  }

  /** Adds a span that overlaps none of the set. */
  add(span: SpanLike): void {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    this.spans.splice(lo, 0, span);
  }
}
