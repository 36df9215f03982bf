/** The publishability check's compose9 rules: touching bold spans, a Latin name run into a year, a quotation without its speaker. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT =
  '---\ntitle: 某公司完成新一轮融资\ndate: 2026-09-15\ncategory: AI 日报\n---\n\n# 某公司完成新一轮融资\n\n## 某公司完成新一轮融资\n\n';
const SRC = '\n\n来源：[财联社](https://www.cls.cn/detail/1)\n';
const rules = (body: string) => checkDigest(`${FRONT}${body}${SRC}`).map((p) => p.rule);

test('check: two bold spans that touch are refused', () => {
  assert.ok(rules('某公司投后估值较上一轮的**1130亿美元****翻倍**有余。').includes('adjacent-bold'));
  assert.ok(!rules('某公司投后估值较上一轮的**1130亿美元翻倍**有余。').includes('adjacent-bold'));
});

test('check: a Latin name run into a year is refused; a model name is not', () => {
  assert.ok(rules('据路透社报道，Sarvam AI2027至2029年估值最多5亿美元。').includes('name-glued-year'));
  assert.ok(!rules('据路透社报道，Sarvam AI 2027至2029年估值最多5亿美元。').includes('name-glued-year'));
  assert.ok(!rules('英伟达GB300本季度开始出货。').includes('name-glued-year'));
});

test('check: a quotation printed without its speaker is refused; with its speaker after it, it stands', () => {
  const bare = '某电网8日表示，今年将投入逾800亿元强化电网。“800亿元只是起点。”工业电价4月起上调约5%。';
  assert.ok(rules(bare).includes('unattributed-quote'));
  const said = '某电网8日表示，今年将投入逾800亿元强化电网。“800亿元只是起点。”某电网负责人坦言，用电需求仍在攀升。';
  assert.ok(!rules(said).includes('unattributed-quote'));
  assert.ok(!rules('“800亿元只是起点，”某电网负责人说。').includes('unattributed-quote'));
});
