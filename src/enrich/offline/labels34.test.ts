/**
 * labels34 (decision 110): a figure's standing as its source gives it — a guidance range keeps its constant-currency
 * basis when the basis is said as the measure's adjective (`cc revenue growth guidance`), a profit alert is told as
 * expected (预计) with the loss it turns from said as the year before's, a net profit is 净利润, and Hong Kong results
 * words read as the mainland writes them. Articles invented for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { extract, loadGazetteer } from '../../extract/index.js';
import { mainlandStyle } from '../assemble/mainland.js';
import { createOfflineEngine } from './engine.js';
import { priorLoss, yearBefore } from './turnaround.js';

const engine = createOfflineEngine();
const gaz = loadGazetteer();

const scope = (text: string, figure: string) =>
  extract(text, { date: '2026-10-23' }, gaz).figures.find((f) => f.text.replace(/^\+/, '') === figure)?.scope;

test('constant currency said as the adjective of the guided measure scopes the guidance range', () => {
  assert.equal(scope('Management raised FY27 cc revenue growth guidance to 3-4% from 2-3%.', '3-4%'), '按固定汇率计算');
  assert.equal(
    scope('Vantara Infotech expects constant-currency revenue growth of 5% to 6% in fiscal 2027.', '5% to 6%'),
    '按固定汇率计算',
  );
  // A plain guidance, and a later change of the clause after another number, are not.
  assert.equal(scope('Vantara Infotech raised its revenue guidance to 5% and grew 3% in the quarter.', '5%'), undefined);
  assert.equal(scope('Vantara Infotech said revenue growth guidance of 5% was unchanged.', '5%'), undefined);
});

test('a profit alert is told as expected, with the loss it turns from as the year before’s', async () => {
  const title = 'AI server maker Kestrel Compute expects swing to annual profit';
  const text =
    'Nov 20 (Reuters) - Kestrel Compute, which makes artificial-intelligence servers, said it expects a net profit of about RMB630m for 2026, compared with a net loss of RMB230m a year earlier.';
  const s = await engine.doWriteStory(
    oneItemStory({ title, text, date: '2026-11-20' }, [
      ['Kestrel Compute', 'profit', '2026', 6.3e8],
      ['Kestrel Compute', 'loss', '2025', 2.3e8],
    ]),
    'stories',
  );
  const out = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.match(out, /Kestrel Compute预计2026年扭亏为盈，净利润\**约6\.3亿元\**，上年同期亏损\**2\.3亿元/u, out);
  assert.doesNotMatch(out, /2026年[^。]*(?<!上年同期)亏损\**2\.3亿元/u, out);
  // A reported turnaround says no 预计.
  const done = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'AI server maker Kestrel Compute swings to annual profit',
        text: text.replace('it expects a net profit', 'it made a net profit'),
      },
      [
        ['Kestrel Compute', 'profit', '2026', 6.3e8],
        ['Kestrel Compute', 'loss', '2025', 2.3e8],
      ],
    ),
    'stories',
  );
  assert.doesNotMatch(done.paragraphs.join(''), /预计/u, done.paragraphs.join(''));
  assert.equal(yearBefore('FY2027Q2'), 'FY2026Q2');
  assert.equal(yearBefore('unknown'), undefined);
  const fact = (metric: string, period: string) => ({ claim: { subject: 'Kestrel Compute', metric, period } });
  assert.equal(priorLoss(fact('profit', '2026'), [fact('loss', '2026'), fact('loss', '2024')]), undefined);
});

test('Hong Kong results words and visibility read as the mainland writes them', () => {
  assert.equal(
    mainlandStyle('凯思汽车预期截至2026年12月31日止年度录得纯利约6.1亿元，而2025年度则录得亏损约2.3亿元。'),
    '凯思汽车预期2026年度实现净利润约6.1亿元，而2025年度则出现亏损约2.3亿元。',
  );
  // Visibility is how far ahead orders are seen (可预见性), never certainty (确定性).
  assert.equal(mainlandStyle('公司订单能见度良好。'), '公司订单可预见性良好。');
});

test('the loss a profit alert compares with is the year before’s (对比上年度亏损, 上个财政年度)', () => {
  const periodOf = (text: string, figure: string) =>
    extract(text, { date: '2026-11-20' }, gaz).figures.find((f) => f.text === figure)?.period;
  assert.equal(periodOf('凯思汽车预计2026年度净利润6.1亿元，对比上年度亏损2.3亿元。', '2.3亿元'), '2025');
  assert.equal(periodOf('凯思汽车预期2026年度录得纯利约6.1亿元，对比去年同期亏损约2.3亿元。', '约2.3亿元'), '2025');
  assert.equal(periodOf('凯思汽车预计2026年度净利润6.1亿元，上个财政年度亏损2.3亿元。', '2.3亿元'), '2025');
  // A change after the comparison is this year's; so is the amount it leads to.
  assert.equal(periodOf('凯思汽车2026年营收较上年同期增长30%至12亿元。', '12亿元'), '2026');
});

test('a forecast event already said with 预计 takes no second 预计', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Lanxin Cloud forecasts about $20 billion in 2027 capital spending, shares slide',
        text: 'Nov 20 (Reuters) - Lanxin Cloud said it expects capital expenditures of about $20 billion in 2027.',
        date: '2026-11-20',
      },
      [['Lanxin Cloud', 'capex', '2027', 2e10]],
    ),
    'stories',
  );
  const out = `${s.headline}｜${s.paragraphs.join('｜')}`;
  assert.doesNotMatch(out, /预计预计/u, out);
});
