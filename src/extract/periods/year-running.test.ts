/**
 * labels32 (decision 095): a fiscal year named by the month it is still running to ('the year ending in March', no
 * year) is the one that month closes next — in November 2026, the year to March 2027 (FY2027), never the March before
 * (a fiscal year printed as the calendar year before it). 'ended', 'to' and 'through' keep the month-end just past.
 * Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';
import { yearRunningTo } from './calendar.js';

const gaz = loadGazetteer();
const periodOf = (date: string, s: string) => extract(s, { date }, gaz).figures[0]?.period;

test('yearRunningTo: the next such month-end, two months of grace after one', () => {
  assert.equal(yearRunningTo(3, { year: 2026, month: 11 }), 2027);
  assert.equal(yearRunningTo(3, { year: 2026, month: 5 }), 2026);
  assert.equal(yearRunningTo(12, { year: 2026, month: 11 }), 2026);
  assert.equal(yearRunningTo(6, { year: 2026, month: 9 }), 2027);
});

test('a year ending in a month with no year is the year still running; ended, to and through keep the one past', () => {
  assert.equal(periodOf('2026-11-20', 'Keiran Denki forecast operating profit of 500 billion yen for the year ending in March.'), 'FY2027');
  assert.equal(periodOf('2026-11-20', 'Corvane expects revenue of $21 billion for the fiscal year ending in June.'), 'FY2027');
  assert.equal(periodOf('2026-11-20', 'Keiran Denki posted profit of 400 billion yen for the year ended in March.'), 'FY2026');
  assert.equal(periodOf('2026-08-06', 'Keiran Denki said revenue in the year to March rose to 90 billion yen.'), 'FY2026');
  assert.equal(periodOf('2026-05-14', 'Keiran Denki posted profit of 400 billion yen for the year ending in March.'), 'FY2026');
});
