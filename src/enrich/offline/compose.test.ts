import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { expected, mergeSameSubject } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { hedgedFigure } from './facts.js';
import { METRIC_ZH, metricZh } from './templates.js';

const engine = createOfflineEngine();

function english(title: string, text: string, claims: Parameters<typeof makeBundle>[0]['claims'], attributions = []) {
  return makeBundle({
    id: `st_${title.length}`,
    items: [{ title, text, url: 'https://www.bloomberg.com/news/x', date: '2026-03-02' }],
    attributions,
    claims,
  });
}

test('compose: a stock move with no figure is written as one; a rise or fall names a fact only when the title states its number', async () => {
  const b = english(
    'Nvidia slides as investors question circular AI financing',
    'Nvidia shares fell on Thursday. The company expects first-quarter revenue of $78 billion, analysts said.',
    (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('Nvidia', 'revenue', '2026Q1', [statement(it, figs[it.id] ?? [], 7.8e10)])];
    },
    [{ value: 7.8e10, subject: 'Nvidia', metric: 'revenue', period: '2026Q1' }] as never,
  );
  const s = await engine.doWriteStory(b, 'stories');
  assert.equal(s.headline, '英伟达股价下跌');
  assert.ok(s.paragraphs[0]?.startsWith('据彭博报道，英伟达股价下跌。'), s.paragraphs[0]);
  assert.ok(!s.headline.includes('780亿'), 'the revenue forecast is not what slid');
});

test('compose: a deal event needs both parties named in the title; the title amount states it', async () => {
  const b = makeBundle({
    id: 'st_deal',
    items: [
      {
        title: 'Microsoft to invest up to $5 billion more in Mistral',
        text: 'Microsoft will invest $2 billion in Mistral this year. Nvidia has also invested $1 billion in Mistral.',
        url: 'https://www.reuters.com/x',
        date: '2026-03-02',
      },
    ],
    deals: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        { from: 'Nvidia', to: 'Mistral AI', kind: 'invest', amount: statement(it, f, 1e9).figure, itemId: it.id, source: '', sentence: '' },
        {
          from: 'Microsoft',
          to: 'Mistral AI',
          kind: 'invest',
          amount: statement(it, f, 2e9).figure,
          itemId: it.id,
          source: '',
          sentence: '',
        },
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'sections');
  assert.equal(s.headline, '微软将向Mistral AI追加投资最多50亿美元');
  assert.ok(
    s.insights.every((i) => !i.includes('微软向Mistral AI投资')),
    'the event is not repeated as a flow',
  );
  // A single flow restates the story's own lines (资金流向：…): no insight.
  assert.ok(
    s.insights.every((i) => !i.includes('英伟达向Mistral AI投资')),
    JSON.stringify(s.insights),
  );
});

test('compose: flows that come back to who paid them are one 资金闭环 insight, in flow order', async () => {
  const b = makeBundle({
    id: 'st_loop',
    items: [
      {
        title: 'Nvidia to invest $10 billion in OpenAI',
        text: 'Nvidia will invest $10 billion in OpenAI. OpenAI signed a $300 billion cloud contract with Oracle. Oracle has ordered $40 billion of Nvidia chips.',
        url: 'https://www.reuters.com/loop',
        date: '2026-03-02',
      },
    ],
    deals: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const edge = (from: string, to: string, kind: 'invest' | 'cloud-contract' | 'purchase', v: number) => ({
        from,
        to,
        kind,
        amount: statement(it, f, v).figure,
        itemId: it.id,
        source: '',
        sentence: '',
      });
      return [
        edge('Oracle', 'Nvidia', 'purchase', 4e10),
        edge('Nvidia', 'OpenAI', 'invest', 1e10),
        edge('OpenAI', 'Oracle', 'cloud-contract', 3e11),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'sections');
  const loop = s.insights.find((i) => i.startsWith('资金闭环：'));
  assert.ok(loop, JSON.stringify(s.insights));
  assert.match(
    loop,
    /^资金闭环：甲骨文向英伟达采购（\*\*400亿美元\*\*），英伟达向OpenAI投资（\*\*100亿美元\*\*），OpenAI与甲骨文签订云服务合同（\*\*3000亿美元\*\*），资金回流至甲骨文。$/,
  );
});

test('compose: a forecast word forecasts the amount it governs, not every amount of its sentence', () => {
  const s = 'Shares fell after record quarterly sales of $68.1 billion and a forecast of $78 billion for the current period.';
  assert.equal(expected(s, '$68.1 billion'), false);
  assert.equal(expected(s, '$78 billion'), true);
  assert.equal(expected('公司预计全年营收为120亿元，去年为80亿元。', '120亿元'), true);
  assert.equal(expected('公司预计全年营收为120亿元，去年为80亿元。', '80亿元'), false);
  assert.equal(expected('Earnings per share were $1.62, against $1.53 expected.', '$1.53'), true);
});

test('sentences about one subject in a row are one sentence; a forecast and a sentence not opening with its subject stand alone', () => {
  const said = [
    { subject: 'xAI', text: 'xAI估值约为2300亿美元。' },
    { subject: 'xAI', text: 'xAI 2026年资本开支超过180亿美元。' },
    { subject: 'xAI', text: 'xAI 2025年第三季度亏损约为14.6亿美元。' },
    { subject: '英伟达', text: '英伟达预计2027财年第一财季营收为780亿美元。' },
    { subject: '英伟达', text: '英伟达2026财年投资为264亿美元。' },
    { subject: 'CoreWeave', text: '截至2026年9月，CoreWeave在手订单为1300亿美元。' },
  ];
  assert.deepEqual(mergeSameSubject(said), [
    'xAI估值约为2300亿美元，2026年资本开支超过180亿美元，2025年第三季度亏损约为14.6亿美元。',
    '英伟达预计2027财年第一财季营收为780亿美元。',
    '英伟达2026财年投资为264亿美元。',
    '截至2026年9月，CoreWeave在手订单为1300亿美元。',
  ]);
  assert.deepEqual(mergeSameSubject([{ subject: 'xAI', text: 'xAI 2026年资本开支超过180亿美元。' }]), [
    'xAI 2026年资本开支超过180亿美元。',
  ]);
});

test('one table of metric names: every metric the extractor labels has a default Chinese word in data/story-templates.json', () => {
  const labelled = loadDataTable(
    'metrics.json',
    z.object({ metrics: z.array(z.object({ metric: z.string() }).passthrough()) }).passthrough(),
  );
  const missing = labelled.metrics.map((m) => m.metric).filter((m) => !METRIC_ZH[m]);
  assert.deepEqual(missing, []);
  assert.equal(METRIC_ZH.capex, '资本开支');
  assert.equal(metricZh('profit-growth'), '利润增速');
});

test('a hedged figure is quoted in its sentence, never restated as a fact: estimates, consensus, amounts lost, cash burn, per share', () => {
  const hedged: [string, string, string][] = [
    ['当季营收681.3亿美元，高于市场预期的656亿美元。', '656亿美元', 'revenue'],
    ['英伟达盘中市值蒸发约2400亿美元。', '约2400亿美元', 'market-cap'],
    ['Investors wiped about $380 billion off Oracle’s market value.', '$380 billion', 'market-cap'],
    ['OpenAI expects to burn more than $100 billion through 2029.', '$100 billion', 'loss'],
    ['Analysts at one brokerage put the combined figure lower, at $380 billion.', '$380 billion', 'capex'],
    ['每股纯益19.50元。', '19.50元', 'profit'],
  ];
  for (const [s, f, m] of hedged) assert.ok(hedgedFigure(s, f, m), s);
  const plain: [string, string, string][] = [
    ['当季营收681.3亿美元，同比增长71%。', '681.3亿美元', 'revenue'],
    ['英伟达盘中市值蒸发约2400亿美元。', '约2400亿美元', 'market-cap-change'],
    ['Amazon expects capital spending of about $200 billion in 2026.', '$200 billion', 'capex'],
  ];
  for (const [s, f, m] of plain) assert.ok(!hedgedFigure(s, f, m), s);
});

test('a lower bound is a qualifier, not a hedge', () => {
  assert.ok(!hedgedFigure('xAI plans to spend at least $18 billion on capex in 2026.', '$18 billion', 'capex'));
  assert.ok(!hedgedFigure('公司今年研发投入不低于50亿元。', '50亿元', 'spending'));
});

test('a loss stated with its own verb is a fact', () => {
  assert.ok(!hedgedFigure('It lost about $1.46 billion in the September quarter.', 'about $1.46 billion', 'loss'));
  assert.ok(hedgedFigure('Oracle lost about $380 billion of market value.', 'about $380 billion', 'market-cap'));
});

test('a subject’s run says its period once and an amount with its change together', () => {
  assert.deepEqual(
    mergeSameSubject([
      { subject: '英伟达', text: '英伟达2027财年第三财季营收为784亿美元。' },
      { subject: '英伟达', text: '英伟达2027财年第三财季营收同比增长38%。' },
    ]),
    ['英伟达2027财年第三财季营收同比增长38%至784亿美元。'],
  );
  assert.deepEqual(
    mergeSameSubject([
      { subject: '亚马逊', text: '亚马逊2025年第四季度营收为2134亿美元。' },
      { subject: '亚马逊', text: '亚马逊2025年第四季度遣散费用为7.2亿美元。' },
      { subject: '亚马逊', text: '亚马逊2026年资本开支约为2000亿美元。' },
    ]),
    ['亚马逊2025年第四季度营收为2134亿美元，遣散费用为7.2亿美元，2026年资本开支约为2000亿美元。'],
  );
});
