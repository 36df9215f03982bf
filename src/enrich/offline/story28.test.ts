/**
 * story28 (issue 11): an English-only story's body is told from all the facts its report holds that pass the gates — a
 * results wire's profit and guidance further down the report, today's share move wherever the report states it.
 * Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestStory, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import type { Figure } from '../../types/index.js';
import { newsFirst } from '../digest.js';
import { oneValue, wholeName } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { resultsNews } from './results-news.js';

const engine = createOfflineEngine();

const claim = (subject: string, period: string) => ({ claim: { subject, period } }) as Parameters<typeof resultsNews>[1];

test('resultsNews: the reported period, its year and later guidance of the same owner; never an earlier period', () => {
  const lead = { subject: 'Dell', period: 'FY2027Q3' };
  assert.equal(resultsNews(lead, claim('Dell', 'FY2027Q3'), false), true);
  assert.equal(resultsNews(lead, claim('Dell', 'FY2027'), false), true);
  assert.equal(resultsNews(lead, claim('Dell', 'FY2027Q4'), true), true);
  assert.equal(resultsNews(lead, claim('Dell', 'FY2028'), true), true);
  assert.equal(resultsNews(lead, claim('Dell', 'FY2027Q4'), false), false);
  assert.equal(resultsNews(lead, claim('Dell', 'FY2026Q3'), false), false);
  assert.equal(resultsNews(lead, claim('Dell', '2027Q4'), true), false);
  assert.equal(resultsNews(lead, claim('HP', 'FY2027Q3'), false), false);
});

test('a results wire: profit and guidance further down the report are told, not only the first two paragraphs', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Dell quarterly results beat estimates on server demand',
        text: [
          'Dell reported third-quarter revenue of $27.0 billion on Tuesday, ahead of analysts’ estimates.',
          'Demand for servers built around AI chips has kept rising, the company said.',
          'Analysts have watched the company’s server orders closely this year.',
          'Net income rose to $1.6 billion in the quarter.',
          'For the fourth quarter, Dell expects revenue of $31.5 billion.',
          'Memory costs went up roughly 40% from the prior quarter.',
        ].join('\n\n'),
      },
      [
        ['Dell', 'revenue', '2026Q3', 27e9],
        ['Dell', 'net-income', '2026Q3', 1.6e9],
        ['Dell', 'revenue', '2026Q4', 31.5e9],
        ['Dell', 'cost', '2026Q3', 40],
      ],
    ),
    'stories',
  );
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(body, /16亿美元/u, body);
  assert.match(body, /预计[^。]*315亿美元/u, body);
  // A rate filed under a level measure is not told as the level (成本40%).
  assert.doesNotMatch(body, /40%/u, body);
});

const moveStory = (last: string) =>
  oneItemStory(
    {
      title: 'Amazon forecasts about $200 billion in 2026 capital spending',
      text: [
        'Amazon said on Thursday it expects to spend about $200 billion on capital projects this year.',
        'Most of the money goes to data centers, power and custom chips for its cloud unit.',
        'Investors have asked how quickly the spending will pay off.',
        last,
      ].join('\n\n'),
      date: '2026-02-05',
    },
    [
      ['Amazon', 'capex', '2026', 2e11],
      ['Amazon', 'share-price', 'unknown', 8],
    ],
  );

test("today's share move stated further down the report rides on the lead; another day's does not", async () => {
  const today = await engine.doWriteStory(moveStory('Amazon shares fell 8% on Thursday.'), 'stories');
  const body = (today.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(body, /股价[^。]*下跌8%/u, body);
  const session = await engine.doWriteStory(moveStory('Amazon shares fell 8% in extended trading.'), 'stories');
  assert.match((session.paragraphs[0] ?? '').replace(/\*\*/g, ''), /股价盘后下跌8%/u);
  const ahead = await engine.doWriteStory(moveStory('Amazon shares closed down 8% ahead of the results.'), 'stories');
  assert.doesNotMatch((ahead.paragraphs[0] ?? '').replace(/\*\*/g, ''), /下跌8%/u);
  const before = await engine.doWriteStory(moveStory('Amazon shares fell 8% on Tuesday.'), 'stories');
  assert.doesNotMatch((before.paragraphs[0] ?? '').replace(/\*\*/g, ''), /下跌8%/u);
});

test('oneValue: two sources stating one number (one of them "about") are one fact; a ceiling or another number is not', () => {
  const fig = (value: number, qualifier: Figure['qualifier']) =>
    ({ kind: 'money', value, qualifier, text: '', start: 0, end: 0 }) as unknown as Figure;
  const f = { figure: fig(21.3e9, 'exact') };
  assert.equal(oneValue(f, [{ figure: fig(21.3e9, 'approx') }, { figure: fig(21.34e9, 'exact') }]), true);
  assert.equal(oneValue(f, [{ figure: fig(21.3e9, 'max') }]), false);
  assert.equal(oneValue(f, [{ figure: fig(19.8e9, 'exact') }]), false);
});

test('a guidance wire: the quarter it reports (revenue, profit) is news of it too', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Dell forecasts fourth-quarter revenue above estimates',
        text: [
          'Dell forecast fourth-quarter revenue of about $31.5 billion on Tuesday, above analysts’ estimates.',
          'Demand for servers built around AI chips has kept rising, the company said.',
          'Revenue for the third quarter rose to $27.0 billion, while net income reached $1.6 billion.',
        ].join('\n\n'),
      },
      [
        ['Dell', 'revenue', '2026Q4', 31.5e9],
        ['Dell', 'revenue', '2026Q3', 27e9],
        ['Dell', 'net-income', '2026Q3', 1.6e9],
      ],
    ),
    'stories',
  );
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(body, /预计[^。]*315亿美元/u, body);
  assert.match(body, /16亿美元/u, body);
});

test('wholeName: a multi-word name after the verb is read whole in sentence case, never cut to its first word', () => {
  assert.equal(wholeName('DGX', ' Cloud Lepton for developers', 'Nvidia unveils DGX Cloud Lepton for developers'), 'DGX Cloud Lepton');
  assert.equal(wholeName('GPT-5.5', ' with agent mode', 'OpenAI launches GPT-5.5 with agent mode'), 'GPT-5.5');
  assert.equal(wholeName('DGX', ' Cloud Lepton For Developers', 'Nvidia Unveils DGX Cloud Lepton For Developers'), undefined);
  assert.equal(wholeName('Gemini 3.5 Pro', ' With Longer Memory', 'Google Launches Gemini 3.5 Pro With Longer Memory'), 'Gemini 3.5 Pro');
});

test('a launch headline names the multi-word product whole, and never the actor as its own object', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Nvidia unveils DGX Cloud Lepton marketplace for developers',
        text: 'Nvidia unveiled a marketplace on Monday that rents out computing power from its cloud partners, and said revenue of its cloud unit reached $1.2 billion in the quarter.',
      },
      [['Nvidia', 'revenue', '2026Q1', 1.2e9]],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /DGX(?! Cloud Lepton)/u, s.headline);
  const self = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Launch of Nvidia: the chipmaker raises its quarterly revenue to $1.2 billion',
        text: 'Nvidia said on Monday its quarterly revenue reached $1.2 billion.',
      },
      [['Nvidia', 'revenue', '2026Q1', 1.2e9]],
    ),
    'stories',
  );
  assert.doesNotMatch(self.headline, /英伟达发布英伟达/u, self.headline);
});

test('newsFirst: an English-template story of one sentence is a 更多动态 line while a fuller story remains; two sentences stay', () => {
  const zh = digestStory({
    storyId: 'zh',
    headline: '阿里云大模型API再降价',
    paragraphs: ['阿里云宣布降价。价格最低每百万tokens 0.3元。'],
  });
  const one = digestStory({
    storyId: 'one',
    headline: 'Acme正洽谈融资约30亿元',
    paragraphs: ['据彭博援引知情人士报道，Acme正洽谈融资**约30亿元**，投前估值**约220亿元**。'],
    original: 'Acme is in talks to raise about 3 billion yuan.',
    brief: true,
  });
  const two = digestStory({
    storyId: 'two',
    headline: '戴尔三季度营收270亿美元',
    paragraphs: ['据路透社报道，戴尔公布2026年第三季度业绩，营收270亿美元。公司预计第四季度营收为315亿美元。'],
    original: 'Dell reported revenue of $27.0 billion.',
  });
  assert.deepEqual(
    newsFirst([one, two, zh]).map((s) => [s.storyId, s.minor]),
    [
      ['one', true],
      ['two', false],
      ['zh', false],
    ],
  );
  // Alone on its day, it keeps its place.
  assert.deepEqual(
    newsFirst([one]).map((s) => [s.storyId, s.minor]),
    [['one', false]],
  );
});
