/**
 * Decision 176: under a head whose first name invests in another, the investor's own statement figure glued after the
 * deal is not printed; a sentence opening on a person's bare name nothing printed before it introduces is not printed.
 * Fixtures written for this test: test/fixtures/glue43.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('glue43');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('an investor’s own contract liabilities are not glued onto its subscription story', async () => {
  const story = storyOf(await day('investor-figure', '2026-11-10'));
  assert.match(story, /认购云岫科技/u, story);
  assert.doesNotMatch(story, /合同负债/u, story);
});

test('a sentence opening on a founder nothing printed introduces is not printed bare', async () => {
  const story = storyOf(await day('bare-person', '2026-11-10'));
  assert.match(story, /6亿美元/u, story);
  assert.doesNotMatch(story, /(?:^|[。\n])周屹告诉/u, story);
});
