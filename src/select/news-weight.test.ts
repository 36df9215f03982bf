/**
 * Lesser news does not open the day above a same-day event told in full (decision 090): a market wrap, a release dated
 * days before the report, an event still in talks, a story with no AI / tech angle. Fixtures are invented reports of
 * one day; the lesser story is ranked first by select (more outlets, a larger amount) and must open second.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../test/fixtures/enrich/bundles.js';
import { writeDigest } from '../enrich/digest.js';
import { createOfflineEngine } from '../enrich/offline/engine.js';
import type { ItemRecord, StoryBundle } from '../types/index.js';
import { hasTechAngle, lesserNews, releaseDays, staleItem } from './news-weight.js';

const engine = createOfflineEngine();
const DAY = '2026-04-14';

interface Report {
  title: string;
  text: string;
  url: string;
}

/** A story of the day's reports, leading with one amount (`value` in its currency's units) of `subject`. */
function story(id: string, reports: Report[], subject: string, metric: string, value: number, score: number): StoryBundle {
  const b = makeBundle({
    id,
    items: reports.map((r) => ({ ...r, date: DAY })),
    attributions: [{ value, subject, metric, period: '2026' }],
    claims: (items, figs) => [
      single(
        subject,
        metric,
        '2026',
        items.map((it: ItemRecord) => statement(it, figs[it.id] ?? [], value)),
      ),
    ],
  });
  return { ...b, score };
}

/** A Chinese report of a completed round at an AI chip start-up: today's company event. */
function roundStory(score: number): StoryBundle {
  return story(
    'st_round',
    [
      {
        title: '澜海芯片完成30亿元C轮融资，投后估值180亿元',
        text: '推理芯片公司澜海芯片今日宣布完成30亿元C轮融资，投后估值180亿元，由国投创合领投。资金将用于下一代推理芯片的流片与量产。',
        url: 'https://www.36kr.com/p/lanhai-c',
      },
    ],
    '澜海芯片',
    'funding',
    3e9,
    score,
  );
}

test('writeDigest: a market close wrap of two outlets opens the day after a same-day company event', async () => {
  const wrap = story(
    'st_wrap',
    [
      {
        title: '收评：三大指数集体收涨 算力板块领涨 两市成交1.72万亿元',
        text: '今日A股三大指数集体收涨，沪指涨0.8%，创业板指涨1.9%，两市成交1.72万亿元。算力、光模块板块领涨，北向资金净买入45亿元。',
        url: 'https://www.stcn.com/article/detail/wrap1.html',
      },
      {
        title: 'A股收盘：三大指数齐涨 两市成交1.72万亿元',
        text: '截至收盘，沪指涨0.8%，深成指涨1.4%，创业板指涨1.9%。两市成交1.72万亿元，较上一交易日放量。',
        url: 'https://www.cls.cn/detail/wrap2',
      },
    ],
    'A股',
    'turnover',
    1.72e12,
    9,
  );
  assert.equal(lesserNews(wrap.items, wrap.entities), 'wrap');
  const d = await writeDigest([wrap, roundStory(5)], engine, { date: DAY, style: 'stories' });
  assert.deepEqual(
    d.stories.map((s) => s.storyId),
    ['st_round', 'st_wrap'],
  );
  assert.ok(d.title.startsWith('澜海芯片'), d.title);
});

test('writeDigest: monthly sales released four days before the report do not open the day', async () => {
  const sales = story(
    'st_sales',
    [
      {
        title: '晶鼎电子3月营收新台币812亿元，同比增长31%',
        text: '晶鼎电子10日公布3月营收新台币812亿元，环比增长12%，同比增长31%，创同期新高。公司表示，AI服务器出货持续放量。',
        url: 'https://money.udn.com/money/story/5612/jingding',
      },
    ],
    '晶鼎电子',
    'revenue',
    8.12e10,
    9,
  );
  assert.equal(staleItem(sales.items[0] as ItemRecord), true);
  assert.equal(lesserNews(sales.items, sales.entities), 'stale');
  const d = await writeDigest([sales, roundStory(5)], engine, { date: DAY, style: 'stories' });
  assert.equal(d.stories[0]?.storyId, 'st_round');
});

test('writeDigest: a loan still under negotiation opens the day after a completed round', async () => {
  const loan = story(
    'st_loan',
    [
      {
        title: '曜石算力正洽谈约60亿元银团贷款，用于扩建智算中心',
        text: '据知情人士透露，曜石算力正与多家银行洽谈约60亿元的银团贷款，资金将用于扩建其在宁夏的智算中心。相关条款尚未最终确定。',
        url: 'https://www.yicai.com/news/yaoshi-loan.html',
      },
    ],
    '曜石算力',
    'loan',
    6e9,
    9,
  );
  assert.equal(lesserNews(loan.items, loan.entities), 'talks');
  // Talks that ended are an event of their own.
  const ended = loan.items.map((i) => ({ ...i, title: '曜石算力与银行的60亿元贷款谈判破裂，智算中心扩建暂缓' }));
  assert.equal(lesserNews(ended, loan.entities), undefined);
  const d = await writeDigest([loan, roundStory(5)], engine, { date: DAY, style: 'stories' });
  assert.equal(d.stories[0]?.storyId, 'st_round');
});

test('writeDigest: a story with no AI / tech angle opens the day after one that has', async () => {
  const dairy = story(
    'st_dairy',
    [
      {
        title: '北原乳业一季度净利润12.4亿元，同比增长8%',
        text: '北原乳业今日公布一季度业绩，营业收入186亿元，归母净利润12.4亿元，同比增长8%。液态奶业务收入增长5%，奶粉业务收入增长11%。',
        url: 'https://www.stcn.com/article/detail/beiyuan.html',
      },
    ],
    '北原乳业',
    'net-income',
    1.24e9,
    9,
  );
  assert.equal(lesserNews(dairy.items, dairy.entities), 'off-topic');
  // An English report of an unknown company says its trade in its lead.
  const en = {
    id: 'it_en',
    date: DAY,
    title: 'Yaoshi Compute prices Hong Kong IPO at top of range',
    text: 'Yaoshi Compute Ltd., a provider of rented artificial-intelligence computing power, priced its IPO.',
  };
  assert.equal(hasTechAngle([en], {}), true);
  const d = await writeDigest([dairy, roundStory(5)], engine, { date: DAY, style: 'stories' });
  assert.equal(d.stories[0]?.storyId, 'st_round');
});

test('lesserNews: a company event that moved the market, released today, completed, about chips, is full news', () => {
  const b = roundStory(5);
  assert.equal(lesserNews(b.items, b.entities), undefined);
  // A price war that moved the market keeps its own title: no wrap.
  const war = story(
    'st_war',
    [
      {
        title: '云厂商价格战升级，港股科技股集体下挫',
        text: '多家云厂商今日宣布大模型API降价，最高降幅80%，港股科技股随之下挫。',
        url: 'https://www.yicai.com/news/war.html',
      },
    ],
    '云厂商',
    'price-cut',
    80,
    5,
  );
  assert.equal(lesserNews(war.items, war.entities), undefined);
});

test('releaseDays: a day of the month, a month and day, an English weekday or date after a release verb', () => {
  const at = (s: string) => Date.parse(`${s}T00:00:00Z`);
  assert.deepEqual(releaseDays({ date: '2026-04-14', text: '晶鼎电子10日公布3月营收。' }), [at('2026-04-10')]);
  assert.deepEqual(releaseDays({ date: '2026-04-02', text: '公司28日晚间公告称。' }), [at('2026-03-28')]);
  assert.deepEqual(releaseDays({ date: '2026-04-14', text: '公司3月30日发布年报。' }), [at('2026-03-30')]);
  // 2026-04-14 is a Tuesday: "on Friday" is the 10th.
  assert.deepEqual(releaseDays({ date: '2026-04-14', text: 'Jingding Electronics reported on Friday that March sales rose 31%.' }), [
    at('2026-04-10'),
  ]);
  assert.deepEqual(releaseDays({ date: '2026-04-14', text: 'The company said on April 13 it had closed the round.' }), [at('2026-04-13')]);
  // 2026-04-14 is a Tuesday: 上周五 is the 10th, 周一 the 13th.
  assert.deepEqual(releaseDays({ date: '2026-04-14', text: '晶鼎电子上周五公布3月营收。' }), [at('2026-04-10')]);
  assert.deepEqual(releaseDays({ date: '2026-04-14', text: '公司周一晚间公告称。' }), [at('2026-04-13')]);
  // Yesterday evening's filing is today's news; a future date without a release verb is no release.
  assert.equal(staleItem({ date: '2026-04-14', text: '公司13日晚间公告称，拟募资60亿元。' }), false);
  assert.equal(staleItem({ date: '2026-04-14', text: 'The company will report results on Friday.' }), false);
  // The latest release day counts: a policy of the 8th followed by today's notice is today's news.
  assert.equal(staleItem({ date: '2026-04-14', text: '某市8日发布算力券办法，另一市14日发布补充通知。' }), false);
});
