// Item pairs (`i * n + j`) with a score each: a sorted typed array of the pairs scored while walking the candidates and a
// parallel array of their scores, other pairs in a Map.

/** Keys are held in 32 bits when every key fits (a window under 65,536 items), else in 64-bit floats. */
type Keys = Float64Array | Uint32Array;

/**
 * Scores of item pairs (`i * n + j`): the pairs scored while walking the candidates, appended in ascending key order
 * (a sorted typed array, 12–16 bytes a pair), and others scored later, in a Map. Only the candidates that may reach the
 * threshold are kept (a few per cent of them); a pair not held is scored when asked for.
 */
export class ScoredPairs {
  private keys: Keys;
  private scores: Float64Array;
  private length = 0;
  private readonly others = new Map<number, number>();
  private readonly make: (n: number) => Keys;

  /** `maxKey`: the largest key that will be held (`n * n` for `i * n + j`); keys under 2^32 take half the memory. */
  constructor(maxKey = Number.MAX_SAFE_INTEGER) {
    this.make = maxKey < 2 ** 32 ? (n) => new Uint32Array(n) : (n) => new Float64Array(n);
    this.keys = this.make(1024);
    this.scores = new Float64Array(1024);
  }

  /** Adds a pair's score; keys must come in ascending order (a key out of order goes with the others). */
  append(key: number, score: number): void {
    if (this.length > 0 && key <= (this.keys[this.length - 1] as number)) {
      this.set(key, score);
      return;
    }
    if (this.length === this.keys.length) {
      const keys = this.make(this.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const scores = new Float64Array(this.length * 2);
      scores.set(this.scores);
      this.scores = scores;
    }
    this.keys[this.length] = key;
    this.scores[this.length++] = score;
  }

  /** Pairs held. */
  get size(): number {
    return this.length + this.others.size;
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

  /** A pair's score, undefined when never scored. */
  get(key: number): number | undefined {
    const i = this.indexOf(key);
    return i >= 0 ? this.scores[i] : this.others.get(key);
  }

  set(key: number, score: number): void {
    const i = this.indexOf(key);
    if (i >= 0) this.scores[i] = score;
    else this.others.set(key, score);
  }
}
