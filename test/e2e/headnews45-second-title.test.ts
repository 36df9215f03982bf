/**
 * Decision 191: a second source's title item the story's body leaves out (its data-centre expansion) is told by that
 * source's own sentence after the lead. Fixtures written for this test: test/fixtures/headnews45.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('headnews45');

test("a second source's title item is told in the story", async () => {
  const md = await day('second-title', '2026-11-12');
  const story = md.slice(md.indexOf('## '), md.indexOf('来源：'));
  assert.match(story, /乌兰察布智算中心二期已于10月完成扩容/u, md);
  assert.equal(story.match(/乌兰察布/gu)?.length, 1, md);
});
