/**
 * Segments and tolerance bands in claims, on sentences written for this test: a segment's figure is compared with the
 * same segment's figures only (never with the whole company's), someone else's estimate is no claim, and the width of
 * a guidance band ('plus or minus $500 million') is not a level of the guided figure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stmt } from '../../test/fixtures/knowledge/records.js';
import type { Figure } from '../types/figure.js';
import type { Statement } from '../types/knowledge.js';
import { buildClaims } from './claims.js';

const B = 1e9;
const at = (item: string, sentence: string, f: Omit<Figure, 'start' | 'end'>): Statement => ({
  ...stmt(f, { itemId: item, source: `${item}.md`, date: '2026-08-12' }),
  sentence,
});
const cny = (text: string, value: number, scope?: string): Omit<Figure, 'start' | 'end'> => ({
  text,
  kind: 'money',
  value,
  currency: 'CNY',
  qualifier: 'exact',
  subject: 'Tencent',
  metric: 'revenue',
  period: '2026Q2',
  ...(scope ? { scope } : {}),
});

test('claims: two outlets disagreeing on a segment (123 billion yuan vs 1320亿元) is a conflict of that segment, apart from the group total', () => {
  const claims = buildClaims([
    at('wire', "Tencent's quarterly revenue rose 11% to 184.2 billion yuan.", cny('184.2 billion yuan', 1842 * 0.1 * B)),
    at(
      'wire',
      'Revenue at the fintech and business services unit, which includes its cloud, rose to 123 billion yuan.',
      cny('123 billion yuan', 123 * B, '金融科技'),
    ),
    at('flash', '腾讯第二季度营收1842亿元，其中金融科技及企业服务收入1320亿元。', cny('1842亿元', 1842 * 0.1 * B)),
    at('flash', '腾讯第二季度营收1842亿元，其中金融科技及企业服务收入1320亿元。', cny('1320亿元', 132 * B, '金融科技')),
  ]);
  const whole = claims.find((c) => !c.scope);
  const part = claims.find((c) => c.scope === '金融科技');
  assert.ok(whole && part, 'one claim for the group, one for the segment');
  assert.equal(whole.conflict, false, 'the group totals agree');
  assert.equal(whole.statements.length, 2, 'no segment figure in the group total');
  assert.equal(part.conflict, true, 'the segment figures disagree');
});

test("claims: an analyst's estimate of a segment is neither a claim of the segment nor a conflict with it", () => {
  const claims = buildClaims([
    at('a', '云智能集团收入421亿元，高于市场预期的398亿元。', cny('421亿元', 421 * 0.1 * B, '云智能')),
    at(
      'b',
      'Cloud revenue of 42.1 billion yuan beat the 39.8 billion yuan analysts expected.',
      cny('39.8 billion yuan', 398 * 0.1 * B, '市场预期'),
    ),
  ]);
  assert.equal(claims.length, 1);
  assert.equal(claims[0]?.conflict, false);
});

test('claims: the width of a guidance band is not a level of the guided figure', () => {
  const usd = (text: string, value: number): Omit<Figure, 'start' | 'end'> => ({
    text,
    kind: 'money',
    value,
    currency: 'USD',
    qualifier: 'exact',
    subject: 'Lam Research',
    metric: 'revenue',
    period: 'FY2026Q4',
  });
  const en = 'For the June quarter we expect revenue of $5.2 billion, plus or minus $300 million.';
  const zh = '公司预计第四财季营收52亿美元，上下浮动3亿美元。';
  const claims = buildClaims([
    at('call', en, usd('$5.2 billion', 5.2 * B)),
    at('call', en, usd('$300 million', 0.3 * B)),
    at('news', zh, usd('52亿美元', 5.2 * B)),
    at('news', zh, usd('3亿美元', 0.3 * B)),
  ]);
  assert.equal(claims.length, 1);
  assert.deepEqual(
    claims[0]?.statements.map((s) => s.figure.text),
    ['$5.2 billion', '52亿美元'],
  );
  assert.equal(claims[0]?.conflict, false);
});
