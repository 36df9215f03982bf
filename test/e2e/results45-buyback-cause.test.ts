/**
 * Decision 185: a results or guidance lead
 * goes on with the cause its title gives from the cause table, only when the cause pushes the lead's way. Fixtures written
 * for this test: test/fixtures/results45.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results45');

test('a guidance cut goes on with the cost its title blames', async () => {
  const md = await day('cause-drag', '2026-11-27');
  assert.match(md, /下调全年营收指引至\*\*43亿至44亿美元\*\*，主要受内存成本上涨拖累/u, md);
});

test('a cause pushing against the title’s news is not told', async () => {
  const md = await day('cause-mismatch', '2026-11-27');
  assert.doesNotMatch(md, /拖累|带动/u, md);
});

test('a Chinese results wire’s new buyback stays told (a guard: its sentence is printed whole)', async () => {
  const md = await day('buyback-zh', '2026-11-20');
  assert.match(md, /新的\*\*20亿美元\*\*股份回购计划/u, md);
});
