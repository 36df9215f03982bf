/**
 * Decision 132: a results wire whose title sets the quarter against the market's estimates leads with the quarter's
 * results wherever its report gives them — never with next year's guidance, never dropped — and the estimate told as an
 * amount analysts had expected is told as the beat. Fixtures written for this test: test/fixtures/results38.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('results38');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("a title beating the estimates leads with the quarter's revenue, the guidance told after it as guidance", async () => {
  const story = storyOf(await day('beat-further', '2026-12-03'));
  assert.match(story, /^## Veltria Systems三季度营收41亿美元\n/u, story);
  assert.match(story, /Veltria Systems 2026年第三季度营收\*\*41亿美元\*\*，增长\*\*18%\*\*，股价盘后上涨\*\*4%\*\*。/u, story);
  // Next year's revenue is guidance, told after the quarter and as guidance.
  assert.match(story, /。公司预计2027财年营收为\*\*175亿至180亿美元\*\*。/u, story);
});

test('a profit-beat title whose profit the report gives only per share is not dropped: its quarter leads', async () => {
  const story = storyOf(await day('profit-beat', '2026-12-03'));
  assert.match(story, /Marrow Compute 2026年第三季度营收\*\*41亿美元\*\*，增长\*\*18%\*\*/u, story);
});

test('the amount analysts had expected is told as the beat of the quarter it compares', async () => {
  const story = storyOf(await day('note-year', '2026-11-10'));
  assert.match(story, /营收为\*\*68亿美元\*\*，高于市场预期的65亿美元/u, story);
  // The note's year not yet begun is never told as a result.
  assert.doesNotMatch(story, /2029财年营收为/u, story);
});
