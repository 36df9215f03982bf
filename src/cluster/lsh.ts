// Banded LSH over MinHash signatures: items whose signatures agree on every row of some band share a bucket (candidate near-duplicates).
import { combine32 } from './hash32.js';
import { isEmptySignature } from './minhash.js';

/**
 * Buckets (arrays of item indices, ascending) holding two or more items. With 64 permutations and 3 rows
 * per band (21 bands), pairs at Jaccard 0.5 collide with probability ≈ 0.94, at 0.2 ≈ 0.16, at 0.05 ≈ 0.003.
 */
export function lshBuckets(sigs: Uint32Array[], rows = 3): number[][] {
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < sigs.length; i++) {
    const sig = sigs[i] as Uint32Array;
    if (isEmptySignature(sig)) continue;
    const bands = Math.floor(sig.length / rows);
    for (let b = 0; b < bands; b++) {
      let h = combine32(0x1b873593, b);
      for (let r = 0; r < rows; r++) h = combine32(h, sig[b * rows + r] as number);
      const list = buckets.get(h);
      if (list === undefined) buckets.set(h, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const out: number[][] = [];
  for (const list of buckets.values()) if (list.length > 1) out.push(list);
  return out;
}
