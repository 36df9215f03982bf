/**
 * Decision 139: a results wire whose earnings are told per share (`earned $1.42 per share, above the $1.30 analysts had
 * expected`) tells them as 每股收益 with their beat — never as the stock's price, never left out for it. Fixture written
 * for this test: test/fixtures/results39.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results39');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('earnings per share a profit-beat title reports are told with the estimate they beat', async () => {
  const story = storyOf(await day('eps-beat', '2026-10-22'));
  assert.match(story, /每股收益为?\*\*1\.42美元\*\*，高于市场预期的1\.3美元/u, story);
  // The estimate is never told as the company's value, nor the earnings as the share's price.
  assert.doesNotMatch(story, /每股收益为?\*\*1\.3美元\*\*/u, story);
  assert.doesNotMatch(story, /股价[^。]{0,12}1\.42美元/u, story);
});
