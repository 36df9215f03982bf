/**
 * Decision 186: a round the company announces, two days after an outlet reported it in talks at a larger size and
 * valuation, says the final figures came in below what was reported. Fixtures written for this test:
 * test/fixtures/daytwo45.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('daytwo45');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('the announced round says its valuation came in below the rumoured one printed before', async () => {
  const first = storyOf(await day('round-below', '2026-12-14'));
  assert.match(first, /投后估值\*\*约300亿元\*\*/u, first);
  const story = storyOf(await day('round-below', '2026-12-16'));
  assert.match(story, /36氪此前报道[^。]*投后估值约为\*\*300亿元\*\*，公司披露为\*\*260亿元\*\*，低于此前报道。/u, story);
});
