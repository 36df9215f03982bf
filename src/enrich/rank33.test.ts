/**
 * Which story opens the day (decision 103): the story the reorder would promote past lesser news passes the checks of
 * its printed figures too — a whole measure's money figure with a plausible unit and magnitude (a profit range in 亿
 * printed as bare 元 fails), one period per net result in a sentence (last year's loss under this year beside this
 * year's profit fails); a story failing stays where selection put it. A local facility item (a regional service
 * centre), a post-holiday index wrap and a morning roundup are lesser news. Fixtures are invented reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import { lesserNews } from '../select/news-weight.js';
import type { DigestStory, ItemRecord, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding, writeDigest } from './digest.js';
import { implausibleUnit, periodClash } from './figure-sanity.js';
import { createOfflineEngine } from './offline/engine.js';
import { gateFailure, releasedBefore } from './opening-gate.js';

const engine = createOfflineEngine();
const DAY = '2026-10-09';

const written = writtenStory;

test('implausibleUnit: a profit, revenue or round printed as a bare few 元 fails; per-share and per-unit prices pass', () => {
  assert.ok(implausibleUnit('据中金测算，星璨微电子预计2026年归母净利润为**3.2至3.8元**，同比扭亏为盈。'));
  assert.ok(implausibleUnit('Helio Labs completed a round: 海利欧实验室完成融资**6.5美元**，由红杉领投。'));
  assert.equal(implausibleUnit('星璨微电子预计2026年归母净利润为**3.2亿至3.8亿元**，同比扭亏为盈。'), undefined);
  assert.equal(implausibleUnit('公司每股收益**0.52元**，中金维持目标价**48.5元**。'), undefined);
  assert.equal(implausibleUnit('新模型输入价格低至**0.8元/百万tokens**，较此前下调六成。'), undefined);
  assert.equal(implausibleUnit('公司三季度营收**412亿元**，同比增长**28%**。'), undefined);
});

test('periodClash: two net results of one period in a sentence fail; another period, a part, a change pass', () => {
  assert.ok(periodClash('星璨微电子预计2026年归母净利润3.2亿至3.8亿元，净亏损5.1亿元。'));
  assert.ok(periodClash('Northvale expects fiscal 2026 results: 诺瓦尔预计2026财年净利润1.4亿美元，亏损2.3亿美元。'));
  assert.equal(periodClash('星璨微电子预计2026年归母净利润3.2亿至3.8亿元，上年同期净亏损5.1亿元。'), undefined);
  assert.equal(periodClash('星璨微电子2026年净利润3.2亿元，2025年净亏损5.1亿元。'), undefined);
  assert.equal(periodClash('集团上半年净利润12亿元，其中云业务亏损3亿元。'), undefined);
  assert.equal(periodClash('公司净亏损由5.1亿元收窄至1.2亿元。'), undefined);
  assert.equal(periodClash('公司三季度净利润3.2亿元，高于市场预期的2.9亿元。'), undefined);
});

/** A same-day story of the given text, its standing read from what it prints. */
function bundleOf(id: string, title: string, text: string, value: number, metric: string, score: number): StoryBundle {
  const b = makeBundle({
    id,
    items: [{ title, text, url: `https://www.cls.cn/detail/${id}`, date: DAY }],
    attributions: [{ value, subject: '星璨微电子', metric, period: '2026' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星璨微电子', metric, '2026', [statement(it, figs[it.id] ?? [], value)])];
    },
  });
  return { ...b, score };
}

/** A same-day round told in full: the day's event a lesser story must not open above. */
function lanhaiRound(url: string): StoryBundle {
  return makeBundle({
    id: 'round',
    items: [
      {
        title: '澜海芯片完成30亿元C轮融资，投后估值180亿元',
        text: '推理芯片公司澜海芯片今日宣布完成30亿元C轮融资，投后估值180亿元，由国投创合领投。资金将用于下一代推理芯片的流片与量产。',
        url,
        date: DAY,
      },
    ],
    attributions: [
      { value: 3e9, subject: '澜海芯片', metric: 'funding', period: 'unknown' },
      { value: 1.8e10, subject: '澜海芯片', metric: 'valuation', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('澜海芯片', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 3e9)]),
        single('澜海芯片', 'valuation', 'unknown', [statement(it, figs[it.id] ?? [], 1.8e10)]),
      ];
    },
  });
}

const WRAP_TITLE = '节后首个交易日：沪指高开低走，芯片股领跌';
const WRAP_TEXT = '节后首个交易日，沪指跌0.4%，创业板指跌1.2%，两市成交1.92万亿元，芯片、算力板块领跌，北向资金净卖出41亿元。';

test('newsFirst: a promoted story whose figures print a bare 元 profit range or two net results of one period stays below', () => {
  const wrapB = bundleOf('wrap', WRAP_TITLE, WRAP_TEXT, 1.92e12, 'turnover', 9);
  const alertText =
    '星璨微电子晚间发布业绩预告，预计2026年归母净利润3.2亿至3.8亿元，上年同期净亏损5.1亿元，同比扭亏为盈，高于市场一致预期。';
  const alertB = bundleOf('alert', '星璨微电子预告2026年扭亏，净利润3.2亿至3.8亿元', alertText, 5.1e8, 'profit', 5);
  const wrapS = written('wrap', '三大指数高开低走，两市成交1.92万亿元', [
    '节后首个交易日，沪指跌**0.4%**，创业板指跌**1.2%**，两市成交**1.92万亿元**。',
  ]);
  const good = written('alert', '星璨微电子预告2026年扭亏，净利润3.2亿至3.8亿元', [
    '星璨微电子预计2026年归母净利润**3.2亿至3.8亿元**，上年同期净亏损**5.1亿元**，同比扭亏为盈。',
  ]);
  const badUnit = { ...good, paragraphs: ['星璨微电子预计2026年归母净利润**3.2至3.8元**，上年同期净亏损**5.1亿元**，同比扭亏为盈。'] };
  const badPeriod = { ...good, paragraphs: ['星璨微电子预计2026年归母净利润**3.2亿至3.8亿元**，净亏损**5.1亿元**，同比扭亏为盈。'] };
  assert.equal(gateFailure(good), undefined);
  assert.equal(gateFailure(badUnit), 'unit-magnitude');
  assert.equal(gateFailure(badPeriod), 'period-clash');
  const order = (alert: DigestStory): string[] => {
    const standing = new Map<string, StoryStanding>([
      ['wrap', storyStanding(wrapB, wrapS)],
      ['alert', storyStanding(alertB, alert)],
    ]);
    return newsFirst([wrapS, alert], standing).map((s) => s.storyId);
  };
  assert.deepEqual(order(good), ['alert', 'wrap']);
  assert.deepEqual(order(badUnit), ['wrap', 'alert']);
  assert.deepEqual(order(badPeriod), ['wrap', 'alert']);
});

test('lesserNews: a post-holiday index wrap, a morning roundup and a regional service centre are lesser news', () => {
  const item = (title: string, text: string) => [{ id: 'i1', title, text, date: DAY }];
  assert.equal(lesserNews(item(WRAP_TITLE, WRAP_TEXT), {}), 'wrap');
  assert.equal(lesserNews(item('科技晨报：英伟达涨3%，台积电ADR走强', '英伟达涨3%，台积电ADR涨2.1%，费城半导体指数涨1.8%。'), {}), 'wrap');
  assert.equal(
    lesserNews(
      item(
        '曜石算力西南区域服务中心落户成都，总投资5亿元',
        '曜石算力今日与成都高新区签约，其西南区域服务中心落户成都，总投资5亿元，将为西南地区客户提供AI服务器运维服务。',
      ),
      {},
    ),
    'local',
  );
  // A company event of the day keeps its standing: a data-centre deal is no local facility.
  assert.equal(
    lesserNews(item('曜石算力与云曜科技签订35亿元AI数据中心合同', '曜石算力今日公告，与云曜科技签订AI数据中心建设合同，金额35亿元。'), {}),
    undefined,
  );
});

test('writeDigest: a regional service-centre investment opens the day after a same-day round', async () => {
  const centre = bundleOf(
    'centre',
    '曜石算力西南区域服务中心落户成都，总投资5亿元',
    '曜石算力今日与成都高新区签约，其西南区域服务中心落户成都，总投资5亿元，将为西南地区客户提供AI服务器运维服务，预计明年投入使用。',
    5e8,
    'investment',
    9,
  );
  const round = lanhaiRound('https://www.36kr.com/p/lanhai-c-1009');
  const d = await writeDigest([centre, { ...round, score: 5 }], engine, { date: DAY, style: 'stories' });
  assert.equal(d.stories[0]?.storyId, 'round', d.stories.map((s) => s.headline).join(' | '));
});

test('writeDigest: a supplier monthly sales the store held four days before opens the day after a same-day round', async () => {
  const sales = (date: string, url: string, title: string) =>
    makeItem({
      title,
      text: '服务器代工厂曜达电子公布9月合并营收新台币1280亿元，同比增长36%，AI服务器出货持续放量，前三季度累计营收创同期新高。',
      url,
      date,
    });
  const monthly = makeBundle({
    id: 'monthly',
    items: [
      {
        title: 'AI服务器放量，曜达电子9月营收新台币1280亿元创新高',
        text: 'AI服务器出货持续放量，服务器代工厂曜达电子9月合并营收新台币1280亿元，同比增长36%，前三季度累计营收创同期新高。',
        url: 'https://www.ctee.com.tw/news/yaoda-sep-1009',
        date: DAY,
      },
    ],
    attributions: [{ value: 1.28e11, subject: '曜达电子', metric: 'revenue', period: '2026-09' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('曜达电子', 'revenue', '2026-09', [statement(it, figs[it.id] ?? [], 1.28e11)])];
    },
  });
  const old = sales('2026-10-05', 'https://udn.com/news/yaoda-sep-1005', '曜达电子9月营收新台币1280亿元，同比增36%');
  const round = lanhaiRound('https://www.36kr.com/p/lanhai-c-1009b');
  const written = await engine.doWriteStory(monthly, 'stories');
  assert.equal(releasedBefore({ ...monthly, unprinted: [old] }, written), true, written.headline);
  // Reported only today (no old item in the store), or old by one day, it is today's news.
  assert.equal(releasedBefore(monthly, written), false);
  assert.equal(releasedBefore({ ...monthly, unprinted: [{ ...old, date: '2026-10-08' }] }, written), false);
  const d = await writeDigest(
    [
      { ...monthly, unprinted: [old], score: 9 },
      { ...round, score: 5 },
    ],
    engine,
    { date: DAY, style: 'stories' },
  );
  assert.equal(d.stories[0]?.storyId, 'round', d.stories.map((s) => s.headline).join(' | '));
  const today = await writeDigest(
    [
      { ...monthly, score: 9 },
      { ...round, score: 5 },
    ],
    engine,
    { date: DAY, style: 'stories' },
  );
  // Reported only today, a supplier's monthly sales is still lesser news than the same-day round (decision 116:
  // `lesserKinds`): the round opens the day, the sales story stays a top story.
  assert.equal(today.stories[0]?.storyId, 'round');
  assert.ok(today.stories.some((s) => s.storyId === 'monthly'));
});
