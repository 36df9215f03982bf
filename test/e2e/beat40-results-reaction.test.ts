/**
 * Decision 147: a results story whose first source is the company's own call transcript (which tells no share move)
 * still tells the market's reaction a wire of the same day states (`sending its shares down about 7% in extended
 * trading`), after the results. Fixtures written for this test: test/fixtures/beat40.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('beat40');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a share move a same-day wire states rides on the results told from the call', async () => {
  const md = await day('move-beside-call', '2026-11-18');
  const story = storyOf(md);
  assert.match(story, /股价盘后下跌\*\*约7%\*\*/u, md);
  // Said once.
  assert.equal(story.match(/7%/gu)?.length, 1, story);
});
