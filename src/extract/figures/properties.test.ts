/** Property tests for the figure extractor: never throws, spans are exact slices, values finite, low ≤ high; adversarial inputs finish. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Figure } from '../../types/figure.js';
import { extractCurrencyMentions, extractFigures, extractNumbers } from './index.js';

function checkInvariants(input: string, figs: Figure[]): void {
  let last = 0;
  for (const f of figs) {
    assert.ok(f.start >= last && f.start < f.end && f.end <= input.length, `span ${f.start}-${f.end}`);
    assert.equal(f.text, input.slice(f.start, f.end));
    for (const v of [f.value, f.low, f.high]) if (v !== undefined) assert.ok(Number.isFinite(v), `finite ${v}`);
    if (f.low !== undefined || f.high !== undefined) {
      assert.ok(f.low !== undefined && f.high !== undefined && f.low <= f.high, `low ≤ high in ${JSON.stringify(f)}`);
    } else assert.ok(f.value !== undefined);
    last = f.end;
  }
}

const PIECES = [
  '$',
  '1',
  '5',
  '0',
  '.',
  ',',
  ' ',
  '-',
  '至',
  '到',
  'to',
  '亿',
  '万',
  '千',
  '百',
  '十',
  '一',
  '两',
  '零',
  '点',
  '美元',
  '元',
  '%',
  '倍',
  'x',
  '×',
  'billion',
  'million',
  'k',
  'B',
  'M',
  '约',
  '超过',
  'more than',
  'up to',
  '数',
  '多',
  '余',
  '以上',
  '年',
  '个月',
  'users',
  'GPUs',
  '用户',
  '**',
  '<b>',
  '</b>',
  '翻倍',
  'tens of',
  'hundreds of',
  'a',
  'half',
  'and',
  'between',
  '百分之',
  '负',
  '１',
  '２',
  '．',
  '，',
  'US',
  'HK',
  '¥',
  '€',
  '£',
  'cents',
  '美分',
  'fold',
  '成',
  '折',
  '第',
  'GPT-',
  'H',
  '\n',
  '分之',
  '又',
  'thirds',
  'fifths',
  'twenty-',
  'over',
  'out of',
  'minus',
  '打',
  '半',
  '个百分点',
  'percent of ',
  'per cent of ',
  ' billion',
  ' dollars',
  '-cent',
  ' and fifty',
  'sen ',
  '，',
  '美圆',
  '新台幣',
  '用户已突破',
  ' of them',
  ' times',
  'roughly, ',
  'one point four',
  '高达',
  '最多可认购',
];

/** The number model: sorted, non-overlapping, exact slices, finite values. */
function checkNumbers(input: string): void {
  let last = 0;
  for (const n of extractNumbers(input)) {
    assert.ok(n.start >= last && n.start < n.end && n.end <= input.length, `span ${n.start}-${n.end}`);
    assert.equal(n.text, input.slice(n.start, n.end));
    assert.ok(Number.isFinite(n.value), `finite ${n.value}`);
    last = n.end;
  }
}

/** Currency mentions: sorted, exact slices, outside every figure. */
function checkMentions(input: string, figs: Figure[]): void {
  let last = 0;
  for (const m of extractCurrencyMentions(input, figs)) {
    assert.ok(m.start >= last && m.start < m.end && m.end <= input.length, `mention ${m.start}-${m.end}`);
    assert.equal(m.text, input.slice(m.start, m.end));
    assert.ok(!figs.some((f) => f.start < m.end && m.start < f.end), `mention inside a figure: ${m.text}`);
    last = m.end;
  }
}

test('property: never throws, spans exact, values finite, low ≤ high (token soup)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.boolean(), (parts, bare) => {
      const input = parts.join('');
      const figs = extractFigures(input, { bareNumbers: bare });
      checkInvariants(input, figs);
      checkNumbers(input);
      if (!bare) checkMentions(input, figs);
    }),
    { numRuns: 3000 },
  );
});

test('property: arbitrary unicode strings', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (input, bare) => {
      checkInvariants(input, extractFigures(input, { bareNumbers: bare }));
      checkNumbers(input);
    }),
    { numRuns: 1000 },
  );
});

const ADVERSARIAL: [string, string][] = [
  ['100,000 digits', '9'.repeat(100_000)],
  ['亿 × 50,000', '亿'.repeat(50_000)],
  ['一亿 × 50,000', '一亿'.repeat(50_000)],
  ['100,000 dollar signs', '$'.repeat(100_000)],
  ['100,000 commas', ','.repeat(100_000)],
  ['1,1,1,…', '1,'.repeat(50_000)],
  ['1,111,111,… grouped', `1${',111'.repeat(30_000)}`],
  ['alternating 1.', '1.'.repeat(50_000)],
  ['spaces between digits', '1 '.repeat(50_000)],
  ['Chinese digits with spaces', '一 '.repeat(50_000)],
  ['number words', 'one hundred and '.repeat(10_000)],
  ['percent soup', '5%-'.repeat(30_000)],
  ['多 after digits', '3多'.repeat(50_000)],
  ['百分之 chain', '百分之'.repeat(30_000)],
  ['word fractions', 'one and a half and '.repeat(10_000)],
  ['ordinal soup', 'one two three twenty fifths '.repeat(8_000)],
  ['分之 chain', '三分之'.repeat(30_000)],
  ['又 chain', '一又二又'.repeat(25_000)],
  ['over chain', '1 over '.repeat(30_000)],
  ['spaced sections', '7万 5千 '.repeat(25_000)],
  ['percent of chain', 'percent of '.repeat(20_000)],
  ['. percent of 10', '. percent of 10'.repeat(15_000)],
  ['spoken billions, no full stop', 'raised one billion in debt '.repeat(10_000)],
  ['dollar and cents chain', '$1 and one and '.repeat(15_000)],
  ['currency names', 'dollar人民币yen美元'.repeat(20_000)],
  ['units before numbers', '用户已突破1.5亿'.repeat(20_000)],
];
for (const [name, input] of ADVERSARIAL) {
  test(`adversarial input completes: ${name}`, { timeout: 20000 }, () => {
    const figs = extractFigures(input);
    checkInvariants(input, figs);
    checkInvariants(input, extractFigures(input, { bareNumbers: true }));
    checkNumbers(input);
    checkMentions(input, figs);
  });
}
