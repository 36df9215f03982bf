/** Fiscal calendars stated in a text, and the one a results text implies by the fiscal quarter it reports. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fiscalStatements, yearEndFromQuarter, yearEndFromReport } from './index.js';

/** text, month the fiscal year ends in (undefined: none stated). */
const CASES: [string, number | undefined][] = [
  ['Revenue for the fourth quarter ended Oct. 31 rose 3%.', 10],
  ['Its fiscal 2027 first quarter ended Oct. 31.', 7],
  ['Revenue in Q3 FY26 (ended Jan 25) rose.', 4],
  // A quarter closing in a month's first week is the quarter of the month before (Broadcom's year ends in October).
  ['The first quarter ended Feb. 1.', 10],
  ['Micron, whose fiscal year ends in late August, guided higher.', 8],
  ['for the fiscal year ending March 31, 2026', 3],
  ['该公司财年截至3月31日。', 3],
  ['第三财季（截至2026年1月25日）营收增长。', 4],
  ['截至2025年11月30日止的2026财年第二财季', 5],
  ['截至2026年3月31日止年度的收入', 3],
  // A year to a month, a year's first month, a fiscal year glossed by its closing month, a quarter glossed by its months.
  ['Operating profit for the fiscal year to March 2027 is forecast to rise 6%.', 3],
  ['Net profit in the year to March rose 12% to 410 billion yen.', 3],
  ['The group, whose financial year begins in July, reported record sales.', 6],
  ['该公司财年始于4月，上半财年营收增长9%。', 3],
  ['该公司2026财年（截至2027年3月）营业利润预计增长8%。', 3],
  ['该公司2027年3月期营业利润预计为1.2万亿日元。', 3],
  ['2027财年第一财季（4-6月）营业利润同比增长15%。', 3],
  ['Shares rose 40% this year to March, and the index gained 8% over the year to June.', undefined],
  ['Revenue in the first quarter rose 8%.', undefined],
  // A half-year ended in a month states no fiscal year end.
  ['Revenue for the half-year ended Sept. 30 rose 5%.', undefined],
];

for (const [text, month] of CASES)
  test(`fiscal calendar: ${text}`, () => {
    assert.equal(fiscalStatements(text)[0]?.fyEndMonth, month);
  });

test('a quarter ending in a month gives the year end three months on per quarter left', () => {
  assert.equal(yearEndFromQuarter(4, 10), 10);
  assert.equal(yearEndFromQuarter(1, 10), 7);
  assert.equal(yearEndFromQuarter(3, 1), 4);
});

test('a fiscal quarter reported one to three months after it closed gives the year end; a December end gives none', () => {
  // HP's fourth quarter of fiscal 2026, reported on 2026-11-24: the year ended in October.
  assert.equal(yearEndFromReport(2026, 4, { year: 2026, month: 11 }), 10);
  // 'fourth quarter of fiscal 2025' reported in February 2026 fits a calendar year: no fiscal calendar.
  assert.equal(yearEndFromReport(2025, 4, { year: 2026, month: 2 }), undefined);
  // A fiscal year named by the year it starts in (Toyota's fiscal 2025 ends in March 2026) fits none.
  assert.equal(yearEndFromReport(2025, 4, { year: 2026, month: 5 }), undefined);
});
