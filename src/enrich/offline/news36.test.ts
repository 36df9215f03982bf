/**
 * Decision 118: the forecast a title's guidance event tells (its own figure first; a full-year title takes no quarter's),
 * a segment's forecast keeps its segment, `from N earlier` is the value before a change, and a funding story's loop.
 * Sentences and figures written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amountBasis } from './basis.js';
import { fundedLoop } from './funding-loop.js';
import { partPeriod, segmentWord, titleForecastOrder } from './title-forecast.js';

const pct = (value: number) => ({ kind: 'percent' as const, value });
const range = (low: number, high: number) => ({ kind: 'money' as const, low, high });

test("titleForecastOrder: the forecast stating the title's figure first; a full-year title takes no quarter's", () => {
  const q3 = { id: 'q3', figure: range(4.4e8, 4.6e8), claim: { period: 'FY2027Q3' } };
  const fy = { id: 'fy', figure: pct(60), claim: { period: 'FY2027' } };
  const other = { id: 'other', figure: pct(12), claim: { period: 'FY2027' } };
  assert.deepEqual(
    titleForecastOrder([q3, other, fy], [pct(60)], true).map((c) => c.id),
    ['fy', 'other'],
  );
  // A title of no year keeps the quarter's forecast, after the one stating its figure.
  assert.deepEqual(
    titleForecastOrder([q3, fy], [pct(60)], false).map((c) => c.id),
    ['fy', 'q3'],
  );
  assert.equal(partPeriod('2026H2'), true);
  assert.equal(partPeriod('FY2027'), false);
});

test('segmentWord: a segment scope words the measure; a convention or an estimate does not', () => {
  assert.equal(segmentWord({ scope: 'AI' }, '营收增速', new Set()), 'AI营收增速');
  assert.equal(segmentWord({ scope: '按固定汇率计算' }, '营收增速', new Set(['按固定汇率计算'])), '营收增速');
  assert.equal(segmentWord({ scope: '市场预期' }, '营收', new Set()), '营收');
  assert.equal(segmentWord({}, '营收', new Set()), '营收');
});

test('amountBasis: "to 60% on Wednesday, from 45% earlier" makes 45% the value before the change', () => {
  const s = 'Brantley Chips raised its forecast for annual revenue growth to 60% on Wednesday, from 45% earlier, citing demand.';
  assert.equal(amountBasis({ text: '45%' }, s), 'earlier');
  assert.notEqual(amountBasis({ text: '60%' }, s), 'earlier');
});

test("fundedLoop: a loop putting money into the story's company and bringing it back", () => {
  const invest = { from: 'Nvidia', to: 'Halvern AI', kind: 'invest' as const };
  const back = { from: 'Halvern AI', to: 'Nvidia', kind: 'cloud-contract' as const };
  assert.equal(fundedLoop([invest, back], 'Halvern AI'), true);
  assert.equal(fundedLoop([invest, back], 'Nvidia'), false);
  assert.equal(fundedLoop([invest, back], undefined), false);
});
