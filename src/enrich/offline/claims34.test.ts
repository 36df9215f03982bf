/**
 * Decision 108: a figure keeps its standing. A company's reply settles only the measure its clause names (a denial of
 * the valuation is no answer about the round size or an investor's ticket) and is its speaker's (a start-up's denial is
 * not its investor's). Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { checkDigest } from '../../render/check/index.js';
import type { StoryBundle } from '../../types/index.js';
import { plainVoice } from '../assemble/voice.js';
import { loadGazetteerEntries } from '../data-files.js';
import { hedgedFigure } from './facts.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';
import { sourceSentences } from './sentences.js';
import { companyReply, replyMeasures } from './settled.js';
import { bareShare, brokerVoice, estimatorSentence } from './standing.js';

const dir = entityDirectory(loadGazetteerEntries());

test('a reply answers the measure its clause names: the valuation, the round size, the timing, or the whole report', () => {
  assert.deepEqual(replyMeasures('北风系统回应称此前有关估值的报道不准确'), ['valuation']);
  assert.deepEqual(replyMeasures('a spokesperson said earlier reports of the round size were inaccurate'), ['round size']);
  assert.deepEqual(replyMeasures('北风系统回应称相关报道不实'), []);
  const names = ['北风系统', 'Northwind Systems'];
  // A denial of the valuation settles the valuation, never the round or a ticket.
  assert.equal(companyReply('对此，北风系统回应称此前有关估值的报道不准确。', names, { metric: 'valuation' }), '回应称相关报道不准确');
  assert.equal(companyReply('对此，北风系统回应称此前有关估值的报道不准确。', names, { metric: 'funding' }), undefined);
  assert.equal(companyReply('对此，北风系统回应称此前有关估值的报道不准确。', names, { metric: 'investment' }), undefined);
  assert.equal(companyReply('Northwind Systems said reports of its valuation were inaccurate.', names, { metric: 'funding' }), undefined);
  // The round size's denial settles the round, not the valuation.
  assert.equal(companyReply('北风系统回应称有关融资金额的报道不准确。', names, { metric: 'funding' }), '回应称相关报道不准确');
  assert.equal(companyReply('北风系统回应称有关融资金额的报道不准确。', names, { metric: 'valuation' }), undefined);
  // A reply about the timing settles no amount.
  assert.equal(companyReply('北风系统回应称有关上市时间的传闻不实。', names, { metric: 'ipo' }), undefined);
  // A reply naming no measure answers the whole report.
  assert.equal(companyReply('北风系统回应称相关报道不实。', names, { metric: 'funding' }), '回应称相关报道不实');
});

test('a generic speaker in a clause naming another party is that party’s: a start-up’s reply is not its investor’s', () => {
  const investor = ['港湾资本', 'Harbor Capital'];
  const others = ['北风系统', 'Northwind Systems'];
  assert.equal(companyReply('北风系统公司回应称，相关报道不准确。', investor, { others }), undefined);
  assert.equal(companyReply('A Northwind Systems spokesperson said the reports were inaccurate.', investor, { others }), undefined);
  // The investor's own spokesperson still answers for it; a generic speaker alone stands for the company.
  assert.equal(
    companyReply('A Harbor Capital spokesperson said the reports were inaccurate.', investor, { others }),
    '回应称相关报道不准确',
  );
  assert.equal(companyReply('公司方面表示，上述传闻不实。', investor, { others }), '回应称相关报道不实');
});

test('a denial of the valuation does not settle a dispute over the ticket: the rumour gets no reply, the comparison stays', () => {
  const [line] = conflictSentences(
    conflictedClaimBundle({
      id: 'st_claims34',
      metric: 'investment',
      path: 'tech',
      date: '2026-11-20',
      reports: [
        {
          outlet: 'cls.cn',
          text: '据知情人士透露，北风系统将向启明智能投资约3亿美元，启明智能投前估值约40亿美元。',
          date: '2026-11-18',
        },
        {
          outlet: '36kr.com',
          text: '启明智能完成新一轮融资，北风系统出资2亿美元。对此，公司回应称此前有关估值的报道不准确。',
          date: '2026-11-20',
        },
      ],
      values: [3e8, 2e8],
    }),
    dir,
  );
  assert.ok(line, 'a line');
  assert.doesNotMatch(line, /回应称|否认/u, line);
  // The same reply naming no measure answers the report as a whole: the line carries it.
  const [whole] = conflictSentences(
    conflictedClaimBundle({
      id: 'st_claims34b',
      metric: 'investment',
      path: 'tech',
      date: '2026-11-20',
      reports: [
        {
          outlet: 'cls.cn',
          text: '据知情人士透露，北风系统将向启明智能投资约3亿美元。',
          date: '2026-11-18',
        },
        {
          outlet: '36kr.com',
          text: '启明智能完成新一轮融资，北风系统出资2亿美元。对此，公司回应称此前相关报道不准确。',
          date: '2026-11-20',
        },
      ],
      values: [3e8, 2e8],
    }),
    dir,
  );
  assert.ok(whole, 'a line');
  assert.match(whole, /回应称相关报道不准确。$/u, whole);
});

test('a market share says of which market and who gives it, or it is not a sentence to print', () => {
  // No market, or no one giving it.
  assert.equal(bareShare('按份额计，澜芯存储约55%，海岳半导体约25%，其余约20%。'), true);
  assert.equal(bareShare('北风系统市场份额达35%。'), true);
  assert.equal(bareShare('北风系统的份额已从一年前的约18%升至31%，稳居行业第一。'), true);
  // Its market and its source named (a product or place right before the share word names the market).
  assert.equal(bareShare('据行业机构估算，澜芯存储一季度在全球HBM市场的份额约为62%。'), false);
  assert.equal(bareShare('据第三方数据，今年前八个月澜芯动力电池装机量市占率为27.9%。'), false);
  assert.equal(bareShare('某券商测算，2026年国内智算租赁市场规模约680亿元，前五家厂商合计份额不足四成。'), false);
  assert.equal(bareShare('Analysts at Harbor Research estimate Northwind holds a 35% share of the US server market.'), false);
  // No percent: the rest of a round, not a share figure.
  assert.equal(bareShare('本轮由港湾资本领投，出资3亿美元，其余份额由两家地方国资基金认购。'), false);
});

test('a bare market share is left out of the candidate sentences: the story prints its market and source or nothing', () => {
  const item = {
    id: 'it_share',
    title: '澜芯存储一季度营收增长四成',
    url: 'https://www.cls.cn/detail/900101',
    date: '2026-05-08',
    lang: 'zh' as const,
    text: '澜芯存储一季度营收120亿元，同比增长40%。按份额计，澜芯存储约55%，海岳半导体约25%，其余约20%。',
  };
  const sentences = [
    { text: '澜芯存储一季度营收120亿元，同比增长40%。', start: 0, end: 22, index: 0, para: 0 },
    { text: '按份额计，澜芯存储约55%，海岳半导体约25%，其余约20%。', start: 22, end: item.text.length, index: 1, para: 0 },
  ];
  const bundle = { items: [{ ...item, sentences }], figures: {} } as unknown as StoryBundle;
  const texts = sourceSentences(bundle, null).map((s) => s.sentence.text);
  assert.ok(
    texts.some((t) => t.startsWith('澜芯存储一季度营收')),
    texts.join('|'),
  );
  assert.ok(!texts.some((t) => t.startsWith('按份额计')), texts.join('|'));
});

test('a broker note’s 我们 is its broker, named; a quotation’s 我们 and a text naming no note stay as written', () => {
  assert.equal(
    brokerVoice('海通证券发布研报称，北风系统一季度营收9.1亿元，高于我们此前预期的8.6亿元。我们将公司2026年营收预测上调5%。'),
    '海通证券发布研报称，北风系统一季度营收9.1亿元，高于海通证券此前预期的8.6亿元。海通证券将公司2026年营收预测上调5%。',
  );
  assert.equal(brokerVoice('中金公司在研报中指出，我们认为估值仍有空间。'), '中金公司在研报中指出，中金认为估值仍有空间。');
  // Through the digest's voice pass (据X研报 → X在研报中指出 first).
  assert.equal(plainVoice('据高盛研报，我们上调目标价至420美元。'), '高盛在研报中指出，高盛上调目标价至420美元。');
  assert.equal(brokerVoice('北风系统CEO表示：“我们会继续投入。”'), '北风系统CEO表示：“我们会继续投入。”');
  assert.equal(brokerVoice('我们认为估值偏低。'), '我们认为估值偏低。');
});

test('check: a bare market share and an estimate in the digest’s own voice are reported; sourced ones stand', () => {
  const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-05-08\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const story = (body: string) =>
    `${FRONT}## 澜芯存储一季度营收120亿元\n\n澜芯存储一季度营收**120亿元**，同比增长**40%**。${body}\n\n来源：[财联社](https://www.cls.cn/detail/900101)\n\n---\n\n`;
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  assert.ok(rules(story('按份额计，澜芯存储约55%，海岳半导体约25%。')).includes('share-no-market'));
  assert.ok(!rules(story('据行业机构估算，澜芯存储在全球HBM市场的份额约为55%。')).includes('share-no-market'));
  assert.ok(rules(story('据测算，2026年全球HBM市场规模将达到约580亿美元。')).includes('estimate-own-voice'));
  assert.ok(rules(story('我们将公司2026年营收预测上调5%。')).includes('estimate-own-voice'));
  assert.ok(!rules(story('据中金测算，2026年全球HBM市场规模将达到约580亿美元。')).includes('estimate-own-voice'));
  assert.ok(!rules(story('中金预计，2026年全球HBM市场规模将达到约580亿美元。')).includes('estimate-own-voice'));
});

test('check: a note sentence after the one the voice pass gave its broker’s name still follows its source sentence', () => {
  const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-06-09\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const url = 'https://finance.sina.com.cn/stock/2026-06-09/doc-claims34.shtml';
  const source = [
    '海通证券发布研报称，北风系统一季度营收9.1亿元，同比增长25%。',
    '我们将公司2026年营收预测上调5%至38.2亿元。',
    '维持买入评级，目标价由360元上调至420元。',
  ];
  const body =
    '海通证券发布研报称，北风系统一季度营收**9.1亿元**，同比增长**25%**。海通证券将公司2026年营收预测上调**5%**至**38.2亿元**。维持买入评级，目标价由**360元**上调至**420元**。';
  const md = `${FRONT}## 海通证券上调北风系统目标价至420元\n\n${body}\n\n来源：[新浪财经](${url})\n\n---\n\n`;
  const rules = checkDigest(md, { sourceSentences: new Map([[url, source]]) }).map((p) => p.rule);
  assert.ok(!rules.includes('dependent-sentence'), rules.join(','));
  assert.ok(!rules.includes('estimate-own-voice'), rules.join(','));
});

test('a third party’s estimate (an industry insider, a research firm, the supply chain) hedges its figures', () => {
  assert.equal(estimatorSentence('业内人士预计，北风系统明年HBM出货量将达到120万片。'), true);
  assert.equal(estimatorSentence('供应链消息称，北风系统明年计划出货120万片。'), true);
  assert.equal(estimatorSentence('Research firm Harbor Insights expects Northwind to ship 1.2 million units next year.'), true);
  assert.equal(estimatorSentence('Northwind plans to ship 1.2 million units next year, according to supply-chain sources.'), true);
  // The company's own plan, a company's own statement: no estimator.
  assert.equal(estimatorSentence('北风系统计划明年出货120万片。'), false);
  assert.equal(estimatorSentence('Northwind said it plans to ship 1.2 million units next year.'), false);
  const s = '供应链消息称，北风系统明年计划出货120万片，较今年增长50%。';
  assert.equal(hedgedFigure(s, '120万片', 'shipments'), true);
  assert.equal(hedgedFigure('北风系统计划明年出货120万片，较今年增长50%。', '120万片', 'shipments'), false);
});
