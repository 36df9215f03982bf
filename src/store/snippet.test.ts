import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchRanges, needles, searchSnippet } from './snippet.js';

test('needles: a Han run whole, a Latin word folded, one character as itself', () => {
  assert.deepEqual(needles('英伟达 GPU 云'), ['英伟达', 'gpu', '云']);
  assert.deepEqual(needles('谷歌'), ['谷歌']);
  assert.deepEqual(needles('，。'), []);
});

test('matchRanges: Chinese anywhere, English as whole words, overlaps merged', () => {
  assert.deepEqual(matchRanges('谷歌与微软，微软与谷歌', '微软'), [
    [3, 5],
    [6, 8],
  ]);
  assert.deepEqual(matchRanges('He said AI chips sell.', 'ai'), [[8, 10]], 'not the "ai" inside "said"');
  assert.deepEqual(matchRanges('OpenAI签署合同', 'openai'), [[0, 6]], 'a Latin word next to Han characters');
  assert.deepEqual(matchRanges('英伟达', '英伟达 伟达'), [[0, 3]]);
});

test('searchSnippet: a window around the first match, cut with …', () => {
  const text = `${'前文。'.repeat(30)}甲骨文与OpenAI签署价值3000亿美元的云合同。${'后文。'.repeat(30)}`;
  const s = searchSnippet(text, '云合同', 40);
  assert.match(s, /^….*云合同.*…$/);
  assert.ok(searchSnippet('短文本', '没有', 40) === '短文本');
});
