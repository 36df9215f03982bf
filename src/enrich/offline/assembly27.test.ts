/**
 * A story's paragraphs never print a sentence leaning on one they do not print right before it (issue 11, editor26
 * "Worse": reshuffled paragraphs printed 该<unit>, a 则 clause, a 按此测算 calculation alone). Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

test('a later paragraph takes no 该<unit>, contrast half or 按此 calculation whose antecedent it does not print', async () => {
  const text = [
    '星河半导体11月3日晚间公告，拟在合肥投资建设车规芯片产线。',
    '产线建成后年产能为每月3万片。',
    '星河半导体同时披露，第三季度营收18.6亿元，同比增长42%。',
    '晨光电子同期营收增长15%，股价年内上涨三成。据悉，该基地总投资约120亿元，分两期建设。',
    '按此测算，星河半导体全年营收将超过70亿元。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_xinghe_fab',
    items: [{ title: '星河半导体拟建车规芯片产线', text, url: 'https://www.cls.cn/detail/88101', date: '2026-11-04' }],
    attributions: [
      { value: 1.86e9, subject: '星河半导体', metric: 'revenue', period: '2026Q3' },
      { value: 42, subject: '星河半导体', metric: 'revenue-growth', period: '2026Q3' },
      { value: 1.2e10, subject: '星河半导体', metric: 'investment', period: 'unknown' },
      { value: 7e9, subject: '星河半导体', metric: 'revenue', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('星河半导体', 'revenue', '2026Q3', [statement(it, f, 1.86e9)]),
        single('星河半导体', 'investment', 'unknown', [statement(it, f, 1.2e10)]),
        single('星河半导体', 'revenue', '2026', [statement(it, f, 7e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n').replace(/\*\*/g, '');
  assert.doesNotMatch(body, /该基地/u, body);
  assert.doesNotMatch(body, /按此测算/u, body);
  assert.match(body, /18\.6亿元/u, body);
});

test('a market wrap led by its index figure keeps the day and the cause its opening told', async () => {
  const text = [
    '5月20日，受多部门联合发布算力基础设施支持政策的消息提振，A股算力板块午后拉升。截至收盘，创业板指上涨2.4%，报2310点；沪深两市成交额1.8万亿元。',
    '个股方面，星河半导体涨停，晨光电子上涨8.6%。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_market_wrap',
    items: [{ title: '创业板指涨2.4% 算力板块午后拉升', text, url: 'https://www.stcn.com/article/detail/99001.html', date: '2026-05-20' }],
    attributions: [
      { value: 2.4, subject: '创业板指', metric: 'index-change', period: '2026-05-20' },
      { value: 1.8e12, subject: '沪深两市', metric: 'turnover', period: '2026-05-20' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [single('创业板指', 'index-change', '2026-05-20', [statement(it, f, 2.4)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const lead = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(lead, /^5月20日，受多部门联合发布算力基础设施支持政策的消息提振/u, lead);
  assert.match(lead, /创业板指上涨2\.4%/u, lead);
});

test("the lead tells the headline's event, not only its figure", async () => {
  const text = [
    '5月21日，A股三大指数集体收跌。截至收盘，创业板指下跌2.4%，报2255点。',
    '盘面上，受美国拟对进口芯片加征关税的消息影响，半导体、光模块板块领跌。',
    '个股方面，星河半导体跌停，晨光电子下跌8.6%。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_market_tariff',
    items: [{ title: '关税消息拖累，创业板指跌2.4%', text, url: 'https://www.stcn.com/article/detail/99002.html', date: '2026-05-21' }],
    attributions: [{ value: 2.4, subject: '创业板指', metric: 'index-change', period: '2026-05-21' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [single('创业板指', 'index-change', '2026-05-21', [statement(it, f, 2.4)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const lead = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(lead, /^5月21日，A股三大指数集体收跌。/u, lead);
  assert.match(lead, /加征关税的消息影响/u, lead);
});

test("a wire's dateline is no day of its sentence: the lead never prints a flash repeating its news sentence", async () => {
  const text =
    '【星河市加码算力补贴】财联社7月17日电，星河市经信委发布通知，对企业租用智能算力给予最高30%的费用补贴，单家企业年度补贴不超过2000万元。今年全市算力券发放总额不低于5亿元，较去年增加约2亿元。';
  const b = makeBundle({
    id: 'st_subsidy',
    items: [
      { title: '星河市加码算力补贴 今年算力券发放总额不低于5亿元', text, url: 'https://www.cls.cn/detail/99003', date: '2026-07-17' },
    ],
    attributions: [
      { value: 5e8, subject: '星河市', metric: 'subsidy', period: '2026' },
      { value: 2e8, subject: '星河市', metric: 'subsidy-change', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [single('星河市', 'subsidy', '2026', [statement(it, f, 5e8)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n');
  assert.equal(body.split('最高').length - 1, 1, body);
  assert.doesNotMatch(body, /【/u, body);
});
