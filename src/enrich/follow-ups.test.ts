/**
 * Which stories run (issue 11; editor26 shapes §4, R1 and H1): the day's largest event heads the digest whatever the
 * language of its one report, an event that ran on an earlier day comes back as a 续报 line unless its news is the day's
 * largest, and a 续报 line never prints the earlier day's story again. Fixtures are hand-written, over two days.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestStory, makeBundle, single, statement } from '../../test/fixtures/enrich/bundles.js';
import { renderDigest } from '../render/digest.js';
import type { Digest, ItemRecord, StoryBundle } from '../types/index.js';
import { dayParts, followUps, newsFirst, retellsLine, type StoryStanding, sizeClass, storyStanding } from './digest.js';

const full = (over: Partial<StoryStanding> = {}): StoryStanding => ({ englishOnly: false, outlets: 1, repeat: false, ...over });

test('newsFirst: one English wire’s story ranked first with an amount an order of magnitude above the Chinese stories’ opens the day', () => {
  const zh = digestStory({ storyId: 'zh', headline: '澜芯科技完成12亿元B轮融资', paragraphs: ['澜芯科技完成B轮融资。本轮由国投领投。'] });
  const wire = digestStory({
    storyId: 'wire',
    headline: '甲骨文数据中心项目公司发行180亿美元债券',
    paragraphs: ['据彭博报道，甲骨文数据中心项目公司发行180亿美元债券。债券期限为十年。'],
  });
  // 12亿元 (about $0.17 billion) against $18 billion: the ranking (size and breadth) decides, the language does not.
  const big = new Map([
    ['zh', full({ size: 1.7e8 })],
    ['wire', full({ englishOnly: true, size: 1.8e10 })],
  ]);
  assert.deepEqual(
    newsFirst([wire, zh], big).map((s) => s.storyId),
    ['wire', 'zh'],
  );
  // Ranked below the Chinese report (more outlets, a watched company), it stays below.
  assert.deepEqual(
    newsFirst([zh, wire], big).map((s) => s.storyId),
    ['zh', 'wire'],
  );
  // The same order of magnitude on both sides: the language breaks the tie, the Chinese report first.
  const close = new Map([
    ['zh', full({ size: 1.2e10 })],
    ['wire', full({ englishOnly: true, size: 1.8e10 })],
  ]);
  assert.deepEqual(
    newsFirst([wire, zh], close).map((s) => s.storyId),
    ['zh', 'wire'],
  );
  // A Chinese story led by a rate or no figure has no size to set against the wire's: the language keeps its order.
  assert.deepEqual(
    newsFirst([wire, zh], new Map([...big, ['zh', full()]])).map((s) => s.storyId),
    ['zh', 'wire'],
  );
  // A wire story of no amount (or under $1 billion) stays behind the Chinese report.
  const none = new Map([
    ['zh', full({ size: 1e8 })],
    ['wire', full({ englishOnly: true, size: 5e8 })],
  ]);
  assert.deepEqual(
    newsFirst([wire, zh], none).map((s) => s.storyId),
    ['zh', 'wire'],
  );
  // A story told in one template sentence never opens the day, however large its amount.
  const brief = { ...wire, brief: true };
  assert.deepEqual(
    newsFirst([brief, zh], big).map((s) => s.storyId),
    ['zh', 'wire'],
  );
  // A wire story told in full but too thin to stand (no event, one fact) is a 更多动态 line whatever its amount.
  assert.equal(newsFirst([{ ...wire, thin: true }, zh], big)[0]?.minor, true);
  assert.equal(sizeClass(full({ size: 2.1e10 })), 10);
  assert.equal(sizeClass(full({ size: 9e8 })), 0);
});

const DAY1 = '2026-11-24';
const DAY2 = '2026-11-25';

/** A round reported on DAY1 and restated on DAY2 with one new figure (the valuation). */
function roundBundles(): { told: StoryBundle; today: StoryBundle } {
  const yesterday = makeBundle({
    id: 'st_round_1',
    items: [
      {
        title: '星衡智算完成30亿元C轮融资',
        text: '星衡智算完成30亿元C轮融资，由国投领投。',
        url: 'https://www.36kr.com/p/31',
        date: DAY1,
      },
    ],
    attributions: [{ value: 3e9, subject: '星衡智算', metric: 'funding', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星衡智算', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 3e9)])];
    },
  });
  const today = makeBundle({
    id: 'st_round_2',
    items: [
      {
        title: '星衡智算C轮融资后估值达200亿元',
        text: '星衡智算此前完成30亿元C轮融资，投后估值达200亿元。',
        url: 'https://www.cls.cn/detail/32',
        date: DAY2,
      },
    ],
    attributions: [
      { value: 3e9, subject: '星衡智算', metric: 'funding', period: 'unknown' },
      { value: 2e10, subject: '星衡智算', metric: 'valuation', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('星衡智算', 'funding', 'unknown', [statement(it, f, 3e9)]),
        single('星衡智算', 'valuation', 'unknown', [statement(it, f, 2e10)]),
      ];
    },
  });
  const toldItem = yesterday.items[0] as ItemRecord;
  const toldClaim = yesterday.claims[0];
  assert.ok(toldClaim);
  const claims = today.claims.map((c) => (c.metric === 'funding' ? { ...c, statements: [...c.statements, ...toldClaim.statements] } : c));
  return { told: yesterday, today: { ...today, claims, toldBefore: { [toldItem.id]: DAY1 } } };
}

test('storyStanding: today’s items restating the amount of an event printed the day before make a follow-up', () => {
  const { told, today } = roundBundles();
  assert.equal(storyStanding(today, { keyFigure: null }).ranBefore, true);
  // The day before's own story is no follow-up of anything.
  assert.equal(storyStanding(told, { keyFigure: null }).ranBefore, undefined);
  // Nothing told before: today's news.
  const { toldBefore: _t, ...fresh } = today;
  assert.equal(storyStanding(fresh, { keyFigure: null }).ranBefore, undefined);
});

test('retellsLine: a line of amounts told before retells; a line with a new amount does not', () => {
  const { today } = roundBundles();
  assert.equal(retellsLine('星衡智算完成**30亿元**C轮融资。', today), true);
  assert.equal(retellsLine('星衡智算投后估值达**200亿元**，此前融资30亿元。', today), false);
  assert.equal(retellsLine('星衡智算称将扩建算力中心。', today), false);
});

test('followUps: an event that ran before comes back as a 续报 line unless its news is the day’s largest', () => {
  const { today } = roundBundles();
  const follow = digestStory({
    storyId: today.story.id,
    headline: '星衡智算C轮融资后估值达200亿元',
    paragraphs: ['星衡智算此前完成**30亿元**C轮融资，投后估值达**200亿元**。'],
    oneLine: '星衡智算此前完成**30亿元**C轮融资。',
  });
  const other = digestStory({ storyId: 'other', headline: '澜芯科技拟募资50亿元扩产', paragraphs: ['澜芯科技拟募资50亿元扩产。'] });
  const bundles = new Map([[today.story.id, today]]);
  const standing = new Map([
    [today.story.id, full({ ranBefore: true, size: 2.8e9 })],
    ['other', full({ size: 7e8 })],
  ]);
  // Its new amount ($2.8 billion) is the day's largest: it stays a story in full.
  assert.deepEqual(followUps([follow, other], standing, bundles), [follow, other]);
  // Another story of a larger amount: the follow-up is a 续报 line, and a line retelling yesterday's terms is not printed.
  const larger = new Map([...standing, ['other', full({ size: 7e10 })]]);
  const [line, kept] = followUps([follow, other], larger, bundles);
  assert.equal(line?.toldBefore, true);
  assert.equal(line?.headline, '星衡智算C轮融资后估值达200亿元（续报）');
  assert.equal(line?.oneLine, '');
  assert.equal(kept, other);
  // A line of yesterday's terms and a new fact keeps the new fact only.
  const mixed = { ...follow, oneLine: '星衡智算此前完成**30亿元**C轮融资。公司投后估值达**200亿元**。' };
  assert.equal(followUps([mixed, other], larger, bundles)[0]?.oneLine, '公司投后估值达**200亿元**。');
  // Beside a story of no larger order of magnitude (a rate, an amount under $1 billion), it keeps its place.
  const small = new Map([
    [today.story.id, full({ ranBefore: true })],
    ['other', full({ size: 7e8 })],
  ]);
  assert.deepEqual(followUps([follow, other], small, bundles), [follow, other]);
  // Alone on its day, it runs in full; so it does beside one English wire's template story only.
  assert.deepEqual(followUps([follow], larger, bundles), [follow]);
  const wire = new Map([...standing, ['other', full({ englishOnly: true, size: 7e10 })]]);
  assert.deepEqual(followUps([follow, other], wire, bundles), [follow, other]);
});

test('render: a 续报 line under 更多动态 never prints the earlier day’s story from its body', () => {
  const story = digestStory({
    storyId: 'st_round_2',
    headline: '星衡智算C轮融资后估值达200亿元（续报）',
    paragraphs: ['星衡智算完成**30亿元**C轮融资，由国投领投。公司称资金将用于算力中心建设。'],
    oneLine: '',
    toldBefore: true,
    sources: [{ itemId: 'i1', title: '星衡智算估值', url: 'https://www.cls.cn/detail/32', outlet: '财联社' }],
  });
  const digest: Digest = {
    date: DAY2,
    title: '澜芯科技拟募资50亿元扩产',
    category: 'AI 日报',
    tags: [],
    seo: [],
    coverImage: '',
    summary: [],
    style: 'stories',
    stories: [],
    more: [story],
    footer: null,
    engine: 'offline',
    guard: [],
  };
  const md = renderDigest(digest);
  assert.match(md, /- 星衡智算C轮融资后估值达200亿元（续报）。（来源：/u);
  assert.ok(!md.includes('由国投领投'), md);
  assert.ok(!md.includes('算力中心建设'), md);
});

test('dayParts: an English story ranked among the top ones but too thin to stand is the first 更多动态 line', () => {
  const zh = digestStory({ storyId: 'zh', headline: '澜芯科技完成12亿元B轮融资' });
  const follow = digestStory({ storyId: 'follow', headline: '星衡智算估值达200亿元（续报）', toldBefore: true });
  const minor = digestStory({ storyId: 'minor', headline: '某地发放算力券', minor: true });
  const thin = digestStory({ storyId: 'thin', headline: '甲骨文项目公司发行180亿美元债券', minor: true, thin: true });
  const { stories, more } = dayParts([zh, follow, minor, thin], new Set(['zh', 'follow', 'thin']));
  assert.deepEqual(
    stories.map((s) => s.storyId),
    ['zh'],
  );
  assert.deepEqual(
    more.map((s) => s.storyId),
    ['thin', 'follow', 'minor'],
  );
  // A thin story select ranked minor keeps its place among the minor items.
  assert.deepEqual(
    dayParts([zh, follow, minor, thin], new Set(['zh', 'follow'])).more.map((s) => s.storyId),
    ['follow', 'minor', 'thin'],
  );
});
