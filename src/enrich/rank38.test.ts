/**
 * A foreign follow-up gives way to a same-day domestic market event (decision 134): a foreign trust's placement upsize
 * whose launch the previous digest printed ranks below a same-day STAR Market debut of comparable weight; a story that
 * is news of the day, a domestic follow-up or a far smaller domestic event leaves selection's order as it was.
 * Fixtures are invented (companies, figures and outlets' URLs).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import type { DigestStory, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';
import { isDomestic, isFollowUp, isForeign, printedHeads, sharedLead } from './follow-up-rank.js';

const DAY = '2026-11-19';
const YESTERDAY = '2026-11-18';

/** Yesterday's digest: it headed the trust's placement launch and listed a round as a brief. */
const PREVIOUS_DIGEST = [
  '---',
  'title: Harbourline数据中心信托拟配售10亿新元',
  '---',
  '',
  '# Harbourline数据中心信托拟配售10亿新元',
  '',
  '## Harbourline数据中心信托拟配售10亿新元',
  '',
  '新加坡上市的Harbourline数据中心信托宣布配售新单位，募资**10亿新元**，用于收购两座数据中心。',
  '',
  '来源：[联合早报](https://www.zaobao.com.sg/finance/harbourline-1118)',
  '',
  '## 更多动态',
  '',
  '- 澜途机器人完成3亿元A轮融资。来源：[36氪](https://36kr.com/p/lantu-1118)',
  '- 云岫智算启动招股，拟募资约18亿港元。来源：[智通财经](https://www.zhitongcaijing.com/content/yunxiu-1118.html)',
].join('\n');

/** Today's news of the trust: the placement upsized after strong demand (told by a Hong Kong paper). */
function upsize(earlier = false): StoryBundle {
  const b = makeBundle({
    id: 'upsize',
    items: [
      {
        title: 'Harbourline数据中心信托上调配售规模至15亿新元',
        text: 'Harbourline数据中心信托19日公告，因机构投资者认购踊跃，配售规模由10亿新元上调至15亿新元，发行价定为每单位2.05新元，较前收市价折让4.2%。所得款项将用于收购新加坡及日本的两座AI数据中心。',
        url: 'https://www.hket.com/article/harbourline-upsize-1119',
        date: DAY,
      },
    ],
  });
  if (!earlier) return b;
  const launch = makeItem({
    title: 'Harbourline数据中心信托拟配售10亿新元',
    text: '新加坡上市的Harbourline数据中心信托宣布配售新单位，募资10亿新元，用于收购两座数据中心。',
    url: 'https://www.zaobao.com.sg/finance/harbourline-1118',
    date: YESTERDAY,
  });
  return { ...b, earlier: [{ day: YESTERDAY, items: [launch] }] };
}
const UPSIZE = writtenStory('upsize', 'Harbourline数据中心信托上调配售规模至15亿新元', [
  'Harbourline数据中心信托19日公告，因机构投资者认购踊跃，配售规模由**10亿新元**上调至**15亿新元**，发行价定为每单位**2.05新元**，较前收市价折让**4.2%**。',
  '所得款项将用于收购新加坡及日本的两座AI数据中心。',
]);

/** The same day's domestic market event: an AI-chip maker's STAR Market debut. */
function debut(): StoryBundle {
  return makeBundle({
    id: 'debut',
    items: [
      {
        title: '芯朗科技科创板上市首日大涨156%，募资32亿元',
        text: 'AI推理芯片公司芯朗科技19日在上交所科创板挂牌上市，发行价每股48.6元，首日收涨156%，总市值约820亿元。公司此次IPO募资32亿元，将投向下一代推理芯片研发。',
        url: 'https://www.stcn.com/article/xinlang-ipo-1119.html',
        date: DAY,
      },
    ],
  });
}
const DEBUT = writtenStory('debut', '芯朗科技科创板上市首日大涨156%，募资32亿元', [
  'AI推理芯片公司芯朗科技19日在上交所科创板挂牌上市，此次IPO募资**32亿元**，发行价每股**48.6元**，首日收涨**156%**，总市值约**820亿元**。',
  '募集资金将投向下一代推理芯片研发。',
]);

/** A far smaller domestic event of the day: a local fund's stake in a start-up. */
function small(): StoryBundle {
  return makeBundle({
    id: 'small',
    items: [
      {
        title: '星启智能获深创投领投5000万元融资',
        text: '服务机器人公司星启智能19日宣布完成5000万元A+轮融资，由深创投领投，老股东跟投，资金将用于扩充产线，年产能提升至3000台。',
        url: 'https://36kr.com/p/xingqi-1119',
        date: DAY,
      },
    ],
  });
}
const SMALL = writtenStory('small', '星启智能获深创投领投5000万元融资', [
  '服务机器人公司星启智能19日宣布完成**5000万元**A+轮融资，由深创投领投，老股东跟投。',
  '资金将用于扩充产线，年产能提升至**3000台**。',
]);

/** A follow-up of a Chinese-named company: the HK IPO launched yesterday (printed) is oversubscribed in margin loans. */
function margin(): StoryBundle {
  return makeBundle({
    id: 'margin',
    items: [
      {
        title: '云岫智算招股孖展超额认购逾40倍',
        text: '云岫智算招股第二日，多家券商合计借出孖展逾720亿，按公开发售部分计超额认购逾40倍。公司计划于下周一定价，每股招股价介乎20.5至23.8。',
        url: 'https://www.hket.com/article/yunxiu-margin-1119',
        date: DAY,
      },
    ],
  });
}
const MARGIN = writtenStory('margin', '云岫智算招股孖展超额认购逾40倍', [
  '云岫智算招股第二日，多家券商合计借出孖展逾**720亿**，按公开发售部分计超额认购逾**40倍**。',
  '公司计划于下周一定价，每股招股价介乎**20.5至23.8**。',
]);

function opening(stories: DigestStory[], bundles: Record<string, StoryBundle>, heads: string[] = []): string[] {
  const standing = new Map<string, StoryStanding>(
    stories.map((s) => [s.storyId, storyStanding(bundles[s.storyId] as StoryBundle, s, heads)]),
  );
  return newsFirst(stories, standing)
    .filter((s) => !s.minor)
    .map((s) => s.storyId);
}

test('printedHeads: the story heads and the 更多动态 lines of a digest, not its title', () => {
  assert.deepEqual(printedHeads(PREVIOUS_DIGEST), [
    'Harbourline数据中心信托拟配售10亿新元',
    '澜途机器人完成3亿元A轮融资。',
    '云岫智算启动招股，拟募资约18亿港元。',
  ]);
});

test('isFollowUp / isDomestic: the upsize follows yesterday’s printed launch; the STAR debut is domestic, the trust is not', () => {
  const heads = printedHeads(PREVIOUS_DIGEST);
  assert.ok(isFollowUp(upsize(), 'deal', [], heads, UPSIZE.headline));
  assert.equal(sharedLead('芯朗科技拟科创板上市', '芯朗科技上市首日大涨'), '芯朗科技');
  assert.ok(isFollowUp(upsize(true), 'deal', [], []));
  // Another kind of news of the same party is no follow-up of the placement (a results day).
  assert.ok(!isFollowUp(upsize(), 'results', [], heads, UPSIZE.headline));
  assert.ok(!isFollowUp(debut(), 'deal', ['芯朗科技'], heads, DEBUT.headline));
  assert.ok(isDomestic(debut(), { ...DEBUT, keyFigure: null }, ['芯朗科技']));
  assert.ok(!isDomestic(upsize(), { ...UPSIZE, keyFigure: null }, ['Harbourline']));
  // A party named in Chinese by the day (an English wire's Alibaba written 阿里巴巴) is read by the gazetteer's aliases.
  const wire = { entities: {} };
  const story = { headline: '阿里巴巴投资Harbourline数据中心信托', paragraphs: ['阿里巴巴入股该信托。'], keyFigure: null };
  assert.ok(isDomestic(wire, story, ['阿里巴巴']));
  assert.ok(!isDomestic(wire, { ...story, headline: '微软投资Harbourline数据中心信托' }, ['微软']));
  // Foreign: a Latin-named head party, a foreign-tagged party; a Chinese name with no marker either way is neither.
  assert.ok(isForeign({ headline: UPSIZE.headline, keyFigure: null }, []));
  assert.ok(isForeign({ headline: '微软上调资本开支', keyFigure: null }, ['微软']));
  assert.ok(!isForeign({ headline: MARGIN.headline, keyFigure: null }, []));
});

test('newsFirst: a foreign placement upsize whose launch ran yesterday gives way to the same-day STAR Market debut', () => {
  const bundles = { upsize: upsize(), debut: debut() };
  assert.deepEqual(opening([UPSIZE, DEBUT], bundles, printedHeads(PREVIOUS_DIGEST)), ['debut', 'upsize']);
  // Its own launch report printed yesterday makes it a follow-up too.
  assert.deepEqual(opening([UPSIZE, DEBUT], { upsize: upsize(true), debut: debut() }), ['debut', 'upsize']);
});

test('newsFirst: news of the day, or a domestic event far smaller than the follow-up, keeps selection’s order', () => {
  // Nothing printed before: the placement is today's news and keeps its place.
  assert.deepEqual(opening([UPSIZE, DEBUT], { upsize: upsize(), debut: debut() }), ['upsize', 'debut']);
  // A ¥50 million round weighs far less than the upsize: the follow-up stays first.
  assert.deepEqual(opening([UPSIZE, SMALL], { upsize: upsize(), small: small() }, printedHeads(PREVIOUS_DIGEST)), ['upsize', 'small']);
  // A follow-up of a Chinese-named company with no foreign marker is no foreign follow-up: it keeps its place.
  assert.deepEqual(opening([MARGIN, DEBUT], { margin: margin(), debut: debut() }, printedHeads(PREVIOUS_DIGEST)), ['margin', 'debut']);
});
