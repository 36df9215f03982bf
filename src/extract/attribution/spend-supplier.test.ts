/**
 * What an amount is spent on decides its metric (decision 158): a spending told as '在<goods of a named supplier>上的支出'
 * is a purchase of goods, not capital expenditure; goods earmarked as the company's own infrastructure ('用于…硬件基础设施')
 * with no buying verb stay the budget's capex. Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function metrics(text: string): (string | undefined)[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-09-15', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => f.metric);
}

test('a spending on a named supplier’s goods told before the amount is a purchase', () => {
  assert.deepEqual(metrics('星河智能表示，到2027年底其在英伟达Blackwell服务器上的支出将达到约120亿美元。'), ['contract']);
  assert.deepEqual(metrics('据知情人士透露，星河智能今年在英伟达芯片上的支出约为30亿美元。'), ['contract']);
});

test('a spending on goods of no named supplier, or on its own assets, stays capex', () => {
  assert.deepEqual(metrics('星河智能表示，今年其在服务器上的支出将达到约20亿美元。'), ['capex']);
  assert.deepEqual(metrics('星河智能表示，今年其在数据中心上的投入将达到约20亿美元。'), ['capex']);
});

test('goods earmarked as the company’s own infrastructure stay capex; goods earmarked to be bought are a purchase', () => {
  assert.deepEqual(metrics('云帆科技此前承诺未来三年投入超过2000亿元用于云和AI硬件基础设施。'), ['capex']);
  assert.deepEqual(metrics('云帆科技明年资本开支预算约1600亿元，其中约900亿元将用于采购AI芯片。'), ['capex', 'contract']);
  assert.deepEqual(metrics('云帆科技明年资本开支预算约1600亿元，其中约900亿元将用于数据中心服务器采购。'), ['capex', 'contract']);
});
