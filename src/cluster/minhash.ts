// Seeded MinHash signatures over 32-bit shingle hashes (k permutations derived from two base hashes) and the Jaccard estimate.
import { fmix32 } from './hash32.js';

export const DEFAULT_PERMUTATIONS = 64;
const EMPTY = 0xffffffff;

/**
 * MinHash signature of a shingle set: slot i holds min over shingles of h1(x) + i·h2(x) (mod 2^32),
 * with h1, h2 seeded scramblings of x. An empty input gives an all-0xffffffff signature.
 */
export function minhashSignature(shingles: Uint32Array, k = DEFAULT_PERMUTATIONS, seed = 0x5bd1e995): Uint32Array {
  const sig = new Uint32Array(k).fill(EMPTY);
  const s1 = seed >>> 0;
  const s2 = fmix32(seed ^ 0x27d4eb2f);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j] as number;
    const a = fmix32((x ^ s1) >>> 0);
    const b = fmix32((x ^ s2) >>> 0) | 1;
    let v = a;
    for (let i = 0; i < k; i++) {
      if (v >>> 0 < (sig[i] as number)) sig[i] = v;
      v = (v + b) | 0;
    }
  }
  return sig;
}

/** True when the signature came from no shingles at all. */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.length === 0 || (sig[0] === EMPTY && sig[sig.length - 1] === EMPTY);
}

/** Estimated Jaccard similarity: the share of equal slots (0 when either side is empty). */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (isEmptySignature(a) || isEmptySignature(b)) return 0;
  const k = Math.min(a.length, b.length);
  return equalSlots(a, 0, b, 0, k) / k;
}

/** How many of `k` slots two signatures hold equal, from offsets `aAt` of `a` and `bAt` of `b` (one packed array or two). */
export function equalSlots(a: Uint32Array, aAt: number, b: Uint32Array, bAt: number, k: number): number {
  let eq = 0;
  for (let i = 0; i < k; i++) if (a[aAt + i] === b[bAt + i]) eq++;
  return eq;
}
