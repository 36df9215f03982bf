/**
 * Decision 124: an amount restated in brackets in another currency is the amount before it. `will raise 150 billion yen
 * ($960 million) through a yen-denominated bond` is one bond: the story never tells the dollars as a second transaction
 * (发行9.6亿美元债券 beside 融资1500亿日元). Fixture written for this test: test/fixtures/conversion124.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('conversion124');

test('a bracketed conversion filed under another metric is never told as a second transaction', async () => {
  const md = await day('yen', '2026-12-02');
  assert.match(md, /1500亿日元/u, md);
  assert.doesNotMatch(md, /9\.6亿美元/u, md);
});
