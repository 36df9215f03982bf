import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDeals as allDeals } from '../../../test/support/deals.js';
import { goodsMaker } from './extract.js';
import { defaultPatterns } from './patterns.js';

/** Distinct edges (a deal stated by two patterns of different kinds is one pair here). */
const articleDeals = (text: string, lang: 'en' | 'zh' = 'zh'): string[] => [...new Set(allDeals(text, lang))];

test('a supply agreement between two chip makers: the maker of the goods named is the supplier, so the payee', () => {
  assert.deepEqual(
    articleDeals('Micron said it had signed a supply agreement with Nvidia for HBM4 to be used in its next accelerators.', 'en'),
    ['Nvidia → Micron'],
  );
  assert.deepEqual(articleDeals('Samsung Electronics signed a two-year memory supply deal with AMD.', 'en'), ['AMD → Samsung Electronics']);
  assert.deepEqual(articleDeals('美光已与英伟达签订为期三年的HBM4供货协议。'), ['Nvidia → Micron']);
  assert.deepEqual(articleDeals('三星電子與超微簽下HBM4供貨合約，金額約4兆韓元。'), ['AMD → Samsung Electronics']);
});

test('the goods maker decides nothing for cloud deals, for goods neither side makes, or for a buyer that makes none', () => {
  const t = defaultPatterns();
  assert.equal(goodsMaker(t, ' signed a supply agreement with  for HBM4', 'SK Hynix', 'AMD'), 'SK Hynix');
  assert.equal(goodsMaker(t, ' signed a cloud capacity deal with  for GPUs', 'Nvidia', 'Oracle'), undefined);
  assert.equal(goodsMaker(t, ' signed a supply agreement with  for power', 'Micron', 'AMD'), undefined);
  // A buyer that makes none of the goods: the provider rule already gives the direction, and the maker agrees.
  assert.deepEqual(articleDeals('OpenAI signed a GPU supply agreement with AMD last month.', 'en'), ['OpenAI → AMD']);
});
