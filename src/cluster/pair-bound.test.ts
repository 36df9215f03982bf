// PairBound settles, from packed arrays, the candidates scorePairAbove's first bound settles: never a pair it scores.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { countFeatures, discountCommonFigures, featuresOf, indexForPairs, itemShingles } from './features.js';
import type { ClusterInput } from './input.js';
import { PairBound, scorePair, scorePairAbove } from './similarity.js';
import { ShingleFrequency } from './stored.js';

const items: ClusterInput[] = [];
const seen = new Set<string>();
for (const line of readFileSync(new URL('../../test/fixtures/cluster/pairs.jsonl', import.meta.url), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const p = JSON.parse(line) as { a: ClusterInput; b: ClusterInput };
  for (const x of [p.a, p.b]) if (!seen.has(x.id) && seen.add(x.id)) items.push(x);
}

test('PairBound settles only pairs scorePairAbove settles (fixture items, discounted weights, three thresholds)', () => {
  const df = new ShingleFrequency();
  const shingles = items.map(itemShingles);
  for (const s of shingles) df.add(s);
  const feats = items.map((x, i) => featuresOf(x, i, df.rare(shingles[i] as Uint32Array)));
  const counts = countFeatures(feats);
  counts.docs = 1;
  discountCommonFigures(feats, counts);
  indexForPairs(feats);
  const bound = new PairBound(feats);
  let settled = 0;
  let passed = 0;
  for (const threshold of [0.3, 0.5, 0.7])
    for (let i = 0; i < feats.length; i++)
      for (let j = i + 1; j < feats.length; j++) {
        const a = feats[i] as (typeof feats)[number];
        const b = feats[j] as (typeof feats)[number];
        if (Math.abs(a.day - b.day) > 3) continue;
        if (bound.settles(i, j, threshold)) {
          settled++;
          assert.equal(scorePairAbove(a, b, threshold), undefined, `${i} / ${j} at ${threshold}`);
          assert.ok(scorePair(a, b).score < threshold);
        } else passed++;
      }
  assert.ok(settled > 40 && passed > 100, `${settled} settled, ${passed} passed`);
});
