/** Decision 115: the lead plan of a results story — the period just reported before the year it closes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../../extract/entities/index.js';
import { extract } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { changeWord } from './basis.js';
import { partOfYear, reportedFirst, yearBehindPart, yearTitle } from './lead-plan.js';

const gaz = loadGazetteer();

const fact = (subject: string, period: string, id: string) => ({ id, claim: { subject, period } });

test('lead plan: a quarter is a part of the year it belongs to, of either calendar kind', () => {
  assert.equal(partOfYear('FY2026Q4', 'FY2026'), true);
  assert.equal(partOfYear('2026H1', '2026'), true);
  // A fiscal company's quarter the pipeline filed as a calendar one (its fiscal year is named by the year it ends in).
  assert.equal(partOfYear('2026Q4', 'FY2026'), true);
  assert.equal(partOfYear('2025Q4', 'FY2026'), true);
  assert.equal(partOfYear('2025Q4', '2026'), false);
  assert.equal(partOfYear('FY2026', 'FY2026'), false);
  assert.equal(partOfYear('FY2026Q1', '2026'), false);
});

test('lead plan: the reported quarter before the year total, unless the title is of the year', () => {
  const year = fact('Kestrel Memory', 'FY2026', 'year');
  const quarter = fact('Kestrel Memory', 'FY2026Q4', 'quarter');
  const other = fact('Orvane', 'FY2026Q4', 'other');
  assert.deepEqual(
    reportedFirst([year, quarter], 'Kestrel Memory fiscal Q4 2026 earnings call').map((f) => f.id),
    ['quarter', 'year'],
  );
  assert.deepEqual(
    reportedFirst([year, quarter], 'Kestrel Memory annual revenue jumps').map((f) => f.id),
    ['year', 'quarter'],
  );
  // Another company's quarter puts no year behind.
  assert.equal(yearBehindPart(year, [other]), false);
  assert.equal(yearBehindPart(year, [quarter]), true);
});

test('lead plan: which titles are of a whole year', () => {
  assert.equal(yearTitle('Kestrel Memory annual revenue jumps as AI demand lifts prices'), true);
  assert.equal(yearTitle('Halvard Bank 2025 profit rises 30%'), true);
  assert.equal(yearTitle('中信证券2025年度业绩快报：净利润增逾三成'), true);
  assert.equal(yearTitle('Kestrel Memory fiscal Q4 2026 earnings call (transcript)'), false);
  assert.equal(yearTitle('Kestrel Memory fourth-quarter revenue beats estimates'), false);
});

test('basis: a comparison word after `and` belongs to the next rate', () => {
  const pc = (text: string): Pick<Figure, 'kind' | 'text' | 'direction'> => ({ kind: 'percent', text, direction: 'up' });
  const s = 'Revenue was $6.8 billion, up 36% year over year and up 11% sequentially.';
  assert.equal(changeWord(pc('36%'), s), '同比增长');
  assert.equal(changeWord(pc('11%'), s), '环比增长');
  assert.equal(
    changeWord(
      pc('thirty-six percent'),
      'Revenue was six point eight billion dollars, up thirty-six percent year over year and up eleven percent sequentially.',
    ),
    '同比增长',
  );
});

test("scope: an executive's `we expect` on a call is the company's guidance; an analyst's stays an estimate", () => {
  const scopeOf = (text: string) =>
    extract(text, { date: '2026-10-08', lang: 'en' }, gaz)
      .figures.filter((f) => f.kind === 'money')
      .map((f) => `${f.text}|${f.scope ?? ''}`);
  assert.deepEqual(scopeOf('Jon Vell, CFO: For fiscal Q1 2027 we expect revenue of $7.2 billion at Kestrel Memory.'), ['$7.2 billion|']);
  assert.deepEqual(scopeOf('Mara Ostrand, President and CEO: We now expect capex of about $4 billion at Kestrel Memory.'), [
    'about $4 billion|',
  ]);
  // An analyst's turn, a broker's note: their `we expect` is their own estimate.
  assert.deepEqual(scopeOf('Priya Natarajan, Northbridge Securities: We expect revenue of $7.5 billion at Kestrel Memory.'), [
    '$7.5 billion|市场预期',
  ]);
  assert.deepEqual(scopeOf('We expect Kestrel Memory to report revenue of $7.5 billion.'), ['$7.5 billion|市场预期']);
  // Analysts' estimates an executive cites are still theirs.
  assert.deepEqual(scopeOf('Jon Vell, CFO: Revenue of $6.8 billion compares with analysts expected $6.5 billion.'), [
    '$6.8 billion|',
    '$6.5 billion|市场预期',
  ]);
});
