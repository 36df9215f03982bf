/**
 * Decision 099: a story tells the news its best source opens on — the guidance a Chinese report's title heads with under
 * a lead of the quarter, the profit forecast below estimates an English wire opens on beside a call's revenue. Fixtures
 * written for this test: test/fixtures/news33.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('news33');

const story = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a results story tells the guidance its source’s title heads with, after the quarter', async () => {
  const md = await day('guide', '2026-11-20');
  const s = story(md);
  assert.match(s, /预计第四财季营收[在于]\*{0,2}39\.5亿至43\.5亿美元/u, md);
  assert.ok(s.indexOf('39.8亿美元') < s.indexOf('第四财季营收'), md);
});

test('a results story whose wire opens on a forecast below estimates tells the forecast, not only the revenue', async () => {
  const md = await day('forecast', '2026-11-18');
  assert.match(story(md), /预计[^。]*每股收益为\*{0,2}58至66美分\*{0,2}，低于市场预期/u, md);
  // The guidance's midpoint has no per-share words of its own: never a profit of 62 cents.
  assert.doesNotMatch(md, /62美分|0\.62美元/u, md);
});
