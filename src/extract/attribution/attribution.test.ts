/** Table-driven attribution cases (subject / metric / period) on figures given by span, plus clause splitting. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { findEntities, loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';
import { attributeFigures } from './attribute.js';
import { sentenceSpans } from './clauses.js';

const gaz = loadGazetteer();
const DOC = '2026-03-02';

/** Builds a figure for the n-th occurrence of `surface` (kind money unless it ends with % / 倍 / x). */
function fig(text: string, surface: string, nth = 0): Figure {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  assert.ok(start >= 0, `${surface} not in ${text}`);
  const kind = /[%％]$/.test(surface) ? 'percent' : /(倍|x)$/.test(surface) ? 'multiple' : 'money';
  return { text: surface, start, end: start + surface.length, kind, qualifier: 'exact' };
}

/** text, figure surfaces, expected `subject|metric|period` per figure ('' = undefined). */
const CASES: [string, string[], string[]][] = [
  ['Nvidia invested $5 billion in Intel.', ['$5 billion'], ['Nvidia|investment|']],
  ['英伟达向英特尔投资50亿美元。', ['50亿美元'], ['Nvidia|investment|']],
  ['Intel received $5 billion from Nvidia.', ['$5 billion'], ['Intel||']],
  ['OpenAI raised $6.6 billion in October 2024.', ['$6.6 billion'], ['OpenAI|funding|2024-10']],
  ["Nvidia's revenue was $68 billion in the fourth quarter.", ['$68 billion'], ['Nvidia|revenue|FY2026Q4']],
  ["Nvidia's market value rose to $5 trillion.", ['$5 trillion'], ['Nvidia|market-cap|']],
  ['四巨头今年资本开支合计超过4000亿美元。', ['超过4000亿美元'], ['Hyperscalers|capex|2026']],
  ['Microsoft, Google, Amazon and Meta will spend a combined $400 billion this year.', ['$400 billion'], ['Hyperscalers|capex|2026']],
  ['微软和谷歌今年的资本开支分别为800亿美元和750亿美元。', ['800亿美元', '750亿美元'], ['Microsoft|capex|2026', 'Google|capex|2026']],
  ['英伟达市值蒸发5000亿美元。', ['5000亿美元'], ['Nvidia|market-cap-change|']],
  ['Oracle lost $100 billion in market value.', ['$100 billion'], ['Oracle|market-cap-change|']],
  ['Apple的市值为4万亿美元。', ['4万亿美元'], ['Apple|market-cap|']],
  ['甲骨文与OpenAI签订了3000亿美元的合同。', ['3000亿美元'], ['Oracle|contract|']],
  ['The H20 sells for $12,000.', ['$12,000'], ['Nvidia|price|']],
  ['According to Reuters, xAI is valued at $200 billion.', ['$200 billion'], ['xAI|valuation|']],
  ['麦肯锡预计，到2030年全球数据中心投资将达到6.7万亿美元。', ['6.7万亿美元'], ['|capex|2030']],
  [
    'Amazon invested $4 billion in Anthropic, bringing its total to $8 billion.',
    ['$4 billion', '$8 billion'],
    ['Amazon|investment|', 'Amazon|investment|'],
  ],
  ['Microsoft reported results. Revenue rose to $70 billion.', ['$70 billion'], ['Microsoft|revenue|']],
  // A text about one company: a sentence naming no one speaks of it, across paragraphs too.
  ['Microsoft reported results.\n\nRevenue rose to $70 billion.', ['$70 billion'], ['Microsoft|revenue|']],
  ['英伟达数据中心收入同比增长93%，达到623亿美元。', ['93%', '623亿美元'], ['Nvidia|revenue-growth|', 'Nvidia|revenue|']],
  ['The market share of Nvidia rose to 90%.', ['90%'], ['Nvidia|market-share|']],
  ['Figure AI raised $1 billion.', ['$1 billion'], ['Figure AI|funding|']],
  ['本轮融资金额为一万亿日元，由软银主导。', ['一万亿日元'], ['SoftBank|funding|']],
  ['Meta同意在六年内向谷歌云支付超过100亿美元。', ['超过100亿美元'], ['Meta|spending|']],
  // A sentence without a metric or period continues the previous one of its paragraph; a later 'next year' compares.
  [
    'Microsoft and Meta have each raised their spending plans twice this year. Microsoft now guides to $91 billion, and Meta to $70 billion, with both saying growth will be larger next year.',
    ['$91 billion', '$70 billion'],
    ['Microsoft|capex|2026', 'Meta|capex|2026'],
  ],
  // 'raised its forecast' is no fund-raise; 'last month' dates the raise, not the annual capex; the list's siblings agree.
  [
    'Microsoft plans to spend about $120 billion in calendar 2026. Alphabet last month raised its forecast to $91 billion, while Meta expects capital expenditures of $70 billion.',
    ['$120 billion', '$91 billion', '$70 billion'],
    ['Microsoft|capex|2026', 'Google|capex|2026', 'Meta|capex|2026'],
  ],
  [
    '微软2026年资本开支约1200亿美元（含融资租赁）；谷歌将指引上调至910亿美元；Meta预计资本开支为700亿美元。',
    ['约1200亿美元', '910亿美元', '700亿美元'],
    ['Microsoft|capex|2026', 'Google|capex|2026', 'Meta|capex|2026'],
  ],
  ['今年早些时候，英伟达因H20芯片无法出货计提了45亿美元的存货减值。', ['45亿美元'], ['Nvidia|write-down|2026']],
  ['Nvidia took a $4.5 billion charge on H20 inventory it could not ship.', ['$4.5 billion'], ['Nvidia|write-down|']],
  ["OpenAI's contracts with CoreWeave now total $22.4 billion.", ['$22.4 billion'], ['OpenAI|contract|']],
  [
    'Amazon remains the biggest spender. The company said its capital spending will exceed $125 billion this year, most of it for Amazon Web Services.',
    ['$125 billion'],
    ['Amazon|capex|2026'],
  ],
  // 'The company' in a later paragraph is the company the text is about (named in the title, mentioned most).
  [
    "TSMC to raise prices\n\nTSMC plans to raise prices. Nvidia and Apple buy its chips. TSMC declined to comment.\n\nThe company's revenue rose to 989.9 billion New Taiwan dollars in the third quarter.",
    ['989.9 billion New Taiwan dollars'],
    ['TSMC|revenue|2025Q3'],
  ],
  // What the amount is of, a unit price, a linking 'worth', a share sale that is no revenue.
  ['Meta sold $30 billion of bonds on Friday.', ['$30 billion'], ['Meta|debt|']],
  ['OpenAI has signed compute commitments worth about $1.4 trillion.', ['$1.4 trillion'], ['OpenAI|contract|']],
  [
    'The proposed valuation is well above the $500 billion at which OpenAI employees sold shares last year.',
    ['$500 billion'],
    ['OpenAI|valuation|2025'],
  ],
  // A period in another clause that dates an event (the agreement) does not date the figure.
  ['根据去年达成的重组协议，OpenAI承诺追加采购2500亿美元的Azure云服务。', ['2500亿美元'], ['OpenAI|contract|']],
  // A deal amount takes a date of its own clause only: last year's agreement is not this commitment's period.
  ['根据去年的协议，OpenAI承诺追加采购2500亿美元的Azure云服务。', ['2500亿美元'], ['OpenAI|contract|']],
  [
    '微软自2019年以来累计向OpenAI投资约130亿美元；根据去年达成的重组协议，OpenAI承诺追加采购2500亿美元的Azure云服务。',
    ['约130亿美元', '2500亿美元'],
    ['Microsoft|investment|', 'OpenAI|contract|'],
  ],
  // 'since 2019' makes the amount cumulative: it covers no single year.
  ['Microsoft has invested about $13 billion in OpenAI since 2019.', ['$13 billion'], ['Microsoft|investment|']],
  [
    'OpenAI与甲骨文签署价值3000亿美元的云合同，从2027年开始执行。为了兑现这份合同，甲骨文正向英伟达采购约400亿美元的GPU。',
    ['约400亿美元'],
    ['Oracle|contract|'],
  ],
  [
    '微软自2019年以来累计向OpenAI投资约130亿美元。与此同时，OpenAI承诺追加采购2500亿美元的Azure云服务。',
    ['约130亿美元', '2500亿美元'],
    ['Microsoft|investment|', 'OpenAI|contract|'],
  ],
  // Several companies, no main one: 'the company' stays unattributed across paragraphs.
  ["Nvidia and AMD report this week.\n\nThe company's revenue rose to $30 billion.", ['$30 billion'], ['|revenue|']],
];

for (const [text, surfaces, expected] of CASES) {
  test(`attribution: ${text.replace(/\n/g, ' ')}`, () => {
    const figures = surfaces.map((s) => fig(text, s));
    const out = attributeFigures(text, figures, findEntities(text, gaz, { discover: true }), { date: DOC }, gaz);
    assert.deepEqual(
      out.map((f) => `${f.subject ?? ''}|${f.metric ?? ''}|${f.period ?? ''}`),
      expected,
    );
  });
}

test('attributeFigures returns copies and keeps values already set', () => {
  const text = '微软今年资本开支800亿美元。';
  const f = { ...fig(text, '800亿美元'), metric: 'spending' };
  const [out] = attributeFigures(text, [f], findEntities(text, gaz), { date: DOC }, gaz);
  assert.equal(out?.metric, 'spending');
  assert.equal(out?.subject, 'Microsoft');
  assert.equal(f.subject, undefined);
});

test('sentenceSpans keeps numbers, abbreviations and Chinese punctuation straight', () => {
  const text = 'Nvidia earned $1.5 billion, up 20%. U.S. sales rose.\n微软增长，谷歌下降。';
  const s = sentenceSpans(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, ['Nvidia earned $1.5 billion, up 20%.', 'U.S. sales rose.', '微软增长，谷歌下降。']);
  const first = sentenceSpans(text)[0]!;
  assert.deepEqual(
    first.clauses.map((c) => text.slice(c.start, c.end)),
    ['Nvidia earned $1.5 billion', ' up 20%.'],
  );
});

test('a period that marks a start dates no amount, neither of its sentence nor of the next', () => {
  const text = 'OpenAI与甲骨文签署价值3000亿美元的云合同，从2027年开始执行。为了兑现这份合同，甲骨文正向英伟达采购约400亿美元的GPU。';
  const got = extract(text, { date: DOC }, gaz).figures.filter((f) => f.kind === 'money');
  assert.deepEqual(
    got.map((f) => `${f.text}|${f.subject}|${f.period ?? ''}`),
    ['3000亿美元|OpenAI|', '约400亿美元|Oracle|'],
  );
});

test('a commitment stated over several years carries no single-year period', () => {
  const cases: [string, string, string | undefined][] = [
    ['据OpenAI披露，其未来八年的算力采购承诺总额约为1.4万亿美元，而公司今年的收入仅为这一数字的一小部分。', '1.4万亿美元', undefined],
    ['OpenAI has about $1.4 trillion of compute commitments over about eight years.', '$1.4 trillion', undefined],
    ['OpenAI与甲骨文签署价值3000亿美元的云合同，为期五年，从2027年开始执行。', '3000亿美元', undefined],
    ['微软今年资本开支约800亿美元，折旧年限为六年。', '800亿美元', '2026'],
  ];
  for (const [text, surface, period] of cases) {
    const f = extract(text, { date: DOC }, gaz).figures.find((x) => x.text.includes(surface));
    assert.ok(f, `${surface} extracted from ${text}`);
    assert.equal(f.period, period, text);
  }
});

test('a small amount followed by a unit ("per million input tokens", "each") is a price; a large one is not', () => {
  const at = (text: string, surface: string) => extract(text, { date: DOC }, gaz).figures.find((x) => x.text.includes(surface));
  assert.equal(at('For developers, GPT-5 costs $1.25 per million input tokens.', '$1.25')?.metric, 'price');
  assert.equal(at('The B300 costs about $40,000 each, analysts said.', '$40,000')?.metric, 'price');
  assert.notEqual(at('Running the model costs $5 billion per month in compute.', '$5 billion')?.metric, 'price');
});
