/**
 * The segment a figure measures, on sentences written for this test: a segment name that holds a word for the whole
 * ('…集团'), a segment named after the metric across a relative clause, and a Latin word written onto a Chinese name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const scopeOf = (text: string, figure: string): string | undefined =>
  extract(text, { date: '2026-08-12' }, gaz).figures.find((f) => f.text === figure)?.scope;

test('segments: 云智能集团收入 is the Cloud Intelligence segment, not the group', () => {
  assert.equal(scopeOf('阿里巴巴本季度营收2712亿元。其中，云智能集团收入438亿元，同比增长29%。', '438亿元'), '云智能');
  assert.equal(scopeOf('阿里巴巴本季度集团收入2712亿元，同比增长6%。', '2712亿元'), undefined);
});

test('segments: a segment named after the metric holds across a relative clause about it', () => {
  const text =
    'Revenue at the Cloud Intelligence Group, which rents out computing power to model developers, climbed to 43.8 billion yuan in the quarter.';
  assert.equal(scopeOf(text, '43.8 billion yuan'), '云智能');
  // A relative clause is not a list: a comma before anything else still ends the segment name's reach.
  assert.equal(scopeOf('Revenue at the company, after a weak spring, climbed to 271.2 billion yuan.', '271.2 billion yuan'), undefined);
});

test('segments: AI半导体收入 is the AI segment (as "AI semiconductor revenue" is), not all semiconductors', () => {
  assert.equal(scopeOf('博通第一财季营收201亿美元，其中AI半导体收入92亿美元，同比增长超过一倍。', '92亿美元'), 'AI');
  assert.equal(scopeOf('Broadcom said AI semiconductor revenue was $9.2 billion in the quarter.', '$9.2 billion'), 'AI');
  assert.equal(scopeOf('美光本季HBM存储营收48亿美元，环比增长三成。', '48亿美元'), 'HBM存储');
});

test('estimates: an amount followed by 的一致预期 is the market estimate, not the company figure', () => {
  assert.equal(scopeOf('Meta本季度资本开支高于卖方约190亿美元的一致预期。', '约190亿美元'), '市场预期');
  assert.equal(scopeOf('Meta本季度资本开支为212亿美元的水平。', '212亿美元'), undefined);
});

test('scope: a change at constant exchange rates is its own measure, after the change or just before it', () => {
  const en = 'Revenue grew 28%, and 27% in constant currency.';
  assert.equal(scopeOf(en, '28%'), undefined);
  assert.equal(scopeOf(en, '27%'), '按固定汇率计算');
  const zh = '腾讯营收同比增长28%，按固定汇率计算增长27%。';
  assert.equal(scopeOf(zh, '28%'), undefined);
  assert.equal(scopeOf(zh, '27%'), '按固定汇率计算');
  // Far from the words, with other amounts between, a change is the reported one.
  const call = 'revenue was up 12% and up eleven percent in constant currency operating income was thirty billion up 19%';
  assert.equal(scopeOf(call, '19%'), undefined);
});

test('estimates: a growth rate followed by "expected by analysts" is the market estimate', () => {
  const text = 'Revenue rose 28%, beating the 26.5% growth expected by analysts polled by LSEG.';
  assert.equal(scopeOf(text, '26.5%'), '市场预期');
  assert.equal(scopeOf(text, '28%'), undefined);
});

test("segments: the whole company's change after a segment's amount is no change of that segment", () => {
  const en = 'Contoso Cloud said cloud revenue grew 39% to $30 billion, while total revenue rose 18%.';
  assert.equal(scopeOf(en, '39%'), '云业务');
  assert.equal(scopeOf(en, '18%'), undefined);
  const zh = '星辰半导体云业务营收300亿元，同比增长39%，公司总营收增长18%。';
  assert.equal(scopeOf(zh, '39%'), '云业务');
  assert.equal(scopeOf(zh, '18%'), undefined);
  // A change with no metric word of its own still measures the amount before it.
  assert.equal(scopeOf('Cloud revenue was $30 billion, up 39% from a year earlier.', '39%'), '云业务');
});

test("segments: a unit named after the metric with the company's possessive ('sales at the company's networking division')", () => {
  const en = 'Sales at the company’s networking division jumped 42% to $2.1 billion.';
  assert.equal(scopeOf(en, '42%'), '网络');
  assert.equal(scopeOf(en, '$2.1 billion'), '网络');
});

test('segments: a segment that is the subject of the verb taking the metric word measures only itself', () => {
  assert.equal(scopeOf("Microsoft's Intelligent Cloud segment posted revenue of $34.1 billion, up 26%.", '$34.1 billion'), '智能云');
  assert.equal(
    scopeOf("Lenovo's infrastructure solutions unit reported sales of $4.8 billion.", '$4.8 billion'),
    'infrastructure solutions',
  );
  // 'its business', 'the core business' name no segment: the amount stays the company's
  assert.equal(scopeOf('The chipmaker said its core business posted revenue of $6.2 billion.', '$6.2 billion'), undefined);
});

test('segments: a long Chinese business name is kept whole, without the 的 that ties it to its company', () => {
  assert.equal(scopeOf('腾讯的金融科技及企业服务业务收入同比增长10%。', '10%'), '金融科技及企业服务');
});
