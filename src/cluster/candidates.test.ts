// forEachCandidate: the candidate pairs of the sorted-neighbourhood walk over LSH buckets and blocks (against a plain
// reference that collects every group's pairs in a Set), each once, in ascending order; stop-blocks left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../util/random.js';
import { forEachCandidate, MAX_PARTNERS, STOP_BLOCK_MIN, STOP_BLOCK_SHARE } from './candidates.js';
import type { ItemFeatures } from './features.js';
import { lshBucketsOfKeys } from './lsh.js';
import { ScoredPairs } from './pair-table.js';

const rng = seededRandom;

/** Features with only what the walk reads: day (sorted, undated last), band keys and block keys. */
function features(n: number, seed: number, keyCount: number, undatedShare: number): ItemFeatures[] {
  const r = rng(seed);
  const days = Array.from({ length: n }, () => (r() < undatedShare ? Number.NaN : 20_000 + Math.floor(r() * 9)));
  days.sort((a, b) => (Number.isNaN(a) ? 1 : Number.isNaN(b) ? -1 : a - b));
  return days.map((day, index) => {
    const blocks = new Set<string>();
    for (let k = 0; k < 1 + Math.floor(r() * 6); k++) blocks.add(`k${Math.floor(r() ** 2 * keyCount)}`);
    // One key most items share: a stop-block once the set is large enough.
    if (r() < 0.6) blocks.add('common');
    const bands = Uint32Array.from({ length: 3 }, (_, b) => b * 1000 + Math.floor(r() * (n / 4)));
    return { index, id: `i${index}`, day, bands, blocks: [...blocks] } as unknown as ItemFeatures;
  });
}

/** The reference: every group's pairs (the next MAX_PARTNERS members, dated within the window, undated always). */
function reference(feats: ItemFeatures[], windowDays: number): number[] {
  const n = feats.length;
  const out = new Set<number>();
  const groups = lshBucketsOfKeys(feats.map((f) => f.bands as Uint32Array));
  const blocks = new Map<string, number[]>();
  for (const f of feats) for (const k of f.blocks ?? []) blocks.set(k, [...(blocks.get(k) ?? []), f.index]);
  const stop = Math.max(STOP_BLOCK_MIN, n * STOP_BLOCK_SHARE);
  for (const b of blocks.values()) if (b.length > 1 && b.length <= stop) groups.push(b);
  for (const g of groups) {
    for (let x = 0; x < g.length; x++) {
      const i = g[x] as number;
      for (let y = x + 1; y <= x + MAX_PARTNERS && y < g.length; y++) {
        const j = g[y] as number;
        const di = (feats[i] as ItemFeatures).day;
        const dj = (feats[j] as ItemFeatures).day;
        // (forEachCandidate stops at the first dated partner past the window: later dated ones lie further still.)
        if (!Number.isNaN(di) && !Number.isNaN(dj) && dj - di > windowDays) continue;
        out.add(i * n + j);
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

test('forEachCandidate visits the reference pairs, each once, in ascending order', () => {
  for (const [n, seed, keys, undated, windowDays] of [
    [300, 1, 40, 0, 3],
    [600, 2, 200, 0.1, 2],
    [2500, 3, 3000, 0.05, 3],
    [40, 4, 3, 0.5, 0],
  ] as const) {
    const feats = features(n, seed, keys, undated);
    const got: number[] = [];
    const count = forEachCandidate(feats, windowDays, (i, j) => {
      assert.ok(i < j);
      got.push(i * n + j);
    });
    for (let k = 1; k < got.length; k++) assert.ok((got[k - 1] as number) < (got[k] as number), `ascending at ${k}`);
    assert.equal(count, got.length);
    assert.deepEqual(got, reference(feats, windowDays), `n ${n}`);
  }
});

test('a block key more than a tenth of a large window shares (a stop-block) gives no pairs; under the floor it does', () => {
  // 2,500 items, every one in block 'common' (and nothing else): above max(1,000, 250), so no candidates at all.
  const many = features(2500, 5, 1, 0).map((f) => ({ ...f, bands: new Uint32Array(0), blocks: ['common'] }));
  assert.equal(
    forEachCandidate(many, 3, () => {}),
    0,
  );
  // 900 items in one block: under STOP_BLOCK_MIN, so each is paired with its next MAX_PARTNERS (all on one day).
  const few = many.slice(0, 900).map((f) => ({ ...f, day: 20_000 }));
  assert.equal(
    forEachCandidate(few, 3, () => {}),
    (900 - MAX_PARTNERS) * MAX_PARTNERS + (MAX_PARTNERS * (MAX_PARTNERS - 1)) / 2,
  );
});

test('ScoredPairs: appended scores and later ones are found, others are undefined', () => {
  for (const maxKey of [1000 * 1000, 2 ** 40]) {
    const t = new ScoredPairs(maxKey);
    for (let k = 0; k < 5000; k++) t.append(k * 7, k / 5000);
    assert.equal(t.get(7 * 1234), 1234 / 5000);
    assert.equal(t.get(5), undefined);
    t.set(5, 0.25);
    t.set(7 * 10, 0.75);
    assert.equal(t.get(5), 0.25);
    assert.equal(t.get(70), 0.75);
    // Out of order: kept with the others.
    t.append(3, 0.5);
    assert.equal(t.get(3), 0.5);
    assert.equal(t.size, 5002);
  }
});
