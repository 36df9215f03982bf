/**
 * The publishability check's compose23 rules: a 更多动态 line saying its own title again, a comparison naming one outlet
 * on both sides, a paragraph whose last sentence lost its period. Fixtures are hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-09-15\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, body: string, n: number) =>
  `## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/${n})\n\n---\n\n`;
const more = (line: string) => `## 更多动态\n\n- ${line}（来源：[财联社](https://www.cls.cn/detail/9)）\n`;
const rules = (md: string) => checkDigest(`${FRONT}${md}`).map((p) => p.rule);

test('check: a 更多动态 line whose first sentence is its own title again is refused; a line saying more stands', () => {
  const lead = story('某芯片公司发布新一代加速卡', '某芯片公司今日发布新一代加速卡，算力较上一代提升一倍。', 1);
  assert.ok(
    rules(lead + more('**某软件公司获某证券维持买入评级**：某软件公司获某证券维持买入评级，目标价由172元上调至186元。')).includes(
      'item-repeats-headline',
    ),
  );
  assert.ok(
    rules(lead + more('**某云厂商获得220亿美元过桥贷款**：据某报道，某云厂商获得220亿美元过桥贷款。')).includes('item-repeats-headline'),
  );
  // A follow-up's （续报） is no part of what the title says.
  assert.ok(
    rules(lead + more('**某算力公司港股IPO募资62亿港元（续报）**：据某社报道，某算力公司港股IPO募资62亿港元。')).includes(
      'item-repeats-headline',
    ),
  );
  assert.ok(
    !rules(lead + more('**某软件公司获某证券维持买入评级**：某证券维持某软件公司买入评级，目标价由172元上调至186元。')).includes(
      'item-repeats-headline',
    ),
  );
  assert.ok(!rules(lead + more('**某云厂商获得220亿美元过桥贷款**：贷款期限一年，由三家银行提供。')).includes('item-repeats-headline'));
});

test('check: a comparison with an earlier report naming one outlet on both sides is refused', () => {
  const twice = story(
    '某模型公司完成新一轮融资',
    '某模型公司完成新一轮融资，投后估值约182亿美元。\n\n与此前报道对比：某财经曾称某模型公司估值约为**180亿美元**，某财经、某日报称**182亿美元**。',
    1,
  );
  assert.ok(rules(twice).includes('source-twice'));
  const apart = story(
    '某模型公司完成新一轮融资',
    '某模型公司完成新一轮融资，投后估值约200亿美元。\n\n与此前报道对比：某财经曾称某模型公司估值约为**180亿美元**，某日报称**200亿美元**。',
    1,
  );
  assert.ok(!rules(apart).includes('source-twice'));
});

test('check: a body paragraph ending without 。！？ is refused; a closed one, a source line and a label stand', () => {
  const cut = story('某芯片公司第二财季营收创新高', '某芯片公司预计第二财季营收约205亿美元，AI半导体收入102亿美元，环比增长约19%', 1);
  assert.ok(rules(cut).includes('unterminated-sentence'));
  const whole = story(
    '某芯片公司第二财季营收创新高',
    '某芯片公司预计第二财季营收约205亿美元，AI半导体收入102亿美元，环比增长约19%。\n\n**关键数据：**\n\n- 营收：205亿美元',
    1,
  );
  assert.ok(!rules(whole).includes('unterminated-sentence'));
});
