/**
 * Decision 162: a dollar amount restated in renminbi loses the restatement (a mainland reader reads dollars): `约8亿美元
 * （约合人民币57亿元）` prints as `约8亿美元`. Fixture written for this test: test/fixtures/zh41.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('zh41');

test('a dollar amount is printed without its renminbi restatement', async () => {
  const md = await day('usd', '2026-12-03');
  assert.match(md, /8亿美元/u, md);
  assert.doesNotMatch(md, /57亿元/u, md);
  assert.doesNotMatch(md, /约合人民币/u, md);
});
