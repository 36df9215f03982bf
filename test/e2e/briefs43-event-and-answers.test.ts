/**
 * Decision 175: a rumoured round whose lead party and later-named investor both declined to comment says so in one
 * sentence after them, and its source's two notes (terms could change, talks could fail); a brief of a board's approval
 * of a spending figure names the approval. Fixtures written for this test: test/fixtures/briefs43.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('briefs43');

test("a lead party's and a later-named party's no-comments are one sentence; both notes are told", async () => {
  const md = await day('join-en', '2026-12-06');
  assert.match(md, /Perplexity和赛富时均拒绝置评。/u, md);
  assert.doesNotMatch(md, /Perplexity拒绝置评。/u, md);
  assert.match(md, /知情人士称，相关条款仍可能变化，谈判仍可能无果。/u, md);
});

test("a board's approval of a spending figure is said with the figure", async () => {
  const md = await day('board-en', '2026-12-06');
  assert.match(md, /董事会批准[^。]*120亿美元/u, md);
  assert.doesNotMatch(md, /资本预算为/u, md);
});
