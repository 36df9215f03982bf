/**
 * The publishability check's 更多动态 forms (brief26): a flash (its title cut before the figure, the whole sentence
 * after it) says its title twice; a share move printed as a price level. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moveAsLevel, repeatsTitle } from './check.js';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-05-14\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const TOP = '## 某云厂商一季度营收翻倍\n\n某云厂商第一季度营收同比增长**124%**。\n\n来源：[财联社](https://www.cls.cn/detail/1)\n\n---\n\n';
const more = (...lines: string[]) =>
  `${TOP}## 更多动态\n\n${lines.map((l) => `- ${l}（来源：[路透社](https://www.reuters.com/x)）`).join('\n')}\n`;
const rules = (md: string) => checkDigest(`${FRONT}${md}`).map((p) => p.rule);

test('check: a flash line (title cut before its figure, the sentence after it) says its title twice', () => {
  const flash = '**某电商集团将向某实验室追加投资**：某电商集团将向某实验室追加投资最多**250亿美元**。';
  assert.ok(rules(more(flash)).includes('item-repeats-headline'));
  assert.equal(repeatsTitle(`- ${flash}`, '某电商集团将向某实验室追加投资'), true);
  // The same news as one plain sentence, or a title the sentence goes beyond, stands.
  assert.ok(!rules(more('某电商集团将向某实验室追加投资最多**250亿美元**。')).includes('item-repeats-headline'));
  const beyond = '**某电商集团追加投资某实验室**：双方还将合作建设数据中心。';
  assert.ok(!rules(more(beyond)).includes('item-repeats-headline'));
});

test('check: a share move printed as the level its price reached is refused; the move itself stands', () => {
  assert.ok(rules(more('据路透社报道，某芯片公司股价增至8%。')).includes('share-move-as-level'));
  assert.equal(moveAsLevel('某芯片公司股价盘后为**5.2%**。'), '股价盘后为5.2%');
  assert.equal(moveAsLevel('某芯片公司股价盘后下跌8%，市值蒸发约200亿美元。'), undefined);
  assert.equal(moveAsLevel('某芯片公司股价涨幅为8%。'), undefined);
  assert.ok(!rules(more('某芯片公司股价盘后下跌8%。')).includes('share-move-as-level'));
});
