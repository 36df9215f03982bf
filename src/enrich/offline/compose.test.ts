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

test('compose: flows that come back to who paid them are told once, in flow order', async () => {
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
  // An English-only story tells the loop in its body (the amount of its lead not again); no 资金闭环 insight repeats it.
  assert.ok(
    s.paragraphs
      .join('')
      .includes(
        '英伟达将向OpenAI投资**100亿美元**。OpenAI与甲骨文签订价值3000亿美元的云服务合同，甲骨文向英伟达采购400亿美元，资金由此回流英伟达。',
      ),
    s.paragraphs.join(''),
  );
  assert.ok(
    s.insights.every((i) => !i.startsWith('资金闭环')),
    JSON.stringify(s.insights),
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
    'xAI估值约为2300亿美元，2026年资本开支超过180亿美元，2025年第三季度亏损约14.6亿美元。',
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
    ['亚马逊2025年第四季度营收为2134亿美元，遣散费用7.2亿美元，2026年资本开支约2000亿美元。'],
  );
});

/** An English-only story of one item whose claims are given as [subject, metric, period, value] (attributions alike). */
function englishStory(title: string, text: string, claims: [string, string, string, number][]) {
  return english(
    title,
    text,
    (items, figs) => {
      const it = items[0] as ItemRecord;
      return claims.map(([subject, metric, period, value]) => single(subject, metric, period, [statement(it, figs[it.id] ?? [], value)]));
    },
    claims.map(([subject, metric, period, value]) => ({ value, subject, metric, period })) as never,
  );
}

test('compose: the market reaction of the first paragraph rides on the lead, with its session word; never a price level, a span or another company', async () => {
  const b = englishStory(
    'Amazon forecasts about $200 billion in 2026 capital spending, shares slide',
    [
      'Amazon said on Thursday it expects to spend about $200 billion on capital projects this year, a figure that sent its shares down more than 8% in extended trading.',
      'Amazon shares had closed at $222.69 before the results, and had risen just 1% over the past 12 months.',
    ].join('\n\n'),
    [
      ['Amazon', 'capex', '2026', 2e11],
      ['Amazon', 'share-price', 'unknown', 8],
      ['Amazon', 'share-price', 'unknown', 222.69],
    ],
  );
  const s = await engine.doWriteStory(b, 'stories');
  const p = s.paragraphs[0] ?? '';
  assert.ok(p.startsWith('据彭博报道，亚马逊2026年资本开支预计**约2000亿美元**，股价盘后下跌**超过8%**。'), p);
  assert.ok(!p.includes('222.69') && !p.includes('1%'), p);
  // A market value of no stated moment (before or after the slide?) is neither in the body nor in 关键数据.
  const withValue = englishStory(
    'Amazon forecasts about $200 billion in 2026 capital spending, shares slide',
    'Amazon said on Thursday it expects to spend about $200 billion on capital projects this year, a figure that sent its shares down more than 8% in extended trading. The company has a market value of about $2.4 trillion.',
    [
      ['Amazon', 'capex', '2026', 2e11],
      ['Amazon', 'share-price', 'unknown', 8],
      ['Amazon', 'market-cap', 'unknown', 2.4e12],
    ],
  );
  const sec = await engine.doWriteStory(withValue, 'sections');
  assert.ok(!JSON.stringify([sec.paragraphs, sec.blocks]).includes('2.4万亿'), JSON.stringify(sec.blocks));

  // 'as much as' in the session: 盘中一度上涨; a move of another company in the same paragraph is not the subject's.
  const c = englishStory(
    'Broadcom forecasts revenue of $20.5 billion',
    'Broadcom forecast second-quarter revenue of $20.5 billion on Thursday, and its shares rose as much as 5% in intraday trading.',
    [
      ['Broadcom', 'revenue', '2026Q2', 2.05e10],
      ['Broadcom', 'share-price', 'unknown', 5],
    ],
  );
  const cp = (await engine.doWriteStory(c, 'stories')).paragraphs[0] ?? '';
  assert.ok(cp.includes('，股价盘中一度上涨**5%**。'), cp);
  const d = englishStory(
    'Samsung forecasts operating profit of $10 billion',
    'Samsung forecast second-quarter operating profit of $10 billion on Wednesday, while Micron shares jumped 5% in extended trading.',
    [
      ['Samsung Electronics', 'profit', '2026Q2', 1e10],
      ['Samsung Electronics', 'share-price', 'unknown', 5],
    ],
  );
  const dp = (await engine.doWriteStory(d, 'stories')).paragraphs[0] ?? '';
  assert.ok(!dp.includes('股价'), dp);
});

test('compose: a rate rides with the amount of its measure and spends no cap; the cap goes to the period’s news before a market value or a one-off charge', async () => {
  const b = englishStory(
    'Amazon forecasts about $200 billion in 2026 capital spending',
    [
      'Amazon said on Thursday it expects to spend about $200 billion on capital projects this year.',
      'Fourth-quarter net sales rose 14% from a year earlier to $213.4 billion. The quarter included a $720 million severance charge. Operating income was $25 billion in the quarter. The company has a market value of about $2.4 trillion.',
    ].join('\n\n'),
    [
      ['Amazon', 'capex', '2026', 2e11],
      ['Amazon', 'revenue', '2025Q4', 2.134e11],
      ['Amazon', 'revenue-growth', '2025Q4', 14],
      ['Amazon', 'cost', '2025Q4', 7.2e8],
      ['Amazon', 'profit', '2025Q4', 2.5e10],
      ['Amazon', 'market-cap', 'unknown', 2.4e12],
    ],
  );
  const p = ((await engine.doWriteStory(b, 'stories')).paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.ok(p.includes('营收同比增长14%至2134亿美元'), p);
  assert.ok(p.includes('利润250亿美元'), p);
  // Current news first: the market value and the severance charge come after the quarter's figures, if at all.
  const at = (x: string) => (p.includes(x) ? p.indexOf(x) : Number.POSITIVE_INFINITY);
  assert.ok(at('2134亿') < at('2.4万亿') && at('250亿') < at('2.4万亿') && at('250亿') < at('7.2亿'), p);
});

test('compose: a figure on the word of people familiar keeps 据知情人士; a plan stays 计划', async () => {
  const b = englishStory(
    'xAI raises $20 billion in Series E round',
    [
      'xAI said on Tuesday it raised $20 billion in an upsized Series E funding round.',
      'The round values the company at about $230 billion, according to people familiar with the matter. xAI plans to spend $18 billion on capital projects in 2026. Its first-quarter revenue was $3 billion, according to people familiar with its finances.',
    ].join('\n\n'),
    [
      ['xAI', 'funding', 'unknown', 2e10],
      ['xAI', 'valuation', 'unknown', 2.3e11],
      ['xAI', 'revenue', '2026Q1', 3e9],
      ['xAI', 'capex', '2026', 1.8e10],
    ],
  );
  const p = ((await engine.doWriteStory(b, 'stories')).paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.ok(p.startsWith('据彭博报道，xAI融资200亿美元。'), p);
  // On their word, the same owner's figures run on; the owner named once (公司); the plan after what happened (english24).
  assert.ok(p.includes('据知情人士透露，公司估值约为2300亿美元，2026年第一季度营收30亿美元。'), p);
  assert.ok(p.includes('公司计划2026年资本开支为180亿美元'), p);
  // People familiar are named once a story.
  assert.equal(p.split('知情人士').length - 1, 1, p);
  assert.ok(p.includes('30亿美元'), p);
  // 计划 governs spending, not a debt: a planned debt is not written as one held.
  const d = englishStory(
    'AEP boosts five-year spending plan',
    'AEP raised its capital plan on Thursday. The parent plans to issue about $4 billion of junior subordinated notes over the next two years.',
    [['American Electric Power', 'debt', 'unknown', 4e9]],
  );
  const dp = (await engine.doWriteStory(d, 'stories')).paragraphs.join('');
  assert.ok(!dp.includes('40亿'), dp);

  // The event itself on the word of people familiar: the lead names them.
  const c = englishStory(
    'OpenAI raises $100 billion',
    'OpenAI raised $100 billion in new funding, according to people familiar with the matter.',
    [['OpenAI', 'funding', 'unknown', 1e11]],
  );
  const cp = ((await engine.doWriteStory(c, 'stories')).paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.ok(cp.startsWith('据彭博援引知情人士报道，OpenAI融资1000亿美元。'), cp);
});

test('compose: a title whose demand surges moves no stock; the first paragraph’s share move rides on the lead instead', async () => {
  const b = englishStory(
    'Broadcom forecasts revenue above estimates as custom AI chip demand surges',
    [
      'Broadcom forecast second-quarter revenue of about $20.5 billion on Thursday, and the chipmaker’s shares rose about 6% in extended trading.',
      'Broadcom also raised its quarterly dividend by 10% to 65 cents a share. Revenue for the first quarter rose to $19.31 billion.',
    ].join('\n\n'),
    [
      ['Broadcom', 'revenue', '2026Q2', 2.05e10],
      ['Broadcom', 'revenue', '2026Q1', 1.931e10],
      ['Broadcom', 'share-price', 'unknown', 10],
      ['Broadcom', 'share-price', 'unknown', 6],
    ],
  );
  const s = await engine.doWriteStory(b, 'stories');
  const p = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.ok(!s.headline.includes('股价') && !p.includes('10%'), `${s.headline} / ${p}`);
  assert.ok(p.includes('，股价盘后上涨约6%。'), p);
  // A title that forecasts is news of the forecast, not of the quarter before it.
  assert.ok(p.startsWith('据彭博报道，博通预计2026年第二季度营收约为205亿美元，股价盘后上涨约6%。'), p);
});

test('compose: with no event to fill, the lead is the title’s own measure (what happened, with its rate), not the largest figure', async () => {
  const b = englishStory(
    'CoreWeave revenue more than doubles on AI demand, but loss widens',
    [
      'CoreWeave reported first-quarter revenue of $2.31 billion on Tuesday, up 124% from a year earlier.',
      'The company’s net loss widened to $412 million in the first quarter. CoreWeave said its revenue backlog stood at $66.8 billion at the end of March. It forecast second-quarter revenue of $2.6 billion.',
    ].join('\n\n'),
    [
      ['CoreWeave', 'revenue', '2026Q1', 2.31e9],
      ['CoreWeave', 'revenue-growth', '2026Q1', 124],
      ['CoreWeave', 'loss', '2026Q1', 4.12e8],
      ['CoreWeave', 'orders', '2026-03', 6.68e10],
      ['CoreWeave', 'revenue', '2026Q2', 2.6e9],
    ],
  );
  const p = ((await engine.doWriteStory(b, 'stories')).paragraphs[0] ?? '').replace(/\*\*/g, '');
  // The same quarter's loss runs on into the lead (english24).
  assert.ok(p.startsWith('据彭博报道，CoreWeave 2026年第一季度营收同比增长124%至23.1亿美元，亏损4.12亿美元。'), p);
  // The title's second measure comes before the backlog.
  assert.ok(p.indexOf('亏损') >= 0 && p.indexOf('亏损') < p.indexOf('668亿'), p);
});

test('compose: an event with no figure of its own is on its first sentence’s word: people familiar are named in the lead', async () => {
  const b = englishStory(
    'TSMC to raise chip prices next year',
    'TSMC plans to raise prices of its most advanced chips next year, according to two people familiar with the matter.',
    [],
  );
  const p = (await engine.doWriteStory(b, 'stories')).paragraphs[0] ?? '';
  assert.equal(p, '据彭博援引知情人士报道，台积电明年将上调价格。');
});

test('compose: the title’s first event is its news; a Tencent-backed company is no investment of Tencent', async () => {
  const b = englishStory(
    'CoreWeave unit secures $7.2 billion loan after parent’s $2 billion bond sale',
    'A CoreWeave unit secured a $7.2 billion loan on Friday, days after CoreWeave sold $2 billion of bonds.',
    [
      ['CoreWeave', 'debt', 'unknown', 7.2e9],
      ['CoreWeave', 'debt', '2026-03', 2e9],
    ],
  );
  const s = await engine.doWriteStory(b, 'stories');
  // The loan the title says was secured is said as a loan got (decision 190), still the first event.
  assert.ok(s.headline.startsWith('CoreWeave获得72亿美元贷款'), s.headline);
  const c = makeBundle({
    id: 'st_backed',
    items: [
      {
        title: 'Tencent-Backed StepFun Raises $800 Million at $7 Billion Valuation',
        text: 'StepFun raised $800 million in a new round that values it at $7 billion, the company said.',
        url: 'https://www.bloomberg.com/news/y',
        date: '2026-03-02',
      },
    ],
    attributions: [
      { value: 8e8, subject: 'StepFun', metric: 'funding', period: 'unknown' },
      { value: 7e9, subject: 'StepFun', metric: 'valuation', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('StepFun', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 8e8)]),
        single('StepFun', 'valuation', 'unknown', [statement(it, figs[it.id] ?? [], 7e9)]),
      ];
    },
    deals: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        { from: 'Tencent', to: 'StepFun', kind: 'invest', amount: statement(it, f, 8e8).figure, itemId: it.id, source: '', sentence: '' },
      ];
    },
  });
  const h = (await engine.doWriteStory(c, 'stories')).headline;
  assert.ok(h.includes('融资8亿美元') && !h.includes('腾讯向'), h);
});
