/**
 * Measure bases (docs/decisions/042): two statements conflict only when subject, metric, period and the basis their own
 * words name agree. Sentences written for this test, English and Chinese.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fig } from '../../test/fixtures/knowledge/records.js';
import type { Figure } from '../types/figure.js';
import type { Statement } from '../types/knowledge.js';
import { buildClaims } from './claims.js';
import { measureBasesOf } from './measure-basis.js';

test('measureBasesOf: the basis a figure’s own clause names, and none for a plain figure', () => {
  const cases: [string, string, Figure['kind'], string, string[]][] = [
    ['按固定汇率计算，该公司第三财季营收同比增长3.1%。', '3.1%', 'percent', 'revenue', ['constant-currency']],
    ['Revenue rose 3.1% in constant currency and 4.6% as reported.', '3.1%', 'percent', 'revenue', ['constant-currency']],
    ['Revenue rose 3.1% in constant currency and 4.6% as reported.', '4.6%', 'percent', 'revenue', []],
    ['该公司第三财季营收同比增长4.6%，按固定汇率计算增长3.1%。', '4.6%', 'percent', 'revenue', []],
    ['该公司第三财季营收同比增长4.6%，按固定汇率计算增长3.1%。', '3.1%', 'percent', 'revenue', ['constant-currency']],
    ['Organic revenue grew 7% in the quarter.', '7%', 'percent', 'revenue', ['organic']],
    ['Adjusted net income was $1.2 billion in the quarter.', '$1.2 billion', 'money', 'profit', ['adjusted']],
    ['Net income was $1.2 billion in the quarter.', '$1.2 billion', 'money', 'profit', []],
    ['期内经调整净利润为12亿元，同比增长8%。', '12亿元', 'money', 'profit', ['adjusted']],
    ['公司一季度营业利润为9.8亿元。', '9.8亿元', 'money', 'profit', ['operating']],
    ['公司一季度非通用会计准则营业利润为9.8亿元。', '9.8亿元', 'money', 'profit', ['operating']],
    ['Adjusted EBITA fell 12% to 38.9 billion yuan in the quarter.', '38.9 billion yuan', 'money', 'profit', ['adjusted', 'ebitda']],
    [
      'Adjusted earnings before interest, taxes and amortisation fell 12% to 38.9 billion yuan.',
      '38.9 billion yuan',
      'money',
      'profit',
      ['adjusted', 'ebitda'],
    ],
    ['Net income fell 12% to 30.7 billion yuan.', '30.7 billion yuan', 'money', 'profit', []],
    ['Operating profit rose 68% from a year earlier to 24.1 trillion won.', '24.1 trillion won', 'money', 'profit', ['operating']],
    ['期内经调整净利润同比增长8%至49.9亿元。', '49.9亿元', 'money', 'profit', ['adjusted']],
    ['The call: operating margin was 21.4%, and revenue grew 3.1%, all in constant currency.', '21.4%', 'percent', 'operating-margin', []],
    ['The startup said its annualized revenue run-rate passed $4 billion.', '$4 billion', 'money', 'revenue', ['run-rate']],
    ['该公司年化收入已超过40亿美元。', '40亿美元', 'money', 'revenue', ['run-rate']],
    ['Year-to-date revenue reached $9.3 billion.', '$9.3 billion', 'money', 'revenue', ['cumulative']],
    ['今年以来公司累计营收93亿元。', '93亿元', 'money', 'revenue', ['cumulative']],
    ['The group will invest $5 billion now and $20 billion more over the next two years.', '$20 billion', 'money', 'investment', []],
    ['The group plans to spend $80 billion over the next two years on data centres.', '$80 billion', 'money', 'capex', ['cumulative']],
    [
      'The call: 3.1% sequentially and 4.8% from a year earlier, in constant currency.',
      '3.1%',
      'percent',
      'revenue',
      ['constant-currency'],
    ],
    ['Sales rose 4.6% as reported; in constant currency, 3.1%.', '4.6%', 'percent', 'revenue', []],
    ['Net proceeds from the listing were $1.9 billion.', '$1.9 billion', 'money', 'ipo', ['net']],
    ['本次发行所得款项总额约为156亿港元。', '156亿港元', 'money', 'ipo', ['gross']],
    ['Net revenue came in at about $14.6 billion, up 3% year over year.', '$14.6 billion', 'money', 'revenue', []],
    ['Bookings in the quarter were $4.8 billion.', '$4.8 billion', 'money', 'revenue', ['bookings']],
    ['公司本季度新签合同总额达48亿美元。', '48亿美元', 'money', 'revenue', ['bookings']],
    ['云业务占总营收的23%。', '23%', 'percent', 'revenue', ['share']],
    ['Cloud accounted for 23% of total revenue.', '23%', 'percent', 'revenue', ['share']],
    ['Revenue rose 23% from a year earlier.', '23%', 'percent', 'revenue', []],
    // a broker's target price is its view of the stock, not a price anyone set
    ['Jefferies raised its price target on the chipmaker to $240 from $210.', '$240', 'money', 'price', ['target']],
    ['维持买入评级，目标价由85元上调至98元。', '98元', 'money', 'price', ['target']],
    ['The company cut the price of its flagship GPU to $25,000.', '$25,000', 'money', 'price', []],
  ];
  for (const [sentence, text, kind, family, want] of cases)
    assert.deepEqual(measureBasesOf(sentence, { kind, text, qualifier: 'exact' }, family), want, `${text} in ${sentence}`);
});

/** A statement of `text` in `sentence`, of one item, for one subject / metric / period. */
function said(
  item: string,
  sentence: string,
  text: string,
  props: Partial<Figure> & Pick<Figure, 'kind'>,
  claim: { subject: string; metric: string; period?: string },
  date = '2026-10-20',
): Statement {
  return {
    figure: { ...fig(sentence, text, props), ...claim },
    itemId: item,
    source: `https://example.com/${item}`,
    line: 1,
    sentence,
    date,
  };
}

test('claims: a constant-currency growth rate and the reported one are two claims, never a conflict', () => {
  const c = { subject: 'Infosys', metric: 'revenue', period: 'FY2027Q2' };
  const claims = buildClaims([
    said('a', 'Infosys revenue rose 2.2% in constant currency terms in the quarter.', '2.2%', { kind: 'percent', value: 2.2 }, c),
    said('b', '印孚瑟斯第二财季营收同比增长5.1%。', '5.1%', { kind: 'percent', value: 5.1 }, c),
  ]);
  assert.equal(claims.length, 2);
  assert.ok(claims.every((x) => !x.conflict));
  assert.deepEqual(claims.map((x) => x.basis ?? '').sort(), ['', 'constant-currency']);
});

test('claims: the same basis still conflicts (two constant-currency rates that cannot both hold)', () => {
  const c = { subject: 'Infosys', metric: 'revenue', period: 'FY2027Q2' };
  const claims = buildClaims([
    said('a', 'Infosys revenue rose 2.2% in constant currency terms in the quarter.', '2.2%', { kind: 'percent', value: 2.2 }, c),
    said('b', '按固定汇率计算，印孚瑟斯第二财季营收增长3.4%。', '3.4%', { kind: 'percent', value: 3.4 }, c),
  ]);
  assert.equal(claims.length, 1);
  assert.ok(claims[0]?.conflict);
});

test('claims: adjusted profit against net profit, run-rate against revenue, year-to-date against a quarter: no conflict', () => {
  const p = { subject: 'Kuaishou', metric: 'profit', period: '2026Q3' };
  const r = { subject: 'Anthropic', metric: 'revenue', period: '2026' };
  const q = { subject: 'Xiaomi', metric: 'revenue', period: '2026Q3' };
  const claims = buildClaims([
    said('a', '快手三季度经调整净利润为49.9亿元。', '49.9亿元', { kind: 'money', value: 4.99e9, currency: 'CNY' }, p),
    said('b', '快手三季度净利润为44.9亿元。', '44.9亿元', { kind: 'money', value: 4.49e9, currency: 'CNY' }, p),
    said(
      'c',
      'Its annualized revenue run-rate passed $7 billion this year.',
      '$7 billion',
      { kind: 'money', value: 7e9, currency: 'USD' },
      r,
    ),
    said('d', 'Anthropic expects revenue of $4.7 billion this year.', '$4.7 billion', { kind: 'money', value: 4.7e9, currency: 'USD' }, r),
    said('e', '小米前三季度累计营收达3400亿元。', '3400亿元', { kind: 'money', value: 3.4e11, currency: 'CNY' }, q),
    said(
      'f',
      'Xiaomi third-quarter revenue was 113 billion yuan.',
      '113 billion yuan',
      { kind: 'money', value: 1.13e11, currency: 'CNY' },
      q,
    ),
  ]);
  assert.ok(
    claims.every((x) => !x.conflict),
    JSON.stringify(claims.filter((x) => x.conflict).map((x) => x.basis)),
  );
  assert.equal(claims.length, 6);
});
