// Names one item introduced, known in the others (extract/entities/known-names.ts): a flash stored on day 1 writes
// 沧澜智算 bare (nothing in it marks a name); a feature on day 2 introduces it. After day 2 the flash's figures are the
// company's, its knowledge equals a store that got both at once, and a third day's bare flash needs no feature. On
// SQLite, and on PostgreSQL when FACTBRIEF_TEST_DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openStore, type Store } from '../../src/store/index.js';
import { draft } from '../../src/store/suite.js';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../support/postgres.js';
import { runDays } from './support.js';

const day1 = [draft('沧澜智算挂牌在即', '11月30日，沧澜智算将在港交所挂牌，募资48亿港元。', '2026-11-30')];
const day2 = [
  draft(
    '算力租赁新股',
    '国产AI算力服务商沧澜智算今日公布招股结果，募资48亿港元。沧澜智算2025年收入19.2亿元。沧澜称其毛利率为16.5%。',
    '2026-12-01',
  ),
];
const day3 = [draft('沧澜智算首日', '沧澜智算首日上涨12%，市值约310亿港元。', '2026-12-02')];

const subjectsOf = async (store: Store, title: string): Promise<(string | undefined)[]> => {
  const item = (await store.listItems()).find((i) => i.title === title);
  const [x] = await store.getExtractions(item ? [item.id] : []);
  return (x?.figures ?? []).filter((f) => f.kind === 'money').map((f) => f.subject);
};

async function check(open: () => Promise<Store>) {
  const daily = await open();
  await runDays(daily, [day1], '/test/known');
  assert.deepEqual(await subjectsOf(daily, '沧澜智算挂牌在即'), [undefined], 'alone, nothing marks the name');
  await runDays(daily, [day2], '/test/known');
  assert.deepEqual(await subjectsOf(daily, '沧澜智算挂牌在即'), ['沧澜智算'], 'read again once the name is known');
  await runDays(daily, [day3], '/test/known');
  assert.deepEqual(await subjectsOf(daily, '沧澜智算首日'), ['沧澜智算'], 'a later bare flash knows it from the store');
  const once = await open();
  await runDays(once, [[...day1, ...day2, ...day3]], '/test/known');
  assert.deepEqual(await daily.getKnowledge(), await once.getKnowledge());
  await daily.close();
  await once.close();
}

test('SQLite: a name introduced later owns the figures of items stored before it', async () => {
  await check(() => openStore({ path: ':memory:' }));
});

test('PostgreSQL: a name introduced later owns the figures of items stored before it', { skip: skipWithoutPostgres }, async () => {
  await check(() => openStore({ path: freshSchemaUrl('known').url }));
});

after(() => dropSchemas());
