/** Table-driven cases for percent and money forms fixed against the conformance suites and real news text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { extractFigures } from './index.js';

type Expect = Partial<Pick<Figure, 'text' | 'kind' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'qualifier' | 'direction'>>;

const CAUSES: Record<string, [string, Expect | null][]> = {
  '成 / 折 with a second digit or 半': [
    ['受访者中有六成三支持该方案', { text: '六成三', kind: 'percent', value: 63 }],
    ['出口占比约四成半', { text: '约四成半', value: 45, qualifier: 'approx' }],
    ['利润只剩半成', { text: '半成', value: 5 }],
    ['库存商品打半折出售', { text: '半折', value: 50 }],
    ['七成一线城市房价下跌', { text: '七成', value: 70 }],
    ['工厂积压了大量半成品', null],
  ],
  'spaced 个 百 分 点': [
    ['利率上调 二 个 百 分 点', { text: '二 个 百 分 点', kind: 'percent', value: 2, unit: 'pp' }],
    ['毛利率下降1.5  個百分 點', { text: '1.5  個百分 點', value: 1.5, unit: 'pp', direction: 'down' }],
  ],
  'sign words before a percent': [
    ['the margin came in at minus 3 percent', { text: 'minus 3 percent', kind: 'percent', value: 3, direction: 'down' }],
    ['growth of negative two percent', { text: 'negative two percent', value: 2, direction: 'down' }],
  ],
  '百分之 with a k scale': [['百分之2k', { text: '百分之2k', kind: 'percent', value: 2000 }]],
  'the article a is not A$': [
    ['Microsoft signed a $38 billion deal with the lab', { text: '$38 billion', value: 38e9, currency: 'USD' }],
    ['It was a  $5 million round', { text: '$5 million', currency: 'USD' }],
    ['Qantas raised A$2 billion', { text: 'A$2 billion', currency: 'AUD' }],
  ],
  '元 followed by the currency name': [
    ['台积电去年营收达2.06兆元新台币，创历史新高', { text: '2.06兆元新台币', kind: 'money', value: 2.06e12, currency: 'TWD' }],
    ['鴻海第三季營收1.85兆元新台幣', { text: '1.85兆元新台幣', value: 1.85e12, currency: 'TWD' }],
    ['该公司拟募资80亿元港币', { text: '80亿元港币', value: 8e9, currency: 'HKD' }],
    ['国内营收4013亿元', { text: '4013亿元', value: 4.013e11, currency: 'CNY' }],
  ],
  'a currency word joined by a hyphen': [
    ['resume payments with a 12-cent-a-share dividend', { text: '12-cent', kind: 'money', value: 0.12, currency: 'USD' }],
    ['withdraw its controversial one-yen bid', { text: 'one-yen', value: 1, currency: 'JPY' }],
    ['he carried a two-pound bag of flour', null],
  ],
  'cents after `and`': [
    ['It costs you c $ 100 and fifty.', { text: 'c $ 100 and fifty', value: 100.5, currency: 'CAD' }],
    ['It costs one dollar and one and one point of your credit points.', { text: 'one dollar and one', value: 1.01 }],
    ['paid $100 and fifty cents', { text: '$100 and fifty cents', value: 100.5 }],
    ['it costs ten dollars and two people bought it', { text: 'ten dollars', value: 10 }],
    ['the startup raised $20 and 43 investors joined', { text: '$20', value: 20 }],
    ['$100 and fifty people', { text: '$100', value: 100 }],
  ],
  'a currency prefix with a factor; not a senator': [
    ['Do you think sen 100,000 is expensive?', { text: 'sen 100,000', value: 1000, currency: 'MYR' }],
    ['Sen. 100 senators voted', null],
  ],
  'a decimal spaced out by a tokeniser': [['dollar : 143.80 yen , up 0 . 95 ; 1 . 8500 marks', { text: '143.80 yen', value: 143.8 }]],
  'a full-width comma between two amounts': [
    ['选一个，$20，300美圆, ￥300', { text: '$20', value: 20, currency: 'USD' }],
    ['营收为20，300元', { text: '20，300元', value: 20300, currency: 'CNY' }],
  ],
  '`percent of N` opening a sentence': [
    ['percent of 10', { text: 'percent of 10', kind: 'percent', value: 10 }],
    ['Per cent of twenty-two.', { text: 'Per cent of twenty-two', value: 22 }],
    ['30 percent of 10 firms said no', { text: '30 percent', value: 30 }],
    ['a large percent of 500 respondents', null],
  ],
  'digits spaced before 折': [['全场 7 2 折', { text: '7 2 折', kind: 'percent', value: 72 }]],
};

for (const [cause, cases] of Object.entries(CAUSES)) {
  test(`forms: ${cause}`, () => {
    for (const [input, want] of cases) {
      const figs = extractFigures(input);
      if (want === null) {
        assert.equal(figs.length, 0, `${input}: ${JSON.stringify(figs)}`);
        continue;
      }
      const f = figs[0];
      assert.ok(f, `${input}: no figure`);
      for (const [k, v] of Object.entries(want)) {
        const got: unknown = f[k as keyof Figure];
        if (typeof v === 'number') assert.ok(Math.abs((got as number) - v) <= Math.abs(v) * 1e-9, `${input} ${k}: ${got} vs ${v}`);
        else assert.equal(got, v, `${input} ${k}`);
      }
    }
  });
}

test('forms: `plus or minus 2%` is a tolerance, not a decline', () => {
  const figs = extractFigures('It forecast revenue of $40 billion, plus or minus 2%.');
  const pct = figs.find((f) => f.kind === 'percent');
  assert.equal(pct?.text, '2%');
  assert.equal(pct?.direction, undefined);
});

test('forms: `$20，300美圆` lists two amounts', () => {
  const figs = extractFigures('在下面的价格中选一个，$20，300美圆, ￥300, ok?');
  assert.deepEqual(
    figs.map((f) => [f.text, f.value, f.currency]),
    [
      ['$20', 20, 'USD'],
      ['300美圆', 300, 'USD'],
      ['￥300', 300, 'CNY'],
    ],
  );
});
