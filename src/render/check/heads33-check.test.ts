/**
 * The check's `headline-owner` read the way a head is composed (decision 100): the subject before the verb owns the
 * figure (a caller only when the next company follows its verb), a listed subsidiary never owns its parent's figure,
 * and a head naming no one is headline-subject's alone. Hand-written digests and claims (invented companies; Alibaba,
 * its cloud unit and T-Head from the gazetteer).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../types/index.js';
import { headOwners } from './head-owner.js';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-11-20\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, body: string) => `## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/1)\n\n---\n\n`;

function claim(subject: string, metric: string, value: number, text: string, kind: 'money' | 'percent' = 'money'): Claim {
  return {
    subject,
    metric,
    period: '2026',
    statements: [
      {
        figure: { text, start: 0, end: text.length, kind, value, ...(kind === 'money' ? { currency: 'CNY' } : {}), qualifier: 'exact' },
        itemId: 'it_1',
        source: 's',
        line: 1,
        sentence: '',
        date: null,
      },
    ],
    conflict: false,
    latest: 0,
    mostCited: 0,
  };
}
const NAMES: Record<string, string[]> = {
  Hengyun: ['恒云数科'],
  Qiaoxin: ['桥芯半导体'],
  Alibaba: ['阿里巴巴', '阿里'],
  'Alibaba Cloud': ['阿里云'],
  'T-Head': ['平头哥'],
};
const names = (s: string) => [s, ...(NAMES[s] ?? [])];
const rules = (headline: string, body: string, claims: Claim[], rule = /^headline-(owner|subject)$/) =>
  checkDigest(`${FRONT}${story(headline, body)}`, { claims, names })
    .filter((p) => rule.test(p.rule))
    .map((p) => p.rule);

test('check: the company before the head’s verb owns its figure; the object of 将/预计 is no owner', () => {
  const buy = [claim('Hengyun', 'acquisition', 5e9, '50亿元'), claim('Qiaoxin', 'revenue', 1e9, '10亿元')];
  const body = '恒云数科公告，将斥资**50亿元**收购桥芯半导体全部股权。';
  // The company after the verb phrase is the target, not the payer: no problem.
  assert.deepEqual(rules('恒云数科将斥资50亿元收购桥芯半导体', body, buy), []);
  assert.deepEqual(rules('恒云数科拟将桥芯半导体以50亿元并入', body, buy), []);
  // …and the target heading the payer's figure is still refused.
  assert.deepEqual(rules('桥芯半导体斥资50亿元收购恒云数科', body, buy), ['headline-owner']);
  // A broker's call: the caller stands right before the company it rates.
  const at = (t: string) =>
    [
      ['高盛', 'Goldman'],
      ['恒云数科', 'Hengyun'],
      ['桥芯半导体', 'Qiaoxin'],
    ].flatMap(([n, name]) => {
      const k = t.indexOf(n as string);
      return k >= 0 ? [{ start: k, end: k + (n as string).length, name: name as string }] : [];
    });
  assert.deepEqual(headOwners('高盛将恒云数科目标价上调至88元', '88元', at), ['Hengyun']);
  assert.deepEqual(headOwners('恒云数科将斥资50亿元收购桥芯半导体', '50亿元', at), ['Hengyun']);
  assert.deepEqual(headOwners('恒云数科预计2026年营收增长20%', '20%', at), ['Hengyun']);
});

test('check: a listed subsidiary heading its parent’s guidance is refused; a unit heading it is not', () => {
  const guide = [claim('Alibaba', 'revenue-growth', 20, '20%', 'percent')];
  const body = '阿里巴巴预计2026财年营收增长**20%**，旗下平头哥、阿里云均加大投入。';
  assert.deepEqual(rules('阿里巴巴旗下平头哥预计营收增长20%', body, guide), ['headline-owner']);
  assert.deepEqual(rules('阿里云预计营收增长20%', body, guide), []);
  assert.deepEqual(rules('阿里巴巴预计营收增长20%', body, guide), []);
});

test('check: a head naming no one is headline-subject’s alone, not headline-owner’s too', () => {
  const rev = [claim('Hengyun', 'revenue', 1e9, '10亿元')];
  assert.deepEqual(rules('全年营收达10亿元', '恒云数科2026年营收**10亿元**。', rev), ['headline-subject']);
});
