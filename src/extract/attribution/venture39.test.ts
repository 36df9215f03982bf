/**
 * A venture two companies form together is theirs jointly (decision 145): 'X and Y agreed to form a joint venture …,
 * a project that could cost $6 billion' and 'A与B合资的C，计划投入…' give the amount to 'X + Y', not to the first
 * partner named; neither partner is then the other's counterparty. Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moneyFigures } from '../../../test/support/figures.js';

const money = moneyFigures;

test('a joint venture two companies form owns its cost jointly (English)', () => {
  const figs = money(
    'Harlow Systems Inc. and Ostrava Telecom Corp. agreed to form a joint venture to build a data center campus near Brno, a project that could cost about $6 billion, the companies said.',
  );
  assert.equal(figs[0]?.subject, 'Harlow Systems + Ostrava Telecom');
  // A company's own figure in the next sentence stays its own.
  const own = money('Harlow Systems and Ostrava Telecom agreed to form a joint venture. Harlow Systems reported revenue of $2.1 billion.');
  assert.equal(own[0]?.subject, 'Harlow Systems');
});

test('a venture formed by two partners (合资的…) spends jointly; no partner is the other one’s counterparty', () => {
  const figs = money('澜川科技与衡远智能合资的云岭智算，计划在云南投入约80亿元建设智算中心，首期约30亿元。');
  assert.equal(figs[0]?.subject, '澜川科技 + 衡远智能');
  assert.equal(figs[0]?.counterparty, undefined);
  assert.equal(figs[1]?.subject, '澜川科技 + 衡远智能');
  // Without a venture the two stay a buyer and its supplier.
  const deal = money('澜川科技与衡远智能签署采购协议，澜川科技拟向衡远智能采购约5亿元服务器。');
  assert.equal(deal.at(-1)?.subject, '澜川科技');
});

test('a venture the text names by no name of its own borrows for its partners together', () => {
  const figs = money(
    'Harlow Systems Inc. and Ostrava Telecom Corp. are in talks to form a joint venture to build a campus near Brno. The venture, which would be held 60% by Harlow Systems and 40% by Ostrava Telecom, could borrow as much as $4 billion from a group of banks.',
  );
  assert.equal(figs.at(-1)?.subject, 'Harlow Systems + Ostrava Telecom');
});

test('partners committing together name no receiver from another clause', () => {
  const figs = money(
    'Harlow Systems Inc. and Ostrava Telecom Corp. are expected to commit a combined $6 billion, while Brenner Labs is negotiating to rent capacity from Kestrel Cloud.',
  );
  assert.equal(figs[0]?.subject, 'Harlow Systems + Ostrava Telecom');
  assert.equal(figs[0]?.counterparty, undefined);
});
