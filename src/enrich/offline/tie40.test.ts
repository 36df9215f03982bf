/**
 * decision 148: the composed tie (`A既是B的…，也是其供应商。`) reads who sells and who buys from the paying-back edge's
 * own sentence, never from its label alone; 领投方 only when the sentence says that party led; the digest says a tie of
 * one pair once and not when a recent digest said it. Articles and digests written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { DealEdge, DigestStory, ItemRecord } from '../../types/index.js';
import { onceTies } from '../digest.js';
import { buysFrom, leadTie, tieToldIn } from './deal-tie.js';
import { createOfflineEngine } from './engine.js';

const edge = (from: string, to: string, kind: DealEdge['kind'], sentence: string): DealEdge => ({
  from,
  to,
  kind,
  itemId: 'it_1',
  source: 'x',
  sentence,
});
const zh: Record<string, string> = { 'Qingyun Compute': '青云算力', 'Moxin AI': '墨芯智能', Harbourline: 'Harbourline' };
const name = (e: string) => zh[e] ?? e;
const forms = (e: string) => [name(e)];

test('a paying-back edge counts only where its sentence says its payer buys from its payee', () => {
  // 墨芯 buys from 青云: the edge Moxin → Qingyun is read right; the same sentence under the reversed label is not.
  const zhBuy = '今年前三季度，墨芯智能向青云算力采购算力服务约9亿元。';
  assert.equal(buysFrom(edge('Moxin AI', 'Qingyun Compute', 'cloud-contract', zhBuy), forms), true);
  assert.equal(buysFrom(edge('Qingyun Compute', 'Moxin AI', 'cloud-contract', zhBuy), forms), false);
  assert.equal(buysFrom(edge('Moxin AI', 'Qingyun Compute', 'cloud-contract', '青云算力将为墨芯智能提供三年云算力服务。'), forms), true);
  const en = 'Moxin AI signed a contract to buy $1.2 billion of computing capacity from Qingyun Compute over five years.';
  assert.equal(buysFrom(edge('Moxin AI', 'Qingyun Compute', 'cloud-contract', en), forms), true);
  assert.equal(buysFrom(edge('Qingyun Compute', 'Moxin AI', 'cloud-contract', en), forms), false);
  // A sentence that does not say who sells (a contract signed between the two) reads neither way: silent.
  assert.equal(buysFrom(edge('Moxin AI', 'Qingyun Compute', 'cloud-contract', '墨芯智能与青云算力签订云服务合同。'), forms), false);
});

test('no composed tie on a cloud contract read the wrong way round; the right way gets it', () => {
  const into = edge('Qingyun Compute', 'Moxin AI', 'invest', '墨芯智能完成15亿元B轮融资，青云算力领投。');
  const lead = [{ text: '墨芯智能完成15亿元B轮融资，青云算力领投。', names: ['Moxin AI', 'Qingyun Compute'] }];
  // The upstream label says 墨芯 pays 青云 for cloud, the sentence says 青云 buys from 墨芯: 青云 is the customer.
  const wrong = edge('Moxin AI', 'Qingyun Compute', 'cloud-contract', '同日，青云算力向墨芯智能采购推理服务器约3亿元。');
  assert.equal(leadTie(lead, [into, wrong], name, { forms }), undefined);
  const right = edge('Moxin AI', 'Qingyun Compute', 'cloud-contract', '同日，墨芯智能与青云算力签约，向青云算力租用算力三年。');
  assert.deepEqual(leadTie(lead, [into, right], name, { forms }), {
    after: 0,
    text: '青云算力既是墨芯智能的领投方，也是其云服务商。',
    parties: ['青云算力', '墨芯智能'],
  });
});

test('领投方 only when the sentence says that party led the round', () => {
  const into = edge('Qingyun Compute', 'Moxin AI', 'invest', '墨芯智能完成15亿元B轮融资，由国投创新领投，青云算力跟投。');
  const back = edge('Moxin AI', 'Qingyun Compute', 'purchase', '墨芯智能今年向青云算力采购服务器约2亿元。');
  const lead = [{ text: '墨芯智能完成15亿元B轮融资，由国投创新领投，青云算力跟投。', names: ['Moxin AI', 'Qingyun Compute'] }];
  assert.equal(leadTie(lead, [into, back], name, { forms })?.text, '青云算力既是墨芯智能的投资方，也是其供应商。');
});

const story = (id: string, paragraphs: string[], tie?: DigestStory['tie']): DigestStory => ({
  storyId: id,
  headline: id,
  section: '',
  sources: [],
  paragraphs,
  blocks: [],
  insights: [],
  impacts: [],
  oneLine: id,
  keyFigure: null,
  minor: false,
  ...(tie ? { tie } : {}),
});

test('a composed tie is said once in a digest and not again when a recent digest said it', () => {
  const text = '青云算力既是墨芯智能的领投方，也是其云服务商。';
  const tie = { text, parties: ['青云算力', '墨芯智能'] as const };
  const first = story('a', [`墨芯智能完成B轮融资，青云算力领投。${text}墨芯称将扩建算力。`], tie);
  const second = story('b', [`墨芯智能向青云算力租用算力。${text}`], tie);
  const [a, b] = onceTies([first, second]);
  assert.equal(a?.paragraphs[0], first.paragraphs[0]);
  assert.equal(b?.paragraphs[0], '墨芯智能向青云算力租用算力。');
  assert.equal(b?.tie, undefined);
  // Yesterday's digest printed the source's own sentence saying it: today's story does not say it again.
  const yesterday = '## 墨芯智能融资\n\n值得注意的是，领投方青云算力同时也是墨芯智能的云服务商。';
  assert.equal(onceTies([first], [yesterday])[0]?.paragraphs[0], '墨芯智能完成B轮融资，青云算力领投。墨芯称将扩建算力。');
  // A recent digest naming the two without a tie leaves it.
  assert.equal(onceTies([first], ['## 墨芯智能融资\n\n青云算力领投墨芯智能B轮融资。'])[0]?.paragraphs[0], first.paragraphs[0]);
  assert.equal(tieToldIn(['Harbourline既是墨芯智能的股东。'], ['青云算力', '墨芯智能']), false);
});

const round = (backFrom: string, backTo: string) =>
  makeBundle({
    id: 'st_tie40_round',
    items: [
      {
        title: '月之暗面完成15亿元B轮融资',
        url: 'https://www.cls.cn/detail/tie40',
        date: '2026-12-06',
        text: [
          '月之暗面周五宣布完成15亿元B轮融资，阿里巴巴领投。',
          '月之暗面同日与阿里巴巴签约，向阿里巴巴租用算力三年，合同金额约6亿元。',
          '月之暗面成立于2021年，总部位于北京。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 1.5e9, subject: 'Moonshot AI', metric: 'funding', period: 'unknown' },
      { value: 6e8, subject: 'Moonshot AI', metric: 'contract-value', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Moonshot AI', 'funding', 'unknown', [statement(it, f, 1.5e9)]),
        single('Moonshot AI', 'contract-value', 'unknown', [statement(it, f, 6e8)]),
      ];
    },
    deals: (items) => {
      const it = items[0] as ItemRecord;
      const s = it.text.split('。');
      return [
        { from: 'Alibaba', to: 'Moonshot AI', kind: 'invest', itemId: it.id, source: '', sentence: `${s[0]}。` },
        { from: backFrom, to: backTo, kind: 'cloud-contract', itemId: it.id, source: '', sentence: `${s[1]}。` },
      ];
    },
  });

test('a story says the tie once, right after the legs; not on an edge its sentence reads the other way', async () => {
  const s = await createOfflineEngine().doWriteStory(round('Moonshot AI', 'Alibaba'), 'stories');
  const body = s.paragraphs.join('');
  assert.equal(body.split('也是其云服务商').length, 2, body);
  // …after the last sentence telling a leg (the contract), not before it.
  assert.match(body, /合同金额\*\*约6亿元\*\*。阿里巴巴既是月之暗面的领投方，也是其云服务商。/u, body);
  assert.deepEqual(s.tie?.parties, ['阿里巴巴', '月之暗面']);
  // The same sentence under a label naming 青云 the payer (the customer read as the provider): no tie.
  const wrong = await createOfflineEngine().doWriteStory(round('Alibaba', 'Moonshot AI'), 'stories');
  assert.doesNotMatch(wrong.paragraphs.join(''), /既是/u);
});
