/**
 * The other investors of a round told after its lead, in words that name no payee: "X and Y also took part", "Z joined
 * the round", "joined by …", "the round also included …", 参与本轮融资 / 参与本轮投资的还有 / 引入…等战略投资者 /
 * 老股东…继续加码. The payee is the company raising money in the conversation; before, only the lead was read.
 * Every sentence here was written for these tests (English, Simplified and Traditional Chinese).
 */
import { test } from 'node:test';
import { articleDeals as deals, hasEdge as has, lacksEdge as lacks } from '../../../test/support/deals.js';

test('"also took part" / "joined the round": each investor of the list pays the company raising money', () => {
  const took = deals('Mistral AI raised $2 billion in a round led by Nvidia. Microsoft, Salesforce and Samsung also took part.', 'en');
  has(took, 'Nvidia → Mistral AI 2000000000');
  has(took, 'Microsoft → Mistral AI');
  has(took, 'Salesforce → Mistral AI');
  has(took, 'Samsung Electronics → Mistral AI');
  const joined = deals('Mistral AI closed a $2 billion Series C this week. Microsoft also joined the funding round.', 'en');
  has(joined, 'Microsoft → Mistral AI');
  const participated = deals(
    'Mistral AI raised $2 billion on Tuesday. Microsoft and Samsung participated in the round, the company said.',
    'en',
  );
  has(participated, 'Microsoft → Mistral AI');
  has(participated, 'Samsung Electronics → Mistral AI');
});

test('"led by X, joined by Y" and "the round also included Y": the followers pay the company raising money', () => {
  const by = deals('Mistral AI raised $2 billion in a round led by Nvidia, joined by Microsoft and Samsung.', 'en');
  has(by, 'Nvidia → Mistral AI');
  has(by, 'Microsoft → Mistral AI');
  has(by, 'Samsung Electronics → Mistral AI');
  const included = deals('Mistral AI raised $2 billion from Nvidia. The round also included Microsoft and Samsung.', 'en');
  has(included, 'Microsoft → Mistral AI');
  has(included, 'Samsung Electronics → Mistral AI');
});

test('参与本轮融资 / 参与本轮投资的还有: the investors named pay the company raising money', () => {
  const took = deals('月之暗面完成5亿美元融资，阿里巴巴、腾讯和红杉中国参与了本轮融资。');
  has(took, 'Alibaba → Moonshot AI');
  has(took, 'Tencent → Moonshot AI');
  const also = deals('月之暗面完成5亿美元新一轮融资，由阿里巴巴领投。参与本轮投资的还有腾讯和美团。');
  has(also, 'Alibaba → Moonshot AI');
  has(also, 'Tencent → Moonshot AI');
  // Traditional Chinese, folded by ingest.
  has(deals('月之暗面完成5億美元融資，騰訊參與了本輪融資。'), 'Tencent → Moonshot AI');
});

test('引入…等战略投资者 / 老股东…继续加码 / …首次入股: investors of the round, the raiser is the payee', () => {
  const brought = deals('智谱启动港股IPO，拟募资5亿美元，引入淡马锡、腾讯等基石投资者。');
  has(brought, 'Temasek → Zhipu AI');
  has(brought, 'Tencent → Zhipu AI');
  const adds = deals('智谱完成10亿元新一轮融资，老股东腾讯继续加码，阿里巴巴首次入股。');
  has(adds, 'Tencent → Zhipu AI');
  has(adds, 'Alibaba → Zhipu AI');
});

test('no round in the conversation, or the name is the raiser itself: no investor edge', () => {
  // Joining a board or a consortium is no payment.
  lacks(deals('Nvidia reported record revenue. Microsoft joined the consortium as well.', 'en'), 'Microsoft → Nvidia');
  // "X joined the round" opens no new raise for X: the company raising money stays the one named before.
  lacks(deals('Mistral AI raised $2 billion. Microsoft joined the round.', 'en'), 'Mistral AI → Microsoft');
  // 参与 a project, not the round.
  lacks(deals('智谱完成10亿元融资。腾讯参与了该项目的建设。'), 'Tencent → Zhipu AI');
});
