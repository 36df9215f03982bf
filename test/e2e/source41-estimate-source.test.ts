/**
 * Decision 161: an English-only story's composed lead tells a figure an analyst estimates as the analyst's (摩根大通分析师
 * 预计，…), never as the company's fact; a company's own figure stays its own. Fixtures written for this test:
 * test/fixtures/source41.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('source41');

const body = (md: string) => md.slice(md.indexOf('\n# '));

test("an analyst's estimate of a company's backlog is printed with the analyst", async () => {
  const md = body(await day('analyst-en', '2026-12-06'));
  assert.match(md, /摩根大通分析师预计，慧与[^。]*将[^。]*90亿美元/u, md);
  assert.doesNotMatch(md, /或将/u, md);
});

test("a company's own backlog is no one's estimate", async () => {
  const md = body(await day('own-en', '2026-12-06'));
  assert.match(md, /90亿美元/u, md);
  assert.doesNotMatch(md, /分析师|预计/u, md);
});

test("a supplier's reply on price follows the related-party purchase it answers, though the quote it answers is not printed", async () => {
  const md = body(await day('reply-zh', '2026-12-06'));
  assert.match(md, /采购加速卡[^。]*25亿元[^。]*。北辰芯片方面回应称，双方交易均按市场价格进行/u, md);
});
