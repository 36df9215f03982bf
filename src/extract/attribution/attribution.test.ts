/** Table-driven attribution cases (subject / metric / period) on figures given by span, plus clause splitting. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { findEntities, loadGazetteer } from '../entities/index.js';
import { attributeFigures } from './attribute.js';
import { splitSentences } from './clauses.js';

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
  ['Microsoft reported results.\n\nRevenue rose to $70 billion.', ['$70 billion'], ['|revenue|']],
  ['英伟达数据中心收入同比增长93%，达到623亿美元。', ['93%', '623亿美元'], ['Nvidia|revenue-growth|', 'Nvidia|revenue|']],
  ['The market share of Nvidia rose to 90%.', ['90%'], ['Nvidia|market-share|']],
  ['Figure AI raised $1 billion.', ['$1 billion'], ['Figure AI|funding|']],
  ['本轮融资金额为一万亿日元，由软银主导。', ['一万亿日元'], ['SoftBank|funding|']],
  ['Meta同意在六年内向谷歌云支付超过100亿美元。', ['超过100亿美元'], ['Meta|spending|']],
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

test('splitSentences keeps numbers, abbreviations and Chinese punctuation straight', () => {
  const text = 'Nvidia earned $1.5 billion, up 20%. U.S. sales rose.\n微软增长，谷歌下降。';
  const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, ['Nvidia earned $1.5 billion, up 20%.', 'U.S. sales rose.', '微软增长，谷歌下降。']);
  const first = splitSentences(text)[0]!;
  assert.deepEqual(
    first.clauses.map((c) => text.slice(c.start, c.end)),
    ['Nvidia earned $1.5 billion', ' up 20%.'],
  );
});
