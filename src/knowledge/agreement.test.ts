import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Figure } from '../types/figure.js';
import { intervalOf, valuesAgree } from './agreement.js';

const B = 1e9;
const money = (value: number, qualifier: Figure['qualifier'] = 'exact', currency = 'USD'): Figure => ({
  text: '',
  start: 0,
  end: 0,
  kind: 'money',
  value,
  currency,
  qualifier,
});
const range = (low: number, high: number, qualifier: Figure['qualifier'] = 'exact'): Figure => ({
  text: '',
  start: 0,
  end: 0,
  kind: 'money',
  low,
  high,
  currency: 'USD',
  qualifier,
});

const cases: [string, Figure, Figure, boolean][] = [
  ['超过200亿 vs 200亿', money(20 * B, 'min'), money(20 * B), true],
  ['up to 100B vs 100B', money(100 * B, 'max'), money(100 * B), true],
  ['range 20–25B contains 22.5B', range(20 * B, 25 * B), money(22.5 * B), true],
  ['range 20–25B vs 30B', range(20 * B, 25 * B), money(30 * B), false],
  ['min 400B vs exact 380B', money(400 * B, 'min'), money(380 * B), false],
  ['min 400B vs exact 395B (within 2%)', money(400 * B, 'min'), money(395 * B), true],
  ['100B vs 102B (2%)', money(100 * B), money(102 * B), true],
  ['100B vs 103B', money(100 * B), money(103 * B), false],
  ['approx 100B vs 104B (widened by 2% + 2%)', money(100 * B, 'approx'), money(104 * B), true],
  ['approx 100B vs 105B', money(100 * B, 'approx'), money(105 * B), false],
  ['max 100B vs min 120B', money(100 * B, 'max'), money(120 * B, 'min'), false],
  ['min 100B vs min 500B (both can hold)', money(100 * B, 'min'), money(500 * B, 'min'), true],
  ['USD vs CNY never agree', money(100 * B), money(100 * B, 'exact', 'CNY'), false],
];

for (const [name, a, b, want] of cases) {
  test(`valuesAgree: ${name}`, () => {
    assert.equal(valuesAgree(a, b, 0.02), want);
    assert.equal(valuesAgree(b, a, 0.02), want, 'symmetric');
  });
}

test('a decline is a negative value: 下降40% vs 增长40% disagree', () => {
  const down: Figure = { text: '下降40%', start: 0, end: 0, kind: 'percent', value: 40, qualifier: 'exact', direction: 'down' };
  const up: Figure = { ...down, text: '增长40%', direction: 'up' };
  assert.equal(valuesAgree(down, up, 0.02), false);
  assert.deepEqual(intervalOf(down, 0.02), { lo: -40, hi: -40, dim: 'percent:' });
});

test('property: agreement is symmetric and every figure agrees with itself', () => {
  const qual = fc.constantFrom<Figure['qualifier']>('exact', 'approx', 'min', 'max');
  const fig = fc.record({ v: fc.double({ min: 1, max: 1e12, noNaN: true }), q: qual }).map(({ v, q }) => money(v, q));
  fc.assert(
    fc.property(fig, fig, (a, b) => {
      assert.equal(valuesAgree(a, b, 0.02), valuesAgree(b, a, 0.02));
      assert.equal(valuesAgree(a, a, 0.02), true);
    }),
  );
});

test('property: a wider tolerance never turns agreement into conflict', () => {
  fc.assert(
    fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.double({ min: 1, max: 1e12, noNaN: true }), (x, y) => {
      if (valuesAgree(money(x), money(y), 0.02)) assert.equal(valuesAgree(money(x), money(y), 0.05), true);
    }),
  );
});
