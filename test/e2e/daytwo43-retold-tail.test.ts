/**
 * Decision 171: a follow-up's lead sentence that tells the day's news and then re-tells a figure the day before's digest
 * printed of the same event ends on its news. Fixtures written for this test: test/fixtures/daytwo43.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('daytwo43');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("an IPO follow-up does not re-print the cornerstone total the launch's digest printed", async () => {
  const first = storyOf(await day('ipo-tail', '2026-12-01'));
  assert.match(first, /合计认购\*\*约1\.8亿美元\*\*/u, first);
  const story = storyOf(await day('ipo-tail', '2026-12-02'));
  // The day's news stays: the cornerstone's ticket and what the company bought from it…
  assert.match(story, /2500万美元/u, story);
  assert.match(story, /采购相机模组约4\.2亿元。/u, story);
  // …and the total printed the day before does not come back.
  assert.doesNotMatch(story, /1\.8亿美元/u, story);
});
