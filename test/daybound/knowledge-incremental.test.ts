// Incremental knowledge (docs/decisions/017): updating after each day's items, then after a removal and a
// re-extraction, gives exactly the snapshot a full rebuild over the same items gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalSubject, loadGazetteer, ownerOf } from '../../src/extract/index.js';
import { buildKnowledge } from '../../src/knowledge/index.js';
import { knowledge } from '../../src/pipeline.js';
import type { Store } from '../../src/store/index.js';
import { config, replayByDay, sampleStore, syntheticStore } from './support.js';

const gaz = loadGazetteer(config.extract.gazetteer);
const opts = {
  tolerance: config.knowledge.tolerance,
  canonicalSubject: (name: string) => canonicalSubject(name, gaz),
  ownerOf: (name: string) => ownerOf(name, gaz),
};

async function fullRebuild(store: Store) {
  return buildKnowledge({ items: await store.listItems(), extractions: await store.getExtractions() }, opts);
}

async function check(reference: Store, label: string) {
  let batches = 0;
  const daily = await replayByDay(reference, async (store) => {
    await knowledge(store, config, gaz);
    batches++;
  });
  assert.ok(batches >= 4, `${label}: ${batches} batches`);
  const full = await fullRebuild(daily);
  assert.ok(full.claims.length > 5 && full.deals.length > 0, `${label}: a non-trivial snapshot`);
  assert.deepEqual(await daily.getKnowledge(), full, `${label}: incremental = full rebuild`);
  const counts = await daily.knowledgeCounts();
  assert.deepEqual(counts, {
    claims: full.claims.length,
    conflicts: full.claims.filter((c) => c.conflict).length,
    deals: full.deals.length,
    derived: full.derived.length,
    cycles: full.cycles.length,
  });

  // A removed item and a re-extracted one: their groups and components are recomputed.
  const withDeal = full.deals[0]?.itemId as string;
  const withClaim = full.claims.find((c) => c.statements.some((s) => s.itemId !== withDeal))?.statements.find((s) => s.itemId !== withDeal)
    ?.itemId as string;
  await daily.remove(withDeal);
  const [x] = await daily.getExtractions([withClaim]);
  assert.ok(x);
  await daily.saveExtractions([{ ...x, figures: x.figures.slice(1) }]);
  await knowledge(daily, config, gaz);
  assert.deepEqual(await daily.getKnowledge(), await fullRebuild(daily), `${label}: after a removal and a re-extraction`);
  // Nothing new: nothing changes.
  const before = JSON.stringify(await daily.getKnowledge());
  await knowledge(daily, config, gaz);
  assert.equal(JSON.stringify(await daily.getKnowledge()), before);
  await daily.close();
  await reference.close();
}

test('sample corpus: knowledge updated day by day equals a full rebuild', async () => {
  await check(await sampleStore(), 'sample corpus');
});

test('synthetic corpus: knowledge updated day by day equals a full rebuild', async () => {
  await check(await syntheticStore(600, 6), 'synthetic corpus');
});
