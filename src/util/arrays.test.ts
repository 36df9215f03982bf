import assert from 'node:assert/strict';
import { test } from 'node:test';
import { append, maxOf, minOf } from './arrays.js';

test('append, maxOf and minOf handle a million elements (spread arguments overflow the stack)', () => {
  const big = Array.from({ length: 1_000_000 }, (_, i) => i);
  assert.throws(() => [].push(...(big as never[])), RangeError);
  assert.equal(append([-1], big).length, 1_000_001);
  assert.equal(maxOf(big), 999_999);
  assert.equal(minOf(big), 0);
});

test('maxOf and minOf agree with Math.max / Math.min on small and edge inputs', () => {
  for (const xs of [[], [3], [1, 5, 2], [-0, 0], [Number.NaN, 1], [Number.POSITIVE_INFINITY, 2]]) {
    assert.equal(maxOf(xs), Math.max(...xs));
    assert.equal(minOf(xs), Math.min(...xs));
  }
  assert.equal(maxOf([], 0), 0);
});
