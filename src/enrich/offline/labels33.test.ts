/**
 * labels33 (decision 104): a figure's basis, unit and measure as the source gives them — a constant-currency sequential
 * rate is no plain growth, a money range's upper end keeps the lower end's millions, a profit excluding items is no plain
 * 净利润, a Taiwan order book's visibility is said as the mainland says it. Articles invented for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { extract, extractFigures, loadGazetteer } from '../../extract/index.js';
import { mainlandStyle } from '../assemble/mainland.js';
import { changeWord } from './basis.js';
import { mergeSameSubject } from './compose.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();
const gaz = loadGazetteer();

const write = async (
  title: string,
  text: string,
  claims: Parameters<typeof oneItemStory>[1],
  deals: Parameters<typeof oneItemStory>[2] = [],
  date = '2026-11-20',
) => {
  const s = await engine.doWriteStory(oneItemStory({ title, text, date }, claims, deals), 'stories');
  return `${s.headline}｜${s.paragraphs.join('｜')}`;
};

const range = (text: string) => {
  const f = extractFigures(text).find((x) => x.kind === 'money');
  return f ? { text: f.text, low: f.low, high: f.high, value: f.value } : undefined;
};

test('a money range whose upper end has no currency of its own takes the lower end’s currency and scale', () => {
  // A profit-warning range in millions: never the bare 610 (元) nor the lower end alone.
  assert.deepEqual(range('Kestrel Auto expects a net profit of RMB610m-650m for 2026.'), {
    text: 'RMB610m-650m',
    low: 6.1e8,
    high: 6.5e8,
    value: undefined,
  });
  assert.deepEqual(range('Kestrel Auto expects a net profit of RMB610-650m for 2026.')?.high, 6.5e8);
  assert.deepEqual(range('Kestrel Auto expects a net profit of RMB610m to 650m for 2026.')?.high, 6.5e8);
  assert.deepEqual(range('凯思汽车预计2026年净利润人民币6.1亿至6.5亿，同比扭亏为盈。')?.high, 6.5e8);
  // Metres stay metres; a change from one amount to another is no range.
  assert.equal(range('The tower rises 300m-450m above the bay.'), undefined);
  assert.deepEqual(
    extractFigures('营收从人民币50亿元增至60亿').map((f) => f.text),
    ['人民币50亿元', '60亿'],
  );
});

test('a rate measured sequentially in constant currency keeps both bases (环比, 按固定汇率计算)', () => {
  const scope = (text: string, figure: string) =>
    extract(text, { date: '2026-10-23' }, gaz).figures.find((f) => f.text.replace(/^\+/, '') === figure)?.scope;
  assert.equal(
    scope('Vantara Infotech said revenue was $5.15 billion, up 3.1% sequentially in constant currency.', '3.1%'),
    '按固定汇率计算',
  );
  assert.equal(scope("Vantara Infotech's revenue of US$5.15bn (+3.1% QoQ cc) was in line.", '3.1%'), '按固定汇率计算');
  assert.equal(scope('Vantara Infotech said revenue rose 8.4% from a year earlier.', '8.4%'), undefined);
  assert.equal(
    changeWord({ kind: 'percent', text: '3.1%', direction: 'up' }, 'Revenue of US$5.15bn (+3.1% QoQ cc) was in line.'),
    '环比增长',
  );
  assert.equal(changeWord({ kind: 'percent', text: '9%', direction: 'up' }, 'Sales rose 9% y/y in the quarter.'), '同比增长');
  // A change on another basis is no change *to* the reported amount: its own clause after it, the measure said once.
  assert.deepEqual(
    mergeSameSubject([
      { subject: '公司', text: '公司2027财年第二财季营收为51.5亿美元。' },
      { subject: '公司', text: '公司2027财年第二财季营收按固定汇率计算环比增长3.1%。' },
    ]),
    ['公司2027财年第二财季营收为51.5亿美元，按固定汇率计算环比增长3.1%。'],
  );
  // The reported change still leads to its amount.
  assert.deepEqual(
    mergeSameSubject([
      { subject: '公司', text: '公司2027财年第二财季营收为51.5亿美元。' },
      { subject: '公司', text: '公司2027财年第二财季营收同比增长8.4%。' },
    ]),
    ['公司2027财年第二财季营收同比增长8.4%至51.5亿美元。'],
  );
});

test('a profit on a non-GAAP basis or excluding items is 经调整净利润, never plain 净利润', async () => {
  const claims: Parameters<typeof oneItemStory>[1] = [
    ['Lanxin Cloud', 'revenue', '2026Q3', 2.4e9],
    ['Lanxin Cloud', 'profit', '2026Q3', 4.1e8],
  ];
  const lead = 'Nov 20 (Reuters) - Lanxin Cloud reported third-quarter revenue of $2.4 billion.';
  const a = await write('Lanxin third-quarter results', `${lead} Net income excluding items was $410 million.`, claims);
  assert.match(a, /经调整净利润\**4\.1亿美元/u, a);
  const b = await write('Lanxin third-quarter results', `${lead} On a non-GAAP basis, net income was $410 million.`, claims);
  assert.match(b, /经调整净利润\**4\.1亿美元/u, b);
  // A plain net income stays 净利润.
  const c = await write('Lanxin third-quarter results', `${lead} Net income was $410 million.`, claims);
  assert.match(c, /(?<!调整)净利润\**4\.1亿美元/u, c);
});

test('an order book’s visibility (能见度 / 可见度) is said as a mainland editor says it', () => {
  assert.equal(mainlandStyle('公司订单能见度已延伸至2027年。'), '公司订单已排至2027年。');
  assert.equal(mainlandStyle('公司业绩可见度高。'), '公司业绩可预见性高。');
  assert.equal(mainlandStyle('受台风影响，海面能见度低。'), '受台风影响，海面能见度低。');
});

test('money a bank will lend, or invest for a stake, is never the borrower’s existing debt (债务为…)', async () => {
  const results = 'Nov 20 (Reuters) - Lanxin Cloud reported third-quarter revenue of $2.4 billion.';
  const claims = (metric: string): Parameters<typeof oneItemStory>[1] => [
    ['Lanxin Cloud', 'revenue', '2026Q3', 2.4e9],
    ['Lanxin Cloud', metric, 'unknown', 5e9],
  ];
  const lend = await write(
    'Lanxin Cloud results',
    `${results} China Development Bank will lend Lanxin Cloud 5 billion yuan for its data centres, the company said.`,
    claims('debt'),
  );
  assert.match(lend, /将向Lanxin Cloud提供\**50亿元\**贷款/u, lend);
  assert.doesNotMatch(lend, /债务/u, lend);
  const equity = await write(
    'Lanxin Cloud results',
    `${results} China Development Bank will invest 5 billion yuan in Lanxin Cloud in exchange for a 10% stake, the company said.`,
    claims('debt'),
  );
  assert.match(equity, /将向Lanxin Cloud投资\**50亿元/u, equity);
  assert.doesNotMatch(equity, /债务|贷款/u, equity);
  // Debt the company holds stays its debt.
  const held = await write(
    'Lanxin Cloud results',
    `${results} Lanxin Cloud had total debt of 5 billion yuan at the end of September.`,
    claims('debt'),
  );
  assert.match(held, /债务/u, held);
});

test('a share of a total filed as a growth rate is never told as 增长', async () => {
  const out = await write(
    'Lanxin Cloud results',
    'Nov 20 (Reuters) - Lanxin Cloud reported third-quarter revenue of $2.4 billion. Data-centre revenue accounted for 38% of total revenue, up from 25% a year earlier.',
    [
      ['Lanxin Cloud', 'revenue', '2026Q3', 2.4e9],
      ['Lanxin Cloud', 'revenue-growth', '2026Q3', 38],
    ],
  );
  assert.doesNotMatch(out, /增长\**38%/u, out);
  // A growth rate beside a share keeps its change.
  const rate = await write(
    'Lanxin Cloud results',
    'Nov 20 (Reuters) - Lanxin Cloud reported third-quarter revenue of $2.4 billion, up 21% from a year earlier.',
    [
      ['Lanxin Cloud', 'revenue', '2026Q3', 2.4e9],
      ['Lanxin Cloud', 'revenue-growth', '2026Q3', 21],
    ],
  );
  assert.match(rate, /增长\**21%/u, rate);
});
