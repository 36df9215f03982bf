/**
 * Deals of IPO cornerstones, joint-venture vehicles and their lenders, in English, Simplified and Traditional Chinese
 * (own sentences, modelled on news of this kind): the whole path, extract() then buildKnowledge().
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDeals as deals, hasEdge } from '../../../test/support/deals.js';

const has = hasEdge;

test('a vehicle named with its legal form is owned "60% by A and 40% by B": one stake edge per owner, with its share', () => {
  const got = deals(
    'Digital Realty and SoftBank said they would build an AI campus in Johor. The vehicle, Johor Compute Park Co, will be owned 60% by Digital Realty and 40% by SoftBank, and will be funded with $2.1 billion of equity.',
    'en',
  );
  assert.ok(got.includes('Digital Realty → Johor Compute Park 60'), JSON.stringify(got));
  assert.ok(got.includes('SoftBank → Johor Compute Park 40'), JSON.stringify(got));
});

test('a bank providing "a ¥300 billion loan to" the vehicle lends to it; the vehicle named later without its legal form is the same', () => {
  const got = deals(
    'The joint venture, Johor Compute Park Co, will borrow most of the cost. Mizuho Bank agreed to provide a ¥300 billion loan to Johor Compute Park, the companies said.',
    'en',
  );
  has(got, 'Mizuho Bank → Johor Compute Park');
});

test('分别持有 … 60%和40%: each owner gets its own share, not the first one', () => {
  const got = deals('数字房地产与软银宣布成立合资公司。Digital Realty和软银分别持有柔佛星图科技60%和40%的股权。');
  assert.ok(got.includes('Digital Realty → 柔佛星图科技 60'), JSON.stringify(got));
  assert.ok(got.includes('SoftBank → 柔佛星图科技 40'), JSON.stringify(got));
});

test('瑞穗银行向X提供贷款: the bank (its full name) lends; X does not lend to the bank', () => {
  const got = deals('瑞穗银行将向柔佛星图科技提供3000亿日元贷款，期限15年。');
  has(got, 'Mizuho → 柔佛星图科技');
  assert.ok(!got.some((g) => g.startsWith('柔佛星图科技 → Mizuho')), JSON.stringify(got));
});

test('a subsidiary subscribing IPO shares as a cornerstone investor: the listed parent pays the issuer', () => {
  const got = deals('摩尔线程10月20日晚间公告，公司全资子公司拟以自有资金4000万美元作为基石投资者认购云岚智能H股，锁定期6个月。');
  has(got, 'Moore Threads → 云岚智能');
});

test('cornerstone list: a company named by its full name (纬创资通) subscribes too; the issuer is its Latin name in brackets', () => {
  const got = deals(
    '大模型公司云岚智能（Yunlan AI）今日起在港招股，拟募资约40亿港元。公司引入5家基石投资者，其中英伟达认购3000万美元，纬创资通认购2000万美元。摩尔线程晚间公告，公司全资子公司拟以4000万美元作为基石投资者认购云岚智能H股。',
  );
  has(got, 'Nvidia → Yunlan AI');
  has(got, 'Wistron → Yunlan AI');
  has(got, 'Moore Threads → Yunlan AI');
  assert.ok(!got.some((g) => g.includes('云岚智能')), JSON.stringify(got));
});

test("Traditional Chinese: a subsidiary 認購 the issuer's H shares, the issuer 採購 servers from the subscriber", () => {
  const got = deals(
    '中國大模型業者雲嵐智能在港招股，英業達（2356）3日公告，子公司將以2000萬美元認購雲嵐智能H股，成為五家基石投資人之一。法人指出，雲嵐智能去年向英業達採購AI伺服器約新台幣40億元。',
  );
  has(got, 'Inventec → 云岚智能');
  has(got, '云岚智能 → Inventec');
  // 業者 (a maker, Taiwan usage) is no part of the name.
  assert.ok(!got.some((g) => g.includes('业者')), JSON.stringify(got));
});

test('公司 after sentences naming no company is still the company told before: its framework purchase', () => {
  const got = deals(
    '云岚智能2025年收入8.2亿元，净亏损12.1亿元。今年上半年收入5.1亿元。值得注意的是，公司已与摩尔线程签订为期三年的采购框架协议，总额不超过30亿元。',
  );
  has(got, '云岚智能 → Moore Threads');
});

test('English: subscribing shares as a cornerstone investor in an IPO is an investment in the issuer', () => {
  const got = deals("Cambricon will subscribe for $60 million of shares as a cornerstone investor in Xinghe AI's Hong Kong IPO.", 'en');
  has(got, 'Cambricon → Xinghe AI');
});
