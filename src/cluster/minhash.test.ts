// Shingles and MinHash: tokenization of mixed text, the Jaccard estimate against the exact value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateJaccard, minhashSignature } from './minhash.js';
import { normalizeText, shingleHashes, tokenize } from './shingles.js';

test('tokenize: Han characters alone, Latin words and decimals whole, full-width folded', () => {
  assert.deepEqual(tokenize(normalizeText('英伟达Ｑ3营收 $57.01 billion，增长62%')), [
    '英',
    '伟',
    '达',
    'q3',
    '营',
    '收',
    '57.01',
    'billion',
    '增',
    '长',
    '62',
  ]);
});

test('MinHash estimate tracks the exact Jaccard of shingle sets', () => {
  const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
  const a = words.slice(0, 300).join(' ');
  const b = words.slice(100, 400).join(' ');
  const sa = new Set(shingleHashes(a, 1));
  const sb = new Set(shingleHashes(b, 1));
  const inter = [...sa].filter((x) => sb.has(x)).length;
  const exact = inter / (sa.size + sb.size - inter);
  const est = estimateJaccard(minhashSignature(shingleHashes(a, 1)), minhashSignature(shingleHashes(b, 1)));
  assert.ok(Math.abs(est - exact) < 0.15, `estimate ${est} vs exact ${exact}`);
  assert.equal(estimateJaccard(minhashSignature(shingleHashes(a)), minhashSignature(shingleHashes(a))), 1);
});

test('empty text gives a signature that matches nothing', () => {
  const empty = minhashSignature(shingleHashes(''));
  assert.equal(estimateJaccard(empty, empty), 0);
});
