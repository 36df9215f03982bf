/**
 * The publishability check's compose24 rules: a comparison of values the story's body never prints, a comparison with
 * an earlier report no outlet is named for, a 更多动态 line citing the outlet its 来源 names. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-05-14\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, paragraphs: string[], n: number) =>
  `## ${headline}\n\n${paragraphs.join('\n\n')}\n\n来源：[财联社](https://www.cls.cn/detail/${n})\n\n---\n\n`;
const rules = (md: string) => checkDigest(`${FRONT}${md}`).map((p) => p.rule);

test('check: a comparison whose values the story body never prints is refused; one about the story’s own figure stands', () => {
  const market = '算力硬件股午后全线拉升，某光模块公司大涨**12.6%**，某服务器厂商涨**5.4%**。';
  const away = '与此前报道对比：甲媒体曾称某云厂商第一季度资本开支为**201.4亿元**，乙媒体称**约180亿元**。';
  assert.ok(rules(story('算力硬件股午后集体拉升', [market, away], 1)).includes('comparison-unprinted'));
  const dispute = '某云厂商第一季度亏损各方说法不一：甲媒体称**3.86亿美元**，乙媒体称**4.12亿美元**。';
  assert.ok(rules(story('算力硬件股午后集体拉升', [market, dispute], 2)).includes('comparison-unprinted'));
  const own = '某云厂商第一季度营收同比增长**124%**，净亏损扩大至**4.12亿美元**。';
  assert.ok(!rules(story('某云厂商一季度营收翻倍', [own, dispute], 3)).includes('comparison-unprinted'));
  // A dispute about the measure the body tells (its subject and measure word), with other outlets' values, stands.
  const capex = '据某社统计，四家云厂商2026年资本开支合计**约4100亿美元**。';
  const others = '四家云厂商2026年资本开支说法不一：甲媒体称**超过4000亿美元**，乙媒体称**约3800亿美元**。';
  assert.ok(!rules(story('四家云厂商资本开支约4100亿美元', [capex, others], 6)).includes('comparison-unprinted'));
  // Each story is read on its own: the figure printed by the story before does not count.
  assert.ok(
    rules(story('某云厂商一季度营收翻倍', [own], 4) + story('算力硬件股午后集体拉升', [market, dispute], 5)).includes(
      'comparison-unprinted',
    ),
  );
});

test('check: an earlier report named 另一来源 is refused', () => {
  const lead = '某数据库公司第一财季营业利润**1.128亿美元**，高于市场预期。';
  const unnamed = '与此前报道对比：另一来源曾称某数据库公司第一财季营业利润为**1.082亿美元**，乙媒体称**1.128亿美元**。';
  const named = '与此前报道对比：甲媒体曾称某数据库公司第一财季营业利润为**1.082亿美元**，乙媒体称**1.128亿美元**。';
  assert.ok(rules(story('某数据库公司业绩超预期', [lead, unnamed], 1)).includes('comparison-unnamed'));
  assert.ok(!rules(story('某数据库公司业绩超预期', [lead, named], 1)).includes('comparison-unnamed'));
});

test('check: a 更多动态 line citing the outlet its 来源 names is refused; another outlet’s citation stands', () => {
  const lead = story('某芯片公司发布新一代加速卡', ['某芯片公司今日发布新一代加速卡，算力较上一代提升一倍。'], 1);
  const more = (line: string) => `## 更多动态\n\n- ${line}（来源：[36氪](https://36kr.com/p/9)）\n`;
  assert.ok(
    rules(lead + more('**某推理芯片公司完成D轮融资**：据36氪报道，某推理芯片公司近日完成6亿美元D轮融资，由某基金领投。')).includes(
      'citation-twice',
    ),
  );
  assert.ok(
    !rules(lead + more('**某推理芯片公司完成D轮融资**：据路透社报道，某推理芯片公司近日完成6亿美元D轮融资，由某基金领投。')).includes(
      'citation-twice',
    ),
  );
  assert.ok(
    !rules(lead + more('**某推理芯片公司完成D轮融资**：某推理芯片公司近日完成6亿美元D轮融资，由某基金领投。')).includes('citation-twice'),
  );
});
