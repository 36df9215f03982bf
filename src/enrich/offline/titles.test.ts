import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOutlets } from '../../select/index.js';
import type { Claim, Figure } from '../../types/index.js';
import { claimsStating, ownerOf } from '../numeric-guard/index.js';
import { headlineLength, trimTitle } from './titles.js';

test('titles: outlet tags, kickers and clickbait tails trimmed; at most 30 characters at a clause boundary, never mid-word', () => {
  const t = (s: string) => trimTitle(s, defaultOutlets());
  assert.equal(t('【界面新闻】智谱启动港股IPO，拟募资约43亿港元'), '智谱启动港股IPO，拟募资约43亿港元');
  assert.equal(t('独家｜某云厂商下调GPU租赁价格'), '某云厂商下调GPU租赁价格');
  assert.equal(t('微软与OpenAI关系再梳理：2500亿美元Azure承诺如何改写云计算格局｜新浪财经'), '2500亿美元Azure承诺如何改写云计算格局');
  assert.equal(t('重磅！寒武纪全年扭亏为盈，一文看懂'), '寒武纪全年扭亏为盈');
  assert.equal(t('11万亿韩元！甲公司与乙公司合建韩国AI数据中心'), '甲公司与乙公司合建韩国AI数据中心', 'a shouted figure kicker goes');
  assert.equal(t('史上最大！某芯片公司完成融资'), '某芯片公司完成融资');
  assert.equal(
    t('字节跳动上调2026年AI基础设施预算至1600亿元 年内新建三座智算中心 豆包日活用户再创新高'),
    '字节跳动上调2026年AI基础设施预算至1600亿元',
    'a space between Chinese clauses is a boundary',
  );
  const long = '国家数据局发布关于推进人工智能算力基础设施高质量发展与算力互联互通的指导意见全文';
  assert.equal(t(long), long, 'one clause longer than the goal is kept whole');
  assert.ok(headlineLength(t('四大云厂商2026年资本开支合计约6600亿美元，亚马逊2000亿一骑绝尘')) <= 30);
  assert.equal(
    t('三家电池厂 2025 年研发投入合计约 480 亿元，宁德时代 210 亿居首'),
    '三家电池厂2025年研发投入合计约480亿元',
    'spaces between digits and Chinese are spacing: the amount keeps its unit',
  );
});

function fig(start: number, value: number): Figure {
  return { text: 'x', start, end: start + 6, kind: 'money', value, currency: 'USD', qualifier: 'approx' };
}

test('owner guard: only a figure a claim holds may headline; the claims stating a value name its owners', () => {
  const group = fig(10, 4.1e11);
  const member = fig(40, 1.25e11);
  const claims: Claim[] = [
    {
      subject: 'Hyperscalers',
      metric: 'capex',
      period: '2026',
      statements: [{ figure: group, itemId: 'it_a', source: 'a.md', line: 1, sentence: '', date: '2026-11-22' }],
      conflict: false,
      latest: 0,
      mostCited: 0,
    },
    {
      subject: 'Amazon',
      metric: 'capex',
      period: '2026',
      statements: [{ figure: member, itemId: 'it_a', source: 'a.md', line: 1, sentence: '', date: '2026-11-22' }],
      conflict: false,
      latest: 0,
      mostCited: 0,
    },
  ];
  assert.equal(ownerOf(group, 'it_a', claims)?.claim.subject, 'Hyperscalers', 'the group total stays the group’s');
  assert.equal(ownerOf(member, 'it_a', claims)?.claim.subject, 'Amazon');
  assert.equal(ownerOf(fig(70, 9e10), 'it_a', claims), undefined, 'a figure no claim holds cannot headline');
  assert.equal(ownerOf(group, 'it_b', claims), undefined, 'the same span in another item is another figure');
  assert.deepEqual(
    claimsStating({ kind: 'money', value: 4.1e11, currency: 'USD' }, claims).map((c) => c.subject),
    ['Hyperscalers'],
  );
});
