// Corpus-wide shingle document frequency, so boilerplate (site footers, stock phrases repeated across many articles) does not make unrelated items look alike.
import { fmix32 } from './hash32.js';

const TABLE_BITS = 22;
const MASK = (1 << TABLE_BITS) - 1;

/** Counts, per hashed slot, how many documents hold a shingle (each document counted once per shingle). */
export class ShingleFrequency {
  private readonly counts = new Uint16Array(1 << TABLE_BITS);
  private docs = 0;

  /** Records one document's shingles. */
  add(shingles: Uint32Array): void {
    this.docs++;
    const sorted = Uint32Array.from(shingles).sort();
    let prev = -1;
    for (let i = 0; i < sorted.length; i++) {
      const x = sorted[i] as number;
      if (x === prev) continue;
      prev = x;
      const slot = fmix32(x ^ 0x3c6ef372) & MASK;
      if ((this.counts[slot] as number) < 0xffff) this.counts[slot] = (this.counts[slot] as number) + 1;
    }
  }

  /**
   * The shingles of a document that are not boilerplate: held by at most `max(minDocs, share·N)` documents.
   * When every shingle is common, all are kept (a fully templated text still matches its copies).
   */
  rare(shingles: Uint32Array, share = 0.005, minDocs = 12): Uint32Array {
    const limit = Math.max(minDocs, Math.ceil(share * this.docs));
    const out = new Uint32Array(shingles.length);
    let k = 0;
    for (let i = 0; i < shingles.length; i++) {
      const x = shingles[i] as number;
      if ((this.counts[fmix32(x ^ 0x3c6ef372) & MASK] as number) <= limit) out[k++] = x;
    }
    return k === 0 ? shingles : out.subarray(0, k);
  }
}
