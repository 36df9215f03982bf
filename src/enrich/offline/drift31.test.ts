/**
 * Issue 11 (lead, twenty-fourth session): a story's further paragraph never prints a sentence whose bare 公司 would
 * be read as the company named just before it (owner drift: `澜舟资本此前宣布…。据了解，…公司今年的研发投入…` under a
 * headline on 星河智芯's round). Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

const round = (paras: readonly string[]) =>
  makeBundle({
    id: 'st_drift31',
    items: [
      {
        title: '星河智芯完成20亿元C轮融资，澜舟资本领投',
        text: paras.join('\n\n'),
        url: 'https://36kr.com/p/99310001',
        date: '2026-12-02',
      },
    ],
    attributions: [
      { value: 2e9, subject: '星河智芯', metric: 'funding', period: '2026' },
      { value: 3e10, subject: '澜舟资本', metric: 'investment', period: '2026-2028' },
      { value: 8e8, subject: '星河智芯', metric: 'spending', period: '2026' },
      { value: 2e5, subject: '星河智芯', metric: 'other', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('星河智芯', 'funding', '2026', [statement(it, f, 2e9)]),
        single('澜舟资本', 'investment', '2026-2028', [statement(it, f, 3e10)]),
        single('星河智芯', 'spending', '2026', [statement(it, f, 8e8)]),
      ];
    },
  });

const paras = [
  '36氪独家获悉，AI芯片公司星河智芯已完成20亿元C轮融资，由澜舟资本领投，红杉中国、高瓴跟投，投后估值达到120亿元，较去年B轮时的约45亿元估值增长超过160%。据知情人士透露，澜舟资本在本轮中出资约12亿元，红杉中国出资约4亿元，其余部分由高瓴认购，交易已于11月下旬完成交割。',
  '作为交易的一部分，星河智芯承诺在未来三年内向澜舟资本旗下智算中心采购总额不低于15亿元的算力服务，这一金额与澜舟资本本轮的出资额相当接近。',
  '澜舟资本此前宣布，未来三年将在AI基础设施上投入超过300亿元。',
  '据了解，新一代芯片的流片成本约为3亿元，公司今年的研发投入预计将超过8亿元。',
];

test('drift31: a bare 公司 sentence is not printed right after a sentence about another company', async () => {
  const s = await engine.doWriteStory(round(paras), 'stories');
  const body = s.paragraphs.join('\n');
  // Either sentence may be printed, never the 公司 sentence right after the investor's.
  assert.doesNotMatch(body, /300亿元[^\n]*。据了解[^\n]*公司今年/u, body);
});

test('drift31: the same 公司 sentence after the story’s own company reads as its own and may follow it', async () => {
  const own = [...paras.slice(0, 3), '星河智芯此前透露，其量产芯片已进入三家云厂商的供应链。', paras[3] as string];
  const s = await engine.doWriteStory(round(own), 'stories');
  const body = s.paragraphs.join('\n');
  assert.match(body, /公司今年的研发投入/u, body);
});
