/**
 * Decision 143: a head's figure its source gives only in a list item (`- 云业务收入同比增长41%；`) brings that item into
 * the lead, so the head's news is told in the story's first sentences. Articles written for this test (invented
 * companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

const LISTED = {
  title: '岚峰智能第三季度营收12.6亿元，云业务增长41%',
  text: [
    '岚峰智能周二盘后公布第三季度业绩，营收12.6亿元，同比增长18%，分析师此前预期为12.1亿元。',
    '核心数据一览：',
    '毛利率47.5%，上年同期为44.1%；',
    '云业务收入同比增长41%，按固定汇率计算增长39%；',
    '资本开支3.2亿元，环比增加约4000万元。',
    '公司首席财务官在电话会上表示，第四季度资本开支将继续增加。',
  ].join('\n\n'),
  url: 'https://wallstreetcn.com/articles/3999101',
  date: '2026-11-20',
};

test('a head figure given only in a list item brings the item into the lead, the head kept', async () => {
  const s = await engine.doWriteStory(oneItemStory(LISTED, [['岚峰智能', 'revenue', '2026Q3', 1.26e9]]), 'stories');
  const lead = s.paragraphs[0] ?? '';
  assert.equal(s.headline, '岚峰智能第三季度营收12.6亿元，云业务增长41%');
  assert.match(lead, /云业务收入同比增长\**41%/u, lead);
  // The item is closed as a sentence where the lead stops with it.
  assert.doesNotMatch(lead, /；$/u, lead);
});
