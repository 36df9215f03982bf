/** Cluster feature rows as both drivers store them: signature and band keys as raw little-endian u32 bytes, block keys as JSON. */
import type { ClusterFeatureRow } from './types.js';

/** A Uint32Array as the bytes a BLOB / bytea column holds (no copy). */
export function u32ToBytes(a: Uint32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** The Uint32Array of a BLOB / bytea value (copied: a driver's buffer may be unaligned or reused). */
export function bytesToU32(b: Buffer): Uint32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}

/** A `cluster_features` row as read from either driver. */
export interface FeatureDbRow {
  item_id: string;
  day: number;
  signature: Buffer;
  bands: Buffer;
  blocks: string;
  body: string;
}

export function featureFromDb(r: FeatureDbRow): ClusterFeatureRow {
  return {
    itemId: r.item_id,
    day: r.day,
    signature: bytesToU32(r.signature),
    bands: bytesToU32(r.bands),
    blocks: JSON.parse(r.blocks) as string[],
    body: r.body,
  };
}
