import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadMetricLexicon } from '../extract/attribution/lexicon.js';
import { targetPriceSource, targetPriceTable } from './target-price.js';

test('target-price words: whole Latin words with any spacing, Chinese anywhere; abbreviations only when asked', () => {
  const any = new RegExp(targetPriceSource(), 'i');
  assert.ok(any.test('raised its price  target to $250'));
  assert.ok(any.test('Price objective: HK$7.40'));
  assert.ok(any.test('维持买入评级，目標價上調至186元'));
  assert.ok(!any.test('a targeted pricing push'), 'no word inside another');
  assert.ok(!any.test('TP Rs1,920'), 'abbreviations are not words of running text');
  const head = new RegExp(targetPriceSource({ abbreviations: true }), 'i');
  assert.ok(head.test('TP Rs1,920 (from Rs1,850)'));
  assert.ok(!head.test('STPs and PTFE'), 'an abbreviation is a whole word');
});

test('target-price words: a script keeps its own words only', () => {
  assert.ok(!new RegExp(targetPriceSource({ script: 'latin' }), 'i').test('目标价186元'));
  assert.ok(!new RegExp(targetPriceSource({ script: 'chinese' }), 'i').test('target price of $250'));
});

test('target-price words: the one list the metric lexicon reads as price keywords', () => {
  const lex = loadMetricLexicon();
  for (const w of [...targetPriceTable().words, ...targetPriceTable().abbreviations])
    assert.equal(lex.keywordMetric.get(w.toLowerCase()), 'price', w);
});
