/**
 * Decision 141: an investment told by its giver and amount only is no sentence of a story (a figure without its event),
 * and a follow-up is read against the recent digests' heads, not the previous digest's alone. Invented fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import type { StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';
import { followsForeign, isFollowUp, printedHeads, recentHeads } from './follow-up-rank.js';
import { objectlessFlow } from './offline/objectless-flow.js';

test('an investment told by its giver and amount only is a figure without its event', () => {
  assert.equal(objectlessFlow('Korvane投资**8亿美元**。', 'Korvane', '8亿美元'), true);
  assert.equal(objectlessFlow('Korvane将投资8亿美元。', 'Korvane', '8亿美元'), true);
  assert.equal(objectlessFlow('Korvane2027年投资8亿美元。', 'Korvane', '8亿美元'), true);
});

test('an investment with its receiver, a round raised, a cumulative or held amount stay', () => {
  assert.equal(objectlessFlow('Korvane将向Lumora投资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane融资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane累计投资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane投资余额8亿美元。', 'Korvane', '8亿美元'), false);
  // Another party's sentence, or an amount other than the claim's, is not this claim's telling.
  assert.equal(objectlessFlow('Lumora投资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane投资8亿美元，换取合资公司25%股权。', 'Korvane', '8亿美元'), false);
});

const digestOf = (heads: string[], more: string[] = []) =>
  `---\ntitle: x\n---\n\n# ${heads[0]}\n\n${heads.map((h) => `## ${h}\n\n正文。\n\n`).join('')}${
    more.length > 0 ? `## 更多动态\n\n${more.map((m) => `- ${m}（来源：[x](https://x)）`).join('\n')}\n` : ''
  }`;

test('the heads of the last days are read, not the previous digest alone', () => {
  const digests = [
    { date: '2026-11-20', md: digestOf(['Brightwell配售新股募资12亿新元']) },
    { date: '2026-12-01', md: digestOf(['Harbourline数据中心信托拟配售新股募资15亿新元']) },
    { date: '2026-12-02', md: digestOf(['甲公司第三季度营收增长20%'], ['乙公司发布新模型。']) },
  ];
  const heads = recentHeads(digests, '2026-12-03', 3);
  assert.deepEqual(heads, ['Harbourline数据中心信托拟配售新股募资15亿新元', '甲公司第三季度营收增长20%', '乙公司发布新模型。']);
  // A placement headed two days ago, upsized today, is a follow-up (with the previous digest's heads alone it was not).
  const upsized = 'Harbourline数据中心信托上调配售规模至18亿新元';
  assert.equal(isFollowUp({ earlier: [] }, 'deal', [], heads, upsized), true);
  assert.equal(isFollowUp({ earlier: [] }, 'deal', [], printedHeads(digests[2]?.md ?? ''), upsized), false);
});

test('a digest of a week ago is news again, the previous digest is read however old', () => {
  const digests = [
    { date: '2026-11-20', md: digestOf(['Brightwell配售新股募资12亿新元']) },
    { date: '2026-11-25', md: digestOf(['丙公司发布新模型']) },
  ];
  assert.deepEqual(recentHeads(digests, '2026-12-03', 3), ['丙公司发布新模型']);
  // A digest of the day itself or later is no earlier digest.
  assert.deepEqual(recentHeads([{ date: '2026-12-03', md: digestOf(['丁公司']) }], '2026-12-03', 3), []);
});

test("a follow-up of a foreign company's news is foreign though domestic parties react in it", () => {
  // The party named first is a US maker (gazetteer tag us); the Taiwan assembler reacting is not whose news it is.
  assert.equal(followsForeign('惠普指引保守，仁宝股价走弱', ['仁宝', '惠普']), true);
  assert.equal(followsForeign('仁宝股价走弱，惠普指引保守', ['仁宝', '惠普']), false);
  assert.equal(followsForeign('某某科技拟定增募资60亿元', []), false);
});

/** Yesterday's digest: it headed a US maker's quarter. */
const RESULTS_DIGEST = [
  '---',
  'title: 惠普第四财季营收146亿美元',
  '---',
  '',
  '## 惠普第四财季营收146亿美元',
  '',
  '惠普第四财季营收**146亿美元**，同比增长**4%**。',
].join('\n');

const DAY = '2026-11-25';

/** Today: the maker's guidance told again, with its Taiwan assemblers' shares reacting. */
function reaction(): StoryBundle {
  return makeBundle({
    id: 'reaction',
    items: [
      {
        title: '惠普业绩指引保守，仁宝股价走弱',
        text: '惠普预计下一财季每股收益0.7至0.8美元，低于市场预期，内存成本上升拖累毛利。惠普笔记本电脑代工厂仁宝25日股价下跌3.2%，收报新台币31.85元，10月营收新台币1012亿元。',
        url: 'https://www.ctee.com.tw/news/hp-compal-1125',
        date: DAY,
      },
    ],
  });
}
const REACTION = writtenStory('reaction', '惠普业绩指引保守，仁宝股价走弱', [
  '惠普预计下一财季每股收益**0.7至0.8美元**，低于市场预期。惠普笔记本电脑代工厂仁宝25日股价下跌**3.2%**，收报**新台币31.85元**。',
  '仁宝10月营收**新台币1012亿元**，环比增长**4.1%**。',
]);

/** The same day's domestic event: an A-share chip designer's private placement. */
function placement(): StoryBundle {
  return makeBundle({
    id: 'placement',
    items: [
      {
        title: '岚晟微电子拟定增募资不超55亿元',
        text: '岚晟微电子24日晚间公告，拟向不超过35名特定对象发行股票，募资总额不超过55亿元，其中30亿元投向先进封装产线。公司前三季度营收48.2亿元，同比增长88%。',
        url: 'https://www.stcn.com/article/lansheng-1125.html',
        date: DAY,
      },
    ],
  });
}
const PLACEMENT = writtenStory('placement', '岚晟微电子拟定增募资不超55亿元', [
  '科创板公司岚晟微电子24日晚间公告，拟定增募资不超过**55亿元**，其中**30亿元**投向先进封装产线。',
  '公司前三季度营收**48.2亿元**，同比增长**88%**。',
]);

test("newsFirst: a foreign maker's guidance told again with its assemblers' reaction gives way to a same-day domestic placement", () => {
  const bundles: Record<string, StoryBundle> = { reaction: reaction(), placement: placement() };
  const standing = new Map<string, StoryStanding>(
    [REACTION, PLACEMENT].map((s) => [s.storyId, storyStanding(bundles[s.storyId] as StoryBundle, s, printedHeads(RESULTS_DIGEST))]),
  );
  const order = (st: ReadonlyMap<string, StoryStanding>) =>
    newsFirst([REACTION, PLACEMENT], st)
      .filter((s) => !s.minor)
      .map((s) => s.storyId);
  assert.equal(standing.get('reaction')?.followsForeign, true, JSON.stringify(standing.get('reaction')));
  assert.deepEqual(order(standing), ['placement', 'reaction'], JSON.stringify([...standing.entries()]));
  // With nothing printed before, the guidance is today's news and keeps its place.
  const fresh = new Map<string, StoryStanding>(
    [REACTION, PLACEMENT].map((s) => [s.storyId, storyStanding(bundles[s.storyId] as StoryBundle, s)]),
  );
  assert.deepEqual(order(fresh), ['reaction', 'placement']);
});
