// The day-bounded clusterer's shortcuts decide as the batch clusterer does: features of fresh items carry their row's
// band and block keys, interned block keys keep their values, and scorePairAbove's score is scorePair's.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { blockKeys } from './candidates.js';
import { countFeatures, discountCommonFigures, type FeatureCounts, featuresOf, indexForPairs, itemShingles } from './features.js';
import { type ClusterInput, clusterStories } from './index.js';
import { bandKeys } from './lsh.js';
import { scorePair, scorePairAbove, scoreRows } from './similarity.js';
import { BlockKeyInterner, clusterFeatureSet, freshFeatures, ShingleFrequency } from './stored.js';

const items: ClusterInput[] = [];
const seen = new Set<string>();
for (const line of readFileSync(new URL('../../test/fixtures/cluster/pairs.jsonl', import.meta.url), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const p = JSON.parse(line) as { a: ClusterInput; b: ClusterInput };
  for (const x of [p.a, p.b]) if (!seen.has(x.id) && seen.add(x.id)) items.push(x);
}

const emptyCounts = (): FeatureCounts => ({ docs: 0, entities: new Map(), figures: new Map() });

test('fixture: enough items with entities, figures and block keys to mean something', () => {
  assert.ok(items.length >= 40, `${items.length} items`);
  assert.ok(items.filter((x) => (x.figures ?? []).length > 0).length >= 10);
});

test('BlockKeyInterner keeps every key value and the array it was given', () => {
  const keys = new BlockKeyInterner();
  const a = ['e\u0000nvidia\u0000t\u0000capex', 'p\u0000amd\u0000nvidia'];
  const b = ['x', ['e', 'nvidia', 't', 'capex'].join('\u0000'), 'p\u0000amd\u0000nvidia'];
  assert.equal(keys.intern(a), a);
  const out = keys.intern(b);
  assert.equal(out, b);
  assert.deepEqual(out, ['x', 'e\u0000nvidia\u0000t\u0000capex', 'p\u0000amd\u0000nvidia']);
  assert.deepEqual(a, ['e\u0000nvidia\u0000t\u0000capex', 'p\u0000amd\u0000nvidia']);
});

test("fresh features carry their row's band and block keys, equal to those made from the features", () => {
  const { feats, rows } = freshFeatures(
    items.map((input) => ({ input, shingles: itemShingles(input), day: 0 })),
    new ShingleFrequency(),
    emptyCounts(),
  );
  assert.equal(feats.length, items.length);
  feats.forEach((f, i) => {
    assert.deepEqual(f.blocks, blockKeys(f), f.id);
    assert.deepEqual(f.bands, bandKeys(f.sig), f.id);
    assert.deepEqual(rows[i]?.blocks, f.blocks, f.id);
  });
  assert.ok(feats.some((f) => (f.blocks ?? []).length > 0));
});

test('the stored path (fresh features, their keys reused) gives the batch clusterer’s stories', () => {
  const counts = emptyCounts();
  const { feats } = freshFeatures(
    items.map((input) => ({ input, shingles: itemShingles(input), day: 0 })),
    new ShingleFrequency(),
    counts,
  );
  const batch = clusterStories(items);
  assert.ok(batch.some((s) => s.items.length > 1));
  assert.deepEqual(clusterFeatureSet(feats, {}, counts), batch);
});

test('scorePairAbove, when it scores, gives scorePair’s score (every pair of the fixture items within the default 3-day window, three thresholds)', () => {
  const df = new ShingleFrequency();
  const shingles = items.map(itemShingles);
  for (const s of shingles) df.add(s);
  const feats = items.map((x, i) => featuresOf(x, i, df.rare(shingles[i] as Uint32Array)));
  let scored = 0;
  let skipped = 0;
  for (const threshold of [0, 0.3, 0.5])
    for (let i = 0; i < feats.length; i++)
      for (let j = i + 1; j < feats.length; j++) {
        const a = feats[i] as (typeof feats)[number];
        const b = feats[j] as (typeof feats)[number];
        // Candidates lie within the window (a gap past 12 days makes the date factor negative, where no bound holds).
        if (Math.abs(a.day - b.day) > 3) continue;
        const r = scorePairAbove(a, b, threshold);
        const full = scorePair(a, b);
        if (r === undefined) {
          skipped++;
          assert.ok(full.score < threshold, `${a.id} / ${b.id}: skipped at ${threshold} but scores ${full.score}`);
        } else {
          scored++;
          assert.deepEqual(r, full, `${a.id} / ${b.id}`);
        }
      }
  assert.ok(scored > 100 && skipped > 20, `${scored} scored, ${skipped} skipped`);
});

test('scorePairAbove through the window index (entity ids, totals, packed signatures) decides and scores as by names', () => {
  const df = new ShingleFrequency();
  const shingles = items.map(itemShingles);
  for (const s of shingles) df.add(s);
  const feats = items.map((x, i) => featuresOf(x, i, df.rare(shingles[i] as Uint32Array)));
  // Counts of a tiny corpus: entities and figures named by more than 5 of these items are discounted (weights < 1).
  const counts = countFeatures(feats);
  counts.docs = 1;
  discountCommonFigures(feats, counts);
  assert.ok(feats.some((f) => f.entityWeights.some((w) => w < 1)));
  const plain = feats.map((f) => ({ ...f }));
  const table = indexForPairs(feats);
  let scored = 0;
  // Every pair (no window: the date factor may go negative), in both orders: the table's full score is scorePair's.
  for (let i = 0; i < feats.length; i++)
    for (let j = 0; j < feats.length; j++) {
      if (i === j) continue;
      const full = scorePair(plain[i] as (typeof feats)[number], plain[j] as (typeof feats)[number]);
      assert.deepEqual(scoreRows(table, i, j, feats[i] as (typeof feats)[number], feats[j] as (typeof feats)[number]), full, `${i} / ${j}`);
    }
  for (const threshold of [0, 0.3, 0.5])
    for (let i = 0; i < feats.length; i++)
      for (let j = i + 1; j < feats.length; j++) {
        if (Math.abs((feats[i] as (typeof feats)[number]).day - (feats[j] as (typeof feats)[number]).day) > 3) continue;
        const indexed = scorePairAbove(feats[i] as (typeof feats)[number], feats[j] as (typeof feats)[number], threshold);
        const named = scorePairAbove(plain[i] as (typeof feats)[number], plain[j] as (typeof feats)[number], threshold);
        assert.deepEqual(indexed, named, `${i} / ${j} at ${threshold}`);
        if (indexed) scored++;
      }
  assert.ok(scored > 100, `${scored} scored`);
});

test('indexForPairs holds the headline sets (topics, title and name tokens) as ascending ids in one shared table, overlapping as the sets do', () => {
  const df = new ShingleFrequency();
  const shingles = items.map(itemShingles);
  for (const s of shingles) df.add(s);
  const feats = items.map((x, i) => featuresOf(x, i, df.rare(shingles[i] as Uint32Array)));
  const table = indexForPairs(feats);
  const runOf = (at: number, which: number): number[] => {
    const start = table.runs[4 * at + which] as number;
    return [...table.sets.subarray(start + 1, start + 1 + (table.sets[start] as number))];
  };
  const fields = ['titleTopics', 'leadTopics', 'titleTokens', 'nameTokens'] as const;
  const shared = new Set<string>();
  feats.forEach((f, at) => {
    assert.equal(f.pairIndex?.table, table);
    assert.equal(f.pairIndex?.at, at);
    fields.forEach((set, which) => {
      const run = runOf(at, which);
      assert.equal(run.length, f[set].size);
      assert.deepEqual(
        run,
        [...run].sort((a, b) => a - b),
      );
    });
  });
  for (let i = 0; i < feats.length; i++)
    for (let j = i + 1; j < feats.length; j++) {
      const a = feats[i] as (typeof feats)[number];
      const b = feats[j] as (typeof feats)[number];
      fields.forEach((set, which) => {
        const ids = new Set(runOf(i, which));
        const both = runOf(j, which).filter((x) => ids.has(x)).length;
        assert.equal(both, [...a[set]].filter((x) => b[set].has(x)).length, `${a.id} / ${b.id} ${set}`);
        if (both > 0) shared.add(set);
      });
    }
  // The fixture exercises every set: some pair shares members of each.
  assert.deepEqual([...shared].sort(), ['leadTopics', 'nameTokens', 'titleTokens', 'titleTopics']);
});
