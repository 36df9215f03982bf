// PairTable: whatever the order and repetition of the pairs added, the candidates are the sorted distinct pairs (the
// incremental merge of `compact` against a plain sort of everything).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairTable } from './pair-table.js';

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('candidates are the sorted distinct pairs added, through many compactions, in 64-bit and 32-bit keys', () => {
  for (const [seed, adds, range] of [
    [1, 50_000, 3_000],
    [2, 200_000, 1_000_000],
    [3, 5_000, 10],
    [4, 0, 1],
  ] as const) {
    for (const wide of [true, false]) {
      const maxKey = range * 7919 + 3;
      if (!wide && maxKey >= 2 ** 32) continue;
      const r = rng(seed);
      const table = wide ? new PairTable(16) : new PairTable(16, maxKey);
      const all: number[] = [];
      for (let i = 0; i < adds; i++) {
        // Runs of repeats and ascending stretches, as blocks and LSH buckets produce them.
        const k = Math.floor(r() * range) * 7919 + (r() < 0.3 ? 0 : Math.floor(r() * 3));
        table.add(k);
        all.push(k);
      }
      const expected = [...new Set(all)].sort((a, b) => a - b);
      const got: number[] = [];
      table.forEach((key, index) => {
        assert.equal(index, got.length);
        got.push(key);
      });
      assert.deepEqual(got, expected, `seed ${seed}`);
      assert.equal(table.size, expected.length);
      if (expected.length > 0) {
        table.set(expected[0] as number, 0.5);
        assert.equal(table.get(expected[0] as number), 0.5);
      }
      table.set(-1, 0.25);
      assert.equal(table.get(-1), 0.25);
    }
  }
});
