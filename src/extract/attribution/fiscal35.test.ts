/**
 * Periods from the document's own fiscal calendar (decision 113): a company no table knows reports a fiscal quarter; the
 * quarter it names with its fiscal year, or its ordinal together with the day the quarter closed, tells its calendar, and
 * every figure of the company follows it. Invented companies and sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function periods(date: string, lang: 'en' | 'zh', text: string): string[] {
  return extract(text, { date, lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.text}|${f.period ?? ''}`);
}

test('a fiscal quarter named with its year holds for the later figures, after a bare quarter and in another paragraph', () => {
  assert.deepEqual(
    periods(
      '2026-11-25',
      'en',
      'Tessaly Networks reported first-quarter fiscal 2027 results on Tuesday. Revenue rose 12% to $2.1 billion in the first quarter.\n\nThe company posted a net loss of $300 million. For the full fiscal year it now expects capital spending of about $3 billion.',
    ),
    ['$2.1 billion|FY2027Q1', '$300 million|FY2027Q1', 'about $3 billion|FY2027'],
  );
});

test('2027财年第一财季 dates 第一季度 and 全年 of a company no one named', () => {
  assert.deepEqual(
    periods(
      '2026-11-25',
      'zh',
      '澄光科技公布2027财年第一财季业绩。第一季度营收增长12%至21亿美元。公司第一季度亏损3亿美元。公司预计全年资本开支约为30亿美元。',
    ),
    ['21亿美元|FY2027Q1', '3亿美元|FY2027Q1', '约为30亿美元|FY2027'],
  );
});

test("a quarter's ordinal and the day it closed on tell the fiscal calendar: the wire's own quarter name wins", () => {
  // Its fourth quarter closed on Oct. 31: no calendar fourth quarter, which has not ended in November.
  assert.deepEqual(
    periods(
      '2026-11-25',
      'en',
      'Tessaly Networks reported a fourth-quarter net loss of $300 million on Tuesday. Revenue for the quarter ended Oct. 31 rose to $2 billion.',
    ),
    ['$300 million|FY2026Q4', '$2 billion|FY2026Q4'],
  );
  // Its second quarter closed on Sept. 30: the three months ended then are that second quarter, not a calendar third.
  assert.deepEqual(
    periods(
      '2026-11-05',
      'en',
      'Tessaly Networks said second-quarter revenue rose 8% to $1.2 billion in the three months ended Sept. 30. Net income in the period was $100 million.',
    ),
    ['$1.2 billion|FY2027Q2', '$100 million|FY2027Q2'],
  );
  assert.deepEqual(periods('2026-11-25', 'zh', '澄光科技周二公布，截至10月31日的季度营收增长12%至21亿美元。第四季度净亏损3亿美元。'), [
    '21亿美元|FY2026Q4',
    '3亿美元|FY2026Q4',
  ]);
});

test('a calendar company keeps calendar quarters', () => {
  assert.deepEqual(
    periods(
      '2026-10-28',
      'en',
      'Tessaly Networks reported third-quarter revenue of $2 billion. Net income for the three months ended Sept. 30 was $100 million. It expects fourth-quarter revenue of $2.2 billion.',
    ),
    ['$2 billion|2026Q3', '$100 million|2026Q3', '$2.2 billion|2026Q4'],
  );
});

test('a reported quarter that has not closed on the calendar is a fiscal one; guidance for the year after it is the next fiscal year', () => {
  // 'fourth-quarter' reported in November: no calendar fourth quarter has closed; the fiscal one closed a month before.
  assert.deepEqual(
    periods(
      '2026-11-25',
      'en',
      'Tessaly Networks reported a fourth-quarter net loss of $300 million on Tuesday. Revenue rose 8% to $2 billion. For the year, it expects revenue of $9 billion.',
    ),
    ['$300 million|FY2026Q4', '$2 billion|FY2026Q4', '$9 billion|FY2027'],
  );
  assert.deepEqual(
    periods(
      '2026-11-25',
      'en',
      'Tessaly Networks reported fourth-quarter fiscal 2026 results. For the full year, revenue was $8 billion. For the full fiscal year, it expects revenue of $9 billion.',
    ),
    ['$8 billion|FY2026', '$9 billion|FY2027'],
  );
  assert.deepEqual(
    periods('2026-11-25', 'zh', '澄光科技公布2026财年第四财季业绩，营收增长8%至20亿美元。全年营收80亿美元。全年，公司预计营收90亿美元。'),
    ['20亿美元|FY2026Q4', '80亿美元|FY2026', '90亿美元|FY2027'],
  );
});

test("another company's fiscal quarter, named by its ordinal and closing day, sets no calendar of the text's own company", () => {
  assert.deepEqual(
    periods(
      '2026-06-10',
      'en',
      'SK hynix shares climb as rival results lift outlook\n\nSK hynix shares rose 4% after a rival posted record quarterly sales. Micron said its revenue for the fiscal third quarter ended May 28 reached $13.9 billion. It guided fourth-quarter revenue of $15.2 billion.\n\nSK hynix is expected to report second-quarter operating profit of around $9 billion, up from $3 billion a year earlier.\n\nContract prices of memory chips rose 18% in the second quarter, a tracker said.',
    ),
    ['$13.9 billion|FY2026Q3', '$15.2 billion|FY2026Q4', 'around $9 billion|2026Q2', '$3 billion|2025Q2'],
  );
});
