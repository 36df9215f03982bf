/**
 * Decision 115: a results story leads with the period it has just reported. A fourth-quarter call that books its full
 * year before its quarter leads with the quarter (and its change, on the basis its own clause names); the year's total
 * follows as background; the next quarter's guidance an executive gives on the call is told. Fixtures written for this test:
 * test/fixtures/lead35.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('lead35');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a fourth-quarter call leads with the quarter it reports; the full year follows as background', async () => {
  const md = await day('quarter', '2026-10-08');
  const story = storyOf(md);
  const quarter = story.search(/第四(?:财)?季度?[^。]*营收[^。]*68亿美元/u);
  const year = story.search(/2026财年营收\*?\*?225亿美元/u);
  assert.ok(quarter >= 0, md);
  // The year's total is told after the quarter, never before it (nor as the head).
  assert.ok(year < 0 || year > quarter, md);
  assert.doesNotMatch(md, /^#+ [^\n]*225亿美元/mu, md);
  // 36% is the year-on-year change; `sequentially` belongs to the 11% after `and`.
  assert.match(story, /同比增长\*?\*?36%/u, md);
  assert.doesNotMatch(story, /环比增长\*?\*?36%/u, md);
  // The CFO's `we expect` is the company's guidance for the next quarter, told after the quarter.
  assert.match(story, /预计2027财年第一财季营收为?\*?\*?72亿美元/u, md);
});
