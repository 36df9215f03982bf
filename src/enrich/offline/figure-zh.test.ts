import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import { renderFigureZh } from './figure-zh.js';

/** The amount of a sentence as a digest writes it. */
const zh = (sentence: string) => extractFigures(sentence).map((f) => renderFigureZh(f));

test('a lower bound keeps its word in Chinese: -plus → 逾, or more / at least → 至少, 不低于 → 不低于, more than → 超过', () => {
  assert.deepEqual(zh('OpenAI is raising $100 billion-plus in new funding.'), ['逾1000亿美元']);
  assert.deepEqual(zh('SoftBank will invest $10 billion or more.'), ['至少100亿美元']);
  assert.deepEqual(zh('an investment of at least $10 billion'), ['至少100亿美元']);
  assert.deepEqual(zh('公司承诺投资不低于100亿美元。'), ['不低于100亿美元']);
  assert.deepEqual(zh('more than $10 billion'), ['超过100亿美元']);
  assert.deepEqual(zh('a $100 billion round'), ['1000亿美元']);
});
