/**
 * Decision 118: news the wire puts in its head reaches the story. A results wire whose title raises a full-year growth
 * forecast to a figure (`raises full-year AI revenue growth forecast to 60% after quarter beats`) leads with that raise
 * — never with the next quarter's revenue range as a full-year guide — and tells the quarter's beat after it; a funding
 * round whose company commits to spend on its lead investor's cloud tells the loop. Fixtures written for this test:
 * test/fixtures/news36.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('news36');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("a title's raised full-year growth forecast leads with its own figure and segment; the quarter's range is no full-year guide", async () => {
  const md = await day('raise', '2026-12-03');
  const story = storyOf(md);
  assert.match(md, /^## Credo上调全年AI营收增速指引至60%/mu, md);
  assert.doesNotMatch(md, /全年[^。]*指引至\*?\*?4\.4亿/u, md);
  // The quarter's beat is told after the raise; the next quarter's range stays a quarter's forecast.
  assert.match(story, /营收增长\*\*38%\*\*至\*\*4\.12亿美元\*\*，高于市场预期的3\.98亿美元/u, md);
  assert.match(story, /预计2027财年第三财季营收为\*\*4\.4亿至4\.6亿美元\*\*/u, md);
});

test('a funding round tells the loop of its lead investor: the startup’s cloud commitment flows back to the investor', async () => {
  const md = await day('loop', '2026-12-04');
  const story = storyOf(md);
  assert.match(story, /英伟达向Halvern AI投资，Halvern AI与英伟达签订价值2\.5亿美元的云服务合同，资金由此回流英伟达。/u, md);
  // The commitment is told once, in the loop.
  assert.equal(story.match(/2\.5亿美元/gu)?.length, 1, md);
});

test('a loop leg resting on unnamed people is hedged before that leg, not before the round the company announced', async () => {
  const md = await day('loop-sourced', '2026-12-04');
  const story = storyOf(md);
  assert.match(story, /英伟达向Tessaly Bio投资，据知情人士透露，Tessaly Bio与英伟达签订价值2亿美元的云服务合同，资金由此回流英伟达。/u, md);
  assert.doesNotMatch(story, /据知情人士透露，英伟达向/u, md);
});
