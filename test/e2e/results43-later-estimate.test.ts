/**
 * Decision 172: a results figure its source sets against the analysts' estimate in a later sentence of its own (a
 * segment's growth in the opening, `… revenue growth exceeded the 38.2% expected by analysts` further down) is told with
 * that estimate. Fixtures written for this test: test/fixtures/results43.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results43');

test('a segment’s growth the wire compares with the expected rate further down is told with it', async () => {
  const md = await day('segment-beat', '2026-10-29');
  assert.match(md, /Azure[^。]*增长\*\*41%\*\*，高于市场预期的38\.2%/u, md);
  // The lead's own beat stays.
  assert.match(md, /高于市场预期的759亿美元/u, md);
});
