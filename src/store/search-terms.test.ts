import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexTerms, isEmptyQuery, parseQuery } from './search-terms.js';

test('a Han run is indexed as bigrams plus its last character; Latin words fold', () => {
  assert.equal(indexTerms('英伟达H100出货'), '英伟 伟达 达 h100 出货 货');
  assert.equal(indexTerms('谷歌，微软。'), '谷歌 歌 微软 软');
  assert.equal(indexTerms('Ｎｖｉｄｉａ GPU'), 'nvidia gpu');
  assert.equal(indexTerms('云'), '云');
});

test('a query is phrases of bigrams, one-character prefixes and words', () => {
  assert.deepEqual(parseQuery('英伟达'), { phrases: [['英伟', '伟达']], prefixes: [] });
  assert.deepEqual(parseQuery('谷歌'), { phrases: [['谷歌']], prefixes: [] });
  assert.deepEqual(parseQuery('云 GPU'), { phrases: [['gpu']], prefixes: ['云'] });
  assert.ok(isEmptyQuery(parseQuery('"; -- ')));
});

test('every query phrase appears as adjacent index terms of a text containing it', () => {
  const text = '甲骨文与OpenAI签订云合同，英伟达供应GPU。';
  const terms = indexTerms(text).split(' ');
  for (const q of ['云合同', '英伟达', 'OpenAI', '签订']) {
    for (const phrase of parseQuery(q).phrases) {
      const at = terms.findIndex((_, i) => phrase.every((t, j) => terms[i + j] === t));
      assert.ok(at >= 0, `${q} should match`);
    }
  }
});
