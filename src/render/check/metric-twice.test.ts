/**
 * The check's `metric-twice` (decision 120): a line printing two different values for one measure of one company and
 * period (an acquisition price or a product's ARR printed as a second 营收) is flagged; a segment's, another period's,
 * an estimate's or a restatement's value is not. Hand-written digests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';
import { measureTwice } from './metric-twice.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-11-20\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const URL = 'https://www.cls.cn/detail/7100002';
const story = (headline: string, body: string) => `${FRONT}## ${headline}\n\n${body}\n\n来源：[财联社](${URL})\n\n---\n\n`;

test('two different 营收 values of one company and period on a line are flagged', () => {
  const bad = '星桥软件第三季度营收**19亿美元**，同比增长**12%**。公司支出**4.2亿美元**，营收**3亿美元**。';
  assert.equal(measureTwice(bad), '营收 19亿美元 / 3亿美元');
  const rules = checkDigest(story('星桥软件第三季度营收19亿美元', bad)).map((p) => p.rule);
  assert.ok(rules.includes('metric-twice'), rules.join(','));
  assert.ok(measureTwice('星桥软件第三季度实现营业收入**19亿美元**；公司营业收入**21亿美元**。'));
});

test('a segment, another period, an estimate, a prior year or a restatement is no second value', () => {
  const fine = [
    '星桥第三季度营收**19亿美元**，云业务营收**3亿美元**。',
    '星桥第三季度营收**19亿美元**，第四季度营收**21亿美元**。',
    '星桥第三季度营收**19亿美元**，高于市场预期的营收**18亿美元**。',
    '星桥第三季度营收**19亿美元**，去年同期营收**15亿美元**。',
    '星桥第三季度营收**19亿美元**（约合营收**137亿元**）。',
    '星桥第三季度实现营业收入**112亿元**，同比增长**12.9%**。前三季度，公司营收**312亿元**。',
    '星桥第三季度营收**19亿美元**，Tallyflow年化经常性收入突破**3亿美元**。',
  ];
  for (const line of fine) assert.equal(measureTwice(line), undefined, line);
  const good = checkDigest(story('星桥软件第三季度营收19亿美元', fine[0] as string)).map((p) => p.rule);
  assert.ok(!good.includes('metric-twice'));
});
