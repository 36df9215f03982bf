/**
 * Decision 092: the pieces that let a story's second fact through — an amount and its conversion are one value, the
 * estimate clause read past a conversion and a period's end date, the value after `from` once a change named its new one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { amountBasis } from './basis.js';
import { oneValue } from './compose.js';
import { convertedIn, plainAfter } from './conversion.js';
import { versusEstimates } from './estimates.js';
import { defaultStoryTemplates } from './story-templates.js';

const fig = (sentence: string, text: string): Figure => {
  const f = extractFigures(sentence).find((x) => x.text === text);
  assert.ok(f, `no figure ${text} in ${sentence}`);
  return f;
};

const PROFIT =
  'Net profit rose 9.1% to 31.40 billion rupees ($357 million) in the quarter ended Sept. 30, topping analysts’ average estimate of 30.20 billion rupees.';

test('an amount and its conversion in parentheses are one value; two amounts of one currency are not', () => {
  const rupees = fig(PROFIT, '31.40 billion rupees');
  const dollars = fig(PROFIT, '$357 million');
  assert.equal(convertedIn(PROFIT, rupees, dollars), true);
  assert.equal(
    oneValue({ figure: rupees, sentence: PROFIT }, [
      { figure: rupees, sentence: PROFIT },
      { figure: dollars, sentence: PROFIT },
    ]),
    true,
  );
  const zh = '澄言科技完成6亿美元（约合43亿元人民币）B轮融资。';
  assert.equal(convertedIn(zh, fig(zh, '6亿美元'), fig(zh, '约合43亿元人民币')), true);
  // Two currencies in two clauses are no conversion.
  const two = 'Revenue was 188 billion rupees, while its US unit booked $357 million.';
  assert.equal(convertedIn(two, fig(two, '188 billion rupees'), fig(two, '$357 million')), false);
  // Another value of the same measure from another sentence is still another value.
  const other = 'Net profit was $360 million.';
  assert.equal(oneValue({ figure: dollars, sentence: PROFIT }, [{ figure: fig(other, '$360 million'), sentence: other }]), false);
});

test('the estimate clause is read past a conversion and the quarter’s end date', () => {
  const t = defaultStoryTemplates();
  assert.equal(plainAfter(' ($357 million) in the quarter ended Sept. 30, topping'), ' in the quarter ended the day, topping');
  const vs = versusEstimates(PROFIT, fig(PROFIT, '31.40 billion rupees'), t);
  assert.equal(vs?.side, 'above');
  assert.equal(vs?.estimate?.text, '30.20 billion rupees');
  // A figure standing between (another amount, not in parentheses) still stops it.
  const between = 'Net profit was 31.40 billion rupees, revenue 188 billion rupees, topping analysts’ estimates.';
  assert.equal(versusEstimates(between, fig(between, '31.40 billion rupees'), t), undefined);
});

test('the value after `from` once a change named its new value is the one before it', () => {
  const s = 'Management raised FY27 revenue growth guidance to 3-4% from 2-3% and kept the margin band unchanged.';
  assert.equal(amountBasis({ text: '2-3%' }, s), 'earlier');
  assert.equal(amountBasis({ text: '3-4%' }, s), undefined);
  const cut = 'The company cut its capex target to $2 billion from $2.5 billion.';
  assert.equal(amountBasis({ text: '$2.5 billion' }, cut), 'earlier');
  // A `from` naming a source, not a value before a change, is no such value.
  const loan = 'It borrowed $2 billion from banks and $1 billion from investors.';
  assert.equal(amountBasis({ text: '$1 billion' }, loan), undefined);
});
