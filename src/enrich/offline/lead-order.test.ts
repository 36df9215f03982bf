/**
 * Which stories lead the day, one event once, the headline's names in the body (issue 11; editor21's H1, R1, L2): a
 * single English wire line or yesterday's event never opens the day above a full story of today's news, a market
 * reaction or an analysis of an event joins the event's story, and a company the headline names is named by the lead.
 * Fixtures are hand-written (Chinese and English), over two days where a follow-up needs one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestStory, makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord, StoryBundle } from '../../types/index.js';
import { newsFirst, openingRank, type StoryStanding, storyStanding, writeDigest } from '../digest.js';
import { mergeSameEvent, tellsSameEvent } from '../same-event.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

const full = (over: Partial<StoryStanding> = {}): StoryStanding => ({ englishOnly: false, outlets: 1, repeat: false, ...over });

test('newsFirst: a full story of today’s news opens the day before one English wire’s story and before yesterday’s event', () => {
  const wire = digestStory({
    storyId: 'wire',
    headline: '美光上调季度营收指引至125亿美元',
    paragraphs: ['据路透社报道，美光上调营收指引。美光预计毛利率为51%。'],
  });
  const repeat = digestStory({
    storyId: 'repeat',
    headline: '星衡智算港股IPO募资62亿港元',
    paragraphs: ['星衡智算按区间上限定价。募资62亿港元。'],
  });
  const zh = digestStory({
    storyId: 'zh',
    headline: '阿里云大模型API再降价最高85%',
    paragraphs: ['阿里云宣布降价。价格最低每百万tokens 0.3元。'],
  });
  const brief = digestStory({
    storyId: 'brief',
    headline: 'Meta被欧盟罚款4.8亿欧元',
    paragraphs: ['据路透社报道，Meta被欧盟罚款4.8亿欧元。'],
    brief: true,
  });
  const standing = new Map([
    ['wire', full({ englishOnly: true })],
    ['repeat', full({ repeat: true })],
    ['zh', full()],
    ['brief', full({ englishOnly: true })],
  ]);
  assert.deepEqual(
    newsFirst([brief, repeat, wire, zh], standing).map((s) => s.storyId),
    ['zh', 'wire', 'repeat', 'brief'],
  );
  // Two outlets of an English story are today's news told in full: rank decides.
  const two = new Map([...standing, ['wire', full({ englishOnly: true, outlets: 2 })]]);
  assert.deepEqual(
    newsFirst([wire, zh], two).map((s) => s.storyId),
    ['wire', 'zh'],
  );
  // Without standing (another caller), nothing but brief stories moves.
  assert.deepEqual(
    newsFirst([repeat, wire, zh]).map((s) => s.storyId),
    ['repeat', 'wire', 'zh'],
  );
  assert.equal(openingRank(wire, full({ englishOnly: true })), 1);
  assert.equal(openingRank(zh, full({ view: true })), 2);
  assert.equal(openingRank(wire), 0);
});

const DAY1 = '2026-11-24';
const DAY2 = '2026-11-25';

/** A Chinese report of a listing's pricing, on `date`. */
function listingItem(date: string, url: string) {
  return {
    title: '星衡智算港股IPO定价每股25港元，募资62亿港元',
    text: `星衡智算港股IPO按区间上限定价，每股25港元，募资62亿港元，对应市值约310亿港元。${date === DAY1 ? '公司将于下周在港交所挂牌。' : '暗盘交易将于周三进行。'}`,
    url,
    date,
  };
}

test('storyStanding: a story whose items ran yesterday, or whose key figure another story printed yesterday, is a repeat', async () => {
  const b = makeBundle({
    id: 'st_listing',
    items: [listingItem(DAY2, 'https://www.cls.cn/detail/2')],
    attributions: [{ value: 6.2e9, subject: '星衡智算', metric: 'ipo', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星衡智算', 'ipo', 'unknown', [statement(it, figs[it.id] ?? [], 6.2e9)])];
    },
  });
  const story = await engine.doWriteStory(b, 'stories');
  assert.equal(storyStanding(b, story).repeat, false);
  assert.equal(storyStanding(b, story).englishOnly, false);
  // Another report of the day before (its own item, or another story's) stated the figure it leads with.
  const other = makeBundle({
    id: 'st_other',
    items: [listingItem(DAY1, 'https://www.36kr.com/p/1')],
    attributions: [{ value: 6.2e9, subject: '星衡智算', metric: 'ipo', period: 'unknown' }],
    claims: (items, f) => {
      const it = items[0] as ItemRecord;
      return [single('星衡智算', 'ipo', 'unknown', [statement(it, f[it.id] ?? [], 6.2e9)])];
    },
  });
  const told = other.items[0] as ItemRecord;
  const toldClaim = other.claims[0];
  assert.ok(toldClaim);
  const claims = b.claims.map((c) => ({ ...c, statements: [...c.statements, ...toldClaim.statements] }));
  // Its own item of the day before was printed: the story runs again.
  assert.equal(storyStanding({ ...b, claims, earlier: [{ day: DAY1, items: [told] }] }, story).repeat, true);
  // Its own earlier item, but today it leads with a figure that did not run (the market's move after the pricing).
  assert.equal(storyStanding({ ...b, earlier: [{ day: DAY1, items: [told] }] }, story).repeat, false);
  const withTold: StoryBundle = { ...b, claims, toldBefore: { [told.id]: DAY1 } };
  assert.equal(storyStanding(withTold, story).repeat, true);
  // A story that leads with no figure told before tells today's news (the subscription after yesterday's launch).
  assert.equal(storyStanding(withTold, { keyFigure: null }).repeat, false);
  assert.equal(storyStanding({ ...b, claims, earlier: [{ day: DAY1, items: [told] }] }, { keyFigure: null }).repeat, false);
  // A broker's target price heads a view, not an event.
  assert.equal(storyStanding(b, { keyFigure: null, headline: '中金上调澜芯科技目标价至186元' }).view, true);
  assert.equal(storyStanding(b, story).view, false);
});

/** One English wire story of one outlet: a quarter's revenue and profit (two facts, not brief). */
function wireBundle(): StoryBundle {
  return makeBundle({
    id: 'st_wire',
    items: [
      {
        title: 'Micron quarterly revenue jumps 46% to $11.3 billion',
        text: 'Micron Technology said on Tuesday its revenue rose 46% to $11.3 billion in the fiscal first quarter, driven by demand for memory chips used in AI data centers. Net income was $3.2 billion. Revenue from high-bandwidth memory reached $2 billion.',
        url: 'https://www.reuters.com/technology/micron-results',
        date: DAY2,
      },
    ],
    attributions: [
      { value: 1.13e10, subject: 'Micron', metric: 'revenue', period: 'FY2027Q1' },
      { value: 3.2e9, subject: 'Micron', metric: 'net-income', period: 'FY2027Q1' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('Micron', 'revenue', 'FY2027Q1', [statement(it, figs[it.id] ?? [], 1.13e10)]),
        single('Micron', 'net-income', 'FY2027Q1', [statement(it, figs[it.id] ?? [], 3.2e9)]),
      ];
    },
  });
}

/** A full Chinese story of the day. */
function cloudBundle(): StoryBundle {
  return makeBundle({
    id: 'st_cloud',
    items: [
      {
        title: '阿里云大模型API再降价，最高降幅85%',
        text: '阿里云周二宣布，通义千问系列大模型API价格再次下调，最高降幅达85%。此次降价覆盖旗下主力模型，输入价格最低降至每百万tokens 0.3元。阿里云表示，过去一年调用量增长了10倍。',
        url: 'https://www.ithome.com/0/1/1.htm',
        date: DAY2,
      },
    ],
    attributions: [{ value: 85, subject: 'Alibaba Cloud', metric: 'price-cut', period: '2026' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('Alibaba Cloud', 'price-cut', '2026', [statement(it, figs[it.id] ?? [], 85)])];
    },
  });
}

test('writeDigest: ranked second, the full Chinese story still opens the day and titles it; the English wire story follows', async () => {
  const wire = { ...wireBundle(), score: 6 };
  const cloud = { ...cloudBundle(), score: 5 };
  const d = await writeDigest([wire, cloud], engine, { date: DAY2, style: 'stories' });
  assert.ok(!d.stories.some((s) => s.brief), 'two stories of more than one sentence');
  assert.deepEqual(
    d.stories.map((s) => s.storyId),
    ['st_cloud', 'st_wire'],
  );
  assert.ok(d.title.startsWith('阿里云'), d.title);
});

/** A company's quarter (Chinese) and the same day's market reaction / analysis stories about it. */
function resultsBundle(): StoryBundle {
  return makeBundle({
    id: 'st_results',
    items: [
      {
        title: '小米第三季度营收1130亿元，同比增长22%',
        text: '小米集团公布第三季度业绩，营收1130亿元，同比增长22%；经调整净利润113亿元。智能电动汽车业务收入首次突破290亿元。',
        url: 'https://www.cls.cn/detail/1130',
        date: DAY2,
      },
    ],
    attributions: [
      { value: 1.13e11, subject: 'Xiaomi', metric: 'revenue', period: '2026Q3' },
      { value: 22, subject: 'Xiaomi', metric: 'revenue-growth', period: '2026Q3' },
      { value: 1.13e10, subject: 'Xiaomi', metric: 'net-income', period: '2026Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Xiaomi', 'revenue', '2026Q3', [statement(it, f, 1.13e11)]),
        single('Xiaomi', 'net-income', '2026Q3', [statement(it, f, 1.13e10)]),
      ];
    },
  });
}

function reactionBundle(title: string, text: string, id = 'st_reaction'): StoryBundle {
  return makeBundle({
    id,
    items: [{ title, text, url: `https://wallstreetcn.com/articles/${id}`, date: DAY2 }],
    attributions: [{ value: 1.13e11, subject: 'Xiaomi', metric: 'revenue', period: '2026Q3' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return f.some((x) => x.value === 1.13e11) ? [single('Xiaomi', 'revenue', '2026Q3', [statement(it, f, 1.13e11)])] : [];
    },
  });
}

test('a market reaction to a company’s results is one story with them, the results heading it; other news of it stays apart', () => {
  const results = resultsBundle();
  const reaction = reactionBundle(
    '小米股价大涨8%，汽车业务成市场焦点',
    '小米集团昨晚公布第三季度营收1130亿元，超出市场预期。今日开盘后股价一度大涨8%，成交额创近三个月新高。',
  );
  // The reaction is merged (whatever ranked first) and the results' item comes first.
  for (const order of [
    [reaction, results],
    [results, reaction],
  ]) {
    const merged = mergeSameEvent(order);
    assert.equal(merged.length, 1);
    assert.equal(merged[0]?.items[0]?.title, '小米第三季度营收1130亿元，同比增长22%');
    assert.equal(merged[0]?.story.id, 'st_results');
  }
  assert.ok(tellsSameEvent(results, reaction));
  assert.ok(!tellsSameEvent(reaction, results), 'the reaction headlines no amount of the results');
  // A story of the same company with an amount of its own news (a new plant) is other news that mentions the quarter.
  const plant = reactionBundle(
    '小米股价走强，拟投资200亿元建设汽车二期工厂',
    '小米宣布拟投资200亿元建设汽车二期工厂。公司第三季度营收1130亿元。',
    'st_plant',
  );
  assert.equal(mergeSameEvent([results, plant]).length, 2);
  // A story that does not state the results' figure is no reaction to them.
  const other = reactionBundle('小米股价大涨8%', '小米集团今日股价大涨8%，市场关注其新品发布会。', 'st_other_move');
  assert.equal(mergeSameEvent([results, other]).length, 2);
});

function roundBundle(id: string, title: string, text: string, url: string): StoryBundle {
  return makeBundle({
    id,
    items: [{ title, text, url, date: DAY2 }],
    attributions: [{ value: 1.3e10, subject: 'Anthropic', metric: 'funding', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('Anthropic', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 1.3e10)])];
    },
  });
}

test('an analysis of a round, the same day, is one story with the round; an English analysis too', () => {
  const round = roundBundle(
    'st_round',
    'Anthropic完成130亿美元融资',
    'Anthropic宣布完成130亿美元F轮融资，投后估值1830亿美元。',
    'https://www.36kr.com/p/round',
  );
  const analysis = roundBundle(
    'st_analysis',
    'Anthropic融资背后：算力账单谁来付',
    'Anthropic本轮130亿美元融资的大部分将用于采购算力。分析人士认为，模型公司的融资正越来越多地流向云厂商。',
    'https://www.huxiu.com/article/analysis',
  );
  const merged = mergeSameEvent([analysis, round]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]?.story.id, 'st_round');
  const en = roundBundle(
    'st_en_analysis',
    'What Anthropic’s funding round means for the cloud',
    'Much of the $13 billion Anthropic raised will flow to cloud providers, analysts said.',
    'https://www.ft.com/content/analysis',
  );
  assert.equal(mergeSameEvent([round, en]).length, 1);
  // A story of the company that names no round (a model launch) stays apart, though it mentions the amount.
  const launch = roundBundle(
    'st_launch',
    'Anthropic发布新一代模型',
    'Anthropic发布新一代模型。公司此前完成130亿美元融资。',
    'https://www.ithome.com/0/launch.htm',
  );
  assert.equal(mergeSameEvent([round, launch]).length, 2);
});

test('a company the headline names (the round’s lead investor) is named by the body: its sentence joins the lead', async () => {
  const b = makeBundle({
    id: 'st_investor',
    items: [
      {
        title: '星河智芯完成10亿元B轮融资，红杉中国领投',
        text: [
          '星河智芯今日宣布完成10亿元B轮融资，投后估值达80亿元。公司去年营收3亿元，同比增长150%。新一轮资金将主要用于下一代推理芯片的流片和量产。',
          '星河智芯成立于2021年，专注于数据中心推理芯片，目前已有三款产品量产，客户覆盖多家头部互联网公司。',
          '本轮融资由红杉中国领投，多家老股东继续跟投。',
        ].join('\n\n'),
        url: 'https://www.36kr.com/p/xinghe-b',
        date: DAY2,
      },
    ],
    attributions: [
      { value: 1e9, subject: '星河智芯', metric: 'funding', period: 'unknown' },
      { value: 8e9, subject: '星河智芯', metric: 'valuation', period: 'unknown' },
      { value: 3e8, subject: '星河智芯', metric: 'revenue', period: '2025' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('星河智芯', 'funding', 'unknown', [statement(it, f, 1e9)]),
        single('星河智芯', 'valuation', 'unknown', [statement(it, f, 8e9)]),
        single('星河智芯', 'revenue', '2025', [statement(it, f, 3e8)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  assert.match(s.headline, /红杉/, s.headline);
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /红杉中国领投/, lead);
});
