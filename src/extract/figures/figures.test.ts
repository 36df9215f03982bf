/** Table-driven cases for the figure extractor: one input per line → the expected figure fields. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { extractFigures, formatChineseAmount, formatFigureZh, parseChineseNumeral } from './index.js';

type Expect = Partial<Pick<Figure, 'text' | 'kind' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'qualifier' | 'direction'>>;

// [input, expected first figure (subset of fields)]
const CASES: [string, Expect][] = [
  // money, English
  ['Nvidia sold $1.5B of chips', { text: '$1.5B', kind: 'money', value: 1.5e9, currency: 'USD' }],
  // the FT's renminbi prefix, and a hyphenated range of scaled amounts whose upper end carries no currency
  ['Its cloud arm earned Rmb18.3bn last quarter', { text: 'Rmb18.3bn', value: 18.3e9, currency: 'CNY' }],
  ['The broker sees sales of RMB88bn-91bn next year', { text: 'RMB88bn-91bn', low: 88e9, high: 91e9, currency: 'CNY' }],
  ['Guidance is US$7.2bn-7.6bn for the quarter', { text: 'US$7.2bn-7.6bn', low: 7.2e9, high: 7.6e9, currency: 'USD' }],
  ['sales of about $ 14 million', { text: 'about $ 14 million', value: 14e6, currency: 'USD', qualifier: 'approx' }],
  ['a hundred billion dollars', { value: 1e11, currency: 'USD' }],
  ['well over a trillion dollars', { value: 1e12, qualifier: 'min' }],
  ['50 to $60 billion', { low: 50e9, high: 60e9, currency: 'USD' }],
  ['$50-60 billion', { low: 50e9, high: 60e9, currency: 'USD' }],
  ['$50 billion to $60 billion', { low: 50e9, high: 60e9 }],
  ['40 cents', { value: 0.4, currency: 'USD' }],
  ['US$4.7 billion', { value: 4.7e9, currency: 'USD' }],
  ['HK$10.05 billion', { value: 10.05e9, currency: 'HKD' }],
  ['NT$1 trillion', { value: 1e12, currency: 'TWD' }],
  ['€2 million', { value: 2e6, currency: 'EUR' }],
  ['323 million euros', { value: 323e6, currency: 'EUR' }],
  ['£8.10 million', { value: 8.1e6, currency: 'GBP' }],
  ['361 million pounds', { value: 361e6, currency: 'GBP' }],
  ['five million yen', { value: 5e6, currency: 'JPY' }],
  ['100 billion yuan', { value: 1e11, currency: 'CNY' }],
  ['1.2 trillion won', { value: 1.2e12, currency: 'KRW' }],
  ['35 lakh rupees', { value: 3.5e6, currency: 'INR' }],
  ['USD 200', { value: 200, currency: 'USD' }],
  ['$10K', { value: 1e4 }],
  ['$5bn', { value: 5e9 }],
  ['$3tn', { value: 3e12 }],
  ['$2.5 mln', { value: 2.5e6 }],
  ['$12,345.6', { value: 12345.6 }],
  ['half a billion dollars', { value: 5e8, currency: 'USD' }],
  ['one hundred and twenty dollars', { value: 120 }],
  ['a dozen GPUs', { value: 12, unit: 'GPUs' }],
  ['tens of billions of dollars', { low: 2e10, high: 9e10, qualifier: 'vague', currency: 'USD' }],
  ['hundreds of millions of dollars', { low: 2e8, high: 9e8, qualifier: 'vague' }],
  ['several billion dollars', { low: 2e9, high: 9e9, qualifier: 'vague' }],
  ['more than $10 billion', { qualifier: 'min', value: 1e10 }],
  ['at least $1.42', { qualifier: 'min', value: 1.42 }],
  ['up to $20 billion', { qualifier: 'max', value: 2e10 }],
  ['as much as $5 billion', { qualifier: 'max' }],
  ['less than $1 million', { qualifier: 'max' }],
  ['under seven euros', { qualifier: 'max', value: 7, currency: 'EUR' }],
  ['around $3 billion', { qualifier: 'approx' }],
  ['roughly $3 billion', { qualifier: 'approx' }],
  ['nearly $3 billion', { qualifier: 'approx' }],
  ['~$3B', { qualifier: 'approx', value: 3e9 }],
  ['*$5B*', { text: '$5B', value: 5e9 }],
  ['<b>$5B</b>', { text: '$5B', value: 5e9 }],
  ['market value fell $200 billion', { direction: 'down', value: 2e11 }],
  // money, Chinese
  ['6100亿美元', { value: 6.1e11, currency: 'USD' }],
  ['4.58 万亿元人民币', { value: 4.58e12, currency: 'CNY' }],
  ['40万至60万美元', { low: 4e5, high: 6e5, currency: 'USD' }],
  ['40万-60万美元', { low: 4e5, high: 6e5, currency: 'USD' }],
  ['超过80亿美元', { value: 8e9, qualifier: 'min' }],
  ['逾80亿美元', { qualifier: 'min' }],
  ['80亿美元以上', { qualifier: 'min', text: '80亿美元以上' }],
  ['最多50亿美元', { qualifier: 'max' }],
  ['不到50亿美元', { qualifier: 'max' }],
  ['不超过50亿美元', { qualifier: 'max' }],
  ['5亿美元以下', { qualifier: 'max' }],
  ['约1000亿元', { qualifier: 'approx', value: 1e11, currency: 'CNY' }],
  ['近千亿元', { qualifier: 'approx', value: 1e11 }],
  ['数百亿美元', { low: 2e10, high: 9e10, qualifier: 'vague', currency: 'USD' }],
  ['数十亿美元', { low: 2e9, high: 9e9, qualifier: 'vague' }],
  ['上千亿元', { low: 1e11, high: 9e11, qualifier: 'vague' }],
  ['一万亿美元', { value: 1e12, currency: 'USD' }],
  ['壹仟玖佰圆', { value: 1900, currency: 'CNY' }],
  ['两千三百万元', { value: 2.3e7 }],
  ['86.7 亿美元', { value: 8.67e9 }],
  // A statement's units (单位：百万元 / 千元) after an Arabic literal.
  ['610百万元', { text: '610百万元', value: 6.1e8, currency: 'CNY' }],
  ['1,234.5百万美元', { value: 1.2345e9, currency: 'USD' }],
  ['610,000千元', { text: '610,000千元', value: 6.1e8, currency: 'CNY' }],
  ['610-650百万元', { low: 6.1e8, high: 6.5e8, currency: 'CNY' }],
  ['610,000-650,000千元', { low: 6.1e8, high: 6.5e8, currency: 'CNY' }],
  // A tilde right after the lower end separates a range (it is not the upper end's 'about').
  ['6.1亿元~6.5亿元', { low: 6.1e8, high: 6.5e8, currency: 'CNY', qualifier: 'exact' }],
  ['610～650百万元', { text: '610～650百万元', low: 6.1e8, high: 6.5e8 }],
  ['约~6.5亿元', { value: 6.5e8, qualifier: 'approx' }],
  ['1.2万亿元', { value: 1.2e12 }],
  ['**2 万美元**', { text: '2 万美元', value: 2e4, currency: 'USD' }],
  ['１２３亿美元', { value: 1.23e10 }],
  ['5306亿台币', { value: 5.306e11, currency: 'TWD' }],
  ['1.95港元', { value: 1.95, currency: 'HKD' }],
  ['港币3.14', { value: 3.14, currency: 'HKD' }],
  ['1万亿日元', { value: 1e12, currency: 'JPY' }],
  ['20亿欧元', { currency: 'EUR' }],
  ['3亿英镑', { currency: 'GBP' }],
  ['5000亿韩元', { currency: 'KRW' }],
  ['40美分', { value: 0.4, currency: 'USD' }],
  ['人民币3.14', { value: 3.14, currency: 'CNY' }],
  ['￥300', { value: 300, currency: 'CNY' }],
  ['10美金', { currency: 'USD' }],
  ['市值蒸发了2000亿美元', { direction: 'down' }],
  // percent
  ['增长97%', { kind: 'percent', value: 97, direction: 'up' }],
  ['下降40%', { value: 40, direction: 'down' }],
  ['跌了8%', { value: 8, direction: 'down' }],
  ['shares fell 8%', { value: 8, direction: 'down' }],
  ['down 8%', { direction: 'down' }],
  ['rose 12.5%', { value: 12.5, direction: 'up' }],
  ['-8%', { value: 8, direction: 'down' }],
  ['5-8%', { low: 5, high: 8, kind: 'percent' }],
  ['between 5 and 8 percent', { low: 5, high: 8, kind: 'percent' }],
  ['10 percent', { value: 10 }],
  ['百分之二十', { value: 20, kind: 'percent' }],
  ['２２％', { value: 22 }],
  ['三成', { value: 30, kind: 'percent' }],
  ['2.5个百分点', { value: 2.5, unit: 'pp' }],
  ['3 percentage points', { value: 3, unit: 'pp' }],
  // multiples
  ['3.7×', { kind: 'multiple', value: 3.7 }],
  ['3.7x', { kind: 'multiple', value: 3.7 }],
  ['3.7倍', { kind: 'multiple', value: 3.7 }],
  ['四倍', { kind: 'multiple', value: 4 }],
  ['营收翻倍', { kind: 'multiple', value: 2 }],
  ['利润翻番', { kind: 'multiple', value: 2 }],
  ['翻了两番', { kind: 'multiple', value: 4 }],
  ['revenue increased fourfold', { kind: 'multiple', value: 4 }],
  ['revenue doubled', { kind: 'multiple', value: 2 }],
  ['a 10-fold increase', { kind: 'multiple', value: 10 }],
  ['five times more compute', { kind: 'multiple', value: 5 }],
  // counts and durations
  ['9.96 亿月活用户', { kind: 'count', value: 9.96e8, unit: 'monthly active users' }],
  ['800 million weekly active users', { value: 8e8, unit: 'weekly active users' }],
  ['2 million new users', { value: 2e6, unit: 'users' }],
  ['100,000 H100 GPUs', { value: 1e5, unit: 'GPUs' }],
  ['10万张H100', { value: 1e5, unit: 'GPUs' }],
  ['1万名工程师', { value: 1e4, unit: 'engineers' }],
  ['3000多名员工', { low: 3000, high: 4000, qualifier: 'vague', unit: 'employees' }],
  ['12,000 employees', { value: 12000, unit: 'employees' }],
  ['5 GW', { value: 5, unit: 'GW' }],
  ['5吉瓦', { unit: 'GW' }],
  ['1.2千兆瓦', { value: 1.2, unit: 'GW' }],
  ['300兆瓦', { value: 300, unit: 'MW' }],
  ['100 TWh', { unit: 'TWh' }],
  ['50太瓦时', { unit: 'TWh' }],
  ['1.8 trillion parameters', { value: 1.8e12, unit: 'parameters' }],
  ['6710亿参数', { value: 6.71e11, unit: 'parameters' }],
  ['15 trillion tokens', { value: 1.5e13, unit: 'tokens' }],
  ['20 data centers', { unit: 'data centers' }],
  ['500公里', { unit: 'km' }],
  ['5 years', { kind: 'duration', value: 5, unit: 'year' }],
  ['未来5年', { kind: 'duration', value: 5, unit: 'year' }],
  ['18个月', { kind: 'duration', value: 18, unit: 'month' }],
  ['90 days', { kind: 'duration', unit: 'day' }],
  ['30天', { kind: 'duration', unit: 'day' }],
  ['数十万用户', { low: 2e5, high: 9e5, qualifier: 'vague', unit: 'users' }],
  ['十多万名用户', { low: 1e5, high: 2e5, qualifier: 'vague' }],
  ['1至2年', { low: 1, high: 2, kind: 'duration' }],
];

for (const [input, exp] of CASES) {
  test(`extract: ${input}`, () => {
    const figs = extractFigures(input);
    assert.ok(figs.length > 0, `no figure in ${input}`);
    const f = figs[0] as Figure;
    for (const [k, v] of Object.entries(exp)) {
      const got = (f as unknown as Record<string, unknown>)[k];
      if (typeof v === 'number')
        assert.ok(typeof got === 'number' && Math.abs(got - v) <= Math.abs(v) * 1e-9, `${k}: ${got} ≠ ${v} in ${JSON.stringify(f)}`);
      else assert.equal(got, v, `${k} in ${JSON.stringify(f)}`);
    }
    assert.equal(f.text, input.slice(f.start, f.end));
  });
}

// Inputs with no figure (default mode).
const NONE: string[] = [
  '2026年',
  'GPT-4',
  'H100',
  'in 2025',
  'Qwen2.5 release',
  '3月5日',
  'the 4th quarter',
  'FY2025',
  '第三季度',
  '一切',
  '四川',
  'Llama 3',
  'version 5.1.2',
  'All 70 of us.',
  'I tried to call Bob 3 times already.',
];
for (const input of NONE) {
  test(`no figure: ${input}`, () => {
    assert.deepEqual(extractFigures(input), []);
  });
}

// Bare numbers (number-model mode).
const BARE: [string, number[]][] = [
  ['192.168.1.2', [192, 168, 1, 2]],
  ['1,234,567', [1234567]],
  ['一百五十二', [152]],
  ['负三十二', [-32]],
  ['4.78万亿', [4.78e12]],
  ['one hundred and sixty-one', [161]],
  ['twenty-one trillion and three hundred', [21000000000300]],
  ['2 million', [2e6]],
  ['3/4', [0.75]],
  ['1e10', [1e10]],
  ['１９９１年１月１６日', [1991, 1, 16]],
];
for (const [input, values] of BARE) {
  test(`bare: ${input}`, () => {
    const got = extractFigures(input, { bareNumbers: true }).map((f) => (f.value ?? f.low ?? 0) * (f.direction === 'down' ? -1 : 1));
    assert.deepEqual(got, values);
  });
}

const NUMERALS: [string, number][] = [
  ['一万亿', 1e12],
  ['壹仟玖佰', 1900],
  ['两千三百万', 23000000],
  ['1.2万亿', 1.2e12],
  ['两千四百五', 2450],
  ['一千零一', 1001],
  ['四亿五千六百四十二万零一十五', 456420015],
  ['五亿零六', 500000006],
  ['四万万', 4e8],
  ['一万五千亿', 1.5e12],
  ['3万4000', 34000],
  ['5万4千6百', 54600],
  ['十五', 15],
  ['一百零十万', 1100000],
  ['拾亿零六万零五百零六', 1000060506],
  ['两千万点五五四四', 20000000.5544],
  ['零点五', 0.5],
  ['负四十五亿零四百零四万', -4504040000],
];
for (const [input, v] of NUMERALS) {
  test(`parseChineseNumeral: ${input}`, () => assert.equal(parseChineseNumeral(input), v));
}
test('parseChineseNumeral: not a numeral', () => {
  assert.equal(parseChineseNumeral('苹果'), undefined);
  assert.equal(parseChineseNumeral(''), undefined);
});

const AMOUNTS: [number, string | undefined, string][] = [
  [6.1e11, 'USD', '6100亿美元'],
  [4.58e12, 'CNY', '4.58万亿元'],
  [2e4, 'USD', '2万美元'],
  [1.5e9, 'USD', '15亿美元'],
  [0.4, 'USD', '40美分'],
  [5000, 'USD', '5000美元'],
  [1.95, 'HKD', '1.95港元'],
  [3e8, undefined, '3亿'],
];
for (const [v, c, want] of AMOUNTS) {
  test(`formatChineseAmount: ${v} ${c}`, () => assert.equal(formatChineseAmount(v, c), want));
}

const RENDER: [string, string][] = [
  ['40万至60万美元', '40万至60万美元'],
  ['超过80亿美元', '超过80亿美元'],
  ['约1000亿元', '约1000亿元'],
  ['最多50亿美元', '最多50亿美元'],
  ['数百亿美元', '数百亿美元'],
  ['增长97%', '97%'],
  ['3.7倍', '3.7倍'],
  ['tens of billions of dollars', '数百亿美元'],
  ['$1.5B', '15亿美元'],
  ['3000多名员工', '3000多名员工'],
  ['50 to $60 billion', '500亿至600亿美元'],
];
for (const [input, want] of RENDER) {
  test(`formatFigureZh: ${input}`, () => {
    const f = extractFigures(input)[0] as Figure;
    assert.equal(formatFigureZh(f), want);
  });
}
