// Candidate pairs, kept near-linear: LSH buckets plus blocks on (entity, topic), (entity, money-figure bucket) and entity pairs, walked in date order within the window with a cap on partners per item.
import type { ItemFeatures } from './features.js';
import { bandKeys, lshBucketsOfKeys } from './lsh.js';
import { PairTable } from './pair-table.js';

/** Within one block an item is compared with at most this many later items (sorted-neighbourhood cap). */
const MAX_PARTNERS = 40;
/** Width, in log10 units, of the money-value buckets (two shifted grids catch values within ~12%). */
const MONEY_BUCKET = 0.1;

/** Block keys of an item: values sharing a key become candidate pairs. */
export function blockKeys(f: ItemFeatures): string[] {
  const keys: string[] = [];
  const topics = f.titleTopics.size > 0 ? f.titleTopics : f.leadTopics;
  const money: string[] = [];
  for (const fig of f.figures) {
    if (fig.kind !== 'money') continue;
    const x = Math.log10(fig.value) / MONEY_BUCKET;
    money.push(`a${Math.floor(x)}`, `b${Math.floor(x + 0.5)}`);
  }
  for (const e of f.entities) {
    for (const t of topics) keys.push(`e\u0000${e}\u0000t\u0000${t}`);
    for (const m of money) keys.push(`e\u0000${e}\u0000m\u0000${m}`);
    if (topics.size === 0 && money.length === 0) keys.push(`e\u0000${e}`);
  }
  if (f.entities.length <= 6) {
    for (let i = 0; i < f.entities.length; i++)
      for (let j = i + 1; j < f.entities.length; j++) keys.push(`p\u0000${f.entities[i]}\u0000${f.entities[j]}`);
  }
  if (f.entities.length === 0) for (const n of f.nameTokens) keys.push(`n\u0000${n}`);
  return keys;
}

/** Adds pairs from one block (indices ascending = date order, undated last) whose dates lie within the window. */
function addBlockPairs(block: number[], feats: ItemFeatures[], windowDays: number, pairs: PairTable, n: number): void {
  let dated = block.length;
  while (dated > 0 && Number.isNaN((feats[block[dated - 1] as number] as ItemFeatures).day)) dated--;
  for (let x = 0; x < dated; x++) {
    const i = block[x] as number;
    const di = (feats[i] as ItemFeatures).day;
    const end = Math.min(dated, x + 1 + MAX_PARTNERS);
    for (let y = x + 1; y < end; y++) {
      const j = block[y] as number;
      if ((feats[j] as ItemFeatures).day - di > windowDays) break;
      pairs.add(i * n + j);
    }
  }
  // An undated item may belong with anything: pair it with the latest dated items and the other undated ones, capped.
  for (let x = dated; x < block.length; x++) {
    const j = block[x] as number;
    for (let y = Math.max(0, x - MAX_PARTNERS); y < x; y++) pairs.add((block[y] as number) * n + j);
  }
}

/**
 * Candidate pairs as numbers `i * n + j` (i < j), from LSH buckets and entity blocks, restricted to the date window.
 * `feats` must be sorted by (day, id) with undated items last.
 */
export function candidatePairs(feats: ItemFeatures[], windowDays: number): PairTable {
  const n = feats.length;
  const pairs = new PairTable(feats.length * 64, n * n);
  for (const bucket of lshBucketsOfKeys(feats.map((f) => f.bands ?? bandKeys(f.sig)))) addBlockPairs(bucket, feats, windowDays, pairs, n);
  const blocks = new Map<string, number[]>();
  for (const f of feats) {
    for (const k of f.blocks ?? blockKeys(f)) {
      const list = blocks.get(k);
      if (list === undefined) blocks.set(k, [f.index]);
      else if (list[list.length - 1] !== f.index) list.push(f.index);
    }
  }
  for (const block of blocks.values()) if (block.length > 1) addBlockPairs(block, feats, windowDays, pairs, n);
  pairs.seal();
  return pairs;
}
