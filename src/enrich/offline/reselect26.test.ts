/**
 * The headline's fact stays in the body (issue 11, editor25 "headline and body drift apart", t "headline figure missing
 * from the body"): the sentence carrying the headline's figure is printed, with the sentence it leans on; when it cannot
 * be, the headline is rebuilt from what the body tells. Fixtures are hand-written sentences, not copies of the batches.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord, StoryBundle } from '../../types/index.js';
import { headlineUntold } from '../assemble/headline-told.js';
import { selfContained } from '../assemble/sentence-shape.js';
import { colour, colourUnder } from './colour.js';
import { createOfflineEngine, headlineBacking } from './engine.js';
import { sourceSentences } from './sentences.js';

const engine = createOfflineEngine();

/** A results story whose first paragraph is commentary and whose results sentence opens on 公司 (it leans on the one before). */
function resultsStory(title: string, results: string): StoryBundle {
  const text = [
    '国产模拟芯片行业正在经历一轮库存出清，多家厂商表示下游需求回暖。',
    `星河半导体10月28日晚间发布第三季度报告。${results}`,
    '星河半导体前三季度研发投入达到4.2亿元，占营收比例超过15%。',
    '公司拟每10股派发现金红利2元。某券商给予星河半导体目标价88元。',
  ].join('\n\n');
  return makeBundle({
    id: 'st_xinghe_q3',
    items: [{ title, text, url: 'https://www.cls.cn/detail/88001', date: '2026-10-29' }],
    attributions: [
      { value: 1.86e9, subject: '星河半导体', metric: 'revenue', period: '2026Q3' },
      { value: 42, subject: '星河半导体', metric: 'revenue-growth', period: '2026Q3' },
      { value: 4.2e8, subject: '星河半导体', metric: 'rd-expense', period: '2026Q1-Q3' },
      { value: 88, subject: '星河半导体', metric: 'target-price', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const has = (v: number) => f.some((x) => x.value === v);
      return [
        ...(has(1.86e9) ? [single('星河半导体', 'revenue', '2026Q3', [statement(it, f, 1.86e9)])] : []),
        single('星河半导体', 'rd-expense', '2026Q1-Q3', [statement(it, f, 4.2e8)]),
      ];
    },
  });
}

test('a headline figure whose sentence leans on the one before it is printed with that sentence, never left out', async () => {
  const s = await engine.doWriteStory(
    resultsStory('星河半导体三季度营收增长42%至18.6亿元', '公司第三季度实现营收18.6亿元，同比增长42%，净利润2.3亿元。'),
    'stories',
  );
  const body = s.paragraphs.join('\n').replace(/\*\*/g, '');
  assert.deepEqual(
    headlineUntold(s.headline, body).map((f) => f.text),
    [],
    `${s.headline}\n${body}`,
  );
  // The lead opens on the company and its event (not the industry's commentary before it); the 公司 sentence follows the
  // sentence naming the company.
  assert.match(body, /^星河半导体10月28日晚间发布第三季度报告。公司第三季度实现营收18.6亿元/u, body);
});

test('a headline figure no printable sentence tells goes from the headline: its clause dropped', async () => {
  // The figure's sentence leans on a sentence that cannot stand (此外…): neither can be printed, so the headline drops
  // the clause of that figure and keeps the event the body tells.
  const s = await engine.doWriteStory(
    resultsStory('星河半导体发布三季报，营收增长42%至18.6亿元', '此外，毛利率有所回升。其第三季度实现营收18.6亿元，同比增长42%。'),
    'stories',
  );
  const body = s.paragraphs.join('\n');
  assert.deepEqual(
    headlineUntold(s.headline, body).map((f) => f.text),
    [],
    `${s.headline}\n${body}`,
  );
  assert.match(s.headline, /星河半导体/u, s.headline);
});

test('colour: a market value, a year-to-date move, a wire phrase with no news in it', () => {
  assert.equal(colour('截至发稿，星河半导体总市值约为320亿元，年内累计上涨85%。'), true);
  assert.equal(colour('横向对比一下，同行的估值普遍在30倍左右。'), true);
  assert.equal(colour('星河半导体第三季度实现营收18.6亿元，同比增长42%。'), false);
  assert.equal(colour('受减值拖累，星河半导体股价下跌，公司预计全年亏损2亿元。'), false);
  // Under a headline whose news is the market's move, the share lines are the news.
  assert.equal(colourUnder('国产模拟芯片板块全线走强')('个股方面，星河半导体收涨12.4%，总市值重回600亿元上方。'), false);
  assert.equal(colourUnder('星河半导体拟12亿元收购晨光电子60%股权')('截至发稿，星河半导体总市值约为320亿元。'), true);
});

test('a deal term outranks market colour when the lead must choose', async () => {
  const text = [
    '星河半导体11月3日晚间公告，拟以12亿元现金收购晨光电子60%股权。',
    '截至发稿，星河半导体总市值约为320亿元，年内累计上涨85%。',
    '分析人士认为，交易完成后星河半导体市值有望突破400亿元，较当前高出25%。',
    '星河半导体将分三期支付交易对价，首期4.8亿元于股东大会通过后10日内支付。',
    '根据协议，晨光电子原股东承诺2027年至2029年累计净利润不低于4.5亿元。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_xinghe_deal',
    items: [{ title: '星河半导体拟12亿元收购晨光电子60%股权', text, url: 'https://www.cls.cn/detail/88002', date: '2026-11-04' }],
    attributions: [
      { value: 1.2e9, subject: '星河半导体', metric: 'acquisition', period: 'unknown' },
      { value: 3.2e10, subject: '星河半导体', metric: 'market-cap', period: 'unknown' },
      { value: 85, subject: '星河半导体', metric: 'stock-change', period: '2026' },
      { value: 4e10, subject: '星河半导体', metric: 'market-cap', period: 'unknown' },
      { value: 4.5e8, subject: '晨光电子', metric: 'net-income', period: '2027-2029' },
      { value: 4.8e8, subject: '星河半导体', metric: 'payment', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('星河半导体', 'acquisition', 'unknown', [statement(it, f, 1.2e9)]),
        single('星河半导体', 'market-cap', 'unknown', [statement(it, f, 3.2e10)]),
        single('星河半导体', 'stock-change', '2026', [statement(it, f, 85)]),
        single('晨光电子', 'net-income', '2027-2029', [statement(it, f, 4.5e8)]),
        single('星河半导体', 'payment', 'unknown', [statement(it, f, 4.8e8)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const lead = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(lead, /^星河半导体11月3日晚间公告/u, lead);
  // Three sentences of room: the event and two deal terms, not the market value and year-to-date move.
  assert.match(lead, /4\.8亿元.*4\.5亿元/u, lead);
  assert.doesNotMatch(lead, /320亿元/u, lead);
});

test('a sentence opening on 若不计… leans on the figure before it', () => {
  assert.equal(selfContained('若不计一次性收益，净利润同比增长20%。'), false);
  assert.equal(selfContained('如剔除汇率影响，营收增长12%。'), false);
  assert.equal(selfContained('星河半导体若不计一次性收益，净利润同比增长20%。'), true);
});

test('a headline figure two sentences deep comes with both sentences it leans on, back to the printed one', () => {
  const b = resultsStory(
    '星河半导体三季度车规芯片收入占比突破四成',
    '财报显示，公司当季实现营收18.6亿元；据记者统计，当季车规芯片收入约7.6亿元，占比首次突破四成。',
  );
  const item = b.items[0] as ItemRecord;
  const pool = sourceSentences(b, null);
  const opening = pool.find((x) => x.sentence.text.startsWith('星河半导体10月28日')) as (typeof pool)[number];
  const backed = headlineBacking('星河半导体三季度车规芯片收入占比突破四成', [opening], pool, item).map((x) => x.sentence.text);
  assert.deepEqual(backed, ['财报显示，公司当季实现营收18.6亿元；', '据记者统计，当季车规芯片收入约7.6亿元，占比首次突破四成。']);
});
