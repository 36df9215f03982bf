/**
 * decision 169: a tie its source tells in neighbouring sentences (A持有B股份；B签署框架协议向A采购), neither leg in the
 * lead, comes into the lead in the source's words after the lead's sentence before it: a bare 公司 named, an opening
 * 此外 dropped. Silent on a plan with no signed contract, on legs apart in their source, on a lead already telling a leg.
 * Articles written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const LEGS =
  '此外，公司与服务器厂商中科曙光签署框架协议，中科曙光拟在2027年底前向其采购不超过18亿元的加速卡；寒武纪目前持有中科曙光约3%的股份。';

const placement = (legs: string, between = '') =>
  makeBundle({
    id: 'st_loop42',
    items: [
      {
        title: '寒武纪拟定增募资不超40亿元',
        url: 'https://www.stcn.com/article/detail/loop42.html',
        date: '2026-12-06',
        text: [
          '寒武纪12月5日晚间公告，公司拟向特定对象发行股票，募集资金总额不超过40亿元，用于新一代云端芯片研发。',
          '业绩方面，寒武纪前三季度实现营业收入32亿元，同比增长120%。',
          legs.replace('；', `；${between}`),
          '寒武纪成立于2016年，总部位于北京。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 4e9, subject: 'Cambricon', metric: 'funding', period: 'unknown' },
      { value: 3.2e9, subject: 'Cambricon', metric: 'revenue', period: '2026-9M' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Cambricon', 'funding', 'unknown', [statement(it, f, 4e9)]),
        single('Cambricon', 'revenue', '2026-9M', [statement(it, f, 3.2e9)]),
      ];
    },
    deals: (items) => {
      const it = items[0] as ItemRecord;
      const of = (cue: string) => it.sentences.find((s) => s.text.includes(cue))?.text ?? '';
      return [
        { from: 'Cambricon', to: 'Sugon', kind: 'stake', itemId: it.id, source: '', sentence: of('持有中科曙光') },
        { from: 'Sugon', to: 'Cambricon', kind: 'purchase', itemId: it.id, source: '', sentence: of('向其采购') },
      ];
    },
  });

test('the stake-and-order loop its source tells comes into the lead after the results, the bare 公司 named', async () => {
  const s = await createOfflineEngine().doWriteStory(placement(LEGS), 'stories');
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /同比增长\*?\*?120%\*?\*?。寒武纪与服务器厂商中科曙光签署框架协议，中科曙光拟在2027年底前向其采购/u, lead);
  assert.match(lead, /；寒武纪目前持有中科曙光\*?\*?约3%\*?\*?的股份。/u, lead);
  assert.doesNotMatch(lead, /此外|公司与服务器/u, lead);
  assert.doesNotMatch(lead, /既是/u, lead);
});

test('no tie from a plan with no signed contract, nor from legs apart in their source', async () => {
  const planned = LEGS.replace('与服务器厂商中科曙光签署框架协议，', '称服务器厂商');
  const a = await createOfflineEngine().doWriteStory(placement(planned), 'stories');
  assert.doesNotMatch(a.paragraphs[0] ?? '', /持有中科曙光/u);
  const apart = await createOfflineEngine().doWriteStory(placement(LEGS, '公司同时披露，董事会已审议通过相关议案。'), 'stories');
  assert.doesNotMatch(apart.paragraphs[0] ?? '', /持有中科曙光/u);
});
