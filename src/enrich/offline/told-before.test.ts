/**
 * One rule of told before (issue 11, decision 057): a later day's story of an event leads with what is new, and a
 * sentence that only retells figures an earlier day's digest printed is printed neither in its lead nor in its body.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Claim, ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

/** Yesterday's report of a results figure (another story's item an earlier digest printed). */
const yesterday = makeItem({
  title: 'Nimbus Cloud quarterly revenue rises 16% to $88.4 billion',
  url: 'https://www.reuters.com/technology/nimbus-results',
  date: '2026-07-15',
  text: 'Nimbus Cloud said quarterly revenue rose 16% to $88.4 billion.',
});
const yFigs = extractFigures(yesterday.text).map((f) => ({ ...f, subject: 'Nimbus Cloud', metric: 'revenue', period: 'FY2026Q4' }));

/** Today's Chinese report: a new buyback first, then yesterday's revenue again, then a new capex figure. */
function todayStory(told: boolean) {
  const b = makeBundle({
    id: `st_told_${told}`,
    items: [
      {
        title: '星云云宣布新增500亿美元回购授权',
        url: 'https://www.cls.cn/detail/78',
        date: '2026-07-17',
        text: [
          '星云云宣布新增500亿美元股票回购授权，将在未来三年内执行。',
          '星云云第四财季营收同比增长16%至884亿美元，超市场预期。',
          '星云云上财年资本开支约1410亿美元，创历史新高。',
          '公司预计本财年资本开支将继续增长，重点投向数据中心建设。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 5e10, subject: 'Nimbus Cloud', metric: 'buyback', period: 'FY2027' },
      { value: 8.84e10, subject: 'Nimbus Cloud', metric: 'revenue', period: 'FY2026Q4' },
      { value: 1.41e11, subject: 'Nimbus Cloud', metric: 'capex', period: 'FY2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const claim = (metric: string, period: string, value: number, earlier = false): Claim => ({
        subject: 'Nimbus Cloud',
        metric,
        period,
        statements: [statement(it, f, value), ...(earlier ? [statement(yesterday, yFigs, 8.84e10)] : [])],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      return [claim('buyback', 'FY2027', 5e10), claim('revenue', 'FY2026Q4', 8.84e10, true), claim('capex', 'FY2026', 1.41e11)];
    },
  });
  return told ? { ...b, toldBefore: { [yesterday.id]: '2026-07-15' } } : b;
}

test('told before: a follow-up prints what is new, never the sentence of yesterday’s figures', async () => {
  const s = await engine.doWriteStory(todayStory(true), 'stories');
  const body = s.paragraphs.join('');
  assert.match(body, /500亿美元/u, body);
  assert.doesNotMatch(body, /884亿美元/u, body);
  // Not told before (no earlier digest printed it), the results sentence is the story's as ever.
  const fresh = await engine.doWriteStory(todayStory(false), 'stories');
  assert.match(fresh.paragraphs.join(''), /884亿美元/u, fresh.paragraphs.join(''));
});

test('told before: a story whose figures another story told yesterday opens on what is new', async () => {
  const b = makeBundle({
    id: 'st_told_reaction',
    items: [
      {
        title: '星云云回购消息发酵，云计算板块走强',
        url: 'https://www.cls.cn/detail/79',
        date: '2026-07-17',
        text: [
          '星云云第四财季营收同比增长16%至884亿美元的消息持续发酵，市场情绪升温。',
          '星云云宣布新增500亿美元股票回购授权，将在未来三年内执行。',
          '公司预计本财年资本开支将继续增长，重点投向数据中心建设。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 8.84e10, subject: 'Nimbus Cloud', metric: 'revenue', period: 'FY2026Q4' },
      { value: 5e10, subject: 'Nimbus Cloud', metric: 'buyback', period: 'FY2027' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        {
          subject: 'Nimbus Cloud',
          metric: 'revenue',
          period: 'FY2026Q4',
          statements: [statement(it, f, 8.84e10), statement(yesterday, yFigs, 8.84e10)],
          conflict: false,
          latest: 0,
          mostCited: 0,
        },
        {
          subject: 'Nimbus Cloud',
          metric: 'buyback',
          period: 'FY2027',
          statements: [statement(it, f, 5e10)],
          conflict: false,
          latest: 0,
          mostCited: 0,
        },
      ];
    },
  });
  const s = await engine.doWriteStory({ ...b, toldBefore: { [yesterday.id]: '2026-07-15' } }, 'stories');
  const first = s.paragraphs[0] ?? '';
  assert.match(first, /^星云云宣布新增/u, first);
});

test('told before: an opening that names the company and its event with no figure is no retelling', async () => {
  const b = makeBundle({
    id: 'st_told_opening',
    items: [
      {
        title: '星云云回购消息发酵，云计算板块走强',
        url: 'https://www.cls.cn/detail/80',
        date: '2026-07-17',
        text: [
          '星云云交出了上市以来最好的季度成绩单，市场情绪升温。',
          '星云云第四财季营收同比增长16%至884亿美元。',
          '星云云宣布新增500亿美元股票回购授权，将在未来三年内执行。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 8.84e10, subject: 'Nimbus Cloud', metric: 'revenue', period: 'FY2026Q4' },
      { value: 5e10, subject: 'Nimbus Cloud', metric: 'buyback', period: 'FY2027' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const claim = (metric: string, period: string, value: number, earlier: boolean): Claim => ({
        subject: 'Nimbus Cloud',
        metric,
        period,
        statements: [statement(it, f, value), ...(earlier ? [statement(yesterday, yFigs, 8.84e10)] : [])],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      return [claim('revenue', 'FY2026Q4', 8.84e10, true), claim('buyback', 'FY2027', 5e10, false)];
    },
  });
  const s = await engine.doWriteStory({ ...b, toldBefore: { [yesterday.id]: '2026-07-15' } }, 'stories');
  assert.match(s.paragraphs[0] ?? '', /^星云云交出了/u, s.paragraphs.join('\n'));
});

test('told before: a sentence opening 受此拖累 / 据此 leans on the one before (a retold sentence left out takes its referent)', async () => {
  const { selfContained } = await import('../assemble/sentence-shape.js');
  assert.equal(selfContained('受此拖累，港股算力股周三普遍回落。'), false);
  assert.equal(selfContained('受此影响，公司股价下跌5%。'), false);
  assert.equal(selfContained('据此计算，公司估值约100亿元。'), false);
  assert.equal(selfContained('受益于AI需求，公司营收增长30%。'), true);
});
