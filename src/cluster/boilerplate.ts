// Corpus-wide shingle document frequency, so boilerplate (site footers, stock phrases repeated across many articles) does not make unrelated items look alike.
import { fmix32 } from './hash32.js';

const TABLE_BITS = 22;
const MASK = (1 << TABLE_BITS) - 1;

/**
 * Counts, per hashed slot, how many documents hold a shingle (each document counted once per shingle). The table lives
 * in one 8 MB buffer laid out as it is stored (4-byte document count, then the counts): `toBytes` hands that buffer
 * over instead of a copy, and `fromBytes` copies what it is given once. Each 8 MB copy outside V8's heap stayed in the
 * process's malloc heap after the stage (glibc serves blocks this size from it once one has been freed).
 */
export class ShingleFrequency {
  /** The stored layout: bytes 0–3 the document count (written by `toBytes`), then the counts. */
  private readonly bytes: Uint8Array;
  private readonly counts: Uint16Array;
  private docs: number;

  /** An empty table, or `bytes` in the stored layout (kept, not copied) with `docs` documents counted. */
  constructor(bytes: Uint8Array = new Uint8Array(4 + 2 * (1 << TABLE_BITS)), docs = 0) {
    this.bytes = bytes;
    this.counts = new Uint16Array(bytes.buffer, bytes.byteOffset + 4, 1 << TABLE_BITS);
    this.docs = docs;
  }

  /** How many documents have been counted. */
  get documents(): number {
    return this.docs;
  }

  /**
   * The table as bytes (4-byte document count, then the counts), for the store; `fromBytes` reads it back. Not a copy:
   * the bytes are the table's own and change with it, so they are to be stored before more documents are added.
   */
  toBytes(): Uint8Array {
    new DataView(this.bytes.buffer, this.bytes.byteOffset, 4).setUint32(0, this.docs, true);
    return this.bytes;
  }

  /** A table saved by `toBytes` (a fresh one when absent or of another size); the bytes are copied, not kept. */
  static fromBytes(bytes: Uint8Array | undefined): ShingleFrequency {
    if (!bytes || bytes.byteLength !== 4 + 2 * (1 << TABLE_BITS)) return new ShingleFrequency();
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    return new ShingleFrequency(copy, new DataView(copy.buffer).getUint32(0, true));
  }

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
