import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateSource, withEstimator } from './estimate-source.js';

const zh = (n: string) => ({ 'Morgan Stanley': '摩根士丹利', Acme: 'Acme' })[n] ?? n;

test('an analyst named with the firm before the figure estimates it', () => {
  const s = 'Morgan Stanley analyst Jo Li raised his target, arguing that the backlog could reach $32 billion by May.';
  assert.equal(estimateSource(s, '$32 billion', 0, [{ name: 'Morgan Stanley', start: 0, end: 14 }], zh, '戴尔'), '摩根士丹利分析师预计，');
  assert.equal(estimateSource(s, '$32 billion', 7, [{ name: 'Morgan Stanley', start: 7, end: 21 }], zh, '戴尔'), '摩根士丹利分析师预计，');
});

test('analysts at a firm, and a firm with no Chinese name: 分析师', () => {
  const s = 'Analysts at Acme expect revenue to reach $5 billion.';
  assert.equal(estimateSource(s, '$5 billion', 0, [{ name: 'Acme', start: 12, end: 16 }], zh, 'Beta'), '分析师预计，');
});

test('industry people estimating a price are 业内人士', () => {
  const s = 'Industry sources estimate the next-generation module will sell for about $1,200 apiece.';
  assert.equal(estimateSource(s, 'about $1,200', 0, [], zh, 'X'), '业内人士预计，');
});

test("a company's own figure, or an analyst named after the figure, is no estimate", () => {
  assert.equal(estimateSource('Acme said revenue rose to $5 billion.', '$5 billion', 0, [], zh, 'Acme'), undefined);
  assert.equal(estimateSource('Revenue rose to $5 billion, above what analysts expected.', '$5 billion', 0, [], zh, 'Acme'), undefined);
  assert.equal(
    estimateSource(
      'Morgan Stanley analysts expect its own fees to reach $2 billion.',
      '$2 billion',
      0,
      [{ name: 'Morgan Stanley', start: 0, end: 14 }],
      zh,
      '摩根士丹利',
    ),
    undefined,
  );
});

test('the possibility is said once, by 预计', () => {
  assert.equal(withEstimator('分析师预计，', '戴尔在手订单或将增至320亿美元'), '分析师预计，戴尔在手订单将增至320亿美元');
});

test('an analyst saying a figure could be reached estimates it; saying a figure was reached does not', () => {
  const m = [{ name: 'Acme', start: 0, end: 4 }];
  assert.equal(
    estimateSource('Acme analyst Jo Li said the backlog could reach $9 billion.', '$9 billion', 0, m, zh, 'Beta'),
    '分析师预计，',
  );
  assert.equal(estimateSource('Acme analyst Jo Li said the backlog reached $9 billion.', '$9 billion', 0, m, zh, 'Beta'), undefined);
});

test("the analysts' expectation of one figure does not govern the company's act after it (decision 161, at the merge)", () => {
  const s = 'Acme posted EPS of $1.32, above the $1.25 analysts expected, and announced a $5 billion share buyback.';
  assert.equal(estimateSource(s, '$5 billion', 0, [], zh, 'Acme'), undefined);
  const t = 'Analysts expected a profit of $900 million; Acme instead approved a $2 billion buyback.';
  assert.equal(estimateSource(t, '$2 billion', 0, [], zh, 'Acme'), undefined);
});

test('a company act after the analysts’ words, with or without a comma, is the company’s (decision 161, at the merge)', () => {
  const s = 'Acme beat analyst estimates and announced a $10 billion buyback alongside its results.';
  assert.equal(estimateSource(s, '$10 billion', 0, [], zh, 'Acme'), undefined);
  const t = 'Analysts expected Acme to hold its payout, but the board authorized a $3 billion repurchase.';
  assert.equal(estimateSource(t, '$3 billion', 0, [], zh, 'Acme'), undefined);
});
