/** The check's `headline-comma` (issue 11, docs/decisions/067): a comma right after a headline's subject. Hand-written digests. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-11-12\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, body: string) => `## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/1)\n\n---\n\n`;
const rules = (headline: string, body: string) => checkDigest(`${FRONT}${story(headline, body)}`).map((p) => p.rule);

test('check: a comma right after the subject is refused; a clause before the subject, or a list, is not', () => {
  const body = '英伟达宣布斥资**50亿美元**入股英特尔，双方将合作开发数据中心芯片。';
  assert.ok(rules('英伟达，斥资50亿美元入股英特尔', body).includes('headline-comma'));
  assert.ok(!rules('英伟达斥资50亿美元入股英特尔', body).includes('headline-comma'));
  assert.ok(!rules('英伟达，英特尔宣布合作开发数据中心芯片', body).includes('headline-comma'));
});
