/**
 * Which story opens the day (decision 096): a retelling of an earlier day's round never opens above a same-day first
 * telling; a wrap gives way to a same-day deal; the story the reorder promotes must pass the gate the demoted one
 * failed (its headline told, its figure's owner named, more than one figure), else the story selection put first stays
 * on top. Fixtures are invented reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import type { DigestStory, ItemRecord, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding, writeDigest } from './digest.js';
import { createOfflineEngine } from './offline/engine.js';
import { figureCount, gateFailure, headOwnerUnnamed, headUntold, retold } from './opening-gate.js';

const engine = createOfflineEngine();
const DAY1 = '2026-04-14';
const DAY3 = '2026-04-16';

const ROUND_DAY1 = {
  title: '澜海芯片完成30亿元C轮融资，投后估值180亿元',
  text: '推理芯片公司澜海芯片今日宣布完成30亿元C轮融资，投后估值180亿元，由国投创合领投。资金将用于下一代推理芯片的流片与量产。',
  url: 'https://www.36kr.com/p/lanhai-c',
  date: DAY1,
};

/** Day three: an outlet's market piece on the round (the amount again, the concept stocks' moves). */
function retelling(score: number): StoryBundle {
  const attributions = [
    { value: 3e9, subject: '澜海芯片', metric: 'funding', period: 'unknown' },
    { value: 3.2e9, subject: '澜海芯片', metric: 'funding', period: 'unknown' },
    { value: 8.6, subject: '星链微电子', metric: 'share-price', period: DAY3 },
    { value: 1.2e9, subject: '国投创合', metric: 'investment', period: 'unknown' },
  ];
  const day1 = makeBundle({ id: 'st_round_d1', items: [ROUND_DAY1], attributions });
  const told = day1.items[0] as ItemRecord;
  const b = makeBundle({
    id: 'st_round_d3',
    items: [
      {
        title: '澜海芯片融资落地，推理芯片概念股集体走强',
        text: '据接近交易的人士透露，澜海芯片此前完成的C轮融资规模约32亿元，国投创合出资约12亿元，为最大单一投资方。受此带动，推理芯片概念股今日集体走强，星链微电子涨8.6%，寒光科技涨停。',
        url: 'https://www.yicai.com/news/lanhai-stocks.html',
        date: DAY3,
      },
    ],
    attributions,
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('国投创合', 'investment', 'unknown', [statement(it, figs[it.id] ?? [], 1.2e9)]),
        single('星链微电子', 'share-price', DAY3, [statement(it, figs[it.id] ?? [], 8.6)]),
        // The day's outlet gives another amount than day one's (unreconciled): no figure of the story was told.
        single('澜海芯片', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 3.2e9)]),
      ];
    },
  });
  return { ...b, earlier: [{ day: DAY1, items: [told] }], score };
}

/** Day three's first telling of a cloud company's results with a capex-guide raise. */
function results(score: number): StoryBundle {
  const b = makeBundle({
    id: 'st_results',
    items: [
      {
        title: '云曜科技三季度营收412亿元，上调全年资本开支指引至600亿元',
        text: '云曜科技今日公布三季度业绩，营收412亿元，同比增长28%；云业务收入186亿元，同比增长41%。公司同时将全年资本开支指引由500亿元上调至600亿元，主要用于AI数据中心建设。',
        url: 'https://www.stcn.com/article/detail/yunyao-q3.html',
        date: DAY3,
      },
    ],
    attributions: [
      { value: 4.12e10, subject: '云曜科技', metric: 'revenue', period: '2026Q3' },
      { value: 6e10, subject: '云曜科技', metric: 'capex', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('云曜科技', 'revenue', '2026Q3', [statement(it, figs[it.id] ?? [], 4.12e10)]),
        single('云曜科技', 'capex', '2026', [statement(it, figs[it.id] ?? [], 6e10)]),
      ];
    },
  });
  return { ...b, score };
}

/** A market close wrap of the day, told by two outlets. */
function wrap(score: number): StoryBundle {
  const b = makeBundle({
    id: 'st_wrap',
    items: [
      {
        title: '收评：三大指数集体收跌 算力板块领跌 两市成交1.65万亿元',
        text: '今日A股三大指数集体收跌，沪指跌0.6%，创业板指跌1.8%，两市成交1.65万亿元。算力、光模块板块领跌，北向资金净卖出32亿元。',
        url: 'https://www.stcn.com/article/detail/wrap-0416.html',
        date: DAY3,
      },
      {
        title: 'A股收盘：三大指数齐跌 两市成交1.65万亿元',
        text: '截至收盘，沪指跌0.6%，深成指跌1.1%，创业板指跌1.8%。两市成交1.65万亿元，较上一交易日缩量。',
        url: 'https://www.cls.cn/detail/wrap-0416',
        date: DAY3,
      },
    ],
    attributions: [{ value: 1.65e12, subject: 'A股', metric: 'turnover', period: DAY3 }],
    claims: (items, figs) => [
      single(
        'A股',
        'turnover',
        DAY3,
        items.map((it) => statement(it, figs[it.id] ?? [], 1.65e12)),
      ),
    ],
  });
  return { ...b, score };
}

/** A same-day deal told in one sentence of one figure: a thin event. */
function thinDeal(score: number): StoryBundle {
  const b = makeBundle({
    id: 'st_thin',
    items: [
      {
        title: '曜石算力签下AI服务器采购合同',
        text: '曜石算力今日公告，与一家服务器厂商签订AI服务器采购合同，金额约8亿元。',
        url: 'https://www.cls.cn/detail/yaoshi-contract',
        date: DAY3,
      },
    ],
    attributions: [{ value: 8e8, subject: '曜石算力', metric: 'contract', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('曜石算力', 'contract', 'unknown', [statement(it, figs[it.id] ?? [], 8e8)])];
    },
  });
  return { ...b, score };
}

test('writeDigest: a day-three retelling of a round opens below the same-day first telling of a results day', async () => {
  const r = retelling(9);
  const story = await engine.doWriteStory(r, 'stories');
  assert.equal(retold(r, story), true, story.paragraphs.join('\n'));
  const d = await writeDigest([r, results(5)], engine, { date: DAY3, style: 'stories' });
  assert.equal(d.stories[0]?.storyId, 'st_results', d.stories.map((s) => s.headline).join(' | '));
  assert.ok(d.title.startsWith('云曜科技'), d.title);
});

test('retold: a follow-up whose headline brings a figure of today, or a story never printed before, is no retelling', async () => {
  const r = retelling(9);
  const story = await engine.doWriteStory(r, 'stories');
  // The same items, no earlier day printed: a first telling.
  assert.equal(retold({ ...r, earlier: [] }, story), false);
  // A headline with today's figure (the concept stocks' move) is a follow-up's news.
  assert.equal(retold(r, { ...story, headline: '澜海芯片概念股走强，星链微电子涨8.6%' }), false);
});

/** One English wire's report of a same-day round (an English-only story of one outlet). */
function wireRound(score: number): StoryBundle {
  const b = makeBundle({
    id: 'st_wire',
    items: [
      {
        title: 'Halvorsen Compute raises $1.2 billion at $9 billion valuation',
        text: [
          'Halvorsen Compute, a provider of AI inference clusters, said on Thursday it had raised $1.2 billion in a Series D round led by Northgate Capital, valuing the company at $9 billion.',
          'Northgate Capital invested about $500 million and Fidelity about $150 million, according to people familiar with the matter.',
        ].join('\n\n'),
        url: 'https://www.reuters.com/technology/halvorsen-compute-raises',
        date: DAY3,
      },
    ],
    attributions: [
      { value: 1.2e9, subject: 'Halvorsen Compute', metric: 'funding', period: 'unknown' },
      { value: 9e9, subject: 'Halvorsen Compute', metric: 'valuation', period: 'unknown' },
      { value: 5e8, subject: 'Northgate Capital', metric: 'investment', period: 'unknown' },
      { value: 1.5e8, subject: 'Fidelity', metric: 'investment', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('Halvorsen Compute', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 1.2e9)]),
        single('Halvorsen Compute', 'valuation', 'unknown', [statement(it, figs[it.id] ?? [], 9e9)]),
        single('Northgate Capital', 'investment', 'unknown', [statement(it, figs[it.id] ?? [], 5e8)]),
        single('Fidelity', 'investment', 'unknown', [statement(it, figs[it.id] ?? [], 1.5e8)]),
      ];
    },
  });
  return { ...b, score };
}

test('writeDigest: a market wrap gives way to one English wire report of a same-day round that passes the gate', async () => {
  const w = wireRound(5);
  const story = await engine.doWriteStory(w, 'stories');
  assert.equal(gateFailure(story), undefined, `${story.headline} | ${story.paragraphs.join(' ')}`);
  const d = await writeDigest([wrap(9), w], engine, { date: DAY3, style: 'stories' });
  assert.deepEqual(
    d.stories.map((s) => s.storyId),
    ['st_wire', 'st_wrap'],
  );
});

test('writeDigest: a day whose only same-day event is one thin figure keeps the story selection put first on top', async () => {
  const thin = thinDeal(5);
  const story = await engine.doWriteStory(thin, 'stories');
  assert.equal(figureCount(story), 1, story.paragraphs.join('\n'));
  const d = await writeDigest([wrap(9), thin], engine, { date: DAY3, style: 'stories' });
  assert.deepEqual(
    d.stories.map((s) => s.storyId),
    ['st_wrap', 'st_thin'],
  );
});

/** A written story for the gate's unit checks. */
function written(headline: string, paragraphs: string[], keyFigure: DigestStory['keyFigure'] = null): DigestStory {
  return writtenStory('s', headline, paragraphs, { keyFigure });
}

test('gate: a headline figure no paragraph gives, or a parent figure under its listed subsidiary, fails', () => {
  assert.equal(headUntold(written('云曜科技三季度营收412亿元', ['云曜科技三季度营收**412亿元**，同比增长**28%**。'])), false);
  assert.equal(headUntold(written('云曜科技上调资本开支指引至600亿元', ['云曜科技三季度营收**412亿元**，同比增长**28%**。'])), true);
  // The guidance is the parent's (云曜集团); the headline names only the listed subsidiary.
  const guide = {
    text: '600亿元',
    start: 0,
    end: 6,
    kind: 'money',
    value: 6e10,
    currency: 'CNY',
    qualifier: 'exact',
    subject: '云曜集团',
  } as const;
  const sub = written('云曜智算上调全年资本开支指引至600亿元', ['云曜集团将全年资本开支指引上调至**600亿元**，云曜智算不单独给出指引。'], {
    ...guide,
  });
  assert.equal(headOwnerUnnamed(sub), true);
  assert.equal(gateFailure(sub), 'head-owner');
  assert.equal(headOwnerUnnamed({ ...sub, headline: '云曜集团上调全年资本开支指引至600亿元' }), false);
  // The other party of a deal named (a contract's counterparty), or the name the day's reports write the owner with.
  assert.equal(headOwnerUnnamed({ ...sub, keyFigure: { ...guide, counterparty: '云曜智算' } }), false);
  assert.equal(
    headOwnerUnnamed(sub, (n) => (n === '云曜集团' ? ['云曜智算'] : [])),
    false,
  );
  // A unit's figure headed under its owner (gazetteer unitOf: JD Cloud is JD.com's) names its owner.
  const unit = { ...guide, text: '35亿元', value: 3.5e9, subject: 'JD Cloud', metric: 'contract' };
  assert.equal(headOwnerUnnamed(written('京东签下35亿元算力服务大单', ['京东云签署合同，总额约**35亿元**。'], unit)), false);
  assert.equal(headOwnerUnnamed(written('云曜智算签下35亿元算力服务大单', ['京东云签署合同，总额约**35亿元**。'], unit)), true);
  // A city's government is named by its city.
  const cap = { ...guide, text: '5000万元', value: 5e7, subject: 'Shanghai government' };
  assert.equal(headOwnerUnnamed(written('上海单家企业年度算力券补贴上限提至5000万元', ['补贴上限提至**5000万元**。'], cap)), false);
});

test('newsFirst: a story failing the gate is never promoted above a story selection put before it', () => {
  const s = (id: string) => written(id, []);
  const [wrapS, thinS, fullS] = [
    { ...s('wrap'), storyId: 'wrap' },
    { ...s('thin'), storyId: 'thin' },
    { ...s('full'), storyId: 'full' },
  ];
  const base: StoryStanding = { englishOnly: false, outlets: 1, repeat: false };
  const standing = new Map<string, StoryStanding>([
    ['wrap', { ...base, lesser: 'wrap', figures: 4 }],
    ['thin', { ...base, figures: 1 }],
    ['untold', { ...base, gate: 'head-untold', figures: 3 }],
    ['full', { ...base, figures: 3 }],
  ]);
  assert.deepEqual(
    newsFirst([wrapS, thinS], standing).map((x) => x.storyId),
    ['wrap', 'thin'],
  );
  // A headline its body never tells does not pass it either; a vetted event after them passes all.
  const untoldS = { ...s('untold'), storyId: 'untold' };
  assert.deepEqual(
    newsFirst([wrapS, untoldS], standing).map((x) => x.storyId),
    ['wrap', 'untold'],
  );
  assert.deepEqual(
    newsFirst([wrapS, thinS, fullS], standing).map((x) => x.storyId),
    ['full', 'wrap', 'thin'],
  );
  // One figure passes a story of no more figures (a one-figure price cut above one English wire's line).
  const wireS = { ...s('wire'), storyId: 'wire' };
  const one = new Map<string, StoryStanding>([
    ['wire', { ...base, englishOnly: true, figures: 1 }],
    ['thin', { ...base, figures: 1 }],
  ]);
  assert.deepEqual(
    newsFirst([wireS, thinS], one).map((x) => x.storyId),
    ['thin', 'wire'],
  );
  // A retelling is passed by today's event, never by a broker's view or lesser news: neither is today's event.
  const [againS, viewS] = [
    { ...s('again'), storyId: 'again' },
    { ...s('view'), storyId: 'view' },
  ];
  const day2 = new Map<string, StoryStanding>([
    ['again', { ...base, repeat: true, figures: 4 }],
    ['view', { ...base, view: true, figures: 4 }],
    ['wrap', { ...base, lesser: 'wrap', figures: 4 }],
    ['full', { ...base, figures: 3 }],
  ]);
  assert.deepEqual(
    newsFirst([againS, viewS, wrapS], day2).map((x) => x.storyId),
    ['again', 'view', 'wrap'],
  );
  assert.deepEqual(
    newsFirst([againS, viewS, fullS], day2).map((x) => x.storyId),
    ['full', 'again', 'view'],
  );
  // storyStanding reads the gate and the figures from the written story.
  const st = storyStanding(
    thinDeal(5),
    written('曜石算力签下约8亿元AI服务器采购合同', ['曜石算力签订AI服务器采购合同，金额约**8亿元**。']),
  );
  assert.equal(st.figures, 1);
  assert.equal(st.gate, undefined);
});
