/**
 * Metric nouns as the speaker attaches them (decision 120): an amount paid for a company is its acquisition price,
 * never the payer's spending; a recurring-revenue measure after a product's name (`Tallyflow ARR`) is that product's.
 * Sentences written for these tests (invented companies and products).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function money(text: string): { metric?: string; scope?: string }[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-11-20', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => ({ ...(f.metric ? { metric: f.metric } : {}), ...(f.scope ? { scope: f.scope } : {}) }));
}

test('an amount paid for a company is its acquisition price, not spending', () => {
  const cases = [
    'We paid $640 million for Pellwright, which closed in August.',
    'Corvane paid $640 million for Pellwright in cash.',
    'In the quarter we closed the acquisition of Pellwright, for which we paid $640 million.',
    '赛澜科技斥资12亿元收购一家工业软件公司。',
    '赛澜科技本季度支付12亿元，完成对一家工业软件公司的收购。',
  ];
  for (const c of cases) assert.equal(money(c)[0]?.metric, 'acquisition', c);
});

test('a payment for goods, services or fees stays spending', () => {
  const cases = [
    'Corvane paid $5 billion for Nvidia GPUs in the quarter.',
    'Corvane paid $5 billion for Nvidia chips in the quarter.',
    'Corvane paid $200 million in licensing fees during the quarter.',
    '赛澜科技本季度支付12亿元算力服务费用。',
  ];
  for (const c of cases) assert.equal(money(c)[0]?.metric, 'spending', c);
});

test("a product's ARR is scoped to the product; the company's own ARR is not", () => {
  assert.deepEqual(money("Corvane said Tallyflow's ARR passed $300 million."), [{ metric: 'revenue', scope: 'Tallyflow' }]);
  assert.deepEqual(money('Corvane said its Tallyflow ARR passed $300 million, up 40%.'), [{ metric: 'revenue', scope: 'Tallyflow' }]);
  assert.deepEqual(money('ARR passed $3 billion at the end of the year.'), [{ metric: 'revenue' }]);
});
