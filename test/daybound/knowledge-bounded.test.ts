// Knowledge updates bounded by what they change (docs/decisions/019): a touched claim group is rebuilt from its
// stored claim plus the new statements, and loops from the stored edge counts, never from the parts of every item in
// the group or component. Checked after every day (not only at the end) against a full rebuild, on SQLite and on
// PostgreSQL, with a removal, a re-extraction and a quarantine in between; and the update is shown not to read parts
// by claim key or party at all.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { canonicalSubject, loadGazetteer, ownerOf } from '../../src/extract/index.js';
import { buildKnowledge } from '../../src/knowledge/index.js';
import { knowledge } from '../../src/pipeline.js';
import { type KnowledgeCommit, openStore, type Store } from '../../src/store/index.js';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../support/postgres.js';
import { config, copyDay, itemsByDay, sampleStore, syntheticStore } from './support.js';

const gaz = loadGazetteer(config.extract.gazetteer);
const opts = {
  tolerance: config.knowledge.tolerance,
  canonicalSubject: (name: string) => canonicalSubject(name, gaz),
  ownerOf: (name: string) => ownerOf(name, gaz),
};

const fullRebuild = async (store: Store) =>
  buildKnowledge({ items: await store.listItems(), extractions: await store.getExtractions() }, opts);

/** The store, with parts read by claim key or party refused: an update must not need them. */
function guarded(store: Store): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'itemKnowledge')
        return (f: Parameters<Store['itemKnowledge']>[0]) => {
          if ((f.claimKeys?.length ?? 0) > 0 || (f.parties?.length ?? 0) > 0)
            throw new Error('knowledge update read the parts of a claim group or graph component');
          return target.itemKnowledge(f);
        };
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** Edge counts as the stored deal records give them. */
function pairsOf(deals: { from: string; to: string }[]) {
  const m = new Map<string, number>();
  for (const d of deals) m.set(`${d.from}\u0000${d.to}`, (m.get(`${d.from}\u0000${d.to}`) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

async function storedPairs(store: Store, deals: { from: string; to: string }[]) {
  const nodes = [...new Set(deals.flatMap((d) => [d.from, d.to]))];
  const got = await store.dealPairs(nodes);
  return got.map((e) => [`${e.from}\u0000${e.to}`, e.deals] as [string, number]).sort(([a], [b]) => (a < b ? -1 : 1));
}

async function same(store: Store, label: string) {
  const full = await fullRebuild(store);
  const got = await store.getKnowledge();
  assert.deepEqual(got, full, `${label}: incremental = full rebuild`);
  assert.equal(JSON.stringify(got), JSON.stringify(full), `${label}: byte for byte`);
  assert.deepEqual(await storedPairs(store, full.deals), pairsOf(full.deals), `${label}: edge counts = stored deals`);
  const ids = [...new Set(full.claims.flatMap((c) => c.statements.map((s) => s.itemId)))].slice(0, 50);
  const keys = new Set<string>();
  for await (const r of store.itemKnowledge({ ids })) for (const k of r.claimKeys) keys.add(k);
  assert.deepEqual(await store.claimKeysOfItems(ids), [...keys].sort(), `${label}: claim keys of items = their parts' keys`);
  return full;
}

async function check(reference: Store, open: () => Promise<Store>, label: string) {
  const store = await open();
  const bounded = guarded(store);
  const sources = new Map<string, number>();
  let days = 0;
  let last = await fullRebuild(store);
  for (const day of await itemsByDay(reference)) {
    await copyDay(reference, store, day, sources);
    await knowledge(bounded, config, gaz);
    last = await same(store, `${label}, day ${++days}`);
  }
  assert.ok(days >= 4 && last.claims.length > 5 && last.deals.length > 0 && last.cycles.length >= 0, `${label}: non-trivial`);

  // A removed deal item, a re-extracted claim item, a quarantined one: their groups and components are recomputed.
  // Preferably the item with the only deal on an edge of a loop, so the loop must go.
  const counts = new Map(pairsOf(last.deals));
  const inLoop = new Set(last.cycles.flatMap((c) => c.map((n, i) => `${n}\u0000${c[(i + 1) % c.length]}`)));
  const loopDeal = last.deals.find(
    (d) => d.from !== d.to && counts.get(`${d.from}\u0000${d.to}`) === 1 && inLoop.has(`${d.from}\u0000${d.to}`),
  );
  const withDeal = (loopDeal ?? last.deals[0])?.itemId as string;
  const others = last.claims.flatMap((c) => c.statements.map((s) => s.itemId)).filter((id) => id !== withDeal);
  const [reextracted, quarantined] = [...new Set(others)];
  assert.ok(reextracted && quarantined);
  await store.remove(withDeal);
  const [x] = await store.getExtractions([reextracted]);
  assert.ok(x);
  await store.saveExtractions([{ ...x, figures: x.figures.slice(1) }]);
  await store.quarantineItem(quarantined, 'extract', 'test');
  await knowledge(bounded, config, gaz);
  const after = await same(store, `${label}: after a removal, a re-extraction and a quarantine`);
  if (loopDeal) assert.ok(after.cycles.length < last.cycles.length, `${label}: the loop through the removed deal is gone`);
  await store.close();
  await reference.close();
}

test('sample corpus: every day, the bounded update equals a full rebuild (SQLite)', async () => {
  await check(await sampleStore(), () => openStore({ path: ':memory:' }), 'sample');
});

test('synthetic corpus: every day, the bounded update equals a full rebuild (SQLite)', async () => {
  await check(await syntheticStore(600, 6), () => openStore({ path: ':memory:' }), 'synthetic');
});

test('sample corpus: every day, the bounded update equals a full rebuild (PostgreSQL)', { skip: skipWithoutPostgres }, async () => {
  await check(await sampleStore(), () => openStore({ path: freshSchemaUrl('fbkb').url, poolSize: 2 }), 'sample on PostgreSQL');
});

test('a whole snapshot saved, then updated: edge counts follow the saved deals', async () => {
  const store = await openStore({ path: ':memory:' });
  const deal = (from: string, to: string) => ({ from, to, kind: 'invest' as const, itemId: 'x', source: '/x', sentence: 's' });
  await store.saveKnowledge({ claims: [], deals: [deal('A', 'B'), deal('A', 'B'), deal('B', 'A')], derived: [], cycles: [['A', 'B']] });
  assert.deepEqual(
    (await store.dealPairs(['A'])).sort((a, b) => (a.from < b.from ? -1 : 1)),
    [
      { from: 'A', to: 'B', deals: 2 },
      { from: 'B', to: 'A', deals: 1 },
    ],
  );
  await store.saveKnowledge({ claims: [], deals: [], derived: [], cycles: [] });
  assert.deepEqual(await store.dealPairs(['A', 'B']), []);
  await store.close();
});

test('a store from before the edge counts (SQLite 8) gets them from its stored deals on upgrade', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'factbrief-edges-')), 'v7.db');
  const store = await openStore({ path });
  await store.saveKnowledge({
    claims: [],
    deals: [
      { from: 'A', to: 'B', kind: 'invest', itemId: 'x', source: '/x', sentence: 's' },
      { from: 'A', to: 'B', kind: 'invest', itemId: 'y', source: '/y', sentence: 't' },
    ],
    derived: [],
    cycles: [],
  });
  await store.close();
  const db = new Database(path);
  db.exec(
    'DROP TABLE knowledge_edges; DROP INDEX cluster_features_item; DROP INDEX knowledge_items_item; DELETE FROM schema_migrations WHERE version >= 9;',
  );
  db.close();
  const again = await openStore({ path });
  assert.deepEqual(await again.dealPairs(['B']), [{ from: 'A', to: 'B', deals: 2 }]);
  await again.close();
});

after(() => dropSchemas());

test('a first update over 1,100 items is written in bounded pieces that commit together; one that fails midway leaves nothing', async () => {
  // docs/decisions/023: parts handed over per batch of 500 items, claims per 256 groups, never the whole update at once.
  const store = await syntheticStore(1100, 3);
  const pieces: { parts: number; claimGroups: number }[] = [];
  let failAt = 0;
  let reads = 0;
  const recording = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'updateKnowledge')
        return <T>(fn: (write: (p: Partial<KnowledgeCommit>) => Promise<void>) => Promise<T>) =>
          target.updateKnowledge((write) =>
            fn((p) => {
              pieces.push({ parts: p.items?.length ?? 0, claimGroups: p.claims?.keys.length ?? 0 });
              return write(p);
            }),
          );
      if (prop === 'claimsFor')
        return (f: Parameters<Store['claimsFor']>[0]) => {
          if (++reads === failAt) throw new Error('claims read failed');
          return target.claimsFor(f);
        };
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  const pending = await store.itemsWithoutKnowledge();
  assert.ok(pending.length > 1000);
  // Fails at the second claims read: the parts and the first claim groups are written by then, and all roll back.
  failAt = 2;
  await assert.rejects(() => knowledge(recording, config, gaz), /claims read failed/);
  assert.ok(pieces.filter((p) => p.parts > 0).length >= 3 && pieces.some((p) => p.claimGroups > 0), JSON.stringify(pieces));
  assert.deepEqual(await store.itemsWithoutKnowledge(), pending, 'nothing of the failed update is stored');
  assert.deepEqual(await store.knowledgeCounts(), { claims: 0, conflicts: 0, deals: 0, derived: 0, cycles: 0 });
  failAt = 0;
  pieces.length = 0;
  await knowledge(recording, config, gaz);
  assert.ok(
    pieces.every((p) => p.parts <= 500 && p.claimGroups <= 256),
    JSON.stringify(pieces),
  );
  assert.equal(
    pieces.reduce((n, p) => n + p.parts, 0),
    pending.length,
  );
  assert.ok(pieces.filter((p) => p.claimGroups > 0).length >= 2, JSON.stringify(pieces));
  await same(store, 'synthetic, in pieces');
  await store.close();
});
