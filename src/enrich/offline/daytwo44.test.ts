/**
 * Decision 181: a day two's "seen" figures are what an earlier digest printed of the same measure. A level and its change
 * are one measure told two ways (decision 129's twin), but two levels of one measure are two figures: an EPS is not the
 * net profit a digest printed yesterday, and a follow-up that prints the EPS for the first time tells news. Items written
 * for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { printedItemFigures } from '../../render/index.js';
import { twinRan } from './engine.js';

const DAY_ONE = {
  title: 'Halvard Systems Q3 net income rises to $2.4 billion',
  url: 'https://www.example-wire.com/halvard-q3',
  date: '2026-11-20',
  text: 'Halvard Systems reported third-quarter net income of $2.4 billion on Thursday. Shares fell 4% after hours to $88.50.',
};

const DAY_TWO = {
  title: '哈尔瓦德系统第三季度净利润24亿美元',
  url: 'https://www.example-news.cn/a/halvard-q3',
  date: '2026-11-21',
  text: '哈尔瓦德系统第三季度净利润24亿美元，调整后每股收益1.35美元，高于市场预期。公司股价盘后一度下跌4%，报88.5美元。',
};

/** Yesterday's digest printed the net profit and the share move, not the per-share price. */
const YESTERDAY = `## 哈尔瓦德系统第三季度净利润24亿美元

据路透社报道，哈尔瓦德系统第三季度净利润为**24亿美元**，股价盘后下跌**4%**。

来源：[路透社](${DAY_ONE.url})
`;

function setUp() {
  const one = makeItem(DAY_ONE);
  const two = makeItem(DAY_TWO);
  const f1 = extractFigures(one.text);
  const f2 = extractFigures(two.text);
  const earlierPrinted = Object.fromEntries(printedItemFigures([one], [YESTERDAY]));
  const netProfit = single('哈尔瓦德系统', 'profit', '2026-Q3', [statement(one, f1, 2.4e9), statement(two, f2, 2.4e9)]);
  const eps = { ...single('哈尔瓦德系统', 'profit', '2026-Q3', [statement(two, f2, 1.35)]), unit: 'per share' as const, basis: 'adjusted' };
  const move = single('哈尔瓦德系统', 'share-price', '2026-11-20', [statement(one, f1, 4), statement(two, f2, 4)]);
  const price = { ...single('哈尔瓦德系统', 'share-price', '2026-11-20', [statement(two, f2, 88.5)]), unit: 'per share' as const };
  const bundle = { claims: [netProfit, eps, move, price], earlier: [{ day: DAY_ONE.date, items: [one] }], earlierPrinted };
  return { bundle, eps, price };
}

test('an EPS is no twin of the net profit printed the day before: two levels of one measure, the EPS never printed', () => {
  const { bundle, eps } = setUp();
  assert.equal(twinRan(bundle, { claim: eps }), false);
});

test('a share price is still the twin of the share move printed (a level and its change, told in another kind)', () => {
  const { bundle, price } = setUp();
  assert.equal(twinRan(bundle, { claim: price }), true);
});
