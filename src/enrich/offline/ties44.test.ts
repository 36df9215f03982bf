/**
 * decision 180: a loop its source draws in the sentence right after one the story prints (这意味着…回流至…) comes in
 * after it, in the source's words. Silent on a quoted remark, on a sentence naming no party the story names, on a lead
 * already saying a tie. Articles written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const LOOP = '这意味着阿里巴巴投入的资金中，相当一部分将以算力服务费的形式回流至阿里巴巴。';

const round = (after: string) =>
  makeBundle({
    id: 'st_ties44',
    items: [
      {
        title: '智谱完成约5亿美元新一轮融资，阿里巴巴领投',
        url: 'https://www.jiemian.com/article/ties44.html',
        date: '2026-12-06',
        text: [
          '大模型公司智谱已完成约5亿美元新一轮融资，投后估值约40亿美元。',
          '本轮由阿里巴巴领投，阿里巴巴出资约2亿美元。',
          '交割同期，智谱与阿里云签订了为期三年、总额约15亿元人民币的算力采购协议。',
          after,
          '智谱成立于2019年，总部位于北京。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 5e8, subject: 'Zhipu AI', metric: 'funding', period: 'unknown' },
      { value: 4e9, subject: 'Zhipu AI', metric: 'valuation', period: 'unknown' },
      { value: 2e8, subject: 'Alibaba', metric: 'investment', period: 'unknown' },
      { value: 1.5e9, subject: 'Zhipu AI', metric: 'contract', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Zhipu AI', 'funding', 'unknown', [statement(it, f, 5e8)]),
        single('Zhipu AI', 'valuation', 'unknown', [statement(it, f, 4e9)]),
        single('Alibaba', 'investment', 'unknown', [statement(it, f, 2e8)]),
        single('Zhipu AI', 'contract', 'unknown', [statement(it, f, 1.5e9)]),
      ];
    },
  });

const body = async (after: string) => (await createOfflineEngine().doWriteStory(round(after), 'stories')).paragraphs.join('\n');

test('the loop its source draws right after the contract comes in after it', async () => {
  const text = await body(LOOP);
  assert.match(text, /算力采购协议。这意味着阿里巴巴投入的资金中，相当一部分将以算力服务费的形式回流至阿里巴巴。/u, text);
});

test('a quoted remark, a sentence naming no party of the story: nothing comes in', async () => {
  const quoted = await body('“阿里巴巴的资金回流到自身，这在海外已很常见。”一位分析师表示。');
  assert.doesNotMatch(quoted, /回流/u, quoted);
  const other = await body('这意味着腾讯投入的资金中，相当一部分将以算力服务费的形式回流至腾讯。');
  assert.doesNotMatch(other, /回流/u, other);
});

test('a sentence setting the amount paid back against the one put in comes in after the subscription', async () => {
  const bundle = makeBundle({
    id: 'st_ties44b',
    items: [
      {
        title: '阿里巴巴拟5000万美元基石认购智谱港股IPO',
        url: 'https://www.stcn.com/article/detail/ties44b.html',
        date: '2026-12-06',
        text: [
          '阿里巴巴12月5日晚间公告，公司全资子公司拟以自有资金5000万美元作为基石投资者认购智谱港股IPO股份，锁定期6个月。',
          '与此同时，智谱招股书披露，其已与阿里巴巴签署算力服务框架协议，未来三年采购总额不超过30亿元，相当于阿里巴巴此次认购金额的八倍有余。',
          '智谱成立于2019年，总部位于北京。',
        ].join(''),
      },
    ],
    attributions: [{ value: 5e7, subject: 'Alibaba', metric: 'investment', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('Alibaba', 'investment', 'unknown', [statement(it, figs[it.id] ?? [], 5e7)])];
    },
  });
  const text = (await createOfflineEngine().doWriteStory(bundle, 'stories')).paragraphs.join('\n');
  assert.match(text, /锁定期6个月。与此同时，智谱招股书披露，其已与阿里巴巴签署/u, text);
  assert.match(text, /相当于阿里巴巴此次认购金额的八倍有余。/u, text);
});
