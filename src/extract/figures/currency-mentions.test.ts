/** Currency names without an amount: found outside figures, never ordinary words. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractCurrencyMentions, extractFigures } from './index.js';

function mentions(text: string): [string, string][] {
  return extractCurrencyMentions(text).map((m) => {
    assert.equal(m.text, text.slice(m.start, m.end));
    return [m.text, m.currency];
  });
}

test('currency mentions: bare names next to and between amounts', () => {
  assert.deepEqual(mentions('50 dollar rmb'), [['rmb', 'CNY']]);
  assert.deepEqual(mentions('50 dollar dollar'), [['dollar', 'USD']]);
  assert.deepEqual(mentions('a small cost in a multibillion - dollar deal'), [['dollar', 'USD']]);
  assert.deepEqual(mentions('The US dollar rose against the yen'), [
    ['US dollar', 'USD'],
    ['yen', 'JPY'],
  ]);
});

test('currency mentions: Chinese names, longest first, also glued together', () => {
  assert.deepEqual(mentions('人民币美元'), [
    ['人民币', 'CNY'],
    ['美元', 'USD'],
  ]);
  assert.deepEqual(mentions('人民币兑美元汇率升至7.1，港币走弱'), [
    ['人民币', 'CNY'],
    ['美元', 'USD'],
    ['港币', 'HKD'],
  ]);
});

test('currency mentions: nothing inside an amount, nothing from ordinary words', () => {
  assert.deepEqual(mentions('Microsoft will invest $80 billion, or 80 billion dollars'), []);
  assert.deepEqual(mentions('英伟达投资50亿美元'), []);
  for (const t of ['he won the race', 'a pound of flour', '元旦假期', '一块蛋糕', 'the 50 cents coin', 'marks and grades', 'Sen. Warren']) {
    assert.deepEqual(mentions(t), [], t);
  }
});

test('currency mentions: uses the figures it is given and scales to long text', () => {
  const text = 'the dollar and $5 and the euro. '.repeat(20_000);
  const figs = extractFigures(text);
  const ms = extractCurrencyMentions(text, figs);
  assert.equal(figs.length, 20_000);
  assert.equal(ms.length, 40_000);
  assert.ok(ms.every((m, k) => k === 0 || (ms[k - 1]?.end ?? 0) <= m.start));
});
