/**
 * Twenty-eighth session (lead): a story's lead never opens on a topic or a contrast with a sentence not printed
 * (补贴之外，／资本开支方面，): the check reads it as the engine's head-first order does (TOPIC_OPENING). Digests written
 * for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const digest = (lead: string) =>
  `---\ntitle: 上海算力补贴改为按用量结算\ndate: 2026-12-03\ncategory: AI 日报\n---\n\n# 上海算力补贴改为按用量结算\n\n## 上海算力补贴改为按用量结算\n\n${lead}\n\n来源：[第一财经](https://www.yicai.com/news/1)\n`;

test('a lead opening on 补贴之外／资本开支方面 is a dependent opening; the same sentence after the news is not', () => {
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  assert.ok(rules(digest('补贴之外，算力租赁价格本身已大幅下行。上海市经信委发布新版算力补贴细则。')).includes('dependent-opening'));
  assert.ok(rules(digest('资本开支方面，鸿瓦电网今年资本开支约62亿美元。')).includes('dependent-opening'));
  assert.ok(!rules(digest('上海市经信委发布新版算力补贴细则。补贴之外，算力租赁价格本身已大幅下行。')).includes('dependent-opening'));
  // A name before a time is no topic opening (寒武纪10月19日晚间公告，…).
  assert.ok(!rules(digest('寒武纪10月19日晚间公告，前三季度营收同比增长97%。')).includes('dependent-opening'));
});
