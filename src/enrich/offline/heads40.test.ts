/**
 * Decision 151: a broker's note that keeps (or merely states) its rating and moves its target price is headed by the
 * target move, with the rating after it when the head fits; its 更多动态 line is then the one sentence saying the move
 * from where it started, not the head twice. Notes written for this test (invented brokers' wording).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import { beyondHeadline, fromDropped, saysHeadline } from '../assemble/tidy.js';
import { loadGazetteerEntries } from '../data-files.js';
import { composeEnglish } from './compose.js';
import { storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';
import { trimTitle } from './titles.js';

const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: defaultStoryTemplates() };

const note = (title: string, head: string, target = 250) =>
  oneItemStory({ title, text: `${head}\n\nWe trim our FY27E gross margin estimate by 40bp on higher HBM costs.` }, [
    ['Nvidia', 'price', 'unknown', target],
  ]);

test('a kept rating with a raised target: the head says the raise, then the rating', () => {
  const kept = note(
    'Nvidia (NVDA US): Reiterate BUY; TP raised to US$250',
    'Rating: BUY (maintained) | Target price: US$250.00 (from US$230.00) | Close: US$204.10',
  );
  const c = composeEnglish(kept, storyFacts(kept), { ...ctx, broker: '华泰证券' });
  assert.equal(c.headline, '华泰证券将英伟达目标价上调至250美元，维持买入评级');
  assert.equal(c.event, '华泰证券将英伟达目标价由230美元上调至250美元，维持买入评级');
});

test('a stated rating with a cut target: the head says the cut; a long name keeps the move and leaves the rating to the lead', () => {
  const cut = note('Nvidia (NVDA US): BUY, TP US$205', 'BUY | TP US$205 (from US$228)', 205);
  const c = composeEnglish(cut, storyFacts(cut), { ...ctx, broker: '中金公司' });
  assert.equal(c.headline, '中金公司将英伟达目标价下调至205美元，给予买入评级');
  const long = composeEnglish(cut, storyFacts(cut), { ...ctx, broker: 'Westbourne Harcastle证券' });
  assert.equal(long.headline, 'Westbourne Harcastle证券将英伟达目标价下调至205美元');
  assert.match(long.event, /给予买入评级$/u);
});

test('a changed rating is still the head (an upgrade is the news)', () => {
  const up = note('Nvidia (NVDA US): Upgrade to BUY', 'Rating: BUY (upgraded from HOLD) | Target price: US$250.00 (from US$210.00)');
  assert.equal(composeEnglish(up, storyFacts(up), { ...ctx, broker: '华泰证券' }).headline, '华泰证券将英伟达评级上调至买入');
});

test('a sentence adding only where a move started says its head again', () => {
  const head = '华泰证券将英伟达目标价上调至250美元，维持买入评级';
  const line = '华泰证券将英伟达目标价由230美元上调至250美元，维持买入评级。';
  assert.equal(fromDropped('目标价由230美元上调至250美元', '目标价上调至250美元'), '目标价上调至250美元');
  assert.ok(saysHeadline(line, head));
  // A move the head does not say to its end (another figure) is something the sentence adds.
  assert.equal(fromDropped('营收由30亿元增至45亿元', '营收增至50亿元'), '营收由30亿元增至45亿元');
  assert.ok(!saysHeadline('华泰证券将英伟达目标价由230美元上调至260美元，维持买入评级。', head));
  // A one-sentence line is not cut to nothing.
  assert.equal(beyondHeadline(line, head), line);
});

test('a spaced-out title cut by the length goal ends on a clause a mark ends, never inside a phrase', () => {
  const orgs = (s: string) => (s.includes('澜舟云') ? ['澜舟云'] : []);
  // Before: `澜舟云大模型推理服务再降价：输出价格低至1.2元 / 百万` (the unit's object cut off).
  assert.equal(
    trimTitle('澜舟云大模型推理服务再降价：输出价格低至 1.2 元 / 百万 tokens，降幅 70%', undefined, orgs),
    '澜舟云大模型推理服务再降价',
  );
  // A title whose clauses fit is kept whole; one cut at a mark is cut there as before.
  assert.equal(trimTitle('澜舟云推理服务降价 输出价格降七成', undefined, orgs), '澜舟云推理服务降价，输出价格降七成');
});
