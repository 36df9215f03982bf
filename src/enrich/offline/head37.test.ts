/**
 * Decision 131: heads that say the news. A head clause's fact carried by a sentence that does not repeat the company is
 * printed and the head kept; a month's own figure heads with its month; a head naming another company and none of its
 * figure's parties (a lender-only loan title) is headed by the owner's fact. Articles written for this test (invented
 * companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { checkDigest } from '../../render/check/index.js';
import type { Claim } from '../../types/index.js';
import { carriesClauseFact } from './clause-carried.js';
import { createOfflineEngine } from './engine.js';
import { partyUnnamed } from './head-party.js';
import { reportedMonth } from './month-figure.js';

const engine = createOfflineEngine();

test('a sentence carrying a halving backs the head clause though it names no company', () => {
  const printed = '岚峰智能11月19日发布第三季度财报，季度营收12.6亿元，同比增长48%。';
  assert.ok(carriesClauseFact('岚峰智能推理价格腰斩', '新一代推理服务的价格由每百万Tokens 8元降至4元。', printed));
  // A sentence naming the price but no change carries nothing.
  assert.ok(!carriesClauseFact('岚峰智能推理价格腰斩', '新一代推理服务的价格将于下月公布。', printed));
  // A clause of none of the table's words is read by its words, as before.
  assert.ok(!carriesClauseFact('岚峰智能完成B轮融资', '本轮融资由澜舟资本领投。', printed));
});

test('a head clause whose fact the next sentence carries is told in the lead, the head kept', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '岚峰智能推理价格腰斩，季度营收12.6亿元',
        text: '岚峰智能11月19日发布第三季度财报，季度营收12.6亿元，同比增长48%。新一代推理服务的价格由每百万Tokens 8元降至4元。\n\n公司董事长表示，明年将新建两座智算中心。',
        url: 'https://www.cls.cn/detail/7100302',
        date: '2026-11-20',
      },
      [['岚峰智能', 'revenue', '2026Q3', 1.26e9]],
    ),
    'stories',
  );
  assert.match(s.headline, /推理价格腰斩/u, s.headline);
  assert.match(s.paragraphs[0] ?? '', /8元降至4元/u, s.paragraphs[0]);
});

test('a month’s own figure is the month’s: 8月营收, August revenue; an as-of month is not', () => {
  assert.equal(reportedMonth('2026-08', '星澜电子上周公布8月营收新台币412.5亿元，月减3.2%。'), 8);
  assert.equal(reportedMonth('2026-08', '星澜電子上週公布8月營收新台幣412.5億元。'), 8);
  assert.equal(reportedMonth('2026-10', '公司10月份合并营收达到88亿元。'), 10);
  assert.equal(reportedMonth('2026-08', 'Starlan said its August revenue rose 23% to NT$41.25 billion.'), 8);
  assert.equal(reportedMonth('2026-08', 'Revenue for August was NT$41.25 billion.'), 8);
  assert.equal(reportedMonth('2026-06', '截至6月底，公司在手订单为120亿元。'), undefined);
  assert.equal(reportedMonth('2026-08', '公司前8月营收累计3210亿元。'), undefined);
  assert.equal(reportedMonth('2026-08', '2025年8月营收为300亿元。'), undefined);
});

test('a monthly revenue heads with its month and is told without 截至', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Starlan August sales rise 23% on AI chip demand',
        text: 'Starlan Electronics said on Tuesday its August revenue rose 23.5% from a year earlier to NT$41.25 billion, helped by demand for AI server chips. Revenue for the first eight months was NT$298 billion.',
        url: 'https://www.reuters.com/technology/starlan-august-sales-2026-09-08/',
        date: '2026-09-08',
      },
      [['Starlan Electronics', 'revenue', '2026-08', 4.125e10]],
    ),
    'stories',
  );
  assert.match(s.headline, /8月营收/u, s.headline);
  assert.doesNotMatch(s.paragraphs.join(''), /截至2026年8月/u, s.paragraphs.join(''));
  assert.match(s.paragraphs.join(''), /2026年8月营收/u, s.paragraphs.join(''));
});

test('a head naming another company and none of its figure’s parties is the wrong actor', () => {
  assert.ok(partyUnnamed('国开行牵头50亿元银团贷款', () => ['蓝芯云'], ['China Development Bank']));
  assert.ok(!partyUnnamed('蓝芯云获国开行牵头50亿元银团贷款', () => ['蓝芯云'], ['China Development Bank', '蓝芯云']));
  // A head naming no company is another rule's (a feature title's), and a figure no fact states is no party's.
  assert.ok(!partyUnnamed('50亿元银团贷款落地', () => ['蓝芯云'], []));
  assert.ok(!partyUnnamed('国开行牵头50亿元银团贷款', () => [], ['China Development Bank']));
});

test('a lender-only loan title heads as the borrower’s loan', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '国开行牵头50亿元银团贷款',
        text: '蓝芯云11月19日公告，公司获得由国家开发银行牵头的50亿元银团贷款，期限五年，用于建设西部智算中心。\n\n蓝芯云今年上半年营收8.2亿元。',
        url: 'https://www.cls.cn/detail/7100303',
        date: '2026-11-20',
      },
      [['蓝芯云', 'debt', '2026', 5e9]],
    ),
    'stories',
  );
  assert.match(s.headline, /蓝芯云/u, s.headline);
  assert.match(s.headline, /50亿元/u, s.headline);
});

test('check: a month’s own figure headed with no month is headline-month', () => {
  const front = '---\ntitle: 某日AI动态\ndate: 2026-09-08\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const story = (head: string) =>
    `${front}## ${head}\n\n星澜电子上周公布8月营收**新台币412.5亿元**，环比下降3.2%。\n\n来源：[工商时报](https://www.ctee.com.tw/news/2026090870001)\n\n---\n\n`;
  const sentence = '星澜电子上周公布8月营收新台币412.5亿元，环比下降3.2%。';
  const figure = {
    text: '新台币412.5亿元',
    start: 0,
    end: 10,
    kind: 'money',
    value: 4.125e10,
    currency: 'TWD',
    qualifier: 'exact',
  } as const;
  const claim: Claim = {
    subject: '星澜电子',
    metric: 'revenue',
    period: '2026-08',
    statements: [{ figure, itemId: 'it_1', source: 's', line: 1, sentence, date: '2026-09-08' }],
    conflict: false,
    latest: 0,
    mostCited: 0,
  };
  const rules = (md: string) => checkDigest(md, { claims: [claim], names: (s) => [s] }).map((p) => p.rule);
  assert.ok(rules(story('星澜电子营收新台币412.5亿元')).includes('headline-month'));
  assert.ok(!rules(story('星澜电子8月营收新台币412.5亿元')).includes('headline-month'));
});

test('a rate of the measure short of the change carries no doubling', () => {
  const printed = '星河半导体披露，截至一季度末积压订单总额达118亿美元。';
  const guidance = '指引方面，星河半导体预计第二财季营收约205亿美元，AI半导体收入102亿美元，环比增长约19%。';
  assert.ok(!carriesClauseFact('星河半导体一季度AI收入翻倍', guidance, printed));
  assert.ok(carriesClauseFact('星河半导体一季度AI收入翻倍', '一季度AI收入同比增长106%至41亿美元。', printed));
  assert.ok(!carriesClauseFact('岚峰智能推理价格腰斩', '推理价格下调10%。', '岚峰智能发布新品。'));
});

test('a head naming the members of the group owning its figure names a party', () => {
  const group = () => ['阿里巴巴、百度和字节跳动'];
  assert.ok(!partyUnnamed('阿里、字节、百度今年AI资本开支合计约4600亿元', group, ['Alibaba', '阿里', '阿里巴巴', '字节', '百度']));
});
