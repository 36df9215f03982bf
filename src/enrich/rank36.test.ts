/**
 * Which story opens the day (decision 121): a market's reaction (a sector or concept stocks moving on news) ranks under
 * the same-day story of the event that caused it; a wrap of earlier days never opens while the day's event exists, even
 * when an English wire tells that event thinly (it keeps a top story). Fixtures are invented (real gazetteer names for
 * the companies, invented facts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import { marketReaction } from '../select/news-weight.js';
import { outletFactor, storyWeight } from '../select/story-weight.js';
import type { DigestStory, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';

const DAY = '2026-11-05';

function opening(stories: DigestStory[], bundles: Record<string, StoryBundle>): string[] {
  const standing = new Map<string, StoryStanding>(stories.map((s) => [s.storyId, storyStanding(bundles[s.storyId] as StoryBundle, s)]));
  return newsFirst(stories, standing)
    .filter((s) => !s.minor)
    .map((s) => s.storyId);
}

/** The sector's move on the price cut, a broker's morning note: selection puts it first (more outlets, more figures). */
function rally(): StoryBundle {
  return makeBundle({
    id: 'rally',
    items: [
      {
        title: '火山引擎大模型降价，云计算板块午后集体走强',
        text: '受火山引擎大幅下调大模型API价格提振，A股云计算板块5日午后集体走强，润泽科技涨停，光环新网涨8.2%，数据港涨6.5%。分析人士认为，降价将带动调用量上升，利好算力租赁。',
        url: 'https://www.cls.cn/detail/cloud-rally-1105',
        date: DAY,
      },
    ],
  });
}
const RALLY = writtenStory('rally', '火山引擎大模型降价，云计算板块午后集体走强', [
  '受火山引擎大幅下调大模型API价格提振，A股云计算板块午后集体走强，润泽科技涨停，光环新网涨**8.2%**，数据港涨**6.5%**。分析人士认为，降价将带动调用量上升，利好算力租赁。',
]);

/** The event itself: the cloud's price cut, told by its own announcement. */
function priceCut(): StoryBundle {
  return makeBundle({
    id: 'cut',
    items: [
      {
        title: '火山引擎豆包大模型API降价70%',
        text: '火山引擎5日宣布，豆包大模型API输入价格降至每百万Tokens 0.3元，降幅达70%；输出价格降至每百万Tokens 1.2元，降幅65%。火山引擎表示，豆包日均Tokens调用量已超过30万亿，较年初增长约两倍。',
        url: 'https://www.ithome.com/0/912/305.htm',
        date: DAY,
      },
    ],
  });
}
const CUT = writtenStory('cut', '火山引擎豆包大模型API降价70%', [
  '火山引擎5日宣布，豆包大模型API输入价格降至每百万Tokens**0.3元**，降幅达**70%**；输出价格降至每百万Tokens**1.2元**，降幅**65%**。豆包日均Tokens调用量已超过30万亿，较年初增长约**两倍**。',
]);

/** A same-day story of another company: no cause of the rally. */
function otherLaunch(): StoryBundle {
  return makeBundle({
    id: 'launch',
    items: [
      {
        title: '澜舟科技发布行业大模型，首批签约12家银行',
        text: '澜舟科技5日发布面向金融业的行业大模型，首批签约12家银行，合同总额约1.5亿元。公司称，模型推理成本较上一代下降40%。',
        url: 'https://www.jiemian.com/article/lanzhou-1105.html',
        date: DAY,
      },
    ],
  });
}
const LAUNCH = writtenStory('launch', '澜舟科技发布行业大模型，首批签约12家银行', [
  '澜舟科技5日发布面向金融业的行业大模型，首批签约**12家**银行，合同总额约**1.5亿元**。公司称，模型推理成本较上一代下降**40%**。',
]);

test('marketReaction: a sector or concept stocks moving on news is a reaction; a company’s own share move riding on its event is not', () => {
  assert.ok(marketReaction([], '火山引擎大模型降价，云计算板块午后集体走强'));
  assert.ok(marketReaction([], '月之暗面融资落地，Kimi概念股集体走强'));
  assert.ok(marketReaction([{ id: 'x', title: 'Chip stocks rally after export curbs eased', text: '', date: DAY }]));
  assert.ok(!marketReaction([], '火山引擎豆包大模型API降价七成，股价大涨5%'));
  assert.ok(!marketReaction([], '阶跃星辰完成约6亿美元新一轮融资'));
});

test('newsFirst: a sector’s rally on a price cut ranks under the price cut told the same day; beside no event of its cause it keeps its place', () => {
  const bundles = { rally: rally(), cut: priceCut(), launch: otherLaunch() };
  assert.deepEqual(opening([RALLY, CUT], bundles), ['cut', 'rally']);
  // Another company's news is no cause of the move: selection's order stands.
  assert.deepEqual(opening([RALLY, LAUNCH], bundles), ['rally', 'launch']);
  // A thin telling of the cause (a 更多动态 line) leaves the rally the fuller story of that news, above the launch.
  assert.deepEqual(opening([RALLY, LAUNCH, { ...CUT, thin: true }], bundles), ['rally', 'launch']);
});

const WRAP_DAY = '2026-11-06';

/** A Taiwan paper's wrap of the US close the night before, driven by a memory maker's results of two days before. */
function wrap(): StoryBundle {
  return makeBundle({
    id: 'wrap',
    items: [
      {
        title: '美股收高 存储芯片财报亮眼，纳指涨0.9%',
        text: '美股5日三大指数收高，纳斯达克指数涨0.9%，费城半导体指数涨2.1%。存储芯片厂4日盘后公布的财报优于预期，带动存储股走强，个股方面英伟达涨1.8%，市值约4.6万亿美元。美国10年期国债收益率下跌3个基点至4.08%。',
        url: 'https://money.udn.com/money/story/5599/us-close-1106',
        date: WRAP_DAY,
      },
    ],
  });
}
const WRAP = writtenStory('wrap', '美股收高，存储芯片财报亮眼带动纳指涨0.9%', [
  '美股5日三大指数收高，纳斯达克指数涨**0.9%**，费城半导体指数涨**2.1%**。英伟达涨**1.8%**，市值约**4.6万亿美元**。',
  '美国10年期国债收益率下跌**3个基点至4.08%**。',
]);

/** The day's own deal: a trading house's data-centre unit raises a yen bond, told by one wire (an English template). */
function bond(): StoryBundle {
  return makeBundle({
    id: 'bond',
    items: [
      {
        title: 'Marubeni data center unit raises 120 billion yen in bond sale to fund AI campuses',
        text: 'Marubeni Corp. raised 120 billion yen ($790 million) through bonds issued by its data center unit, the trading house said on Friday. Demand reached 2.8 times the amount offered. Proceeds will fund two campuses near Osaka with a combined 180 megawatts.',
        url: 'https://asia.nikkei.com/business/marubeni-data-center-bond',
        date: WRAP_DAY,
      },
    ],
  });
}
const thinBond = (paragraphs: string[], extra: Partial<DigestStory> = {}) =>
  writtenStory('bond', '丸红融资1200亿日元', paragraphs, { thin: true, original: 'Marubeni Corp. raised 120 billion yen…', ...extra });

test('newsFirst: a wrap of an earlier day’s close never opens while the day’s deal exists: the thin telling keeps a top story and opens', () => {
  const bundles = { wrap: wrap(), bond: bond() };
  const told = thinBond(['据《日本经济新闻》报道，丸红融资**1200亿日元**，认购倍数达**2.8倍**。']);
  assert.deepEqual(opening([WRAP, told], bundles), ['bond', 'wrap']);
  // A one-sentence line of one figure (`brief`) stays a 更多动态 line: the wrap is all the day's top stories.
  const brief = thinBond(['据《日本经济新闻》报道，丸红融资**1200亿日元**。'], { brief: true });
  assert.deepEqual(opening([WRAP, brief], bundles), ['wrap']);
  // Beside a fuller story of the day's news the thin telling steps down as before.
  assert.deepEqual(opening([WRAP, CUT, told], { ...bundles, cut: priceCut() }), ['cut', 'wrap']);
});

test('storyWeight: the shipped table counts no outlets (outletBonus 0 since the blind review): three outlets weigh as one', () => {
  const one = storyWeight({ headline: '澜海芯片完成30亿元C轮融资', titles: [], stale: false, tech: true });
  assert.equal(storyWeight({ headline: '澜海芯片完成30亿元C轮融资', titles: [], stale: false, tech: true, outlets: 3 }), one);
  assert.equal(outletFactor(2), 1);
});

/** One round, three outlets the same day (an exclusive and two follow-ups). */
function roundThreeOutlets(): StoryBundle {
  const text =
    '云岭智算完成8亿元B轮融资，由国投创合领投，投后估值约60亿元。公司称，本轮资金将用于推理集群建设，今年算力规模将扩大至2万卡，营收同比增长150%。';
  return makeBundle({
    id: 'round3',
    items: [
      { title: '独家｜云岭智算完成8亿元B轮融资', text, url: 'https://36kr.com/p/yunling-b', date: DAY },
      { title: '云岭智算获8亿元B轮融资，投后估值约60亿元', text, url: 'https://www.jiemian.com/article/yunling-b.html', date: DAY },
      { title: '推理云厂商云岭智算完成8亿元融资', text, url: 'https://www.cls.cn/detail/yunling-b', date: DAY },
    ],
  });
}
const ROUND3 = writtenStory('round3', '云岭智算完成8亿元B轮融资，国投创合领投', [
  '云岭智算完成**8亿元**B轮融资，由国投创合领投，投后估值约**60亿元**。公司称，本轮资金将用于推理集群建设，营收同比增长**150%**。',
  '今年其算力规模将扩大至**2万卡**。',
]);

test('newsFirst: with outlets uncounted, a round three outlets tell stays under a one-outlet price cut of a like weight', () => {
  assert.deepEqual(opening([CUT, ROUND3], { cut: priceCut(), round3: roundThreeOutlets() }), ['cut', 'round3']);
});
