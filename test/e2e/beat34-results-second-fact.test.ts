/**
 * Decision 105: an English wire's results story tells its second fact — the beat against estimates with the figure it
 * is of, a figureless guidance raise after the results (never the analysts' estimate told as the raised forecast),
 * revenue beside profit when the wire restates it in dollars, deal wins as the source labels them, and a broker note's
 * reason (its own estimate beaten). Fixtures written for this test: test/fixtures/beat34.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('beat34');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a figureless guidance raise follows the results and their beat; the estimate is never the raised forecast', async () => {
  const md = await day('rate', '2026-11-17');
  const story = storyOf(md);
  // The analysts' $8.05 billion is no forecast of the company's.
  assert.doesNotMatch(md, /指引至\*?\*?80\.5亿美元/u, md);
  // The results lead with their beat, then the raise in words, then the shares' reaction.
  assert.match(story, /营收增长\*\*4%\*\*至\*\*82亿美元\*\*，高于市场预期的80\.5亿美元，并上调全年业绩指引，股价盘后上涨\*\*3%\*\*/u, md);
});

test('a profit beat goes on with the revenue the wire restates in dollars and the large deals as the wire labels them', async () => {
  const md = await day('wins', '2026-11-18');
  const story = storyOf(md);
  assert.match(story, /利润\*\*412亿卢比\*\*，高于市场预期的399亿卢比/u, md);
  assert.match(story, /并上调全年业绩指引/u, md);
  // Revenue beside profit: rupees and their restatement in dollars are one value.
  assert.match(story, /营收\*\*2364亿卢比\*\*/u, md);
  // `The total contract value of large deals` is the large deals' TCV, not a contract.
  assert.match(story, /大单合同总价值\*\*19亿美元\*\*/u, md);
  assert.doesNotMatch(story, /合同金额/u, md);
});

test('a broker note tells its reason: the margin above its own estimate', async () => {
  const md = await day('broker', '2026-11-19');
  const story = storyOf(md);
  assert.match(story, /EBIT利润率为?\*\*18\.9%\*\*，高于该券商预期的18\.2%/u, md);
  // The note's estimate is never the company's margin.
  assert.doesNotMatch(story, /利润率为?\*\*18\.2%/u, md);
});
