/**
 * Issue 11 (decision 072, lead28): a source title that is no news head (a broker note's own title naming no one, a
 * feature's framing, a question hook) yields to a head built from the lead fact; a Taiwan title's short subject before a
 * space is closed up, not commaed. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { defaultOutlets } from '../../select/outlets.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { asksQuestion, featureTitle } from './headline-shape.js';
import { trimTitle } from './titles.js';

const engine = createOfflineEngine();

const results = (title: string) =>
  makeBundle({
    id: 'st_lead28_title',
    items: [
      {
        title,
        text: [
          '澜舟微电子10月28日晚间披露三季报，第三季度实现营收12.4亿元，同比增长56%。',
          '公司预计全年营收将达到45亿元，高于此前指引。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/77201',
        date: '2026-10-29',
      },
    ],
    attributions: [
      { value: 1.24e9, subject: '澜舟微电子', metric: 'revenue', period: '2026Q3' },
      { value: 56, subject: '澜舟微电子', metric: 'revenue-growth', period: '2026Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('澜舟微电子', 'revenue', '2026Q3', [statement(it, figs[it.id] ?? [], 1.24e9)])];
    },
  });

test('lead28: a broker note’s own title naming no one yields to the lead fact (owner + event + figure)', async () => {
  const s = await engine.doWriteStory(results('AI驱动成长加速，业绩拐点已至'), 'stories');
  assert.match(s.headline, /澜舟微电子/u, s.headline);
  assert.doesNotMatch(s.headline, /拐点已至/u, s.headline);
});

test('lead28: a feature’s framing title (…背后的算力账) yields to the lead fact', async () => {
  assert.equal(featureTitle('借道合资公司发债：300亿美元表外融资背后的算力账'), true);
  assert.equal(asksQuestion('国产GPU的性价比优势还能走多远'), true);
  assert.equal(featureTitle('澜舟微电子第三季度营收12.4亿元'), false);
  const s = await engine.doWriteStory(results('澜舟微电子高增背后：国产芯片替代还能走多远'), 'stories');
  assert.match(s.headline, /12\.4亿元/u, s.headline);
});

test('lead28: a Taiwan title’s short subject before a space is closed up, not commaed', () => {
  const t = (x: string) => trimTitle(x, defaultOutlets(), () => []);
  assert.equal(t('外资 连五日卖超台股逾千亿元'), '外资连五日卖超台股逾千亿元');
  assert.equal(t('纬创 加码AI服务器 拟在美设新厂'), '纬创加码AI服务器，拟在美设新厂');
  // A phrase of four characters or more before the space stays a clause; a list of short names stays a list.
  assert.equal(t('芯片涨价 台厂受惠'), '芯片涨价，台厂受惠');
  assert.equal(t('鸿海 广达 纬创齐涨'), '鸿海，广达，纬创齐涨');
});
