// Candidate pairs, kept near-linear: LSH buckets plus blocks on (entity, topic), (entity, money-figure bucket) and entity pairs, walked in date order within the window with a cap on partners per item; keys a tenth of the window shares are stop-blocks.
import type { ItemFeatures } from './features.js';
import { bandKeys, lshBucketsOfKeys } from './lsh.js';

/** Within one block an item is compared with at most this many later items (sorted-neighbourhood cap). */
export const MAX_PARTNERS = 40;
/**
 * A block key shared by more than this share of the window's items (and by more than `STOP_BLOCK_MIN` of them) is a
 * stop-block, as a stop word: background such as "United States" with the industry's capex total, which 45% of the
 * benchmark's 10,000 items state. The sorted-neighbourhood cap gives each member its next 40 by date among thousands,
 * pairs no more likely to be one story than any others (on the benchmark, blocks over 1,000 items gave 430,000
 * candidates and not one scoring pair that no other block or LSH bucket gave).
 */
export const STOP_BLOCK_SHARE = 0.1;
export const STOP_BLOCK_MIN = 1000;
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

/** The groups (LSH buckets, then blocks, each a list of item indices ascending) whose members become candidate pairs. */
function candidateGroups(feats: ItemFeatures[]): number[][] {
  const groups = lshBucketsOfKeys(feats.map((f) => f.bands ?? bandKeys(f.sig)));
  const blocks = new Map<string, number[]>();
  for (const f of feats) {
    for (const k of f.blocks ?? blockKeys(f)) {
      const list = blocks.get(k);
      if (list === undefined) blocks.set(k, [f.index]);
      else if (list[list.length - 1] !== f.index) list.push(f.index);
    }
  }
  const stop = Math.max(STOP_BLOCK_MIN, feats.length * STOP_BLOCK_SHARE);
  for (const block of blocks.values()) if (block.length > 1 && block.length <= stop) groups.push(block);
  return groups;
}

/**
 * Candidate pairs from LSH buckets and entity blocks, restricted to the date window: within each group (members in
 * date order, undated last) an item is paired with its next `MAX_PARTNERS` members, dated ones while within
 * `windowDays` of it, undated ones always (an undated item may belong with anything). Handed to `visit(i, j)` (i < j)
 * one item at a time, i ascending and j ascending within an i, each pair once, without ever holding them all: an
 * item's partners over all its groups are marked in one array of the window's size. A window of 10,000 items has ~4 million candidates, which a table of them held at 50 MB of
 * typed arrays (with its sorting); only the few the caller keeps are held now. Returns the number of candidates.
 * `feats` must be sorted by (day, id) with undated items last.
 */
export function forEachCandidate(feats: ItemFeatures[], windowDays: number, visit: (i: number, j: number) => void): number {
  const n = feats.length;
  const groups = candidateGroups(feats);
  // Every group's members in one flat array; `datedEnd[g]`: where group g's undated members begin (absolute).
  let total = 0;
  for (const g of groups) total += g.length;
  const flat = new Int32Array(total);
  const groupOf = new Int32Array(total);
  const ends = new Int32Array(groups.length);
  const datedEnd = new Int32Array(groups.length);
  // Each item's positions in `flat` (compressed rows: item i's are slots[slotStart[i] .. slotStart[i + 1]]).
  const slotStart = new Int32Array(n + 1);
  let at = 0;
  groups.forEach((g, gi) => {
    let dated = g.length;
    while (dated > 0 && Number.isNaN((feats[g[dated - 1] as number] as ItemFeatures).day)) dated--;
    datedEnd[gi] = at + dated;
    for (const i of g) {
      flat[at] = i;
      groupOf[at++] = gi;
      (slotStart[i + 1] as number)++;
    }
    ends[gi] = at;
  });
  groups.length = 0;
  for (let i = 0; i < n; i++) slotStart[i + 1] = (slotStart[i + 1] as number) + (slotStart[i] as number);
  const slots = new Int32Array(total);
  const fill = slotStart.slice(0, n);
  for (let p = 0; p < total; p++) {
    const i = flat[p] as number;
    slots[fill[i] as number] = p;
    fill[i] = (fill[i] as number) + 1;
  }
  const days = Float64Array.from(feats, (f) => f.day);
  const seen = new Int32Array(n).fill(-1);
  // An item's partners (each at most once: `seen`), sorted as numbers by the typed array's own sort (no comparator).
  const partners = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const di = days[i] as number;
    let found = 0;
    for (let s = slotStart[i] as number; s < (slotStart[i + 1] as number); s++) {
      const p = slots[s] as number;
      const g = groupOf[p] as number;
      const last = Math.min(ends[g] as number, p + 1 + MAX_PARTNERS);
      const dated = datedEnd[g] as number;
      // A dated item's later dated partners while within the window (they ascend by day)…
      let q = p + 1;
      for (; q < last && q < dated; q++) {
        const j = flat[q] as number;
        if ((days[j] as number) - di > windowDays) break;
        if (seen[j] !== i) {
          seen[j] = i;
          partners[found++] = j;
        }
      }
      // …and the undated members among its next ones (an undated item may belong with anything).
      for (q = Math.max(q, dated); q < last; q++) {
        const j = flat[q] as number;
        if (seen[j] !== i) {
          seen[j] = i;
          partners[found++] = j;
        }
      }
    }
    if (found === 0) continue;
    partners.subarray(0, found).sort();
    for (let p = 0; p < found; p++) visit(i, partners[p] as number);
    count += found;
  }
  return count;
}
