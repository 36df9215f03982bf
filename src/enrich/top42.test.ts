/**
 * Which story leads the day (decision 168): an index's move on a price cut that names no company ranks under the
 * same-day price cut (they share the event word); a day's event an English wire tells thinly keeps a top story and opens
 * when the only fuller story retells an earlier day's news or is a local facility. Fixtures are invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import type { DigestStory, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';
import { causedByEventWord } from './reaction-cause.js';

const DAY = '2026-11-05';

function opening(
  stories: DigestStory[],
  bundles: Record<string, StoryBundle>,
  over: Record<string, Partial<StoryStanding>> = {},
): string[] {
  const standing = new Map<string, StoryStanding>(
    stories.map((s) => [s.storyId, { ...storyStanding(bundles[s.storyId] as StoryBundle, s), ...(over[s.storyId] ?? {}) }]),
  );
  return newsFirst(stories, standing)
    .filter((s) => !s.minor)
    .map((s) => s.storyId);
}

/** A Hong Kong index falling on a price war, naming no company in its headline or lead. */
function indexMove(): StoryBundle {
  return makeBundle({
    id: 'index',
    items: [
      {
        title: '大模型降价潮再起，恒生科技指数收跌2.3%',
        text: '港股5日午后走弱，恒生科技指数收跌2.3%，云计算板块领跌。市场人士称，新一轮大模型降价潮引发投资者对云厂商利润率的担忧，成交额较前一日放大约两成。',
        url: 'https://www.cls.cn/detail/hstech-1105',
        date: DAY,
      },
    ],
  });
}
const INDEX = writtenStory('index', '大模型降价潮再起，恒生科技指数收跌2.3%', [
  '港股午后走弱，恒生科技指数收跌**2.3%**，云计算板块领跌。市场人士称，新一轮大模型降价潮引发投资者对云厂商利润率的担忧，成交额较前一日放大约**两成**。',
]);

/** The cut itself. */
function cut(): StoryBundle {
  return makeBundle({
    id: 'cut',
    items: [
      {
        title: '青岚云旗舰大模型API降价80%',
        text: '青岚云5日宣布，旗舰大模型API输入价格降至每百万Tokens 0.4元，降幅80%；输出价格降至每百万Tokens 1.6元，降幅75%。公司称日均调用量已超过12万亿Tokens。',
        url: 'https://www.ithome.com/0/915/101.htm',
        date: DAY,
      },
    ],
  });
}
const CUT = writtenStory('cut', '青岚云旗舰大模型API降价80%', [
  '青岚云5日宣布，旗舰大模型API输入价格降至每百万Tokens**0.4元**，降幅**80%**；输出价格降至每百万Tokens**1.6元**，降幅**75%**。公司称日均调用量已超过**12万亿**Tokens。',
]);

/** A same-day round: not what moved the index. */
function round(): StoryBundle {
  return makeBundle({
    id: 'round',
    items: [
      {
        title: '澄岭智能完成12亿元B轮融资',
        text: '澄岭智能5日宣布完成12亿元B轮融资，投后估值约80亿元，资金将用于推理芯片量产。',
        url: 'https://36kr.com/p/chengling-b',
        date: DAY,
      },
    ],
  });
}
const ROUND = writtenStory('round', '澄岭智能完成12亿元B轮融资', [
  '澄岭智能5日宣布完成**12亿元**B轮融资，投后估值约**80亿元**，资金将用于推理芯片量产。',
]);

test('causedByEventWord: a reaction and an event that say one cause word; a deal word is no cause', () => {
  assert.ok(causedByEventWord('大模型降价潮再起，恒生科技指数收跌2.3%', '青岚云旗舰大模型API降价80%'));
  assert.ok(causedByEventWord('Cloud stocks slide as price war deepens', '青岚云打响price war'));
  assert.ok(!causedByEventWord('大模型降价潮再起，恒生科技指数收跌2.3%', '澄岭智能完成12亿元B轮融资'));
  assert.ok(!causedByEventWord('融资落地，算力板块走强', '澄岭智能完成12亿元B轮融资'));
});

test('newsFirst: an index falling on a price cut that names no company ranks under the same-day cut; beside a round it keeps its place', () => {
  const bundles = { index: indexMove(), cut: cut(), round: round() };
  assert.deepEqual(opening([INDEX, CUT], bundles), ['cut', 'index']);
  assert.deepEqual(opening([INDEX, ROUND], bundles), ['index', 'round']);
});

const LATER = '2026-11-06';

/** The day's own deal told by one wire: an English template telling, thin. */
function convertible(): StoryBundle {
  return makeBundle({
    id: 'quarter',
    items: [
      {
        title: 'Nebius prices $2 billion convertible bond offering, shares fall 9%',
        text: 'Nebius Group said on Thursday it priced $2 billion of convertible senior notes due 2031 with a coupon of 1.25%. Its shares fell 9% in New York trading after the announcement.',
        url: 'https://www.reuters.com/technology/nebius-convertible-bond',
        date: LATER,
      },
    ],
  });
}
const QUARTER = writtenStory(
  'quarter',
  'Nebius发行20亿美元可转换债券',
  ['据路透报道，Nebius发行**20亿美元**可转换优先票据，票面利率**1.25%**。', '消息公布后其股价下跌**9%**。'],
  { thin: true, original: 'Nebius Group said on Thursday it priced $2 billion of convertible senior notes…' },
);

/** A valuation told again (yesterday's round). */
function valuation(): StoryBundle {
  return makeBundle({
    id: 'valuation',
    items: [
      {
        title: '澄岭智能投后估值约80亿元',
        text: '据36氪报道，澄岭智能此前完成12亿元B轮融资，投后估值约80亿元，老股东继续跟投。',
        url: 'https://www.jiemian.com/article/chengling-val.html',
        date: LATER,
      },
    ],
  });
}
const VALUATION = writtenStory('valuation', '澄岭智能投后估值约80亿元', [
  '澄岭智能此前完成**12亿元**B轮融资，投后估值约**80亿元**，老股东继续跟投。',
]);

test('newsFirst: a thin telling of the day’s deal keeps a top story and opens when the only fuller story is a retelling', () => {
  const bundles = { quarter: convertible(), valuation: valuation(), cut: cut() };
  assert.deepEqual(opening([VALUATION, QUARTER], bundles, { valuation: { repeat: true } }), ['quarter', 'valuation']);
});
