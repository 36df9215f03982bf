/** Period recognition and resolution against the document date, English and Chinese. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPeriods, fiscalQuarterAt, fiscalQuarterEnding, fiscalQuarterLabel, resolvePeriod, shiftMonths, shiftYears } from './index.js';

const DOC = '2026-03-02';

/** phrase, document date, expected period (undefined: none). */
const CASES: [string, string | null, string | undefined][] = [
  ['2026年第一季度', DOC, '2026Q1'],
  // A quarter named by its end month: the calendar quarter most of it falls in (fiscal calendars relabel it).
  ['the quarter ended Oct. 25', '2026-11-22', '2026Q3'],
  ['the quarter ending in January', '2026-11-19', '2026Q4'],
  ['the quarter ended December 31, 2025', DOC, '2025Q4'],
  // A fiscal quarter closing in a month's first week is the quarter of the month before (it closed on a weekend).
  ['the quarter ended Feb. 1', '2026-03-05', '2025Q4'],
  ['in our fiscal Q1 2026', DOC, 'FY2026Q1'],
  ["AI revenue for fiscal '27", DOC, 'FY2027'],
  ['for the full fiscal year 2026', DOC, 'FY2026'],
  ['the quarter ending in early May', '2026-03-05', '2026Q1'],
  ['the quarter ended Aug. 3, 2025', DOC, '2025Q2'],
  ['the quarter ending in June', DOC, '2026Q2'],
  ['Q1 2026', DOC, '2026Q1'],
  ['1Q26', DOC, '2026Q1'],
  // a broker's fiscal quarter marked with F, and a two-digit fiscal year in Chinese: fiscal, never a calendar quarter
  ['F2Q27 revenue guidance', DOC, 'FY2027Q2'],
  ['revenue in 3QF26', DOC, 'FY2026Q3'],
  ['27财年第二季度', DOC, 'FY2027Q2'],
  ['26财年营收', DOC, 'FY2026'],
  ["Q3'25", DOC, '2025Q3'],
  ['first quarter of 2026', DOC, '2026Q1'],
  ['一季度', DOC, '2026Q1'],
  ['第四季度', DOC, '2025Q4'],
  ['fourth-quarter', DOC, '2025Q4'],
  ['第二季度', DOC, '2026Q2'],
  ['H1 2026', DOC, '2026H1'],
  ['1H25', DOC, '2025H1'],
  ['上半年', DOC, '2026H1'],
  ['2025年下半年', DOC, '2025H2'],
  ['second half of this year', DOC, '2026H2'],
  ['FY2025', DOC, 'FY2025'],
  // A fiscal year across two calendar years is named by the year it ends in; two years that do not follow on are no fiscal year.
  ['FY2025-26', DOC, 'FY2026'],
  ['fiscal 2025/26', DOC, 'FY2026'],
  ['Q3 FY2025-26', DOC, 'FY2026Q3'],
  ['2025/26财年第三财季', DOC, 'FY2026Q3'],
  ['2025-26財年', DOC, 'FY2026'],
  ['2024/26财年', DOC, '2024'],
  // A quarter named by its three months, or as the three months to a month.
  ['the June-August quarter', '2026-09-25', '2026Q3'],
  ['in the three months to June', '2026-07-20', '2026Q2'],
  ['the April to July quarter', '2026-09-25', undefined],
  // Six months named by the month they end in: a calendar half in June or December, else that month (a fiscal calendar
  // relabels it); a year to a month that is not December is a fiscal year.
  ['in the six months to June', '2026-08-10', '2026H1'],
  ['in the six months to September', '2026-11-12', '2026-09'],
  ['for the year to March 2027', '2026-11-12', 'FY2027'],
  ['FY26', DOC, 'FY2026'],
  ['2025财年', DOC, 'FY2025'],
  ['fiscal 2025', DOC, 'FY2025'],
  ['fiscal year 2027', DOC, 'FY2027'],
  ['2026财年第三季度', DOC, 'FY2026Q3'],
  ['third quarter of fiscal 2026', DOC, 'FY2026Q3'],
  ['2026年3月', DOC, '2026-03'],
  ['March 2026', DOC, '2026-03'],
  ['Oct. 15, 2025', DOC, '2025-10'],
  ['in March', DOC, '2026-03'],
  ['12月', DOC, '2025-12'],
  ['今年', DOC, '2026'],
  ['明年', DOC, '2027'],
  ['去年', DOC, '2025'],
  ['this year', DOC, '2026'],
  ['next year', DOC, '2027'],
  ['last year', DOC, '2025'],
  ['last quarter', DOC, '2025Q4'],
  ['本季度', DOC, '2026Q1'],
  ['上季度', DOC, '2025Q4'],
  ['上个月', DOC, '2026-02'],
  ['去年第四季度', DOC, '2025Q4'],
  ['今年上半年', DOC, '2026H1'],
  // Without context '全年' is the year just ended in January-March (attribution resolves it against the lead period).
  ['全年', DOC, '2025'],
  ['全年', '2025-09-01', '2025'],
  // Spans of years and balances at a year end.
  ['2025至2027年', DOC, '2025-2027'],
  ['from 2026 through 2029', DOC, '2026-2029'],
  ['between 2026 and 2030', DOC, '2026-2030'],
  ['2026-2028年', DOC, '2026-2028'],
  ['2030至2025年', DOC, '2030'],
  ['at the end of 2025', DOC, '2025-12'],
  ['截至2025年末', DOC, '2025-12'],
  ['by the end of 2027', DOC, '2027'],
  ['去年第四季', DOC, '2025Q4'],
  // Periods named by the day they end (results of Hong Kong and US filers).
  ['截至2025年9月30日止三个月', DOC, '2025Q3'],
  ['截至2026年3月31日止年度', DOC, 'FY2026'],
  ['截至2025年12月31日止年度', DOC, '2025'],
  ['截至2025年6月30日止六个月', DOC, '2025H1'],
  ['the year ended December 31, 2025', DOC, '2025'],
  ['the fiscal year ended June 30, 2025', DOC, 'FY2025'],
  ['the September quarter', '2026-01-15', '2025Q3'],
  ['by 2030', DOC, '2030'],
  ['2025年', null, '2025'],
  ['今年', null, undefined],
  ['last quarter', null, undefined],
  ['$2030', DOC, undefined],
  ['2026亿美元', DOC, undefined],
  // Chips named H100 / H200 are not the halves of 2000.
  ['H200芯片', DOC, undefined],
  ['shipments of H100 systems', DOC, undefined],
  ['1H26', DOC, '2026H1'],
  ['3个月', DOC, undefined],
];

for (const [phrase, date, expected] of CASES) {
  test(`resolvePeriod(${phrase}, ${date})`, () => assert.equal(resolvePeriod(phrase, date), expected));
}

test('findPeriods: offsets, longest match, several periods in one text', () => {
  const text = '微软2025财年资本开支800亿美元，今年上半年预计再增30%；Nvidia guided for Q1 FY2027.';
  const ps = findPeriods(text, DOC);
  assert.deepEqual(
    ps.map((p) => [p.text, p.period]),
    [
      ['2025财年', 'FY2025'],
      ['今年上半年', '2026H1'],
      ['Q1 FY2027', 'FY2027Q1'],
    ],
  );
  for (const p of ps) assert.equal(text.slice(p.start, p.end), p.text);
});

test('a quarter ordinal that counts a run names no quarter', () => {
  const periods = (text: string) => findPeriods(text, '2026-07-20').map((p) => p.period);
  assert.deepEqual(periods('云业务增速连续第三季高于三成。'), []);
  assert.deepEqual(periods('雲端收入增速連續第四季超過四成，第二季度營收創新高。'), ['2026Q2']);
  assert.deepEqual(periods('Cloud growth topped 30% for the third quarter in a row.'), []);
  assert.deepEqual(periods('Revenue rose in the second quarter, the third quarter running that sales grew.'), ['2026Q2']);
  // a quarter named, not counted
  assert.deepEqual(periods('公司第三季营收增长12%。'), ['2026Q3']);
});

test('a quarter or half named by its months carries its closing month for a fiscal calendar; 3月期 is a fiscal year', () => {
  const at = (phrase: string) => findPeriods(phrase, '2026-08-05')[0];
  assert.deepEqual([at('4-6月营业利润')?.period, at('4-6月营业利润')?.quarterEnd], ['2026Q2', { year: 2026, month: 6 }]);
  assert.deepEqual([at('今年1至6月')?.period, at('今年1至6月')?.halfEnd], ['2026H1', { year: 2026, month: 6 }]);
  assert.equal(at('2027年3月期的营业利润')?.period, 'FY2027');
  assert.equal(at('2026年12月期的营业利润')?.period, '2026');
});

test('the first months of a year named without one are of the last year whose run has closed', () => {
  const at = (phrase: string, date: string) => findPeriods(phrase, date)[0]?.period;
  assert.equal(at('公司前三季度归母净利润180亿元', '2026-03-05'), '2025Q1-Q3');
  assert.equal(at('公司前三季度归母净利润180亿元', '2026-10-28'), '2026Q1-Q3');
  assert.equal(at('前10个月出口额', '2026-03-10'), '2025-01-2025-10');
  assert.equal(at('前10个月出口额', '2026-11-12'), '2026-01-2026-10');
  // a year written keeps it
  assert.equal(at('今年前三季度', '2026-03-05'), '2026Q1-Q3');
});

test('anaphors and shifts are marked with their guess without context', () => {
  const at = (phrase: string, date = DOC) => findPeriods(phrase, date)[0];
  assert.deepEqual([at('当季')?.anaphor, at('当季')?.period], ['quarter', '2025Q4']);
  assert.deepEqual([at('The quarter')?.anaphor, at('the quarter ended Oct. 25', '2026-11-22')?.anaphor], ['quarter', undefined]);
  assert.deepEqual([at('整个财年')?.anaphor, at('整个财年')?.period], ['fiscal-year', 'FY2025']);
  assert.deepEqual([at('截至年末')?.anaphor, at('截至年末')?.period], ['year-end', '2025-12']);
  assert.deepEqual([at('a year earlier')?.shift, at('a year earlier')?.period], [-1, '2025']);
  assert.deepEqual([at('去年同期')?.shift, at('去年同期')?.text], [-1, '去年同期']);
  assert.equal(at('同期')?.anaphor, 'same');
  assert.deepEqual([at('next quarter')?.relativeUnit, at('next quarter')?.relativeOffset], ['quarter', 1]);
});

test('fiscalQuarterAt: the fiscal quarter holding the document date, moved', () => {
  assert.equal(fiscalQuarterAt({ year: 2026, month: 2 }, 0, 1), 'FY2027Q1');
  assert.equal(fiscalQuarterAt({ year: 2026, month: 2 }, -1, 1), 'FY2026Q4');
  assert.equal(fiscalQuarterAt({ year: 2026, month: 2 }, -1, 6), 'FY2026Q2');
  assert.equal(fiscalQuarterAt({ year: 2025, month: 12 }, 0, 5), 'FY2026Q3');
  assert.equal(shiftYears('FY2026Q4', -1), 'FY2025Q4');
  assert.equal(shiftYears('2025-12', -1), '2024-12');
});

test('a bare quarter is marked so attribution can apply a fiscal calendar', () => {
  assert.equal(findPeriods('fourth-quarter revenue', DOC)[0]?.bareQuarter, 4);
  assert.equal(findPeriods('2025年第四季度', DOC)[0]?.bareQuarter, undefined);
});

test('fiscalQuarterLabel: Nvidia (January year end) and Microsoft (June)', () => {
  const doc = { year: 2026, month: 3 };
  assert.equal(fiscalQuarterLabel(4, 1, doc), 'FY2026Q4');
  assert.equal(fiscalQuarterLabel(3, 1, doc), 'FY2026Q3');
  assert.equal(fiscalQuarterLabel(1, 1, doc), 'FY2027Q1');
  assert.equal(fiscalQuarterLabel(2, 6, doc), 'FY2026Q2');
  assert.equal(fiscalQuarterLabel(4, 12, doc), 'FY2025Q4');
});

test('a quarter named by its end month keeps the month for fiscal calendars and marks relative phrases', () => {
  const [ended] = findPeriods('in the quarter ended Oct. 25', '2026-11-22');
  assert.deepEqual(ended?.quarterEnd, { year: 2026, month: 10 });
  const [ending] = findPeriods('for the quarter ending in January', '2026-11-19');
  assert.deepEqual(ending?.quarterEnd, { year: 2027, month: 1 });
  assert.equal(fiscalQuarterEnding(2026, 10, 1), 'FY2027Q3');
  assert.equal(fiscalQuarterEnding(2027, 1, 1), 'FY2027Q4');
  assert.equal(fiscalQuarterEnding(2026, 9, 6), 'FY2027Q1');
  assert.equal(fiscalQuarterEnding(2026, 6, 6), 'FY2026Q4');
  assert.equal(findPeriods('next year', DOC)[0]?.relativeOffset, 1);
  assert.equal(findPeriods('去年第四季度', DOC)[0]?.relativeOffset, -1);
  assert.equal(findPeriods('2026年', DOC)[0]?.relativeOffset, undefined);
});

test('a date that only closes the period named beside it dates balances, not flows', () => {
  const q = findPeriods('博通公布2026财年第一财季（截至2026年2月1日）业绩', '2026-03-05');
  assert.deepEqual(
    q.map((p) => [p.period, p.closing === true]),
    [
      ['FY2026Q1', false],
      ['2026-02', true],
    ],
  );
  const r = findPeriods('阿里巴巴截至2025年12月31日止的2026财年第三季度收入', '2026-03-05');
  assert.deepEqual(
    r.map((p) => [p.period, p.closing === true]),
    [
      ['2025-12', true],
      ['FY2026Q3', false],
    ],
  );
  assert.equal(findPeriods('截至2025年12月末，贷款余额为500亿元', '2026-03-05')[0]?.closing, undefined);
});

test('a balance as of a day or a month end is as of that month, a month after the document date is last year', () => {
  const at = (t: string) => findPeriods(t, '2026-03-10').map((p) => [p.text, p.period]);
  assert.deepEqual(at('截至3月6日，两融余额为2.51万亿元。'), [['截至3月6日', '2026-03']]);
  assert.deepEqual(at('截至 2025 年 12 月底，订单储备约为 90 亿元。'), [['截至 2025 年 12 月底', '2025-12']]);
  assert.deepEqual(at('截至6月末，公司现金约30亿元。'), [['截至6月末', '2025-06']]);
  // the day closing a named period stays that period's ('截至2025年9月30日止三个月' is a quarter)
  assert.deepEqual(at('截至2025年9月30日止三个月收入为20亿元。'), [['截至2025年9月30日止三个月', '2025Q3']]);
});

test("'当年' / 'that year' point back to a year named before; '相当年轻' is no period", () => {
  const at = (t: string) => findPeriods(t, '2026-03-10').map((p) => [p.text, p.anaphor]);
  assert.deepEqual(at('公司当年营收达到15.2亿元。'), [['当年', 'that-year']]);
  assert.deepEqual(at('That year it booked revenue of $12 million.'), [['That year', 'that-year']]);
  assert.deepEqual(at('这家相当年轻的公司营收约2亿元。'), []);
});

test('shiftMonths moves months, whole quarters and halves; a year by months is undefined', () => {
  assert.equal(shiftMonths('2026-09', -3), '2026-06');
  assert.equal(shiftMonths('2026-02', -3), '2025-11');
  assert.equal(shiftMonths('FY2027Q1', -3), 'FY2026Q4');
  assert.equal(shiftMonths('2026H1', -6), '2025H2');
  assert.equal(shiftMonths('2026Q3', -1), undefined);
  assert.equal(shiftMonths('2026', -3), undefined);
});
