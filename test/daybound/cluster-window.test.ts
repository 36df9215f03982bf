// Day-bounded clustering (docs/decisions/017): clustering a day at a time from stored features, each run reading only
// its window, agrees with the batch clustering of everything at once (B-cubed F1 ≥ 0.99 on the sample corpus; see the synthetic case below).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storiesOfItems } from '../../src/cluster/index.js';
import { cluster } from '../../src/pipeline.js';
import type { Store } from '../../src/store/index.js';
import { bcubed, config, replayByDay, sampleStore, syntheticStore } from './support.js';

async function batchStories(store: Store) {
  return storiesOfItems(await store.listItems({ withSentences: false }), await store.getExtractions(), {
    windowDays: config.cluster.windowDays,
  });
}

async function compare(reference: Store, label: string, floor = 0.99, opts: { youngStoreDocs?: number } = {}) {
  const batch = await batchStories(reference);
  let runs = 0;
  const daily = await replayByDay(reference, async (store) => {
    await cluster(store, config, opts);
    runs++;
  });
  const incremental = await daily.listStories();
  const score = bcubed(incremental, batch);
  assert.ok(runs >= 4, `${label}: replayed over ${runs} days`);
  assert.equal(score.items, await reference.countItems(), `${label}: every item is in exactly one story`);
  assert.equal(new Set(incremental.flatMap((s) => s.items)).size, incremental.flatMap((s) => s.items).length);
  assert.ok(
    score.f1 >= floor,
    `${label}: B-cubed F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)}, R ${score.recall.toFixed(4)})`,
  );
  // A second run with nothing new changes nothing.
  const before = JSON.stringify(incremental);
  await cluster(daily, config);
  assert.equal(JSON.stringify(await daily.listStories()), before);
  await daily.close();
  await reference.close();
  return score;
}

test('sample corpus: clustered a day at a time equals the batch clustering (B-cubed F1 ≥ 0.99)', async () => {
  await compare(await sampleStore(), 'sample corpus');
});

// A store of 1,500 articles is young (YOUNG_STORE_DOCS): every run decides every item again on today's counts, so the
// last run equals the batch clustering (measured 1.000).
test('synthetic benchmark corpus: clustered a day at a time equals the batch clustering (B-cubed F1 ≥ 0.999)', async () => {
  await compare(await syntheticStore(1500, 6), 'synthetic corpus', 0.999);
});

// The window alone, as in a store past YOUNG_STORE_DOCS, on the same corpus: the first days' stories are frozen on
// the small counts of a young store (decision 017; measured 0.989, P 0.987, R 0.991).
test('synthetic benchmark corpus, window only: agrees with the batch clustering (B-cubed F1 ≥ 0.985)', async () => {
  await compare(await syntheticStore(1500, 6), 'synthetic corpus, window only', 0.985, { youngStoreDocs: 0 });
});

test('a day reads only its window: stories older than the window are frozen', async () => {
  const reference = await syntheticStore(600, 8);
  const read: number[] = [];
  const daily = await replayByDay(reference, async (store) => {
    const counting: Store = Object.create(store) as Store;
    let rows = 0;
    counting.clusterFeatures = async function* (filter) {
      for await (const r of store.clusterFeatures(filter)) {
        rows++;
        yield r;
      }
    };
    // A store this small is young (YOUNG_STORE_DOCS): the window is what is tested here.
    await cluster(counting, config, { youngStoreDocs: 0 });
    read.push(rows);
  });
  // Eight days of ~75 items: with a 3-day window a day reads at most the 3 days before it (and the members of their
  // stories), never the whole archive.
  const total = await daily.countItems();
  const last = read[read.length - 1] as number;
  assert.ok(last < total * 0.75, `the last day read ${last} stored rows of ${total}`);
  const frozen = (await daily.listStories()).filter((s) => s.date !== null && s.date < '2026-11-19');
  assert.ok(frozen.length > 0);
  await daily.close();
  await reference.close();
});
