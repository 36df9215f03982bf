/**
 * Deals whose counterparty was another company of the clause, or no one: a place's possessive before the payee ("in
 * Brazil's Maritaca AI"), "a smaller deal" told after a capacity deal with a seller no table lists as a provider, a
 * Chinese investor list broken by a full name's tail (…资本、) or a place glued before a name (上海…集团).
 * Every sentence here was written for these tests (English, Simplified and Traditional Chinese).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDeals as deals, hasEdge, lacksEdge } from '../../../test/support/deals.js';

const has = hasEdge;
const lacks = lacksEdge;

test("a place's possessive before the payee: the second amount of a gapped list still reaches its company", () => {
  const got = deals(
    "Temasek has agreed to invest $400 million in Paris-based Mistral AI and $150 million in Japan's Sakana AI, two people said.",
    'en',
  );
  has(got, 'Temasek → Mistral AI 400000000');
  has(got, 'Temasek → Sakana AI 150000000');
  has(deals("SoftBank led a $500 million funding round in South Korea's Rebellions.", 'en'), 'SoftBank → Rebellions');
});

test('"a smaller deal" after a capacity deal is with the same seller, in the same sentence or the next', () => {
  const same = deals(
    'Cohere will spend about $900 million over four years on capacity at Nscale, while Reka AI signed a smaller deal running through 2028 worth up to $200 million.',
    'en',
  );
  has(same, 'Cohere → Nscale 900000000');
  has(same, 'Reka AI → Nscale 200000000');
  const next = deals(
    'Cohere agreed to lease capacity at Fluidstack for about $700 million over three years. Reka AI signed a similar contract worth $150 million.',
    'en',
  );
  has(next, 'Cohere → Fluidstack 700000000');
  has(next, 'Reka AI → Fluidstack 150000000');
  // An investment is no supply deal: "a smaller deal" after it names no seller.
  lacks(
    deals('Nvidia invested $2 billion in Mistral AI, while Cisco signed a smaller deal worth $300 million.', 'en'),
    'Cisco → Mistral AI',
  );
});

test('a Chinese investor list: a name with its tail (资本 / 创投) or a place before it stays one list item', () => {
  const got = deals('摩尔线程完成20亿元新一轮融资，由国投创业领投，中金资本、高瓴资本、上海国际集团跟投。');
  has(got, 'CICC → Moore Threads');
  has(got, 'Hillhouse Capital → Moore Threads');
  has(got, '国际集团 → Moore Threads');
  const tw = deals('晶曜半導體完成新一輪融資，聯想創投、上海國際集團跟投。');
  has(tw, 'Lenovo → 晶曜半导体');
  // 资本开支 is spending, not a name's tail.
  assert.deepEqual(deals('腾讯资本开支今年增至900亿元，阿里巴巴也在加大投入。'), []);
});

test("a customer's share of revenue: the customer pays the company whose revenue it is, named or the story's own", () => {
  // Named owner.
  has(deals("Amazon accounted for 21% of Nebius's third-quarter revenue, the filing showed.", 'en'), 'Amazon → Nebius');
  // No owner named: the company the story is about (named most often).
  const en = deals(
    'Nebius reported third-quarter revenue of $410 million. Nebius also raised its outlook. Amazon accounted for 21% of quarterly revenue, up from 9% a year earlier.',
    'en',
  );
  has(en, 'Amazon → Nebius');
  const zh = deals('Nebius三季度营收4.1亿美元。Nebius同时上调全年指引。亚马逊贡献的收入占比已从一年前的9%升至21%。');
  has(zh, 'Amazon → Nebius');
  const tw = deals('Nebius第三季營收4.1億美元。Nebius同時上調全年指引。分析師指出，亞馬遜仍然貢獻近兩成收入。');
  has(tw, 'Amazon → Nebius');
  // A unit's share of its own company's revenue is no flow.
  assert.deepEqual(
    deals('Nvidia reported record sales. Nvidia beat estimates. Its data center unit accounted for 88% of revenue.', 'en'),
    [],
  );
});

test('"the chipmaker\'s fourth customer": a customer of the company the story is about', () => {
  const got = deals(
    "Marvell reported revenue of $2.1 billion. Marvell raised its data-centre outlook. xAI, which signed a three-year supply plan last month, is now the chipmaker's fifth custom-chip customer, the company said.",
    'en',
  );
  has(got, 'xAI → Marvell');
  // A customer of a named company is not the focal company's.
  lacks(
    deals(
      "Marvell reported revenue of $2.1 billion. Marvell raised its outlook. Meta is the cloud provider's largest customer of CoreWeave.",
      'en',
    ),
    'Meta → Marvell',
  );
});

test('a power-purchase agreement: the company (or its campus) that signs it with a utility pays the utility', () => {
  has(
    deals("Amazon's Virginia campus has signed a 20-year power-purchase agreement with utility Dominion Energy for 1.1 gigawatts.", 'en'),
    'Amazon → Dominion Energy',
  );
  // A cloud provider signing a power deal buys power: it is not paid as a provider.
  const g = deals('Google signed a power purchase agreement with NextEra Energy for its Iowa data centers.', 'en');
  has(g, 'Google → NextEra Energy');
  lacks(g, 'NextEra Energy → Google');
  has(deals('微软与Vistra签署了一份为期20年的购电协议，涉及1.2吉瓦电力。'), 'Microsoft → Vistra');
});

test('a description heading a later clause ("…: the cloud company bought …") is the company the story is about', () => {
  const got = deals(
    'Lambda took out a $1.5 billion loan. Lambda said the loan is secured by its contracts. AMD, which owns about 3% of Lambda, is also a supplier: the cloud company bought roughly $800 million of AMD accelerators last year.',
    'en',
  );
  has(got, 'Lambda → AMD 800000000');
  const zh = deals(
    'Lambda今年获得15亿美元贷款。Lambda表示贷款以合同担保。AMD持有Lambda约3%的股份，同时也是其主要供应商——该公司去年向AMD采购约8亿美元的加速卡。',
  );
  has(zh, 'Lambda → AMD 800000000');
  // No company named more often than the others: the description stands for no one.
  lacks(
    deals(
      'AMD, which owns about 3% of Lambda, is also a supplier: the cloud company bought roughly $800 million of chips last year.',
      'en',
    ),
    'Lambda → AMD 800000000',
  );
});
