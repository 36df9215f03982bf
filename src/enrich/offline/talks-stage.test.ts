/**
 * Twenty-eighth session (lead): an earlier value stated while the deal was in talks, against today's value from an item
 * reporting the deal done, is told as the talks stage's figure in one sentence, not a template line setting two outlets
 * side by side. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { createOfflineEngine } from './engine.js';
import { talksSentence } from './reconcile.js';

const vars = { old_source: '彭博', subject: '北风系统', period: '', metric: '投后估值', old_value: '约102亿美元' };
const closed = [{ title: '北风系统完成12亿美元融资，投后估值110亿美元', text: '北风系统已完成12亿美元新一轮融资。' }];

test('a talks value against a deal done: the talks stage is told; a sourced value or a day still in talks is not', () => {
  assert.equal(
    talksSentence('Including the new cash, the company would be valued at about $10.2 billion.', closed, vars),
    '据彭博此前报道，洽谈阶段北风系统的投后估值为**约102亿美元**。',
  );
  assert.equal(talksSentence('北风系统正洽谈新一轮融资，投后估值约102亿元。', closed, vars)?.startsWith('据彭博此前报道，洽谈阶段'), true);
  // People familiar is a source, not a stage: a valuation they give is a report, told by the comparison rules.
  assert.equal(talksSentence('Northwind Systems was valued at $10.2 billion, people familiar said.', closed, vars), undefined);
  // Today still in talks: nothing is done to compare with.
  const talks = [{ title: '北风系统洽谈新一轮融资', text: '北风系统正洽谈新一轮融资。' }];
  assert.equal(talksSentence('the company would be valued at about $10.2 billion.', talks, vars), undefined);
});

test('a round closed at another valuation than the talks gave: the talks figure joins the paragraph, no comparison line', async () => {
  const bundle = conflictedClaimBundle({
    id: 'st_talks35',
    metric: 'valuation',
    path: 'tech',
    date: '2026-11-27',
    reports: [
      {
        outlet: 'theinformation.com',
        title: 'Northwind Systems in Talks to Raise $1.2 Billion',
        text: 'Northwind Systems is in talks to raise about $1.2 billion, according to two people. Including the new cash, the company would be valued at about $10.2 billion.',
        date: '2026-11-23',
      },
      {
        outlet: '36kr.com',
        title: 'Northwind Systems完成12亿美元融资，投后估值110亿美元',
        text: 'Northwind Systems已完成12亿美元新一轮融资，投后估值达110亿美元，本轮由思科领投。',
        date: '2026-11-27',
      },
    ],
    values: [10.2e9, 11e9],
  });
  const [earlier] = bundle.items;
  assert.ok(earlier);
  const written = await createOfflineEngine().doWriteStory(
    {
      ...bundle,
      earlier: [{ day: '2026-11-23', items: [earlier] }],
      items: bundle.items.slice(1),
      figures: Object.fromEntries(Object.entries(bundle.figures).filter(([id]) => id !== earlier.id)),
    },
    'stories',
  );
  const text = written.paragraphs.join('\n');
  assert.match(text, /洽谈阶段Northwind Systems的投后估值约为\*\*102亿美元\*\*。/u, text);
  assert.doesNotMatch(text, /与此前报道对比/u, text);
});
