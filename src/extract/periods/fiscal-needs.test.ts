/**
 * Each fiscal-calendar pattern is run only over texts holding the words all its matches hold (`needs`): the statements
 * found are those of every pattern run over every text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FiscalStatement, fiscalStatements, PATTERNS } from './fiscal-calendar.js';

const TEXTS = [
  'Harbor Lake Semiconductor reported revenue for the fourth quarter ended Oct. 31 of $3.2 billion.',
  'Northwind, whose fiscal year ends in late August, guided to higher margins.',
  'In the year to March, Keisei Robotics sold 1.2 million units.',
  'Its financial year begins in July, so the first quarter runs to September.',
  'The company said Q3 FY26 (ended Jan 25) revenue rose 18%.',
  'Shares rose this year to March highs.',
  '衡川半导体财年始于4月，2026财年（截至2027年3月）营收预计增长两成。',
  '星衡智算2027年3月期净利润为42亿日元。',
  '公司第一财季（4-6月）营收58亿元，第三财季（截至2026年1月25日）毛利率回升。',
  '截至2025年11月30日止的2026财年第二财季，营收同比增长23%。',
  '該公司財年於每年3月底結束。',
  '第三季度营收58亿元，同比增长23%。',
  'Revenue rose 9% to $8.2 billion.',
];

/** Every pattern over the whole text, as before the words were checked first. */
function everyPattern(text: string): FiscalStatement[] {
  const out: FiscalStatement[] = [];
  for (const p of PATTERNS) {
    const re = new RegExp(p.re.source, p.re.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const month = p.read(m);
      if (month !== undefined && month >= 1 && month <= 12) out.push({ start: m.index, end: m.index + m[0].length, fyEndMonth: month });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

test('fiscal calendars: every match of a pattern holds the words it needs', () => {
  let matches = 0;
  for (const text of TEXTS)
    for (const p of PATTERNS) {
      const re = new RegExp(p.re.source, p.re.flags);
      for (let m = re.exec(text); m; m = re.exec(text)) {
        matches++;
        assert.ok(p.needs.test(m[0]), `${p.needs} in ${JSON.stringify(m[0])}`);
      }
    }
  assert.ok(matches >= 8, `the texts state calendars (${matches})`);
});

test('fiscal calendars: the statements found are those of every pattern run over every text', () => {
  for (const text of TEXTS) assert.deepEqual(fiscalStatements(text), everyPattern(text), text);
  assert.deepEqual(
    fiscalStatements('Revenue rose 9% to $8.2 billion.').map((s) => s.fyEndMonth),
    [],
  );
  assert.deepEqual(
    fiscalStatements('Northwind, whose fiscal year ends in late August, guided to higher margins.').map((s) => s.fyEndMonth),
    [8],
  );
});
