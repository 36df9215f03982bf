import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Figure } from '../types/figure.js';
import { halfUnitOf, intervalOf, valuesAgree } from './agreement.js';

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
  // Two hedges do not add up (decision 078): 约120亿 against about $12.5 billion, 约850亿 against 约900亿 are two numbers.
  ['approx 12B vs approx 12.5B', money(12 * B, 'approx'), money(12.5 * B, 'approx'), false],
  ['approx 85B vs approx 90B', money(85 * B, 'approx'), money(90 * B, 'approx'), false],
  ['approx 660B vs approx 650B (within 2%)', money(660 * B, 'approx'), money(650 * B, 'approx'), true],
  ['approx 18B vs approx 18B', money(18 * B, 'approx'), money(18 * B, 'approx'), true],
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
  assert.deepEqual(intervalOf(down, 0.02), { lo: -40, hi: -40, dim: 'percent:', half: 0.8 });
});

const pct = (text: string, value: number): Figure => ({ text, start: 0, end: text.length, kind: 'percent', value, qualifier: 'exact' });

test('exact values hold their stated digits: 21.4% vs 21.1% operating margin disagree, 21.4% vs 21% agree', () => {
  // Reuters 'Operating margin came in at 21.4%' vs a broker's 'EBIT margin of 21.1%': within 2% of each other, but
  // both stated to one decimal, so they cannot both be right.
  assert.equal(valuesAgree(pct('21.4%', 21.4), pct('21.1%', 21.1), 0.02), false);
  // A transcript's spoken figure is as precise as a written one.
  assert.equal(valuesAgree(pct('twenty one point four percent', 21.4), pct('21.1%', 21.1), 0.02), false);
  // 毛利率54.3% vs 毛利率为54.8%.
  assert.equal(valuesAgree(pct('54.3%', 54.3), pct('54.8%', 54.8), 0.02), false);
  // A rounded value agrees with the exact one it rounds: 21% / 21.4%, 75.1 / 75.12 billion rupees, $850m / $854m.
  assert.equal(valuesAgree(pct('21%', 21), pct('21.4%', 21.4), 0.02), true);
  assert.equal(valuesAgree(money(75.1 * B, 'exact', 'INR'), money(75.12 * B, 'exact', 'INR'), 0.02), true);
  assert.equal(valuesAgree(money(0.85 * B), money(0.854 * B), 0.02), true);
  // Never looser than the tolerance: two round numbers 4% apart still disagree.
  assert.equal(valuesAgree(money(500 * B), money(520 * B), 0.02), false);
});

test('halfUnitOf: half a unit of the last significant digit', () => {
  assert.equal(halfUnitOf(21.4), 0.05);
  assert.ok(Math.abs(halfUnitOf(5.15e9) - 5e6) < 1);
  assert.ok(Math.abs(halfUnitOf(5e7) - 5e6) < 1);
  assert.equal(halfUnitOf(0), 0);
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
