/**
 * Decision 127: a built head of a monthly flow keeps the month its sentence names (澄芯科技8月营收…); a point figure
 * (a backlog, a valuation) and a month the sentence does not name print none. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headMonth } from './head-month.js';

test('a monthly revenue, deliveries or profit keeps its month (Chinese and English)', () => {
  assert.equal(headMonth('2026-08', 'revenue', '澄芯科技昨日公布8月营收新台币318.6亿元，环比增长2.3%。'), '8月');
  assert.equal(headMonth('2026-10', 'revenue', '蓝岸电子十月份合并营收为新台币95亿元。'), '10月');
  assert.equal(headMonth('2026-08', 'revenue', 'Corvane said August revenue rose 12% to NT$41.2 billion.'), '8月');
});

test('a point figure, a balance, a cumulative or a guessed month prints none', () => {
  assert.equal(headMonth('2026-09', 'valuation', '澄芯科技9月完成新一轮融资，估值约200亿元。'), undefined);
  assert.equal(headMonth('2026-09', 'revenue', '截至9月底，公司在手订单约1300亿元。'), undefined);
  assert.equal(headMonth('2026-08', 'revenue', '前8月累计营收新台币3980亿元。'), undefined);
  assert.equal(headMonth('2026-08', 'revenue', '公司上周公布营收新台币512亿元。'), undefined);
  assert.equal(headMonth('2026', 'revenue', '公司8月营收新台币512亿元。'), undefined);
});
