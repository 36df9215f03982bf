/**
 * Decision 093: every clause of a head is told in the story's body. A feature's or a column's title (colon form with a
 * thesis, a question) and a thesis clause the body never tells give way to the lead's first fact. Items written for this
 * test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import type { DigestStory } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { byBodyOrder, headUntoldParts } from './head-told.js';

const engine = createOfflineEngine();

const body = (s: DigestStory) => s.paragraphs.join('').replace(/\*\*/g, '');

test('the parts of a head its body does not tell: a thesis clause, a figure, a feature title', () => {
  const text = '云杉科技第二财季营收76.2亿美元，同比增长8%。';
  assert.deepEqual(headUntoldParts('云杉科技财报：AI服务器需求强劲', text), ['AI服务器需求强劲']);
  assert.deepEqual(headUntoldParts('云杉科技第二财季营收76.2亿美元', text), []);
  assert.deepEqual(headUntoldParts('云杉科技营收90亿美元', text), ['90亿美元']);
  assert.ok(headUntoldParts('云杉科技上市前夜：一本既是股东又是供应商的循环账本', text).includes('feature'));
});

test('facts in the order the body first prints them', () => {
  const facts = [{ figure: { text: '8亿元' } }, { figure: { text: '76亿元' } }, { figure: { text: '3亿元' } }];
  const out = byBodyOrder(facts, '回购金额最高**76亿元**，另有8亿元用于研发。').map((f) => f.figure.text);
  assert.deepEqual(out, ['76亿元', '8亿元', '3亿元']);
});

test('a colon-form title whose thesis the body never tells is headed by the lead’s fact', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '云杉科技财报：AI服务器需求强劲',
        text: '云杉科技周四盘后公布2026财年第二财季业绩，营收76.2亿美元，同比增长8%，高于分析师预期。公司GAAP净利润21.4亿美元。',
        url: 'https://wallstreetcn.com/articles/9000001',
        date: '2026-05-15',
      },
      [
        ['云杉科技', 'revenue', 'FY2026Q2', 7.62e9],
        ['云杉科技', 'profit', 'FY2026Q2', 2.14e9],
      ],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /需求强劲/u, s.headline);
  assert.match(s.headline, /76\.2亿美元|21\.4亿美元/u, s.headline);
  assert.deepEqual(headUntoldParts(s.headline, body(s)), [], `${s.headline} / ${body(s)}`);
});

test('a feature title over a listing story is headed by the IPO’s proceeds its lead prints', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '青岚算力上市前夜：一本芯片商既是股东又是供应商的循环账本',
        text: '12月8日，青岚算力将在港交所敲钟。按每股18港元的发行价，这家成立仅四年的算力租赁公司将募资45亿港元，成为今年港股规模第五大的科技新股。',
        url: 'https://www.latepost.com/news/dj_detail?id=9001',
        date: '2026-12-05',
      },
      [['青岚算力', 'ipo', '2026', 4.5e9]],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /前夜|账本/u, s.headline);
  assert.match(s.headline, /45亿港元/u, s.headline);
});

test('a head its body tells stays as the outlet wrote it', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '云杉科技第二财季营收76.2亿美元',
        text: '云杉科技周四盘后公布2026财年第二财季业绩，营收76.2亿美元，同比增长8%，高于分析师预期。',
        url: 'https://wallstreetcn.com/articles/9000002',
        date: '2026-05-15',
      },
      [['Yunshan Tech', 'revenue', 'FY2026Q2', 7.62e9]],
    ),
    'stories',
  );
  assert.equal(s.headline, '云杉科技第二财季营收76.2亿美元');
});
