/**
 * Decision 184: an English market wrap whose move holds no company's claim to lead with is no longer left out of the
 * digest: its 更多动态 line tells the cause its lead names, the market's move, its indexes and named movers. Fixtures
 * written for this test: test/fixtures/wrap44.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('wrap44');

test("a wire's tariff wrap is told as a line of its cause, indexes and movers, under the day's own story", async () => {
  const md = await day('tariff-wrap', '2026-12-09');
  const body = md.slice(md.indexOf('## '));
  const more = body.slice(body.indexOf('## 更多动态'));
  assert.ok(body.indexOf('## 更多动态') > 0, body);
  // The move and its cause are the bold head, like the day's other briefs; the indexes and movers follow.
  assert.match(
    more,
    /- \*\*受美国芯片关税消息影响，美国芯片股下跌\*\*：(?:据[^，]+报道，)?费城半导体指数跌4\.1%，纳斯达克综合指数跌1\.6%/u,
    body,
  );
  assert.match(more, /迈威尔跌6\.2%/u, body);
  // The round stays the day's story; the wrap is no top story.
  assert.match(body.slice(0, body.indexOf('## 更多动态')), /澜芯智算/u, body);
  assert.doesNotMatch(body.slice(0, body.indexOf('## 更多动态')), /费城半导体指数/u, body);
});
