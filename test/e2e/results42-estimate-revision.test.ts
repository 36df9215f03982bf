/**
 * Decision 164: an English broker note's own estimate revision (`We lift FY27E/FY28E EPS by 3.4%/2.2%`) is told right
 * after its rating and target, its figures said once. Fixture written for this test: test/fixtures/results42.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results42');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("a broker note's EPS raise follows its target move", async () => {
  const md = await day('eps-raise', '2026-11-12');
  const story = storyOf(md);
  assert.match(
    story,
    /目标价由\*\*2150卢比\*\*上调至\*\*2400卢比\*\*[^。]*。该券商同时将[^。]*2027\/2028财年每股收益预测分别上调\*\*3\.4%\*\*和\*\*2\.2%\*\*。/u,
    md,
  );
  assert.equal(story.match(/3\.4%/gu)?.length, 1, story);
});

test('a note told in one line (更多动态) stays one line', async () => {
  const md = await day('one-line', '2026-11-13');
  assert.doesNotMatch(md, /该券商同时将/u, md);
  assert.match(md, /目标价由2150卢比上调至2400卢比/u, md);
});
