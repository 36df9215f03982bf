/** The publishability check's compose11 rules: one event told by two stories, a sentence leaning on an unprinted time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-09-15\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, body: string, n: number) =>
  `## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/${n})\n\n---\n\n`;
const rules = (md: string) => checkDigest(`${FRONT}${md}`).map((p) => p.rule);

test('check: two stories of one company with the same amount in their headlines are one event told twice', () => {
  const twice =
    story('智谱完成约10亿元新一轮融资', '智谱已完成新一轮约10亿元融资，由某产业基金领投。', 1) +
    story('智谱又融了10亿元，新模型同步开源', '智谱本轮融资后估值超过300亿元。', 2);
  assert.ok(rules(twice).includes('same-event-twice'));
  // Another amount of the same company, or the same amount of another company, is other news.
  const other =
    story('智谱完成约10亿元新一轮融资', '智谱已完成新一轮约10亿元融资，由某产业基金领投。', 1) +
    story('智谱API价格下调50%，新模型同步开源', '智谱宣布旗舰模型API价格下调50%。', 2);
  assert.ok(!rules(other).includes('same-event-twice'));
  const two =
    story('智谱完成约10亿元新一轮融资', '智谱已完成新一轮约10亿元融资，由某产业基金领投。', 1) +
    story('月之暗面完成10亿元融资', '月之暗面已完成10亿元融资。', 2);
  assert.ok(!rules(two).includes('same-event-twice'));
});

test('check: a time counted from a moment no sentence before it dates is refused; a dated one stands', () => {
  const dangling = story(
    '某算力公司今日招股',
    '某算力公司今日起招股，拟募资50亿港元，成为今年第三大科技新股。\n\n两年多以后，某芯片商成了它唯一的加速卡供应商。',
    1,
  );
  assert.ok(rules(dangling).includes('dangling-time'));
  const inline = story('某算力公司今日招股', '某算力公司今日起招股，拟募资50亿港元。一年多以后，某芯片商成了它唯一的供应商。', 1);
  assert.ok(rules(inline).includes('dangling-time'));
  const dated = story(
    '某算力公司今日招股',
    '某算力公司今日起招股，拟募资50亿港元。2024年6月，某芯片商领投其B轮融资。一年多以后，该芯片商成了它唯一的供应商。',
    1,
  );
  assert.ok(!rules(dated).includes('dangling-time'));
  const english = story('某算力公司今日招股', '某算力公司今日起招股。Two years later, the chipmaker became its only supplier.', 1);
  assert.ok(rules(english).includes('dangling-time'));
});

test('check: a lead opening on a bare amount and a comma (a kicker) is refused', () => {
  const kicker = story('某公司完成6亿美元融资', '6亿美元，某基金领投，投后估值来到55亿美元。', 1);
  assert.ok(rules(kicker).includes('dependent-opening'));
  const plain = story('某公司完成6亿美元融资', '某公司完成6亿美元融资，某基金领投。', 1);
  assert.ok(!rules(plain).includes('dependent-opening'));
});
