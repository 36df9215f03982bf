/**
 * The check's `headline-trimmed-untold` (decision 107): a head that is its source's title with clauses dropped is read
 * whole, every clause by what it says beyond its companies' names, the opening one too. Hand-written digests (invented
 * companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DealEdge } from '../../types/index.js';
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

const money = (text: string, value: number) =>
  ({ text, start: 0, end: text.length, kind: 'money', value, currency: 'CNY', qualifier: 'exact' }) as const;
const edge = (from: string, to: string, kind: DealEdge['kind'], text: string, value: number): DealEdge => ({
  from,
  to,
  kind,
  amount: money(text, value),
  itemId: 'it_1',
  source: 's',
  sentence: '',
});
const NAMES: Record<string, string[]> = { Xingheng: ['星衡智算'], Lanxin: ['澜芯科技'] };
const dealRules = (headline: string, deals: DealEdge[]) =>
  checkDigest(story(headline, '星衡智算今年前三季度向澜芯科技采购加速卡约32亿元。澜芯科技在B轮融资时曾投资星衡智算8亿元。'), {
    deals,
    names: (s) => NAMES[s] ?? [s],
  }).map((p) => p.rule);

test('a head whose verb makes a capacity purchase an investment, or the payee the payer, is flagged', () => {
  const purchase = edge('Xingheng', 'Lanxin', 'purchase', '32亿元', 3.2e9);
  const invest = edge('Lanxin', 'Xingheng', 'invest', '8亿元', 8e8);
  assert.ok(dealRules('澜芯科技向星衡智算投资32亿元', [purchase, invest]).includes('headline-deal-direction'));
  assert.ok(dealRules('星衡智算向澜芯科技投资8亿元', [purchase, invest]).includes('headline-deal-direction'));
  // The edge's own direction and kind pass, a receiving verb read as the payee's.
  assert.ok(!dealRules('星衡智算向澜芯科技采购32亿元加速卡', [purchase, invest]).includes('headline-deal-direction'));
  assert.ok(!dealRules('星衡智算获澜芯科技投资8亿元', [purchase, invest]).includes('headline-deal-direction'));
  assert.ok(!dealRules('澜芯科技获星衡智算32亿元订单', [purchase, invest]).includes('headline-deal-direction'));
});
