/**
 * The publishability check's 更多动态 rules (oneliner25): a line with nothing after its bold title, a line saying its
 * title again in other words, a collective noun (四大巨头, 大厂) owning one figure. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bareTitle, collectiveOwner } from './check.js';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-05-14\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const TOP = '## 某云厂商一季度营收翻倍\n\n某云厂商第一季度营收同比增长**124%**。\n\n来源：[财联社](https://www.cls.cn/detail/1)\n\n---\n\n';
const more = (...lines: string[]) =>
  `${TOP}## 更多动态\n\n${lines.map((l) => `- ${l}（来源：[路透社](https://www.reuters.com/x)）`).join('\n')}\n`;
const rules = (md: string) => checkDigest(`${FRONT}${md}`).map((p) => p.rule);

test('check: a 更多动态 title stating a figure with nothing after it is refused; one with a sentence, or an event title, stands', () => {
  assert.ok(rules(more('**某芯片公司明年将上调价格5%至8%**')).includes('more-empty'));
  assert.ok(!rules(more('**某芯片公司明年将上调价格5%至8%**：公司称先进制程需求旺盛。')).includes('more-empty'));
  // An event title without a figure is a flash.
  assert.ok(!rules(more('**某实验室开源代码模型**')).includes('more-empty'));
  assert.equal(bareTitle('- **Lumen Labs开源代码模型**'), true);
  assert.equal(bareTitle('- **关键数据：** 营收**12亿元**'), false);
});

test('check: a 更多动态 line saying its title again in other words is refused', () => {
  const again = '**某芯片公司预计第四财季营收86亿美元**：据路透社报道，某芯片公司预计第四财季营收为**86亿美元**。';
  assert.ok(rules(more(again)).includes('item-repeats-headline'));
  const beyond = '**某芯片公司预计第四财季营收86亿美元**：公司第三财季营收增长**38%**至**78亿美元**。';
  assert.ok(!rules(more(beyond)).includes('item-repeats-headline'));
});

test('check: a collective noun owning one figure in a 更多动态 line is refused; a combined figure stands', () => {
  assert.ok(rules(more('**四大巨头资本开支降至500亿美元**：据路透社报道，某公司本季度资本开支为500亿美元。')).includes('collective-owner'));
  assert.ok(rules(more('**某公司上调资本开支**：科技巨头的资本开支达**350亿美元**。')).includes('collective-owner'));
  assert.ok(!rules(more('**四大巨头资本开支合计超6000亿美元**：四家公司均上调全年指引。')).includes('collective-owner'));
  assert.ok(!rules(more('**某公司上调资本开支**：公司本季度资本开支为**350亿美元**，高于其他大厂。')).includes('collective-owner'));
  assert.equal(collectiveOwner('**国内大厂加码算力**：多家公司宣布扩建数据中心。'), undefined);
  assert.equal(collectiveOwner('**Big Tech capex hits $400 billion**'), 'Big Tech');
});
