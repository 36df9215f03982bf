/**
 * Decision 190: a story or brief of a loan says the loan and its status (获得…贷款, 正洽谈…, 签署…贷款协议), never a bare
 * 举债 / 债务 figure; a raise its source says went through bonds is told as a bond issue, never a bare 融资. Fixtures
 * written for this test: test/fixtures/brief45.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('brief45');

test('a loan secured is said as a loan got', async () => {
  const md = await day('loan-en', '2026-12-06');
  assert.match(md, /获得\*{0,2}34亿美元\*{0,2}贷款/u, md);
  assert.doesNotMatch(md, /举债/u, md);
});

test('a loan in talks keeps its talks', async () => {
  const md = await day('talks-en', '2026-12-06');
  assert.match(md, /正洽谈[^。]*贷款/u, md);
  assert.doesNotMatch(md, /举债/u, md);
});

test('a signed loan agreement is said as signed', async () => {
  const md = await day('signed-en', '2026-12-06');
  assert.match(md, /签署\*{0,2}15亿美元\*{0,2}贷款协议/u, md);
});

test('a raise through a bond is a bond issue', async () => {
  const md = await day('bond-en', '2026-12-06');
  assert.match(md, /发行\*{0,2}600亿日元\*{0,2}债券/u, md);
  assert.doesNotMatch(md, /融资\*{0,2}600亿日元/u, md);
});
