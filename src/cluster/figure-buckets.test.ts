// Figure buckets: items with no bucket in common have no figures that match, so their figure evidence is known
// without comparing figures (similarity.ts): the evidence comparing every figure gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../util/random.js';
import { featuresOf, figureBuckets, indexForPairs, type NormFigure } from './features.js';
import type { ClusterInput } from './input.js';
import { figureEvidence, unmatchedEvidence } from './similarity.js';

const share = (a: Float64Array, b: Float64Array) => [...a].some((x) => b.includes(x));

test('two figures of one kind within 10% of each other always share a bucket, at the edge of the tolerance too', () => {
  const rand = seededRandom(7);
  for (let n = 0; n < 20_000; n++) {
    const x = 10 ** (rand() * 24 - 6);
    // Up to the tolerance's edge: (hi - lo) / hi = 0.1 exactly, and just inside it.
    const r = n % 3 === 0 ? 0.9 : n % 3 === 1 ? 0.9 + 1e-12 : 0.9 + rand() * 0.1;
    const y = x * r;
    const kinds = new Map<string, number>();
    const fig = (value: number): NormFigure => ({ kind: 'money', value, currency: 'USD', weight: 1, subject: undefined });
    const a = figureBuckets([fig(x)], kinds) as Float64Array;
    const b = figureBuckets([fig(y)], kinds) as Float64Array;
    if ((Math.max(x, y) - Math.min(x, y)) / Math.max(x, y) <= 0.1) assert.ok(share(a, b), `${x} / ${y}`);
  }
  // Different kinds never share; a value that is not positive gives no buckets.
  const kinds = new Map<string, number>();
  const m = figureBuckets([{ kind: 'money', value: 5, currency: undefined, weight: 1, subject: undefined }], kinds) as Float64Array;
  const p = figureBuckets([{ kind: 'percent', value: 5, currency: undefined, weight: 1, subject: undefined }], kinds) as Float64Array;
  assert.equal(share(m, p), false);
  assert.equal(figureBuckets([{ kind: 'money', value: 0, currency: undefined, weight: 1, subject: undefined }], kinds), undefined);
});

test('random items: the figure evidence of items without a bucket in common is what comparing every figure gives', () => {
  const rand = seededRandom(11);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const items: ClusterInput[] = Array.from({ length: 120 }, (_, i) => ({
    id: `it_${i}`,
    title: pick(['Nvidia capex rises', 'OpenAI raises money', 'AMD deal', '英伟达资本开支']),
    text: pick(['Nvidia will spend more.', 'OpenAI signed a deal with AMD.', '英伟达将投资。']),
    lang: 'en',
    date: `2026-11-2${Math.floor(rand() * 3)}`,
    entities: [pick(['nvidia', 'openai', 'amd']), pick(['microsoft', 'oracle'])],
    figures: Array.from({ length: Math.floor(rand() * 5) }, () => ({
      value: pick([1, 10, 100, 250]) * (0.85 + rand() * 0.3),
      kind: pick(['money', 'percent']),
      ...(rand() < 0.5 ? { currency: 'USD' } : {}),
    })),
  }));
  const feats = items.map((x, i) => featuresOf(x, i));
  indexForPairs(feats);
  let apart = 0;
  for (let i = 0; i < feats.length; i++)
    for (let j = i + 1; j < feats.length; j++) {
      const a = feats[i] as (typeof feats)[number];
      const b = feats[j] as (typeof feats)[number];
      const ba = a.pairIndex?.figureBuckets as Float64Array;
      const bb = b.pairIndex?.figureBuckets as Float64Array;
      if (!share(ba, bb)) {
        apart++;
        assert.deepEqual(unmatchedEvidence(a.figures, b.figures), figureEvidence(a.figures, b.figures), `${i} / ${j}`);
      }
    }
  assert.ok(apart > 500, `${apart} pairs apart`);
});
