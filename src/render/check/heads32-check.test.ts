/**
 * The check's `headline-owner` against the company a head gives its figure to, and `headline-period` (decision 093).
 * Hand-written digests and claims (invented companies; China Mobile's cloud unit from the gazetteer).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../../types/index.js';
import { headOwners, headPeriod, periodDiffers } from './head-owner.js';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-11-20\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const story = (headline: string, body: string) => `## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/1)\n\n---\n\n`;

function claim(subject: string, metric: string, value: number, text: string, period = '2026', counterparty?: string): Claim {
  return {
    subject,
    metric,
    period,
    ...(counterparty ? { counterparty } : {}),
    statements: [
      {
        figure: { text, start: 0, end: text.length, kind: 'money', value, currency: 'CNY', qualifier: 'exact' },
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
  Yunshan: ['云杉智算'],
  Beichen: ['北辰资本'],
  'China Mobile': ['中国移动'],
  'China Mobile Cloud': ['移动云'],
  Qinglan: ['青岚算力'],
};
const names = (s: string) => [s, ...(NAMES[s] ?? [])];
const problems = (headline: string, body: string, claims: Claim[]) =>
  checkDigest(`${FRONT}${story(headline, body)}`, { claims, names }).filter(
    (p) => p.rule === 'headline-owner' || p.rule === 'headline-period',
  );

test('check: a shareholder glued before the issuer is no owner of the issuer’s IPO proceeds', () => {
  // 北辰资本's own stake is a claim of the story too (its name is one the check knows).
  const ipo = [claim('Yunshan', 'ipo', 6.2e9, '62亿元'), claim('Beichen', 'investment', 8e8, '8亿元', '2026', 'Yunshan')];
  const body = '云杉智算今起招股，拟募资**62亿元**，北辰资本曾投资8亿元，为其第二大股东。';
  assert.deepEqual(
    problems('北辰资本云杉智算IPO募资62亿元', body, ipo).map((p) => p.rule),
    ['headline-owner'],
  );
  assert.deepEqual(problems('云杉智算IPO募资62亿元', body, ipo), []);
  // Two parties as one subject, a broker's call, a contract's other party: no problem.
  assert.deepEqual(problems('北辰资本与云杉智算IPO募资62亿元', body, ipo), []);
  assert.deepEqual(problems('北辰资本：云杉智算IPO募资62亿元', body, ipo), []);
  // A recipient named before its payers (`甲获乙、丙注资`): the payers own the investment.
  const payers = [claim('Beichen + Yunshan', 'investment', 4e9, '40亿元'), ...ipo, claim('Qinglan', 'revenue', 1e9, '10亿元')];
  assert.deepEqual(problems('青岚算力获北辰资本、云杉智算联手注资40亿元', '北辰资本、云杉智算联手向青岚算力注资**40亿元**。', payers), []);
  const contract = [claim('Yunshan', 'contract', 3.5e9, '35亿元', '2026', 'Beichen')];
  assert.deepEqual(problems('北辰资本签下35亿元算力合同', '北辰资本与云杉智算签署**35亿元**算力合同。', contract), []);
});

test('check: a unit’s figure headed under the company it belongs to (gazetteer unitOf) is no owner problem', () => {
  const unit = [claim('China Mobile Cloud', 'contract', 3.5e9, '35亿元')];
  assert.deepEqual(problems('中国移动签下35亿元算力合同', '中国移动旗下移动云签署**35亿元**算力合同。', unit), []);
  // …and a parent named before its company (百度旗下昆仑芯) gives the figure to the company after it.
  const round = [claim('Yunshan', 'funding', 3.5e9, '35亿元'), claim('Beichen', 'revenue', 1e9, '10亿元')];
  const body = '北辰资本旗下云杉智算完成**35亿元**融资。';
  assert.deepEqual(problems('北辰资本旗下云杉智算完成35亿元融资', body, round), []);
  assert.deepEqual(
    problems('北辰资本完成35亿元融资，云杉智算估值翻倍', body, round).map((p) => p.rule),
    ['headline-owner'],
  );
});

test('check: a head’s period written with its year is the claim’s period', () => {
  const fy = [claim('Yunshan', 'revenue', 2.3e9, '23亿元', 'FY2026')];
  const body = '云杉智算2026财年营收**23亿元**。';
  assert.deepEqual(
    problems('云杉智算2025年营收23亿元', body, fy).map((p) => p.rule),
    ['headline-period'],
  );
  assert.deepEqual(problems('云杉智算2026财年营收23亿元', body, fy), []);
  // A period without its year says nothing the check can read.
  assert.deepEqual(problems('云杉智算第二财季营收23亿元', body, fy), []);
});

test('head owners and periods, read clause by clause', () => {
  const at = (t: string) =>
    [
      ['中国移动', 'China Mobile'],
      ['星衡', 'Xingheng'],
    ].flatMap(([n, name]) => {
      const k = t.indexOf(n as string);
      return k >= 0 ? [{ start: k, end: k + (n as string).length, name: name as string }] : [];
    });
  assert.deepEqual(headOwners('中国移动投20亿元，星衡签下35亿元大单', '35亿元', at), ['Xingheng']);
  assert.deepEqual(headOwners('中国移动投20亿元，星衡签下35亿元大单', '20亿元', at), ['China Mobile']);
  assert.equal(headPeriod('中信证券2025年上半年净利润283亿元', '283亿元', '2026-08-30'), '2025H1');
  assert.equal(headPeriod('微软第四财季营收884亿美元', '884亿美元', '2026-07-30'), undefined);
  assert.ok(periodDiffers('2025', [{ subject: 'A', period: 'FY2026' }]));
  assert.ok(!periodDiffers('2026', [{ subject: 'A', period: 'FY2026' }]));
});
