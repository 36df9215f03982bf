/**
 * Decision 172: a results figure told with the estimate a later sentence of its source sets it against; a subordinate
 * clause opening on a subject is its figure's own clause (the estimate words of the main clause do not hedge it).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { expected } from './compose.js';
import { hedgedFigure, ownSubordinate } from './facts.js';
import { laterEstimate } from './later-estimate.js';

const OPEN = 'Tavora beat estimates for quarterly revenue on Tuesday as its Nimbus cloud platform grew 41%, and it kept its plans.';
const fig = (s: string, text: string): Figure => {
  const f = extractFigures(s).find((x) => x.text === text);
  assert.ok(f, text);
  return f;
};
const nimbus = { figure: fig(OPEN, '41%'), subject: 'Nimbus', metric: 'revenue-growth', sentence: OPEN };

test('a later sentence comparing the owner’s growth with the analysts’ expected rate gives the beat and the estimate', () => {
  const later = 'Nimbus revenue growth exceeded the 38.2% expected by analysts polled by Visible Alpha.';
  const vs = laterEstimate(nimbus, [OPEN, 'Revenue rose 9% to $12.4 billion.', later], []);
  assert.equal(vs?.side, 'above');
  assert.equal(vs?.estimate?.value, 38.2);
});

test('silent when unsure: the company’s own forecast, a side the values contradict, another figure of the owner first, no measure', () => {
  const s = (x: string) => laterEstimate(nimbus, [OPEN, x], []);
  // The company's own forecast is no market estimate.
  assert.equal(s('Nimbus revenue growth beat the 38% the company had forecast in its guidance.'), undefined);
  // A beat of a higher estimate is a misread.
  assert.equal(s('Nimbus revenue growth beat the 43% expected by analysts.'), undefined);
  // Another measure (a margin) is not the growth's estimate.
  assert.equal(s('Nimbus operating margin beat the 38% expected by analysts.'), undefined);
  // Another owner.
  assert.equal(s('Stratus revenue growth beat the 38% expected by analysts.'), undefined);
  // Another figure of the owner of the same kind before the comparison: which one it compares is a guess.
  const mid = 'Nimbus grew 39% in constant currency.';
  const other = { figure: fig(mid, '39%'), sentence: mid };
  assert.equal(laterEstimate(nimbus, [OPEN, mid, 'Nimbus revenue growth beat the 38% expected by analysts.'], [other]), undefined);
});

test('a subordinate clause opening on a subject is its figure’s own: the main clause’s estimate words do not hedge it', () => {
  assert.equal(
    ownSubordinate('Tavora beat estimates for revenue as its Nimbus cloud platform grew '),
    'as its Nimbus cloud platform grew ',
  );
  assert.equal(hedgedFigure(OPEN, '41%', 'revenue-growth', { subject: 'Nimbus' }), false);
  assert.equal(expected(OPEN, '41%'), false);
  // A figure the subordinate clause itself gives as an estimate stays hedged.
  const est = 'Tavora beat estimates as the analysts had expected growth of 30%.';
  assert.equal(hedgedFigure(est, '30%', 'revenue-growth', { subject: 'Tavora' }), true);
  // `as expected` opens no clause of a subject.
  assert.equal(ownSubordinate('revenue grew, as expected by analysts, by '), 'revenue grew, as expected by analysts, by ');
});
