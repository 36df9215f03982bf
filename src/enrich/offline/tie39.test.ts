/**
 * decision 146: parties a story's sources tie both ways (an investor that is also the supplier, a shareholder that is
 * also the cloud) get the tie said in one sentence right after the deal's sentence, from the deal edges alone; nothing
 * when the edges do not tie them. Articles written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { DealEdge, ItemRecord } from '../../types/index.js';
import { dealTies, leadTie, toldTie } from './deal-tie.js';
import { createOfflineEngine } from './engine.js';

const edge = (from: string, to: string, kind: DealEdge['kind'], sentence: string, extra: Partial<DealEdge> = {}): DealEdge => ({
  from,
  to,
  kind,
  itemId: 'it_1',
  source: 'x',
  sentence,
  ...extra,
});
const zh: Record<string, string> = { Cambricon: '寒武纪', 'Zhipu AI': '智谱' };
const name = (e: string) => zh[e] ?? e;

test('an investor paid back by its investee is tied to it: role by the edge sentence', () => {
  const deals = [
    edge('Cambricon', 'Zhipu AI', 'invest', '寒武纪以基石投资者身份认购智谱5000万美元H股。'),
    edge('Zhipu AI', 'Cambricon', 'purchase', '智谱去年向寒武纪采购加速卡约6亿元。'),
  ];
  assert.equal(dealTies(deals).length, 1);
  const lead = [{ text: '寒武纪以基石投资者身份认购智谱5000万美元H股。', names: ['Cambricon', 'Zhipu AI'] }];
  assert.deepEqual(leadTie(lead, deals, name), {
    after: 0,
    text: '寒武纪既是智谱的基石投资者，也是其供应商。',
    parties: ['寒武纪', '智谱'],
  });
});

test('no tie without both legs, with a leg in talks, or with a lead that already says it', () => {
  const into = edge('Cambricon', 'Zhipu AI', 'stake', '寒武纪持有智谱约3%股份。');
  const back = edge('Zhipu AI', 'Cambricon', 'cloud-contract', '智谱与寒武纪签订云服务合同。');
  const lead = [{ text: '寒武纪持有智谱约3%股份。', names: ['Cambricon', 'Zhipu AI'] }];
  assert.equal(leadTie(lead, [into], name), undefined);
  assert.equal(leadTie(lead, [into, { ...back, status: 'talks' }], name), undefined);
  assert.equal(
    leadTie([{ ...lead[0], text: '寒武纪既是智谱的股东，也是其云服务商。' } as (typeof lead)[0]], [into, back], name),
    undefined,
  );
  assert.equal(leadTie(lead, [into, back], name)?.text, '寒武纪既是智谱的股东，也是其云服务商。');
  // A lead naming one party only says nothing of the tie.
  assert.equal(leadTie([{ text: '智谱招股。', names: ['Zhipu AI'] }], [into, back], name), undefined);
});

test("a source's own both-sides sentence is brought in when the edges alone make no tie", () => {
  const dual = edge('Zhipu AI', 'Cambricon', 'purchase', '值得注意的是，基石投资者寒武纪同时是智谱的最大供应商。');
  const lead = [{ text: '智谱向寒武纪采购加速卡约6亿元。', names: ['Zhipu AI', 'Cambricon'] }];
  assert.equal(toldTie(lead, [dual])?.edge, dual);
  assert.equal(toldTie(lead, [edge('Zhipu AI', 'Cambricon', 'purchase', '智谱向寒武纪采购加速卡约6亿元。')]), undefined);
});

const ipo = () =>
  makeBundle({
    id: 'st_tie39_ipo',
    items: [
      {
        title: '智谱港股IPO引入寒武纪等基石投资者',
        url: 'https://www.cls.cn/detail/tie39',
        date: '2026-12-04',
        text: [
          '智谱周四公布港股招股详情，寒武纪以基石投资者身份认购5000万美元H股。',
          '招股书显示，智谱今年前三季度向寒武纪采购加速卡约6亿元，占同期采购总额的41%。',
          '智谱成立于2019年，总部位于北京。',
          '值得注意的是，基石投资者寒武纪同时是智谱的第一大供应商。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 5e7, subject: 'Zhipu AI', metric: 'ipo-cornerstone', period: 'unknown' },
      { value: 6e8, subject: 'Zhipu AI', metric: 'purchases', period: '2026-9M' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Zhipu AI', 'ipo-cornerstone', 'unknown', [statement(it, f, 5e7)]),
        single('Zhipu AI', 'purchases', '2026-9M', [statement(it, f, 6e8)]),
      ];
    },
    deals: (items) => {
      const it = items[0] as ItemRecord;
      const s = it.text.split('。');
      return [
        { from: 'Cambricon', to: 'Zhipu AI', kind: 'invest', itemId: it.id, source: '', sentence: `${s[0]}。` },
        { from: 'Zhipu AI', to: 'Cambricon', kind: 'purchase', itemId: it.id, source: '', sentence: `${s[1]}。` },
        { from: 'Zhipu AI', to: 'Cambricon', kind: 'purchase', itemId: it.id, source: '', sentence: `${s[3]}。` },
      ];
    },
  });

test("the story brings in the source's own both-sides sentence right after the deal sentence naming both", async () => {
  const s = await createOfflineEngine().doWriteStory(ipo(), 'stories');
  const body = s.paragraphs.join('');
  assert.match(body, /占同期采购总额的41%。值得注意的是，基石投资者寒武纪同时是智谱的第一大供应商。/u, body);
  // The source's own sentence says it: no composed tie beside it (decision 148).
  assert.doesNotMatch(body, /既是智谱的/u, body);
});
