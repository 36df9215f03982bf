// Banded LSH over MinHash signatures: items whose signatures agree on every row of some band share a bucket (candidate near-duplicates).
import { combine32 } from './hash32.js';
import { isEmptySignature } from './minhash.js';

/** Rows per band: with 64 permutations, 21 bands. */
export const LSH_ROWS = 3;

/**
 * The band keys of a signature (one 32-bit hash per band, the band's number mixed in so equal rows of two bands
 * never meet); none for an empty signature. Stored with each item (cluster/stored.ts) so a later day's clustering
 * reads them instead of recomputing.
 */
export function bandKeys(sig: Uint32Array, rows = LSH_ROWS): Uint32Array {
  if (isEmptySignature(sig)) return new Uint32Array(0);
  const bands = Math.floor(sig.length / rows);
  const out = new Uint32Array(bands);
  for (let b = 0; b < bands; b++) {
    let h = combine32(0x1b873593, b);
    for (let r = 0; r < rows; r++) h = combine32(h, sig[b * rows + r] as number);
    out[b] = h;
  }
  return out;
}

/**
 * Buckets (arrays of item indices, ascending) holding two or more items, from each item's band keys (`bandKeys`).
 * With 64 permutations and 3 rows per band (21 bands), pairs at Jaccard 0.5 collide with probability ≈ 0.94, at
 * 0.2 ≈ 0.16, at 0.05 ≈ 0.003.
 */
export function lshBucketsOfKeys(keys: Uint32Array[]): number[][] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const ks = keys[i] as Uint32Array;
    for (let b = 0; b < ks.length; b++) {
      const h = ks[b] as number;
      const list = buckets.get(h);
      if (list === undefined) buckets.set(h, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const out: number[][] = [];
  for (const list of buckets.values()) if (list.length > 1) out.push(list);
  return out;
}

/** Buckets of signatures (see `lshBucketsOfKeys`). */
export function lshBuckets(sigs: Uint32Array[], rows = LSH_ROWS): number[][] {
  return lshBucketsOfKeys(sigs.map((s) => bandKeys(s, rows)));
}
