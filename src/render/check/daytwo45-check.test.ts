/**
 * Decision 186: a settled line saying which way the company's final figure came in from the earlier report
 * (`…公司披露为**X**，高于此前报道。`) is a comparison as the plain settled line is: the earlier value it names is set
 * beside today's on purpose, no figure told again and no dispute unshown. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const front = (day: string) => `---\ntitle: 某日AI动态\ndate: ${day}\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n`;
const story = (headline: string, paragraphs: string[], n: number) =>
  `## ${headline}\n\n${paragraphs.join('\n\n')}\n\n来源：[证券时报](https://www.stcn.com/article/detail/${n}.html)\n\n---\n\n`;

test('check: a settled line with its direction is a comparison, not the earlier figure told again', () => {
  const dayOne =
    front('2026-12-14') + story('传某模型公司洽谈融资', ['据知情人士透露，某模型公司正洽谈新一轮融资，投后估值**约300亿元**。'], 1);
  const today = (settled: string) =>
    front('2026-12-16') + story('某模型公司完成新一轮融资', ['某模型公司宣布完成新一轮融资，投后估值**260亿元**。', settled], 2);
  const rules = (md: string) => checkDigest(md, { earlierDigests: [dayOne], claims: [] }).map((p) => p.rule);
  const plain = '36氪此前报道某模型公司投后估值约为**300亿元**，公司披露为**260亿元**。';
  assert.deepEqual(rules(today(plain)), []);
  assert.deepEqual(rules(today(plain.replace(/。$/u, '，低于此前报道。'))), []);
});
