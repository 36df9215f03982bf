/**
 * Decision 141: an investment told by its giver and amount only (`甲投资9亿美元。` — in what?) is not printed as a
 * sentence of the story, nor therefore as its 更多动态 line's text. Fixtures written for this test: test/fixtures/rank39.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('rank39');

test("a stake bought in a venture is never told as the buyer's bare investment", async () => {
  const md = await day('order-stake', '2026-12-05');
  const body = md.slice(md.indexOf('## '));
  // The order is told; the stake's cheque, whose sentence names no receiver, is not said as a bare investment.
  assert.match(body, /G42将向高通采购\*\*约60亿美元\*\*/u, body);
  assert.doesNotMatch(body, /高通(?:将)?投资\*\*9亿美元\*\*。/u, body);
});
