// Item pairs (`i * n + j`) with a score each: a sorted typed array of the candidate pairs and a parallel array of their
// scores (16 bytes a pair), other pairs in a Map. A clustering window holds millions of candidates, which a Set and a
// Map of scores kept at ~10 times the memory, with as much garbage collection.

/** Keys are held in 32 bits when every key fits (a window under 65,536 items), else in 64-bit floats. */
type Keys = Float64Array | Uint32Array;

export class PairTable {
  private keys: Keys;
  private length = 0;
  /** Pairs [0, sorted) are sorted and unique (the rest added since the last `compact`). */
  private sorted = 0;
  private sealed = false;
  private scores = new Float64Array(0);
  private readonly others = new Map<number, number>();
  private readonly make: (n: number) => Keys;

  /** `maxKey`: the largest key that will be added (`n * n` for `i * n + j`); keys under 2^32 take half the memory. */
  constructor(expected = 1024, maxKey = Number.MAX_SAFE_INTEGER) {
    this.make = maxKey < 2 ** 32 ? (n) => new Uint32Array(n) : (n) => new Float64Array(n);
    this.keys = this.make(Math.max(1024, expected));
  }

  /** Adds a candidate pair (before `seal`); duplicates are dropped. */
  add(key: number): void {
    if (this.length === this.keys.length) {
      this.compact();
      if (this.length * 4 > this.keys.length * 3) {
        const bigger = this.make(this.keys.length * 2);
        bigger.set(this.keys.subarray(0, this.length));
        this.keys = bigger;
      }
    }
    this.keys[this.length++] = key;
  }

  /**
   * Sorts and de-duplicates the pairs added so far: the pairs added since the last call are sorted alone and merged
   * into the sorted ones (a full sort each time the buffer filled up cost ~10 s of a 10,000-item window).
   */
  private compact(): void {
    const k = this.keys;
    const p = this.sorted;
    const m = this.length - p;
    if (m > 0 && p > 0) {
      const tail = k.slice(p, this.length).sort();
      // Merge from the back: the write position never passes an unread sorted pair.
      let i = p - 1;
      let j = m - 1;
      for (let w = this.length - 1; j >= 0; w--) {
        const a = i >= 0 ? (k[i] as number) : Number.NEGATIVE_INFINITY;
        const b = tail[j] as number;
        if (a > b) {
          k[w] = a;
          i--;
        } else {
          k[w] = b;
          j--;
        }
      }
    } else if (m > 0) k.subarray(0, this.length).sort();
    let w = 0;
    for (let r = 0; r < this.length; r++) if (w === 0 || k[r] !== k[w - 1]) k[w++] = k[r] as number;
    this.length = w;
    this.sorted = w;
  }

  /** Ends adding: candidates are sorted, unique, without a score (NaN) until `set`. */
  seal(): void {
    if (this.sealed) return;
    this.compact();
    this.keys = this.keys.slice(0, this.length);
    this.scores = new Float64Array(this.length).fill(Number.NaN);
    this.sealed = true;
  }

  /** Candidate pairs. */
  get size(): number {
    return this.length;
  }

  private indexOf(key: number): number {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid] as number;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** A pair's score: NaN for a candidate not scored yet, undefined for another pair never scored. */
  get(key: number): number | undefined {
    const i = this.indexOf(key);
    return i >= 0 ? this.scores[i] : this.others.get(key);
  }

  set(key: number, score: number): void {
    const i = this.indexOf(key);
    if (i >= 0) this.scores[i] = score;
    else this.others.set(key, score);
  }

  /** Calls `fn` with each candidate pair and its position, in ascending order. */
  forEach(fn: (key: number, index: number) => void): void {
    this.seal();
    for (let i = 0; i < this.length; i++) fn(this.keys[i] as number, i);
  }

  /** Sets the score of the candidate at a position given by `forEach`. */
  setAt(index: number, score: number): void {
    this.scores[index] = score;
  }
}
