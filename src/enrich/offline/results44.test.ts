/** Decision 178: a segment's amount filed under the group's total is a part of it, not a second value. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partOfWhole } from './results-part.js';

const usd = (value: number, qualifier: 'exact' | 'approx' | 'max' = 'exact') => ({
  kind: 'money' as const,
  value,
  currency: 'USD',
  qualifier,
});

test('a segment at most half the quarter’s revenue is a part of it', () => {
  assert.equal(partOfWhole(usd(19.31e9), usd(7.1e9), 'revenue', 'FY2026Q1'), true);
  assert.equal(partOfWhole(usd(14.8e9), usd(2.2e9, 'approx'), 'revenue', '2026Q3'), true);
});

test('a value near the total stays a second value (a dispute, a revision)', () => {
  assert.equal(partOfWhole(usd(19.31e9), usd(18.9e9), 'revenue', 'FY2026Q1'), false);
  assert.equal(partOfWhole(usd(3.1e9), usd(2.8e9), 'revenue', 'FY2027Q2'), false);
});

test('silent for another measure, period, currency or a ceiling', () => {
  assert.equal(partOfWhole(usd(20e9), usd(5e9), 'capex', '2026'), false);
  assert.equal(partOfWhole(usd(20e9), usd(5e9), 'revenue', '2026-08'), false);
  assert.equal(partOfWhole(usd(20e9), usd(5e9, 'max'), 'revenue', '2026Q1'), false);
  assert.equal(partOfWhole(usd(20e9), { ...usd(5e9), currency: 'EUR' }, 'revenue', '2026Q1'), false);
  assert.equal(partOfWhole(usd(20e9), { kind: 'percent' as const, value: 5, qualifier: 'exact' as const }, 'revenue', '2026Q1'), false);
});

test('the amount’s own change between it and the comparison leaves the estimate the amount’s (decision 178)', async () => {
  const { extractFigures } = await import('../../extract/index.js');
  const { estimateClause } = await import('./estimates.js');
  const { defaultStoryTemplates } = await import('./story-templates.js');
  const t = defaultStoryTemplates();
  const clause = (s: string) => {
    const f = extractFigures(s).find((x) => x.kind === 'money');
    assert.ok(f);
    return estimateClause(s, f, t);
  };
  assert.equal(
    clause(
      'Acme reported quarterly revenue of $3.4 billion on Monday, up 31% from a year earlier and ahead of analysts’ average estimate of $3.2 billion.',
    ),
    '高于市场预期的32亿美元',
  );
  assert.equal(clause('Sales were $8.1 billion, up 6% year on year, missing estimates of $8.3 billion.'), '低于市场预期的83亿美元');
  // Another measure's rate between: the comparison is that measure's, never the amount's.
  assert.equal(clause('Revenue was $5.2 billion, while cloud sales rose 40%, beating estimates of 35%.'), undefined);
  // A rate with no estimate of the amount's kind after it: silent.
  assert.equal(clause('Revenue was $5.2 billion, up 12% from a year earlier and above estimates.'), undefined);
});

test('only a value its sentence tells as a segment’s is a part (at the merge: a subsidiary’s own revenue is not)', async () => {
  const { toldAsPart } = await import('./results-part.js');
  assert.equal(toldAsPart('The infrastructure software segment brought in $7.1 billion in the quarter.'), true);
  assert.equal(toldAsPart('其中云计算业务营收为41亿元，同比增长32%。'), true);
  assert.equal(toldAsPart('星岚科技第三季度营收为52亿元，同比增长18%。'), false);
  assert.equal(toldAsPart('Northvale Semiconductor reported third-quarter revenue of $2.1 billion.'), false);
});
