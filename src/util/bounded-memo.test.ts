import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundedMemo } from './bounded-memo.js';

test('boundedMemo: each string keeps its own answer, computed once, falsy answers included', () => {
  const asked: string[] = [];
  const namesBasis = boundedMemo((s) => {
    asked.push(s);
    return /constant currency/i.test(s);
  });
  const plain = 'Lumora Systems said revenue rose 12% to $4.1 billion.';
  const basis = 'Revenue at Kestrel Foods rose 3% in constant currency.';
  assert.equal(namesBasis(plain), false);
  assert.equal(namesBasis(basis), true);
  assert.equal(namesBasis(plain), false);
  assert.equal(namesBasis(basis), true);
  assert.deepEqual(asked, [plain, basis]);
});

test('boundedMemo: past its limit it forgets, and still answers right', () => {
  const asked: string[] = [];
  const length = boundedMemo((s) => {
    asked.push(s);
    return s.length;
  }, 2);
  assert.equal(length('一'), 1);
  assert.equal(length('二二'), 2);
  // A third key fills past the limit: the memo starts again, so the first is computed anew.
  assert.equal(length('三三三'), 3);
  assert.equal(length('一'), 1);
  assert.equal(length('三三三'), 3);
  assert.deepEqual(asked, ['一', '二二', '三三三', '一']);
});
