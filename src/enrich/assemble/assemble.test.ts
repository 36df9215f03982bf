import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestStory } from '../../../test/fixtures/enrich/bundles.js';
import { fullWidthPunctuation, HALF_WIDTH_BETWEEN_CHINESE } from './punctuation.js';
import { balanced, dropOutletTag, wholeSentence } from './sentence-shape.js';
import { dropGlosses, tidyStories, withoutUnpairedConnective } from './tidy.js';

test('punctuation: half-width marks between Chinese characters become full-width; numbers, code and English stay', () => {
  const cases: [string, string][] = [
    ['寒武纪(周四)公布财报,营收同比增长97%', '寒武纪（周四）公布财报，营收同比增长97%'],
    ['英伟达(Nvidia)表示:订单充足!', '英伟达（Nvidia）表示：订单充足！'],
    ['市场担心"循环融资"风险', '市场担心“循环融资”风险'],
    ['营收为1,200亿元,较去年增长', '营收为1,200亿元，较去年增长'],
    ['会议于10:30开始', '会议于10:30开始'],
    ['Nvidia, Microsoft and Oracle (NYSE: ORCL) rose.', 'Nvidia, Microsoft and Oracle (NYSE: ORCL) rose.'],
    ['据 [路透社](https://www.reuters.com/a,b) 报道', '据 [路透社](https://www.reuters.com/a,b) 报道'],
    ['估值达到1.5倍 ,创新高.', '估值达到1.5倍，创新高。'],
    ['`a,b`两个参数', '`a,b`两个参数'],
  ];
  for (const [input, want] of cases) assert.equal(fullWidthPunctuation(input), want, input);
  for (const [, want] of cases.slice(0, 4)) assert.doesNotMatch(want, HALF_WIDTH_BETWEEN_CHINESE, want);
  assert.match('公司表示,明年', HALF_WIDTH_BETWEEN_CHINESE);
  assert.match('英伟达(周四)宣布', HALF_WIDTH_BETWEEN_CHINESE);
});

test('sentence shape: list items, lead-ins, datelines and broken brackets are not whole sentences', () => {
  assert.ok(wholeSentence('公司表示，明年将继续加大投入。'));
  assert.ok(wholeSentence('Revenue rose 41% from a year earlier.'));
  assert.ok(wholeSentence('一位分析师说：“资金在各方之间循环。”'));
  assert.ok(!wholeSentence('营收：120亿元（同比增长 5%）'), 'a list item without a full stop');
  assert.ok(!wholeSentence('公司公布了三季度业绩：'), 'a lead-in to a list');
  assert.ok(!wholeSentence('下跌 5%）公司：营收继续下滑。'), 'a closing bracket with no opening one');
  assert.ok(!wholeSentence('，并将于明年交付。'), 'opens on a clause mark');
  assert.ok(!wholeSentence('财联社11月22日电'), 'a dateline');
  assert.ok(!wholeSentence('(Reporting by Ann Lee; Editing by Tom Hals)'));
  assert.ok(balanced('《财经》称（据知情人士）“订单充足”。'));
  assert.ok(!balanced('“订单充足。'));
  assert.equal(dropOutletTag('【财新网】据财新记者统计，四巨头资本开支创新高。'), '据财新记者统计，四巨头资本开支创新高。');
  assert.equal(dropOutletTag('财联社11月22日电，月之暗面完成新一轮融资。'), '月之暗面完成新一轮融资。');
});

const story = digestStory;

test('tidy: no sentence twice in a digest, no empty bullet or block, no gloss, full-width punctuation', () => {
  const a = story({
    storyId: 'a',
    paragraphs: ['微软计划投资**约800亿美元**建设数据中心。公司表示,需求强劲。'],
    impacts: ['利好：电力设备、数据中心建设与液冷散热产业链，算力扩张带动配套需求。'],
  });
  const b = story({
    storyId: 'b',
    paragraphs: ['另据报道，微软计划投资约800亿美元建设数据中心。谷歌也在加码。'],
    blocks: [
      { label: '关键数据', bullets: ['', '**：**', '谷歌资本开支：**910亿美元**'] },
      { label: '商业模式', bullets: ['  '] },
    ],
    insights: ['**GPU**（Graphics Processing Unit: 图形处理器）需求旺盛，订单排到明年。'],
    impacts: ['利好：电力设备、数据中心建设与液冷散热产业链，算力扩张带动配套需求。', '利空：'],
  });
  const [ta, tb] = tidyStories([a, b]);
  assert.equal(ta?.paragraphs[0], '微软计划投资**约800亿美元**建设数据中心。公司表示，需求强劲。');
  assert.deepEqual(tb?.paragraphs, ['另据报道，微软计划投资约800亿美元建设数据中心。谷歌也在加码。'], 'a different sentence stays');
  assert.deepEqual(tb?.blocks, [{ label: '关键数据', bullets: ['谷歌资本开支：**910亿美元**'] }]);
  assert.deepEqual(tb?.insights, ['GPU需求旺盛，订单排到明年。']);
  assert.deepEqual(tb?.impacts, [], 'the repeated impact and the empty one go');
  const [, tc] = tidyStories([a, story({ storyId: 'c', paragraphs: ['微软计划投资约800亿美元建设数据中心。'] })]);
  assert.deepEqual(tc?.paragraphs, [], 'the same sentence (bold aside) is cut where it recurs');
  assert.equal(dropGlosses('部署**AGI**（Artificial General Intelligence: 通用人工智能）系统'), '部署AGI系统');
});

test('tidy: half of a paired connective goes when its other half was not printed', () => {
  assert.equal(
    withoutUnpairedConnective('两家云厂商本季度资本开支均创新高。一方面，云业务增长重新提速：谷歌云收入同比增长34%。'),
    '两家云厂商本季度资本开支均创新高。云业务增长重新提速：谷歌云收入同比增长34%。',
  );
  const paired = '一方面，数据中心订单饱满；另一方面，电力供应成为瓶颈。';
  assert.equal(withoutUnpairedConnective(paired), paired);
  assert.equal(
    withoutUnpairedConnective('Capex hit a record. On the one hand, cloud growth picked up again.'),
    'Capex hit a record. Cloud growth picked up again.',
  );
  assert.equal(withoutUnpairedConnective('公司一方面扩产，同时提价。'), '公司一方面扩产，同时提价。');
});

test('tidy: a comparison of two values is drawn once a digest, however a second story words it', () => {
  const a = digestStory({
    storyId: 'a',
    paragraphs: ['北风系统启动港股上市。与此前报道对比：第一财经曾称北风系统IPO募资约为**58亿港元**，财联社称**约62亿港元**。'],
  });
  const b = digestStory({
    storyId: 'b',
    paragraphs: ['基石投资者名单出炉。北风系统IPO募资各方说法不一：财联社称**约62亿港元**，第一财经称**58亿港元**。'],
  });
  const [, tb] = tidyStories([a, b]);
  assert.deepEqual(tb?.paragraphs, ['基石投资者名单出炉。'], 'the same pair in the second story goes');
  const c = digestStory({ storyId: 'c', paragraphs: ['北风系统营收各方说法不一：路透社称**32亿美元**，彭博称**35亿美元**。'] });
  const [, tc] = tidyStories([a, c]);
  assert.equal(tc?.paragraphs.length, 1, 'another pair stays');
});
