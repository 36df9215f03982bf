/**
 * Decision 092: a results, funding or broker story tells its event's second fact when one of its sources holds it — the
 * profit beat beside a guidance raise (read past a currency conversion and the quarter's end date), the valuation and the
 * lead investor of a round from whichever outlet of the story gives them. Fixtures written for this test:
 * test/fixtures/second32.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('second32');

test('a guidance raise goes on with the quarter’s profit and its beat against estimates', async () => {
  const md = await day('results', '2026-11-12');
  // The raise with the value before it…
  assert.match(md, /上调全年营收增速指引至\*\*5%至6%\*\*（此前为\*\*4%至5%\*\*）/u, md);
  // …then the second fact: the profit, and how it stands against the analysts' estimate (past `($357 million) in the
  // quarter ended Sept. 30,`).
  assert.match(md, /利润为?\*\*314亿卢比\*\*，高于市场预期的302亿卢比/u, md);
  // The profit is no second value of itself in dollars.
  assert.doesNotMatch(md, /3\.57亿美元/u, md);
});

test('a round tells its lead investor and its valuation, each from the outlet that gives it', async () => {
  const md = await day('round', '2026-11-03');
  const story = md.slice(md.indexOf('## '), md.indexOf('来源：'));
  assert.match(story, /估值达到\*\*30亿元\*\*/u, md);
  assert.match(story, /由云杉资本领投/u, md);
});

test('a round’s other leg (the investee buys from its investor as the round’s condition) is told right after the round', async () => {
  const md = await day('loop', '2026-11-05');
  const story = md.slice(md.indexOf('## '), md.indexOf('来源：'));
  const round = story.indexOf('B轮融资');
  const leg = story.indexOf('作为本轮融资的条件');
  assert.ok(round >= 0 && leg > round, md);
  // Right after the round: no other figure between them.
  assert.doesNotMatch(story.slice(round, leg), /年化收入/u, md);
});

test('a purchase told as the round’s condition is never printed when no source tells the round', async () => {
  const md = await day('loop-alone', '2026-11-05');
  assert.doesNotMatch(md, /融资的条件/u, md);
});
