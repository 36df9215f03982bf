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
  '大 closing a verb before 约': [
    ['净亏损较上年扩大约41%', { text: '约41%', value: 41, qualifier: 'approx' }],
    ['研发投入加大约两成', { text: '约两成', value: 20, qualifier: 'approx' }],
    ['大约41%的员工', { text: '大约41%', value: 41, qualifier: 'approx' }],
  ],
  '百分之 with a k scale': [['百分之2k', { text: '百分之2k', kind: 'percent', value: 2000 }]],
  'a name glued to a Chinese amount': [
    ['甲骨文追加订单，Oracle350亿美元的合同', { text: '350亿美元', kind: 'money', value: 35e9, currency: 'USD' }],
    ['Tesla1200亿至1400亿元的区间', { text: '1200亿至1400亿元', low: 1.2e11, high: 1.4e11, currency: 'CNY' }],
    ['英伟达H20芯片对华出货', null],
  ],
  'abbreviated scales joined by a hyphen': [
    ['Microsoft guided to $80bn-$90bn of capex', { text: '$80bn-$90bn', kind: 'money', low: 8e10, high: 9e10 }],
    // -plus is the amount's lower bound (逾400亿美元), read with it.
    ['a $40bn-plus round', { text: '$40bn-plus', value: 4e10, qualifier: 'min' }],
    ['the B-52 bomber', null],
  ],
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
    ['they raised 20 dollars and 43 investors joined', { text: '20 dollars', value: 20 }],
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
  '`a dollar` is one dollar': [
    ['shares fell below a dollar', { text: 'below a dollar', value: 1, currency: 'USD', qualifier: 'max' }],
    ['above a dollar and 42 cents', { text: 'above a dollar and 42 cents', value: 1.42, qualifier: 'min' }],
    ['a dollar-denominated bond', null],
    ['I have a yen for sushi', null],
  ],
  'digits spaced before 折': [['全场 7 2 折', { text: '7 2 折', kind: 'percent', value: 72 }]],
  'spoken qualifiers and decimals': [
    ['its capital spending will exceed $125 billion this year', { text: 'exceed $125 billion', qualifier: 'min' }],
    ['you are looking at, roughly, four hundred billion dollars', { text: 'roughly, four hundred billion dollars', qualifier: 'approx' }],
    ['needs something like five trillion dollars of investment', { text: 'something like five trillion dollars', qualifier: 'approx' }],
    ['it has one point four trillion dollars of commitments', { text: 'one point four trillion dollars', value: 1.4e12, currency: 'USD' }],
    ['英伟达承诺向OpenAI投资高达1000亿美元', { text: '高达1000亿美元', qualifier: 'max' }],
    ['OpenAI最多可认购1.6亿股AMD股票', { text: '最多可认购1.6亿股', qualifier: 'max', value: 1.6e8, unit: 'shares' }],
    ['总市值重回6000亿元上方', { text: '6000亿元上方', qualifier: 'min', currency: 'CNY' }],
  ],
  'a comparative after a percent gives the direction': [
    ['GPT-5.5 makes 40 percent fewer factual errors', { text: '40 percent', direction: 'down' }],
    ['the chip is 30% cheaper', { text: '30%', direction: 'down' }],
    ['inference costs 25% more than last year', { text: '25%', direction: 'up' }],
  ],
  'spoken billions take the currency of the talk': [
    [
      'They spend roughly four hundred billion dollars between them. Amazon alone is north of a hundred and twenty five billion.',
      { text: 'roughly four hundred billion dollars', value: 4e11 },
    ],
    [
      'I think they raised fifty to sixty billion in debt and equity.',
      { text: 'fifty to sixty billion', kind: 'money', low: 5e10, high: 6e10, currency: 'USD' },
    ],
    ['The world population passed 8 billion in 2022.', null],
    ['The model has 1.8 trillion parameters.', { text: '1.8 trillion parameters', kind: 'count' }],
  ],
  '元 in Taiwan and Hong Kong news': [
    ['鴻海第三季合併營收為2.06兆元新台幣，年增11%；歸屬母公司稅後純益為577億元', { text: '2.06兆元新台幣', currency: 'TWD' }],
    ['港交所公布，全年收入为200亿港元，另有一笔50亿元的拨备', { text: '200亿港元', currency: 'HKD' }],
    ['人民币贷款增加5000亿元，新台币汇率走弱', { text: '5000亿元', currency: 'CNY' }],
  ],
  'a unit named before the number or earlier in the sentence': [
    ['通义千问App月活跃用户已突破1.5亿。', { text: '突破1.5亿', kind: 'count', unit: 'monthly active users', qualifier: 'min' }],
    ['总参数量约1.2万亿，', { text: '约1.2万亿', kind: 'count', unit: 'parameters', value: 1.2e12 }],
    ['one of the largest buyers of Nvidia GPUs: it has bought more than 250,000 of them', { text: 'more than 250,000', unit: 'GPUs' }],
    ['Qwen models have been downloaded more than 600 million times', { text: 'more than 600 million times', unit: 'downloads' }],
    ['他把这句话说了300遍', null],
  ],
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

test('forms: a spoken billion after a dollar amount two sentences back is money in dollars', () => {
  const text =
    'So for 2026 you are looking at, roughly, four hundred billion dollars between the four of them. Amazon alone is north of a hundred and twenty five billion. Microsoft is around a hundred and twenty billion if you do it on a calendar year basis.';
  assert.deepEqual(
    extractFigures(text).map((f) => [f.text, f.value, f.currency, f.qualifier]),
    [
      ['roughly, four hundred billion dollars', 4e11, 'USD', 'approx'],
      ['north of a hundred and twenty five billion', 1.25e11, 'USD', 'min'],
      ['around a hundred and twenty billion', 1.2e11, 'USD', 'approx'],
    ],
  );
});

test('forms: a bare 元 in a text that names only 新台幣 is TWD', () => {
  const figs = extractFigures('鴻海第三季合併營收為2.06兆元新台幣，年增11%；歸屬母公司稅後純益為577億元，每股純益4.15元。');
  assert.deepEqual(
    figs.filter((f) => f.kind === 'money').map((f) => [f.text, f.currency]),
    [
      ['2.06兆元新台幣', 'TWD'],
      ['577億元', 'TWD'],
      ['4.15元', 'TWD'],
    ],
  );
  // A conversion into 人民币 after the local currency is an aside: bare 元 stays the currency named first.
  const converted = extractFigures('廣達3月營收新台幣1,520億元，約合人民幣340億元；第一季營收4,300億元，股價收在312元。');
  assert.deepEqual(
    converted.filter((f) => f.kind === 'money').map((f) => [f.text, f.currency]),
    [
      ['新台幣1,520億元', 'TWD'],
      ['人民幣340億元', 'CNY'],
      ['4,300億元', 'TWD'],
      ['312元', 'TWD'],
    ],
  );
  // 人民币 named first: bare 元 is renminbi.
  const mainlandFirst = extractFigures('公司营收人民币120亿元，台湾子公司营收新台币50亿元，净利润8亿元。');
  assert.equal(mainlandFirst.find((f) => f.text === '8亿元')?.currency, 'CNY');
  // Hong Kong copy (written in Traditional Chinese) uses 元 for 港元; mainland copy about a Hong Kong listing uses it for
  // the renminbi its companies report in.
  const hkText = '港交所公布，全年收入为200亿港元，另有一笔50亿元的拨备';
  assert.equal(extractFigures(hkText, { traditional: true }).find((f) => f.text === '50亿元')?.currency, 'HKD');
  assert.equal(extractFigures(hkText).find((f) => f.text === '50亿元')?.currency, 'CNY');
  const mainland = extractFigures(
    '智谱此次发行价为每股120港元，募资总额约43亿港元。招股书显示，智谱2024年营收3.12亿元，同期亏损约23.6亿元。',
  );
  assert.deepEqual(
    mainland.filter((f) => f.kind === 'money').map((f) => f.currency),
    ['HKD', 'HKD', 'CNY', 'CNY'],
  );
});

test('forms: a negated comparison bounds the other way (不会低于 is at least, 不高于 at most)', () => {
  const q = (s: string) => extractFigures(s).map((f) => [f.text, f.qualifier]);
  assert.deepEqual(q('今年研发投入不会低于50亿元'), [['不会低于50亿元', 'min']]);
  assert.deepEqual(q('成本不会超过10亿元'), [['不会超过10亿元', 'max']]);
  assert.deepEqual(q('支出不高于30亿美元'), [['不高于30亿美元', 'max']]);
  assert.deepEqual(q('投资不低于5亿元'), [['不低于5亿元', 'min']]);
  assert.deepEqual(q('支出低于30亿美元'), [['低于30亿美元', 'max']]);
});

test('forms: an amount in 亿 said without its currency takes the currency of an earlier amount in 亿', () => {
  const cases: [string, string, string | null][] = [
    ['微软全年投入约1500亿美元；谷歌1800亿领跑，Meta稍低。', '1800亿', 'USD'],
    ['去年营收100亿元，今年预计150亿左右', '150亿', 'CNY'],
    // a small amount is no evidence; a unit or a noun after the number makes it a count
    ['江苏彩民15元中大乐透 奖池36.57亿', '36.57亿', null],
    ['营收约600亿美元，月活用户超过1.5亿', '超过1.5亿', null],
    ['营收约600亿美元，接口调用量达到2000亿次', '2000亿次', null],
  ];
  for (const [text, surface, currency] of cases) {
    const f = extractFigures(text).find((x) => x.text === surface);
    if (currency === null) assert.ok(f?.kind !== 'money', `${surface} in ${text} read as money`);
    else assert.deepEqual([f?.kind, f?.currency], ['money', currency], text);
  }
});
