/**
 * Decision 180: a funding story printing the round and the contract paying its lead investor back says the loop its
 * source draws right after the contract, in the source's words. Fixture written for this test: test/fixtures/ties44.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('ties44');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('the money flowing back its source draws after the contract is said in the story', async () => {
  const story = storyOf(await day('round-loop', '2026-12-06'));
  assert.match(story, /算力采购协议。这意味着阿里巴巴投入的资金中，相当一部分将以算力服务费的形式回流至阿里巴巴。/u, story);
});
