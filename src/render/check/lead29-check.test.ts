/**
 * Issue 11 (decision 077, lead29): `digest --check`'s headline-clause-untold — a headline clause of words (a market
 * reaction, a framing) its story's body never tells. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-11-18\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, body: string) =>
  `${FRONT}## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/88102)\n\n---\n\n`;
const rules = (md: string) => checkDigest(md).map((p) => p.rule);

test('check: a headline clause of words the body never tells is reported; told in other words it stands', () => {
  const body = '11月18日，星衡智算宣布完成**20亿元**B轮融资，由某产业基金领投。';
  assert.ok(rules(story('星衡智算完成20亿元B轮融资，投资者开始追问回报', body)).includes('headline-clause-untold'));
  assert.ok(!rules(story('星衡智算完成20亿元B轮融资，某产业基金领投', body)).includes('headline-clause-untold'));
  const reaction = `${body}消息公布后，算力租赁概念股午后集体涨停。`;
  assert.ok(!rules(story('星衡智算完成20亿元B轮融资，概念股涨停', reaction)).includes('headline-clause-untold'));
});

test('check: 公司 / 其 / a bare measure right after a sentence about a company the headline does not name is subject-drift', () => {
  const head = '英伟达第三财季营收570亿美元';
  const drift = `英伟达第三财季营收**570亿美元**，同比增长**62%**。微软同日宣布追加对数据中心的投资。公司预计明年资本开支继续增长。`;
  assert.ok(rules(story(head, drift)).includes('subject-drift'));
  const own = `英伟达第三财季营收**570亿美元**，同比增长**62%**。公司预计第四财季营收650亿美元。`;
  assert.ok(!rules(story(head, own)).includes('subject-drift'));
  // Named, it says whose it is.
  const named = `英伟达第三财季营收**570亿美元**。微软同日宣布追加对数据中心的投资。英伟达预计第四财季营收650亿美元。`;
  assert.ok(!rules(story(head, named)).includes('subject-drift'));
});
