// Disjoint sets over 0..n-1 with path halving and union by size; tracks each set's date span so a merge can be refused.

export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  private readonly minDay: Float64Array;
  private readonly maxDay: Float64Array;

  /** `days[i]` is item i's day number (NaN when undated: it never limits a span). */
  constructor(days: ArrayLike<number>) {
    const n = days.length;
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    this.minDay = new Float64Array(n);
    this.maxDay = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      const d = days[i] as number;
      this.minDay[i] = Number.isNaN(d) ? Number.POSITIVE_INFINITY : d;
      this.maxDay[i] = Number.isNaN(d) ? Number.NEGATIVE_INFINITY : d;
    }
  }

  /** Root of i's set. */
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      const gp = p[p[i] as number] as number;
      p[i] = gp;
      i = gp;
    }
    return i;
  }

  /** Number of members in the set of root r. */
  sizeOf(i: number): number {
    return this.size[this.find(i)] as number;
  }

  /** Days between the earliest and latest member if the sets of a and b were merged (0 for undated sets). */
  spanIfMerged(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    const lo = Math.min(this.minDay[ra] as number, this.minDay[rb] as number);
    const hi = Math.max(this.maxDay[ra] as number, this.maxDay[rb] as number);
    return hi >= lo ? hi - lo : 0;
  }

  /** Merges the sets of a and b; returns the new root (or the common root when already joined). */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    // Union by size, ties broken by the smaller index so the result does not depend on call order.
    if ((this.size[ra] as number) < (this.size[rb] as number) || (this.size[ra] === this.size[rb] && rb < ra)) {
      const t = ra;
      ra = rb;
      rb = t;
    }
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    this.minDay[ra] = Math.min(this.minDay[ra] as number, this.minDay[rb] as number);
    this.maxDay[ra] = Math.max(this.maxDay[ra] as number, this.maxDay[rb] as number);
    return ra;
  }
}
