import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Figure } from '../../types/index.js';
import { type AllowedFigure, isCalendarYear, traceFigure, valuesMatch, writtenStep } from './match.js';

function fig(p: Partial<Figure> & Pick<Figure, 'kind' | 'text'>): Figure {
  return { start: 0, end: p.text.length, qualifier: 'exact', ...p };
}
function allowed(p: Partial<AllowedFigure> & Pick<AllowedFigure, 'kind'>): AllowedFigure {
  return { text: '', origin: 'it_test', ...p };
}

test('writtenStep: the precision a number was written to', () => {
  const cases: [string, number, number][] = [
    ['6100', 6.1e11, 1e10],
    ['1.5', 1.5e9, 1e8],
    ['3.7', 3.7, 0.1],
    ['4100', 4.1e11, 1e10],
    ['97', 97, 1],
  ];
  for (const [w, v, step] of cases) {
    const got = writtenStep(w, v) ?? Number.NaN;
    assert.ok(Math.abs(got - step) / step < 1e-9, `${w} → ${got}, want ${step}`);
  }
});

test('valuesMatch: 0.5 % tolerance, or equal after rounding to the written precision (gap ≤ 5 %)', () => {
  const cases: [number, number, number | undefined, boolean][] = [
    [6.1e11, 6.1e11, 1e10, true],
    [6.1e11, 6.12e11, undefined, true], // 0.33 %
    [6.1e11, 6.137e11, 1e10, true], // rounds to 6100亿
    [6.1e11, 6.2e11, 1e10, false], // 1.6 %, rounds to 6200亿
    [3.7, 3.714, 0.1, true],
    [1e9, 1.04e9, 1e9, true],
    [1e9, 1.4e9, 1e9, false], // rounds to 1 billion but 29 % apart
    [5e11, 4e11, 1e11, false],
  ];
  for (const [g, a, step, want] of cases) assert.equal(valuesMatch(g, a, step), want, `${g} vs ${a} (step ${step})`);
});

test('valuesMatch is symmetric within the relative tolerance (property)', () => {
  fc.assert(
    fc.property(fc.double({ min: 1, max: 1e13, noNaN: true }), fc.double({ min: -0.004, max: 0.004, noNaN: true }), (v, d) => {
      return valuesMatch(v, v * (1 + d)) && valuesMatch(v * (1 + d), v);
    }),
  );
});

test('traceFigure: kinds, currencies, ranges and directions', () => {
  const usd610 = allowed({ kind: 'money', value: 6.1e11, currency: 'USD', text: '$610 billion' });
  const range = allowed({ kind: 'money', low: 4e10, high: 6e10, currency: 'USD', text: '40 to $60 billion' });
  const pct = allowed({ kind: 'percent', value: 97, direction: 'up', text: '增长97%' });
  const list = [usd610, range, pct];
  const cases: [Figure, boolean][] = [
    [fig({ kind: 'money', text: '6100亿美元', value: 6.1e11, currency: 'USD' }), true],
    [fig({ kind: 'money', text: '6100亿元', value: 6.1e11, currency: 'CNY' }), false], // K3: other currency
    [fig({ kind: 'count', text: '6100亿', value: 6.1e11 }), true], // K2: bare amount
    [fig({ kind: 'percent', text: '6100亿%', value: 6.1e11 }), false], // K1: other kind
    [fig({ kind: 'money', text: '400亿至600亿美元', low: 4e10, high: 6e10, currency: 'USD' }), true], // R1
    [fig({ kind: 'money', text: '600亿美元', value: 6e10, currency: 'USD' }), true], // a range end
    [fig({ kind: 'money', text: '500亿美元', value: 5e10, currency: 'USD' }), false], // inside a range is not an end
    [fig({ kind: 'percent', text: '97%', value: 97 }), true],
    [fig({ kind: 'percent', text: '下降97%', value: 97, direction: 'down' }), false], // K4: other direction
    [fig({ kind: 'money', text: '5000亿美元', value: 5e11, currency: 'USD' }), false],
  ];
  for (const [g, want] of cases) assert.equal(traceFigure(g, list) !== undefined, want, g.text);
});

test('isCalendarYear: years are not figures, durations are', () => {
  assert.equal(isCalendarYear(fig({ kind: 'count', text: '2026年', value: 2026 })), true);
  assert.equal(isCalendarYear(fig({ kind: 'duration', text: 'FY2025', value: 2025, unit: 'year' })), true);
  assert.equal(isCalendarYear(fig({ kind: 'duration', text: '3年', value: 3, unit: 'year' })), false);
  assert.equal(isCalendarYear(fig({ kind: 'count', text: '2026 GPUs', value: 2026, unit: 'GPUs' })), false);
});
