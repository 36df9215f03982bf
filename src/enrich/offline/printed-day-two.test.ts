/**
 * Decision 129: what yesterday's digest printed of a story, not what its sources stated. A story's own earlier item told
 * only the figures of the digest blocks that linked it; a figure its source stated that no block printed is news the
 * day a digest first prints it. Items and digests written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, findEntities, loadGazetteer } from '../../extract/index.js';
import { printedItemFigures, storyBlocks } from '../../render/index.js';
import { ranStatement } from '../../select/index.js';
import type { Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { createOfflineEngine, twinRan } from './engine.js';

const DAY_ONE = {
  title: '岚图云科第三季度营收42亿元，同比增长18%',
  url: 'https://www.example-news.cn/a/lantu-q3',
  date: '2026-11-20',
  text: '岚图云科11月19日晚间公布第三季度业绩，营收42亿元，同比增长18%，高于市场预期。\n\n岚图云科第三季度毛利率为35%，较上一季度提升2个百分点。',
};

const PEER = {
  title: '澄星半导体拟回购不超5亿元',
  url: 'https://www.example-wire.cn/b/chengxing-buyback',
  date: '2026-11-20',
  text: '澄星半导体公告，拟以不超过5亿元回购公司股份，股价上涨7%。',
};

/** Yesterday's digest: the results story printed the revenue and growth, not the margin; a brief printed the buyback. */
const YESTERDAY = [
  '---',
  'title: 岚图云科第三季度营收42亿元',
  'date: 2026-11-20',
  '---',
  '',
  '# 岚图云科第三季度营收42亿元',
  '',
  '## 岚图云科第三季度营收42亿元',
  '',
  '岚图云科第三季度营收**42亿元**，同比增长**18%**，高于市场预期。',
  '',
  `来源：[新闻网](${DAY_ONE.url})`,
  '',
  '## 更多动态',
  '',
  `- **澄星半导体拟回购不超5亿元**：澄星半导体拟以不超过**5亿元**回购股份，股价上涨**7%**。（来源：[财经网](${PEER.url})）`,
  '',
].join('\n');

test('a digest’s blocks: each story and each 更多动态 brief, the front matter and the title left out', () => {
  const blocks = storyBlocks(YESTERDAY);
  assert.equal(blocks.length, 2, blocks.join('\n---\n'));
  assert.match(blocks[0] as string, /^## 岚图云科/u);
  assert.match(blocks[1] as string, /^- \*\*澄星半导体/u);
});

test('what a digest printed of an item: the figures of the blocks linking it, not another story’s, not unlinked items', () => {
  const one = makeItem(DAY_ONE);
  const peer = makeItem(PEER);
  const other = makeItem({ ...DAY_ONE, url: 'https://www.example-news.cn/a/never-linked' });
  const got = printedItemFigures([one, peer, { ...other, id: 'it_other' }], [YESTERDAY]);
  // The head prints the revenue again: values, once each.
  const values = (id: string) => [...new Set((got.get(id) ?? []).map((f) => `${f.kind}:${f.value}`))].sort();
  assert.deepEqual(values(one.id), ['money:4200000000', 'percent:18']);
  // The brief's 7% share move is the peer's, not the results story's.
  assert.deepEqual(values(peer.id), ['money:500000000', 'percent:7']);
  assert.equal(got.has('it_other'), false);
});

test('a statement of an earlier item ran only in a figure the digest printed of it (every figure when that is unknown)', () => {
  const one = makeItem(DAY_ONE);
  const figures = extractFigures(one.text);
  const earlier = [{ day: DAY_ONE.date, items: [one] }];
  const earlierPrinted = Object.fromEntries(printedItemFigures([one], [YESTERDAY]));
  const revenue = statement(one, figures, 4.2e9);
  const margin = statement(one, figures, 35);
  assert.equal(ranStatement({ earlier, earlierPrinted }, revenue), true);
  assert.equal(ranStatement({ earlier, earlierPrinted }, margin), false);
  // No digest at hand: every figure of an item that ran counts as told (as before).
  assert.equal(ranStatement({ earlier }, margin), true);
  // Not an earlier item of the story at all.
  assert.equal(ranStatement({ earlier: [], earlierPrinted }, revenue), false);
});

/**
 * Day two retells the results in its opening, then the margin: yesterday's source stated it, yesterday's digest never
 * printed it.
 */
const DAY_TWO = {
  title: '岚图云科三季度营收42亿元，同比增长18%',
  url: 'https://www.example-finance.cn/p/lantu-margin',
  date: '2026-11-21',
  text: [
    '岚图云科第三季度营收42亿元，同比增长18%，高于市场预期。',
    '岚图云科第三季度毛利率为35%，较上一季度提升2个百分点，为公司上市以来最高水平。',
  ].join('\n\n'),
};

function dayTwoBundle(printed: boolean): StoryBundle {
  const gaz = loadGazetteer();
  const one = makeItem(DAY_ONE);
  const two = makeItem(DAY_TWO);
  const figures: Record<string, Figure[]> = { [one.id]: extractFigures(one.text), [two.id]: extractFigures(two.text) };
  const of = (item: ItemRecord, v: number) => statement(item, figures[item.id] ?? [], v);
  return {
    story: { id: 'lantu-margin', title: DAY_TWO.title, date: DAY_TWO.date, items: [one.id, two.id] },
    items: [two],
    earlier: [{ day: DAY_ONE.date, items: [one] }],
    ...(printed ? { earlierPrinted: Object.fromEntries(printedItemFigures([one], [YESTERDAY])) } : {}),
    figures,
    entities: { [one.id]: findEntities(one.text, gaz), [two.id]: findEntities(two.text, gaz) },
    claims: [
      single('岚图云科', 'revenue', '2026-Q3', [of(one, 4.2e9), of(two, 4.2e9)]),
      single('岚图云科', 'revenue-growth', '2026-Q3', [of(one, 18), of(two, 18)]),
      single('岚图云科', 'gross-margin', '2026-Q3', [of(one, 35), of(two, 35)]),
    ],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
}

test('a day two of an event told yesterday steps down, and its line tells the figure yesterday’s digest never printed', async () => {
  const engine = createOfflineEngine();
  // Without what the digest printed, every figure counts as told: the line falls back to the opening's retelling.
  const blind = await engine.doWriteStory(dayTwoBundle(false), 'stories');
  assert.equal(blind.toldBefore, true, blind.headline);
  assert.doesNotMatch(blind.oneLine, /35%/u, blind.oneLine);
  // With it, the event is still yesterday's (a 续报 line, never the top), and the line is the margin it never printed.
  const written = await engine.doWriteStory(dayTwoBundle(true), 'stories');
  assert.equal(written.toldBefore, true, written.headline);
  assert.match(written.oneLine, /毛利率为\*\*35%\*\*/u, written.oneLine);
  assert.doesNotMatch(written.oneLine, /42亿元|18%/u, written.oneLine);
});

test('a level and its change are one measure: the change printed makes the level of the same period seen, not another period’s', () => {
  const one = makeItem(DAY_ONE);
  const two = makeItem(DAY_TWO);
  const f1 = extractFigures(one.text);
  const f2 = extractFigures(two.text);
  // Yesterday's digest printed only the growth.
  const earlierPrinted = Object.fromEntries(printedItemFigures([one], [YESTERDAY.replace('营收**42亿元**，', '营收')]));
  const revenue = single('岚图云科', 'revenue', '2026-Q3', [statement(two, f2, 4.2e9)]);
  const growth = single('岚图云科', 'revenue-growth', '2026-Q3', [statement(one, f1, 18), statement(two, f2, 18)]);
  const margin = single('岚图云科', 'gross-margin', '2026-Q3', [statement(two, f2, 35)]);
  const lastYear = single('岚图云科', 'revenue', '2025-Q3', [statement(two, f2, 4.2e9)]);
  const bundle = { claims: [revenue, growth, margin, lastYear], earlier: [{ day: DAY_ONE.date, items: [one] }], earlierPrinted };
  assert.equal(twinRan(bundle, { claim: revenue }), true);
  assert.equal(twinRan(bundle, { claim: margin }), false);
  assert.equal(twinRan(bundle, { claim: lastYear }), false);
  // Nothing printed of the earlier item: no twin ran.
  assert.equal(twinRan({ ...bundle, earlierPrinted: { [one.id]: [] } }, { claim: revenue }), false);
});
