// 32-bit integer hashing for shingles and signatures: FNV-1a over strings and the murmur3 finalizer.

/** murmur3 fmix32: scrambles a 32-bit integer (a bijection on uint32). */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`, finalised with fmix32. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Combines two 32-bit hashes into one (order-sensitive). */
export function combine32(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ ((b << 15) | (b >>> 17))) >>> 0);
}
