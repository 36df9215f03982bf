/**
 * labels33 (decision 104): a Chinese fiscal year named relative to the document date and glossed by the month it closes
 * in (`截至3月的本财年`, `本财年（截至2027年3月）`, `上一财年（截至2026年3月）`) is that fiscal year, never the calendar year
 * the bare 本财年 would mean. Companies invented for these tests (unknown to the gazetteer and the fiscal-year table).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';
import { fiscalStatements } from './fiscal-calendar.js';

const gaz = loadGazetteer();
const period = (text: string, figure: string) => extract(text, { date: '2026-11-20' }, gaz).figures.find((f) => f.text === figure)?.period;

test('a relative fiscal year glossed by its closing month states the calendar (March)', () => {
  assert.deepEqual(
    fiscalStatements('澄风电子预计截至3月的本财年营业利润为1200亿日元。').map((s) => s.fyEndMonth),
    [3],
  );
  assert.deepEqual(
    fiscalStatements('澄风电子预计本财年（截至2027年3月）营业利润为1200亿日元。').map((s) => s.fyEndMonth),
    [3],
  );
});

test('截至3月的本财年 in November is the fiscal year closing next March (FY2027), not calendar 2026', () => {
  assert.equal(period('澄风电子预计截至3月的本财年营业利润为1200亿日元。', '1200亿日元'), 'FY2027');
  assert.equal(period('澄风电子预计本财年（截至2027年3月）营业利润为1200亿日元。', '1200亿日元'), 'FY2027');
  assert.equal(period('澄风电子预计截至明年3月的本财年营业利润为1200亿日元。', '1200亿日元'), 'FY2027');
  assert.equal(period('澄风电子上一财年（截至2026年3月）营业利润为900亿日元。', '900亿日元'), 'FY2026');
  // With no closing month, 本财年 of a company with no known calendar stays the calendar year.
  assert.equal(period('澄风电子预计本财年营业利润为1200亿日元。', '1200亿日元'), '2026');
});

test('a Hong Kong quarter named by its closing month (截至6月底止第四财季) is the fiscal quarter, its 纯利 a profit', () => {
  const figs = extract(
    '云枫软件公布截至6月底止第四财季业绩，收入按年增长16%至88亿美元；纯利32亿美元。',
    { date: '2026-07-30' },
    gaz,
  ).figures;
  const of = (t: string) => figs.find((f) => f.text === t);
  // The quarter ends in June: the calendar's second quarter (a fiscal calendar of the company relabels it), never the month.
  assert.equal(of('88亿美元')?.period, '2026Q2');
  assert.equal(of('32亿美元')?.metric, 'profit');
  const warn = extract(
    '云枫软件预期2026年度录得纯利约人民币6.1亿元至6.5亿元，而2025年度则录得亏损约人民币5.2亿元。',
    { date: '2027-01-20' },
    gaz,
  ).figures;
  assert.deepEqual(
    warn.map((f) => [f.metric, f.period]),
    [
      ['profit', '2026'],
      ['loss', '2025'],
    ],
  );
});
