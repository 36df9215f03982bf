/**
 * The check's `headline-trimmed-untold` (decision 107): a head that is its source's title with clauses dropped is read
 * whole, every clause by what it says beyond its companies' names, the opening one too. Hand-written digests (invented
 * companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-11-20\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const URL = 'https://www.cls.cn/detail/7100001';
const story = (headline: string, body: string) => `${FRONT}## ${headline}\n\n${body}\n\n来源：[财联社](${URL})\n\n---\n\n`;
const rules = (md: string, title: string) =>
  checkDigest(md, { sourceTitles: new Map([[URL, title]]), names: (s) => [s] }).map((p) => p.rule);
const TITLE = '澜芯科技股价涨停，存储芯片涨势延续';

test('a head cut from its title whose clause left the body never tells is flagged', () => {
  // The share move went with its clause; the rally the rest names is in no sentence (only the sector's name is).
  const body = '澜芯科技今日公告，DDR5存储芯片合约价格本月上调15%。';
  assert.ok(rules(story('存储芯片涨势延续', body), TITLE).includes('headline-trimmed-untold'));
});

test('a cut head its body tells, or a whole title, is not', () => {
  const told = '澜芯科技今日公告，DDR5存储芯片合约价格本月上调15%。板块个股涨势延续，多股连续第三日上涨。';
  assert.ok(!rules(story('存储芯片涨势延续', told), TITLE).includes('headline-trimmed-untold'));
  // The title printed whole is `headline-clause-untold`'s to read, never this rule's.
  const whole = '澜芯科技今日公告，DDR5存储芯片合约价格本月上调15%，公司股价涨停。';
  assert.ok(!rules(story(TITLE, whole), TITLE).includes('headline-trimmed-untold'));
});
