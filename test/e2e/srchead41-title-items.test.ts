/**
 * Decision 155: a source title's news item the lead leaves out (`…巩固AI服务器订单` under a lead of the subscription,
 * the IPO's size and the month's revenue) is told by the source's own sentence stating it (the purchase's amount), not by
 * a hedged one (可能上看). Fixture written for this test: test/fixtures/srchead41.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('srchead41');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('the title’s order item is told by the sentence stating the purchase', async () => {
  const story = storyOf(await day('order-item', '2026-11-03'));
  assert.match(story, /向岚峰电子采购AI服务器约\**36亿元/u, story);
  assert.doesNotMatch(story, /可能上看/u, story);
  // The subscription still opens the lead.
  assert.match(story, /全资子公司将以\**2000万美元\**认购云岫智能H股/u, story);
});
