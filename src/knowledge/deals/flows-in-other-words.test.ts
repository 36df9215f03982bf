/**
 * Capital flows told in other words than the deal patterns' first phrasing: Hong Kong listing words (挂牌, 全球发售,
 * 招股) opening a cornerstone list, a contract "worth $X with" its provider, a backlog "including" a customer's
 * agreement, names used as modifiers ("Nvidia-powered servers"), a relative "in which" between a name and its verb,
 * 其 naming the party before its clause, a dateline before a sentence's subject, and "we" on a call transcript.
 * Every sentence here was written for these tests (English, Simplified and Traditional Chinese).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleItem, articleDeals as deals, hasEdge, lacksEdge } from '../../../test/support/deals.js';
import { dealOwnerOf, extract, loadGazetteer, ownerOf } from '../../extract/index.js';
import { buildKnowledge, datelineLength } from '../build.js';
import { resolveZhIts, withoutFillers, withoutNameModifiers } from './extract.js';
import { callHost, withHostForWe } from './host.js';

const has = hasEdge;
const lacks = lacksEdge;

test('挂牌 / 全球发售 name the company raising money: the cornerstone list after it subscribes its shares', () => {
  const got = deals(
    '星河机器人今日在港交所主板挂牌，首日收涨21%。星河此次全球发售约2亿股H股，集资总额约42亿港元。' +
      '公司引入了腾讯、高瓴资本及小米等共6名基石投资者，合共认购约15亿港元。其中，腾讯认购约5亿港元，高瓴资本认购约3亿港元，小米则认购约2亿港元。',
  );
  has(got, 'Tencent → 星河机器人 500000000');
  has(got, 'Hillhouse Capital → 星河机器人 300000000');
  has(got, 'Xiaomi → 星河机器人 200000000');
});

test('Traditional Chinese: 招股 opens the round, 認購 in the next sentences pays the issuer', () => {
  const got = deals('晶曜半導體今日起招股，計劃集資約30億港元。基石投資者方面，淡馬錫認購約4億港元，阿里巴巴認購約2億港元。');
  has(got, 'Temasek → 晶曜半导体 400000000');
  has(got, 'Alibaba → 晶曜半导体 200000000');
});

test('a contract "worth up to $X with" a provider, and a commitment "with X for $Y": the amount is the contract\'s', () => {
  has(deals('Uber signed a contract worth up to $3 billion with Oracle in June, running through 2030.', 'en'), 'Uber → Oracle 3000000000');
  has(
    deals('Salesforce signed a three-year commitment with Google Cloud for more than $900 million of capacity.', 'en'),
    'Salesforce → Google Cloud 900000000',
  );
});

test("a provider's backlog including a customer's agreement: the customer pays the provider (English and Chinese)", () => {
  has(
    deals('Nebius said its contracted backlog reached $20 billion, including a new $2.5 billion, four-year agreement with Cohere.', 'en'),
    'Cohere → Nebius 2500000000',
  );
  has(deals('截至9月末，甲骨文剩余履约义务约4550亿美元，其中包括与Meta签订的五年期约200亿美元算力合同。'), 'Meta → Oracle 20000000000');
  // A backlog naming a partner without an agreement is no flow.
  assert.deepEqual(deals('Nebius said its backlog reached $20 billion, helped by demand from Cohere.', 'en'), []);
});

test('a name used as a modifier ("Nvidia-powered servers") does not stop the deal word from reaching its party', () => {
  assert.equal(withoutNameModifiers('rent ⟦E1⟧-powered servers from ⟦E2⟧'), 'rent vendor-powered servers from ⟦E2⟧');
  const got = deals('Cohere signed a $1 billion, three-year contract to rent Nvidia-powered servers from Lambda.', 'en');
  has(got, 'Cohere → Lambda 1000000000');
  lacks(got, 'Cohere → Nvidia');
});

test('"X, in which Y owns a stake, is buying …": the verb is X\'s; the stake stays Y\'s', () => {
  const got = deals('Lambda, in which Nvidia owns a stake of about 2%, is buying about $1.5 billion of Nvidia systems.', 'en');
  has(got, 'Lambda → Nvidia 1500000000');
  has(got, 'Nvidia → Lambda');
});

test("其 after a preposition is the party named before its clause, not the clause's own subject", () => {
  assert.equal(
    resolveZhIts('⟦E0⟧与⟦E1⟧签署框架协议，⟦E2⟧拟向其采购⟦M0⟧', (a, b) => a.slice(2) === b.slice(2) || (a !== '⟦E0⟧' && b !== '⟦E0⟧')),
    '⟦E0⟧与⟦E1⟧签署框架协议，⟦E2⟧拟向⟦E0⟧采购⟦M0⟧',
  );
  // No other party before the clause: 其 stays.
  assert.equal(resolveZhIts('⟦E0⟧表示，⟦E0⟧将向其采购⟦M0⟧'), '⟦E0⟧表示，⟦E0⟧将向其采购⟦M0⟧');
  const got = deals(
    '寒武纪发布三季报，前三季度营收约46亿元。此外，公司与服务器厂商浪潮信息签署框架协议，浪潮信息拟在2027年底前向其采购不超过20亿元的加速卡。',
  );
  has(got, 'Inspur → Cambricon 2000000000');
  lacks(got, 'Inspur → Inspur');
});

test("a dateline before the subject: the next sentence's 该公司 is that subject", () => {
  assert.equal(datelineLength('财联社5月13日讯，美东时间周二盘后，Nebius公布业绩。'), '财联社5月13日讯，'.length);
  assert.equal(datelineLength('May 12 (Reuters) - Nebius reported revenue.'), 'May 12 (Reuters) - '.length);
  assert.equal(datelineLength('台积电，全球最大的晶圆代工厂。'), 0);
  const got = deals(
    '财联社5月13日讯，美东时间周二盘后，AI云服务商Nebius公布第一季度业绩，营收同比增长3倍。截至3月末，该公司积压订单约200亿美元，其中包括与Cohere签订的四年期25亿美元算力合同。',
  );
  has(got, 'Cohere → Nebius 2500000000');
});

test('on a call transcript "we" is the company whose call it is; spoken fillers do not split a verb from its object', () => {
  const gaz = loadGazetteer();
  const call =
    'Operator: Good afternoon and welcome to the Snowflake third quarter fiscal 2027 earnings conference call. All lines are in listen-only mode.\n\n' +
    'Sridhar Ramaswamy, Chief Executive Officer: So, uh, on the partner side we signed, uh, a five-year commitment with Oracle for more than $300 million of capacity.';
  assert.equal(callHost(call, extract(call, { date: '2026-11-03', lang: 'en' }, gaz).entities), 'Snowflake');
  has(deals(call, 'en'), 'Snowflake → Oracle 300000000');
  assert.equal(withoutFillers('⟦E0⟧ signed, uh, a commitment'), '⟦E0⟧ signed a commitment');
  // Not a call: no host, and "we" stays no one.
  const note = 'Welcome to the age of AI, Nvidia said. We signed a five-year commitment with Oracle for $300 million.';
  assert.equal(callHost(note, extract(note, { date: '2026-11-03', lang: 'en' }, gaz).entities), undefined);
  assert.deepEqual(withHostForWe('We signed', [], undefined), []);
  assert.deepEqual(deals(note, 'en'), []);
});

test('a board approving a bond issue whose proceeds "将用于" something is no sale yet; 发行…募集资金X is one', () => {
  assert.deepEqual(deals('光宝科技董事会通过发行无担保公司债，额度上限新台币80亿元，所募资金将用于扩充液冷产能。'), []);
  has(deals('小米集团发行美元债募集资金20亿美元。'), 'bond investors → Xiaomi 2000000000');
});

test('"The vehicle, <name>, plans to sell bonds … and has agreed a loan with a group of banks led by A and B"', () => {
  const got = deals(
    'The vehicle, Aurora Compute Issuer LLC, plans to sell $4bn of investment-grade bonds in a deal led by Goldman Sachs, and has agreed a $1.5bn construction loan with a group of banks led by MUFG and SMBC, the people said.',
    'en',
  );
  has(got, 'bond investors → Aurora Compute Issuer 4000000000');
  has(got, 'MUFG → Aurora Compute Issuer 1500000000');
  has(got, 'SMBC → Aurora Compute Issuer 1500000000');
  lacks(got, 'Goldman Sachs → Aurora Compute Issuer');
  // "agreed to" a loan for someone else is not borrowing.
  lacks(deals('Oracle agreed to arrange financing with banks led by MUFG for its partners.', 'en'), 'MUFG → Oracle');
});

test("money injected into a company; capacity leased at or bought on a provider's campus (English)", () => {
  has(
    deals('Mubadala, which oversees about $330bn in assets, has pledged to inject a further $5bn into G42 by 2028.', 'en'),
    'Mubadala → G42 5000000000',
  );
  has(
    deals("Cohere has agreed to lease capacity at Nscale's campus in Norway for about $1.1bn over five years.", 'en'),
    'Cohere → Nscale 1100000000',
  );
  has(deals('Cohere will spend about $900 million from 2027 through 2030 on capacity at Nscale.', 'en'), 'Cohere → Nscale 900000000');
  // A place is no provider; "capacity from X's partners" is not bought from X.
  assert.deepEqual(deals('Meta will lease capacity in Texas for $2bn.', 'en'), []);
  lacks(deals("Microsoft said it would lease capacity from Anthropic's cloud partners.", 'en'), 'Microsoft → Anthropic');
});

test('"X is itself one of the largest buyers of Y\'s memory" is a purchase from Y', () => {
  has(deals("Apple is itself one of the largest buyers of Samsung's memory chips.", 'en'), 'Apple → Samsung Electronics');
});

test('a clause opening with 将 / 拟 after a comma shares the sentence subject: 达成算力合作，将采购…算力', () => {
  has(deals('另据了解，理想汽车已与火山引擎达成算力合作，将采购火山引擎算力用于自动驾驶训练，金额未披露。'), 'Li Auto → Volcano Engine');
});

test('"X, the developer in which Y invested $Z," is an investment in X, not in the company the text raised money for', () => {
  const got = deals(
    "PIF has pledged to inject a further $15bn into Humain by 2030. Separately, Crusoe, the US data centre developer in which AMD invested $400mn last year, has agreed to lease capacity at Humain's campus for about $2.6bn.",
    'en',
  );
  has(got, 'AMD → Crusoe 400000000');
  lacks(got, 'AMD → Humain');
  has(got, 'Crusoe → Humain 2600000000');
});

test('a cloud unit told as its owner (Google Cloud → Alphabet, as the knowledge stage reads it) is still the provider paid', () => {
  const gaz = loadGazetteer();
  const text = 'Snowflake signed a five-year commitment with Google Cloud for more than $400 million of capacity.';
  const item = articleItem('it_owner', 'en', text);
  const k = buildKnowledge(
    { items: [item], extractions: [{ itemId: item.id, ...extract(text, { date: item.date, lang: 'en' }, gaz) }] },
    { ownerOf: (n) => ownerOf(n, gaz) },
  );
  assert.deepEqual(
    k.deals.map((d) => `${d.from} → ${d.to}`),
    ['Snowflake → Alphabet'],
  );
});

test('"would provide $X of equity to" a venture, and "contributed $X of equity to" a vehicle, are investments in it', () => {
  const got = deals(
    'SoftBank Group has secured a $22 billion bridge loan from a group of banks to fund its commitments to OpenAI. ' +
      'The company has said it would provide $19 billion of equity to OpenAI, whose backers have pledged to invest as much as $500 billion.',
    'en',
  );
  has(got, 'SoftBank → OpenAI 19000000000');
  has(
    deals('Blackstone contributed $1.6 billion of equity to Crusoe, the data-center developer, last year.', 'en'),
    'Blackstone → Crusoe 1600000000',
  );
  has(
    deals('Apollo will provide $3 billion of debt financing to CoreWeave for the new campus.', 'en'),
    'Apollo Global Management → CoreWeave 3000000000',
  );
});

test('a joint venture takes money as a party of its own, never as one of its parents (as the knowledge stage reads it)', () => {
  const gaz = loadGazetteer();
  const edges = (text: string, lang: 'en' | 'zh') => {
    const item = articleItem(`it_jv_${lang}`, lang, text);
    const k = buildKnowledge(
      { items: [item], extractions: [{ itemId: item.id, ...extract(text, { date: item.date, lang }, gaz) }] },
      { ownerOf: (n) => dealOwnerOf(n, gaz) },
    );
    return k.deals.map((d) => `${d.from} → ${d.to}`);
  };
  assert.deepEqual(edges('SoftBank will invest $19 billion in Stargate, the data-center venture.', 'en'), ['SoftBank → Stargate']);
  assert.deepEqual(edges('软银将向星际之门投资190亿美元。', 'zh'), ['SoftBank → Stargate']);
  // a business unit still stands for its owner
  assert.deepEqual(edges('Snowflake signed a five-year commitment with Google Cloud for more than $400 million of capacity.', 'en'), [
    'Snowflake → Alphabet',
  ]);
});
