// Names linked across items (extract/entities/name-links.ts): a gloss one item gives (澜芯科技（Lanxin Technology）)
// renames the company in items stored before it, so claims and deal edges use one name; the update stays incremental
// and equals a store that got every item at once. On SQLite, and on PostgreSQL when FACTBRIEF_TEST_DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openStore, type Store } from '../../src/store/index.js';
import { draft } from '../../src/store/suite.js';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../support/postgres.js';
import { runDays } from './support.js';

// The first day writes only the Chinese name; the second glosses it.
const day1 = [draft('澜芯科技营收', '澜芯科技2025年营收18.6亿元。高瓴资本向澜芯科技投资8000万美元。', '2026-08-12')];
const day2 = [
  draft('澜芯科技招股', '芯片设计商澜芯科技（Lanxin Technology）今日起招股。澜芯科技2025年营收17.9亿元。', '2026-08-13'),
  draft('Lanxin IPO', 'Temasek invested $50 million in Lanxin Technology ahead of its listing.', '2026-08-13'),
];

async function check(open: () => Promise<Store>) {
  const daily = await open();
  await runDays(daily, [day1], '/test/names');
  assert.ok(
    (await daily.getKnowledge()).claims.some((c) => c.subject === '澜芯科技'),
    'alone, the Chinese name',
  );
  await runDays(daily, [day2], '/test/names');
  const k = await daily.getKnowledge();
  const revenue = k.claims.filter((c) => c.metric === 'revenue' && c.period === '2025');
  assert.deepEqual(
    revenue.map((c) => [c.subject, c.statements.length, c.conflict]),
    [['Lanxin Technology', 2, true]],
  );
  assert.ok(!JSON.stringify(k).includes('"澜芯科技"'), 'no record names the company by its Chinese name alone');
  assert.deepEqual(k.deals.map((d) => `${d.from} -> ${d.to}`).sort(), [
    'Hillhouse Capital -> Lanxin Technology',
    'Temasek -> Lanxin Technology',
  ]);
  // The same as a store that got every item at once.
  const once = await open();
  await runDays(once, [[...day1, ...day2]], '/test/names');
  assert.deepEqual(await daily.getKnowledge(), await once.getKnowledge());
  await daily.close();
  await once.close();
}

// Names that sound alike (extract/entities/pinyin-links.ts): day 1 writes only 衡川半导体, day 2 only the pinyin form an
// English source uses; no text glosses one with the other.
const soundDay1 = [draft('衡川半导体营收', '衡川半导体2025年营收21.4亿元。衡川半导体计划在科创板上市。', '2026-08-12')];
const soundDay2 = [draft('Hengchuan results', 'Hengchuan Semiconductor reported 2025 revenue of 2.3 billion yuan.', '2026-08-13')];

async function checkSound(open: () => Promise<Store>) {
  const daily = await open();
  await runDays(daily, [soundDay1], '/test/sound');
  await runDays(daily, [soundDay2], '/test/sound');
  const k = await daily.getKnowledge();
  const revenue = k.claims.filter((c) => c.metric === 'revenue' && c.period === '2025');
  assert.deepEqual(
    revenue.map((c) => [c.subject, c.statements.length, c.conflict]),
    [['Hengchuan Semiconductor', 2, true]],
  );
  const once = await open();
  await runDays(once, [[...soundDay1, ...soundDay2]], '/test/sound');
  assert.deepEqual(await daily.getKnowledge(), await once.getKnowledge());
  await daily.close();
  await once.close();
}

test('SQLite: a name written later in pinyin renames the Chinese name in items stored before it', async () => {
  await checkSound(() => openStore({ path: ':memory:' }));
});

test('PostgreSQL: a name written later in pinyin renames the Chinese name in items stored before it', {
  skip: skipWithoutPostgres,
}, async () => {
  await checkSound(() => openStore({ path: freshSchemaUrl('sound').url }));
});

test('SQLite: a gloss learned later renames the company in items stored before it', async () => {
  await check(() => openStore({ path: ':memory:' }));
});

test('PostgreSQL: a gloss learned later renames the company in items stored before it', { skip: skipWithoutPostgres }, async () => {
  await check(() => openStore({ path: freshSchemaUrl('names').url }));
});

after(() => dropSchemas());
