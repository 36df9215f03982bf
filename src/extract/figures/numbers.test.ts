/** Table-driven cases for the number model (extractNumbers), grouped by the cause each fix addressed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures, extractNumbers } from './index.js';

// [input, expected numbers as [text, value]]
type Case = [string, [string, number][]];

const CAUSES: Record<string, Case[]> = {
  'English fractions in words': [
    ['Roughly two thirds of the staff moved', [['two thirds', 2 / 3]]],
    ['only a fifth of the chips shipped', [['a fifth', 0.2]]],
    ['one quarter of revenue', [['one quarter', 0.25]]],
    ['four fifths were sold', [['four fifths', 0.8]]],
    ['a thousandth of a second', [['a thousandth', 0.001]]],
    ['a hundred millionths', [['a hundred millionths', 1e-4]]],
    ['seven and a half', [['seven and a half', 7.5]]],
    ['two and a quarter', [['two and a quarter', 2.25]]],
    ['thirty and four fifths', [['thirty and four fifths', 30.8]]],
    ['six hundred and two thirds', [['six hundred and two thirds', 600 + 2 / 3]]],
    ['forty-one tenths', [['forty-one tenths', 4.1]]],
    ['two hundred forty sixths', [['two hundred forty sixths', 200 / 46]]],
    ['five thirty-seconds', [['five thirty-seconds', 5 / 32]]],
    ['one two hundredth', [['one two hundredth', 1 / 200]]],
  ],
  'ordinals are not fractions': [
    ['the three millionth user', [['three', 3]]],
    ['the twenty-first floor', []],
  ],
  'X over Y / X out of Y': [
    ['three over four', [['three over four', 0.75]]],
    ['nine out of ten', [['nine out of ten', 0.9]]],
    ['6 over 8', [['6 over 8', 0.75]]],
    [
      'she earned $500 over 2 weeks',
      [
        ['500', 500],
        ['2', 2],
      ],
    ],
  ],
  'dozens and signs': [
    ['four hundred and three dozens', [['four hundred and three dozens', 436]]],
    ['two dozen', [['two dozen', 24]]],
    ['the balance is minus 7', [['minus 7', -7]]],
    ['negative 12 degrees', [['negative 12', -12]]],
  ],
  'digit groups and lists': [
    ['about 25\u202f000 units', [['25\u202f000', 25000]]],
    ['3\u2009500 people', [['3\u2009500', 3500]]],
    [
      'pages 12,15,18,40.',
      [
        ['12', 12],
        ['15', 15],
        ['18', 18],
        ['40', 40],
      ],
    ],
  ],
  'numbers glued to letters': [
    ['a 12km run', []],
    ['3mil views', [['3mil', 3e6]]],
  ],
  'Chinese fractions': [
    ['四分之三', [['四分之三', 0.75]]],
    ['约 八 分之 一', [['八 分之 一', 0.125]]],
    ['二十又四分之一', [['二十又四分之一', 20.25]]],
    ['一千分之7', [['一千分之7', 0.007]]],
    ['１０分之3', [['１０分之3', 0.3]]],
    ['负二又三分之一', [['负二又三分之一', -(2 + 1 / 3)]]],
    ['负4分之负2', [['负4分之负2', 0.5]]],
  ],
  'Chinese numerals': [
    ['零十', [['零十', 10]]],
    ['二十 余 万', [['二十 余 万', 200000]]],
    ['8万 3千 2百', [['8万 3千 2百', 83200]]],
    ['三打鸡蛋', [['三打', 36]]],
    ['一打开就是', [['一', 1]]],
    ['年过半百', [['半百', 50]]],
    ['三千零一个百分点', [['三千零一', 3001]]],
    ['百分比', []],
    ['百分之四十五', [['四十五', 45]]],
    ['他收拾行李', []],
    ['壹切正常', []],
  ],
  'a one-character numeral bound to a currency, 折 or ％ belongs to that model': [
    ['一美元', []],
    ['这台电脑两美刀', []],
    ['苹果折扣一折', []],
    ['减少了二％，为四十九兆九千五百九十二億元', [['四十九兆九千五百九十二億', 49959200000000]]],
    ['一塊蛋糕', [['一', 1]]],
    ['五十美元', [['五十', 50]]],
  ],
  'the ordinal takes as many words as it can': [
    ['one hundred one thousand fifths', [['one hundred one thousand fifths', 100 / 1005]]],
    ['one hundred thirty fifths', [['one hundred thirty fifths', 100 / 35]]],
    ['one hundred and thirty fifths', [['one hundred and thirty fifths', 26]]],
    ['twenty twenty fifths', [['twenty twenty fifths', 0.8]]],
    ['ninety - five hundred fifths', [['ninety - five hundred fifths', 1900]]],
    ['one million two thousand two hundred three fifths', [['one million two thousand two hundred three fifths', 200440.6]]],
  ],
};

for (const [cause, cases] of Object.entries(CAUSES)) {
  test(`numbers: ${cause}`, () => {
    for (const [input, want] of cases) {
      const got = extractNumbers(input);
      assert.equal(got.length, want.length, `${input}: ${JSON.stringify(got)}`);
      want.forEach(([text, value], k) => {
        const g = got[k];
        assert.ok(g, input);
        assert.equal(g.text, text, input);
        assert.equal(g.text, input.slice(g.start, g.end));
        assert.ok(Math.abs(g.value - value) <= Math.abs(value) * 1e-9 + 1e-12, `${input}: ${g.value} vs ${value}`);
      });
    }
  });
}

test('numbers: a number includes no unit or currency', () => {
  const got = extractNumbers('英伟达花了100亿美元，用了三年');
  assert.deepEqual(
    got.map((n) => [n.text, n.value]),
    [
      ['100亿', 1e10],
      ['三', 3],
    ],
  );
});

test('figures: fractions stay out of the figure list, mixed numbers with a scale are amounts', () => {
  assert.equal(extractFigures('two thirds of the board agreed').length, 0);
  assert.equal(extractFigures('三分之一的员工').length, 0);
  const [f] = extractFigures('a one and a half billion dollar round');
  assert.equal(f?.value, 1.5e9);
  assert.equal(f?.currency, 'USD');
  const [q] = extractFigures('growth slowed for two quarters');
  assert.equal(q?.kind, 'duration');
  assert.equal(q?.unit, 'quarter');
});
