/**
 * Decision 156: a results sentence cut at its `；` keeps its second clause (the loss narrowing beside last year's, the
 * profit and its record) when the story has room for it after the sentences it chose. Fixtures written for this test:
 * test/fixtures/results41.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results41');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a half-year loss narrowing after a `；` is told with last year’s loss beside it', async () => {
  const md = await day('loss-narrowed', '2026-08-28');
  const story = storyOf(md);
  assert.match(story, /归母净亏损收窄至\*\*0\.8亿元\*\*，上年同期归母净亏损为\*{0,2}2\.1亿元/u, md);
});

test('a quarter’s profit and its record after the revenue clause’s `；` are told right after it', async () => {
  const md = await day('record-clause', '2026-10-29');
  const story = storyOf(md);
  assert.match(story, /同比增长\*\*57%\*\*；归母净利润\*\*6\.3亿元\*\*/u, md);
  assert.match(story, /均创单季新高/u, md);
  // The guidance and its beat stay.
  assert.match(story, /高于市场预期的43亿元/u, md);
});
