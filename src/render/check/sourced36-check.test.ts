/**
 * The check's `rumour-on-firm` and `rumour-as-fact` (decision 122): 传 on a head whose figure a source states on its own
 * word (the company's call) is flagged, and so is a head stating as fact a figure every source gives on unnamed people's
 * word. Hand-written digests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { purchaseClaim, said as saidAt } from '../../../test/fixtures/render/standing.js';
import type { Statement } from '../../types/index.js';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-12-02\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const URL = 'https://www.reuters.com/technology/beichen-starway-2026-12-02/';
const story = (headline: string) =>
  `${FRONT}## ${headline}\n\n北辰云计算将向星途数据采购约**50亿元**加速卡，分两年交付。\n\n来源：[路透社](${URL})\n\n---\n\n`;

const said = (sentence: string, itemId: string) => saidAt(sentence, itemId, '2026-12-02');
const WIRE = said(
  'Beichen Cloud has agreed to buy roughly 5 billion yuan of accelerators from Starway Data, one of the people said.',
  'wire',
);
const CALL = said('We have agreed to buy roughly 5 billion yuan of accelerators from Starway Data over two years.', 'call');
const claim = (statements: Statement[]) => purchaseClaim('Beichen Cloud', 'Starway Data', statements);
const NAMES: Record<string, string[]> = { 'Beichen Cloud': ['北辰云计算'], 'Starway Data': ['星途数据'] };
const rules = (headline: string, statements: Statement[]) =>
  checkDigest(story(headline), { claims: [claim(statements)], names: (s) => NAMES[s] ?? [s] }).map((p) => p.rule);

test('传 on a figure the company stated on its own word is flagged; on a rumour alone it is not', () => {
  assert.ok(rules('传北辰云计算将向星途数据采购约50亿元加速卡', [WIRE, CALL]).includes('rumour-on-firm'));
  assert.ok(!rules('传北辰云计算将向星途数据采购约50亿元加速卡', [WIRE]).includes('rumour-on-firm'));
  assert.ok(!rules('北辰云计算将向星途数据采购约50亿元加速卡', [WIRE, CALL]).includes('rumour-on-firm'));
});

test('a figure every source gives on unnamed people, headed as fact, is flagged; 传, 拟 or 据… heads are not', () => {
  assert.ok(rules('北辰云计算将向星途数据采购约50亿元加速卡', [WIRE]).includes('rumour-as-fact'));
  assert.ok(!rules('北辰云计算将向星途数据采购约50亿元加速卡', [WIRE, CALL]).includes('rumour-as-fact'));
  for (const h of [
    '传北辰云计算将向星途数据采购约50亿元加速卡',
    '北辰云计算拟向星途数据采购约50亿元加速卡',
    '据路透社报道北辰云计算将采购约50亿元加速卡',
  ])
    assert.ok(!rules(h, [WIRE]).includes('rumour-as-fact'), h);
});
