/**
 * Decision 178: a segment's amount the knowledge layer files under the group's quarterly revenue (`the security segment
 * brought in $2.2 billion`) is a part of it, not a second value: the group's beaten revenue is told with its amount and
 * the estimate it beat. Fixtures written for this test: test/fixtures/results44.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results44');

test('the quarter’s beaten revenue is told with its amount and the estimate beside a segment’s amount', async () => {
  const md = await day('segment-part', '2026-11-12');
  assert.match(md, /148亿美元\*\*，高于市场预期的145亿美元/u, md);
});

test('a quarter’s revenue whose own change stands before the estimate is told with the estimate’s amount', async () => {
  const md = await day('rate-between', '2026-11-13');
  assert.match(md, /4\.12亿美元\*\*，高于市场预期的3\.95亿美元/u, md);
});
