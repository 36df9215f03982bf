/**
 * Decision 165: a rumoured deal's English-only story tells the answers of the parties its later sentences name after
 * those sentences, and its source's note that the deal is not settled (the talks could still fall apart); a story of a
 * deal its company announced takes no such note. Fixtures written for this test: test/fixtures/answers42.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('answers42');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("a rumoured round says its investor's no-comment and that the talks could fall apart", async () => {
  const md = await day('talks-en', '2026-12-06');
  assert.match(md, /Perplexity未回应置评请求。/u, md);
  assert.match(md, /赛富时向Perplexity投资[^。]*。赛富时拒绝置评。/u, md);
  assert.match(md, /知情人士称，谈判仍可能无果。/u, md);
});

test('an announced round takes no not-settled note', async () => {
  const md = await day('settled-en', '2026-12-06');
  assert.doesNotMatch(storyOf(md), /仍可能无果|知情人士称/u, md);
});
