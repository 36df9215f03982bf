/**
 * labels34 (decision 110): the publishability check refuses a source's 今日 / 明日 / 昨日 printed in the digest of
 * another day (the event re-dated to the digest's day). Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CheckOptions, checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-10-22\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const url = (n: number) => `https://www.cls.cn/detail/${n}`;
const story = (headline: string, paragraphs: string[], n: number) =>
  `## ${headline}\n\n${paragraphs.join('\n\n')}\n\n来源：[财联社](${url(n)})\n\n---\n\n`;
const rules = (md: string, opts: CheckOptions) => checkDigest(`${FRONT}${md}`, opts).map((p) => p.rule);

const YESTERDAY = ['国产算力服务商澜舟算力今日起在香港招股，按上限计募资最多25亿港元。', '公司股票预计10月29日挂牌。'];
const TODAY = ['澜舟算力招股首日获得约60亿港元孖展认购。'];
const opts: CheckOptions = {
  sourceSentences: new Map([
    [url(1), YESTERDAY],
    [url(2), TODAY],
  ]),
  sourceDates: new Map([
    [url(1), '2026-10-21'],
    [url(2), '2026-10-22'],
  ]),
};

test('check: a source’s 今日 printed in the digest of the next day is refused; its date is accepted', () => {
  const bad = story('澜舟算力招股首日获超额认购', ['国产算力服务商澜舟算力今日起在香港招股，按上限计募资最多**25亿港元**。'], 2);
  assert.ok(rules(bad, opts).includes('relative-day'));
  const good = story('澜舟算力招股首日获超额认购', ['国产算力服务商澜舟算力10月21日起在香港招股，按上限计募资最多**25亿港元**。'], 2);
  assert.ok(!rules(good, opts).includes('relative-day'));
  // The digest's own day's source may say 今日.
  const own = { ...opts, sourceDates: new Map([...(opts.sourceDates ?? new Map()), [url(1), '2026-10-22']]) };
  assert.ok(!rules(bad, own).includes('relative-day'));
});
