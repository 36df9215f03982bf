/**
 * Decision 130: `digest --check` reads a 更多动态 line's bold title for its standing like a story's head: 传 on a figure
 * the company stated on its own word, and a figure every source gives on unnamed people told as fact. Hand-written
 * digests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { purchaseClaim, said as saidAt } from '../../../test/fixtures/render/standing.js';
import type { Statement } from '../../types/index.js';
import { checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-12-04\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const URL = 'https://www.reuters.com/technology/nanhe-lumen-2026-12-04/';
const OTHER = 'https://www.cls.cn/detail/qingshan-q3';
const digest = (title: string) =>
  `${FRONT}## 青山电子三季度营收12亿元\n\n青山电子三季度营收**12亿元**，同比增长**30%**。\n\n来源：[财联社](${OTHER})\n\n---\n\n## 更多动态\n\n- **${title}**：南禾数据将从流明科技采购约**30亿元**服务器，分三年交付。（来源：[路透社](${URL})）\n`;

const said = (sentence: string, itemId: string) => saidAt(sentence, itemId, '2026-12-04');
const WIRE = said(
  'Nanhe Data will buy about 3 billion yuan of servers from Lumen Technology over three years, two people familiar said.',
  'wire',
);
const FILING = said('Nanhe Data said in a filing it will buy about 3 billion yuan of servers from Lumen Technology.', 'filing');
const claim = (statements: Statement[]) => purchaseClaim('Nanhe Data', 'Lumen Technology', statements);
const NAMES: Record<string, string[]> = { 'Nanhe Data': ['南禾数据'], 'Lumen Technology': ['流明科技'] };
const rules = (title: string, statements: Statement[]) =>
  checkDigest(digest(title), { claims: [claim(statements)], names: (s) => NAMES[s] ?? [s] }).map((p) => p.rule);

test('a 更多动态 title heading a rumoured figure as fact, or a stated one as a rumour, is flagged', () => {
  assert.ok(rules('南禾数据将从流明科技采购约30亿元服务器', [WIRE]).includes('rumour-as-fact'));
  assert.ok(!rules('传南禾数据将从流明科技采购约30亿元服务器', [WIRE]).includes('rumour-as-fact'));
  assert.ok(rules('传南禾数据将从流明科技采购约30亿元服务器', [WIRE, FILING]).includes('rumour-on-firm'));
  assert.ok(!rules('南禾数据将从流明科技采购约30亿元服务器', [WIRE, FILING]).includes('rumour-on-firm'));
  assert.ok(!rules('南禾数据将从流明科技采购约30亿元服务器', [WIRE, FILING]).includes('rumour-as-fact'));
});
