/**
 * Decision 128: a round's story tells what its report puts beside the round — the valuation against the last round's
 * and who led it, the current valuation further down when the lead has none — and an investor's ticket as its
 * investment; an English results wire whose title announces a buyback leads with it. Fixtures written for this test:
 * test/fixtures/news37.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('news37');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("a round's lead says who led it and its valuation against the last round's", async () => {
  const story = storyOf(await day('round-en', '2026-12-05'));
  assert.match(story, /Quillmark AI融资\*\*5亿美元\*\*，由光速创投领投，估值\*\*30亿美元\*\*，较上一轮的\*\*15亿美元\*\*翻倍。/u, story);
  // The headline stays the round and its valuation.
  assert.match(story, /^## Quillmark AI融资5亿美元，估值30亿美元\n/u, story);
});

test("a round with no valuation in its lead tells the report's current one and the earlier one", async () => {
  const story = storyOf(await day('state-equity', '2026-12-05'));
  assert.match(story, /Lanxin Semiconductor融资\*\*80亿元\*\*，估值\*\*400亿元\*\*（此前估值为\*\*250亿元\*\*）。/u, story);
});

test("a state lender's ticket in a round is its investment in the company, never a round of its own", async () => {
  const story = storyOf(await day('state-kr', '2026-12-05'));
  assert.match(story, /韩国产业银行向Furion投资\*\*1500亿韩元\*\*/u, story);
  assert.doesNotMatch(story, /韩国产业银行融资|债务/u, story);
});

test("a results wire whose title announces a buyback leads with the buyback, the quarter's beat after it", async () => {
  const md = await day('wire-deal', '2026-12-04');
  const story = storyOf(md);
  assert.match(md, /^## Kestrel Networks宣布50亿美元股票回购计划/mu, md);
  assert.match(
    story,
    /宣布\*\*50亿美元\*\*股票回购计划，股价盘后上涨\*\*7%\*\*。公司截至10月31日的季度营收为\*\*26\.4亿美元\*\*，高于市场预期的25\.1亿美元/u,
    story,
  );
});

test('a Chinese round told from its own sentences is not filled again', async () => {
  const story = storyOf(await day('round-zh', '2026-12-05'));
  assert.equal(story.match(/60亿元/gu)?.length, 1, story);
  assert.equal(story.match(/领投/gu)?.length, 1, story);
});

test("a round in talks takes no lead and no last round's valuation as its own", async () => {
  const story = storyOf(await day('talks', '2026-12-05'));
  assert.doesNotMatch(story, /领投/u, story);
  assert.doesNotMatch(story, /估值\*\*20亿美元\*\*/u, story);
});
