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

test('a payment for goods is a purchase (decision 126), for services or fees spending, never an acquisition', () => {
  for (const c of ['Corvane paid $5 billion for Nvidia GPUs in the quarter.', 'Corvane paid $5 billion for Nvidia chips in the quarter.'])
    assert.equal(money(c)[0]?.metric, 'contract', c);
  const cases = ['Corvane paid $200 million in licensing fees during the quarter.', '赛澜科技本季度支付12亿元算力服务费用。'];
  for (const c of cases) assert.equal(money(c)[0]?.metric, 'spending', c);
});

test("a product's ARR is scoped to the product; the company's own ARR is not", () => {
  assert.deepEqual(money("Corvane said Tallyflow's ARR passed $300 million."), [{ metric: 'revenue', scope: 'Tallyflow' }]);
  assert.deepEqual(money('Corvane said its Tallyflow ARR passed $300 million, up 40%.'), [{ metric: 'revenue', scope: 'Tallyflow' }]);
  assert.deepEqual(money('ARR passed $3 billion at the end of the year.'), [{ metric: 'revenue' }]);
});

function owners(text: string): (string | undefined)[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-11-20', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => f.subject);
}

test("'the company' after an apposition naming another company refers to the apposition's head, never the text's main company", () => {
  const text = [
    'OpenAI tops $20 billion run-rate',
    'OpenAI said its annualized revenue topped $20 billion.',
    "Oracle, OpenAI's largest compute supplier, is adding data centers in Texas. The company plans to spend $30 billion on chips this year, people familiar said.",
  ].join('\n\n');
  assert.equal(owners(text)[2], 'Oracle');
});

test("'the company' after two companies opening a paragraph is neither, and never the text's main company", () => {
  const en = [
    'OpenAI tops $20 billion run-rate',
    'OpenAI said its annualized revenue topped $20 billion.',
    'Microsoft and Oracle keep adding capacity. The company plans to spend $30 billion on chips this year.',
  ].join('\n\n');
  assert.notEqual(owners(en)[2], 'OpenAI');
  const zh = [
    'OpenAI年化收入突破200亿美元',
    'OpenAI年化收入已突破200亿美元。',
    '微软和甲骨文持续加码算力。知情人士称，公司今年的资本开支将超过300亿美元。',
  ].join('\n\n');
  assert.notEqual(owners(zh).at(-1), 'OpenAI');
  // A singular subject earlier in the paragraph is still what 'the company' refers to.
  const kept =
    'Lumora raises $500 million\n\nLumora said it raised $500 million. Nvidia and SoftBank also took part. The company’s revenue reached $200 million.';
  assert.equal(owners(kept).at(-1), 'Lumora');
});
