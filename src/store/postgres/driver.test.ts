import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../../../test/support/postgres.js';
import { openStore } from '../index.js';
import { sample, testStore } from '../suite.js';
import { WRITE_CHARS, WRITE_ROWS, writeSlices } from './daybound.js';
import { PostgresStore } from './driver.js';
import { pgMigrations } from './migrations.js';
import { migrate } from './open.js';
import { tsqueryLiteral, tsvectorLiteral } from './search.js';

test('search values are literals of the shared terms (no parser, so any locale)', () => {
  assert.equal(tsvectorLiteral('英伟达 GPU'), "'英伟':1 '伟达':2 '达':3 'gpu':4");
  assert.equal(tsqueryLiteral('谷歌 H100'), "'谷歌' & 'h100'");
  assert.equal(tsqueryLiteral('英伟达'), "('英伟' <-> '伟达')");
  assert.equal(tsqueryLiteral('云'), "'云':*");
  assert.equal(tsqueryLiteral("it's"), "'it' & 's'");
  assert.equal(tsqueryLiteral('"; --'), null);
});

test('multi-row writes are cut into slices of bounded rows and characters, in order, covering every row once', () => {
  const sizes = [10, WRITE_CHARS, 5, WRITE_CHARS - 40, 30, 3 * WRITE_CHARS, 1, 1];
  const got = [...writeSlices(sizes.length, (i) => sizes[i] ?? 0)];
  assert.deepEqual(got, [
    [0, 1],
    [1, 2],
    [2, 5],
    [5, 6],
    [6, 8],
  ]);
  assert.deepEqual([...writeSlices(0)], []);
  const many = [...writeSlices(2 * WRITE_ROWS + 1)];
  assert.deepEqual(many, [
    [0, WRITE_ROWS],
    [WRITE_ROWS, 2 * WRITE_ROWS],
    [2 * WRITE_ROWS, 2 * WRITE_ROWS + 1],
  ]);
});

if (skipWithoutPostgres) {
  test('Store suite: postgres', { skip: skipWithoutPostgres }, () => {});
} else {
  testStore('postgres', () => openStore({ path: freshSchemaUrl().url, poolSize: 2 }));

  describe('postgres driver', () => {
    test('several processes migrating at once apply each step once (advisory lock)', async () => {
      const { url } = freshSchemaUrl();
      const stores = await Promise.all([1, 2, 3, 4].map(() => PostgresStore.open(url, { poolSize: 1 })));
      const [s] = stores;
      const rows = (await s?.pool.query('SELECT version FROM schema_migrations ORDER BY version'))?.rows;
      assert.deepEqual(
        rows?.map((r) => r.version),
        pgMigrations.map((m) => m.version),
      );
      await Promise.all(stores.map((x) => x.close()));
    });

    test('migration 5 turns a stored whole knowledge part into its counts; any other body is left as it was', async () => {
      const { url, schema } = freshSchemaUrl();
      const s = await PostgresStore.open(url, { poolSize: 1 });
      const src = await s.upsertSource('file', '/parts.md');
      const zh = sample('星河科技季报', '星河科技第三季度营收12亿元，同比增长8%。公司向云帆数据投资3亿元。');
      const en = sample('Orbit Labs', 'Orbit Labs raised $40 million in a Series B round.');
      await s.saveItems(src.id, [zh, en]);
      await s.saveExtractions([zh, en].map((it) => ({ itemId: it.id, figures: [], entities: [] })));
      const whole = JSON.stringify({
        itemId: zh.id,
        statements: [{ sentence: '星河科技第三季度营收12亿元，同比增长8%。' }, { sentence: '星河科技第三季度营收12亿元。\u0000' }],
        deals: [[`${zh.id}#0`, { from: '星河科技', to: '云帆数据', kind: 'invest' }]],
        derived: [],
      });
      await s.commitKnowledge({
        items: [
          { itemId: zh.id, body: whole, claimKeys: ['星河科技 revenue'], parties: ['星河科技', '云帆数据'] },
          { itemId: en.id, body: '{"other":1}', claimKeys: [], parties: [] },
        ],
        settled: [],
        claims: { keys: [], rows: [] },
        deals: { items: [], rows: [] },
        derived: { items: [], rows: [] },
        cycles: { nodes: [], rows: [] },
      });
      await s.pool.query('DELETE FROM schema_migrations WHERE version >= 5');
      assert.equal(await migrate(s.pool, schema), pgMigrations[pgMigrations.length - 1]?.version);
      const body = async (id: string) =>
        (await s.pool.query<{ body: string }>('SELECT body FROM knowledge_items WHERE item_id = $1', [id])).rows[0]?.body;
      assert.equal(await body(zh.id), '{"statements":2,"deals":1,"derived":0}');
      assert.equal(await body(en.id), '{"other":1}');
      await s.close();
    });

    test('a two-character Chinese query uses the GIN index at 100,000 items', async () => {
      const { url } = freshSchemaUrl();
      const s = await PostgresStore.open(url, { poolSize: 1 });
      const src = await s.upsertSource('file', '/bulk');
      // 100,000 rows written in SQL (the same tsvector literal scheme, in bulk); two of them mention 谷歌.
      await s.pool.query(
        `INSERT INTO items (id, hash, source_id, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, ingested_at, search)
         SELECT 'it_b' || g, 'h' || g, $1, 'article', 'markdown', 't' || g, NULL, '2026-01-01', NULL, 'zh', '', '', '{}', '[]', '[]', '[]', '',
           CAST($2 || ' ''n' || g || ''':5' AS tsvector) FROM generate_series(1, 100000) g`,
        [src.id, tsvectorLiteral('微软发布新模型')],
      );
      await s.saveItems(src.id, [sample('谷歌发布', '谷歌发布新一代TPU。'), sample('Alphabet', 'Alphabet旗下谷歌云收入增长。')]);
      await s.pool.query('ANALYZE items');
      const plan = (await s.pool.query(`EXPLAIN SELECT id FROM items WHERE search @@ CAST($1 AS tsquery)`, [tsqueryLiteral('谷歌')])).rows
        .map((r) => r['QUERY PLAN'] as string)
        .join('\n');
      assert.match(plan, /Bitmap Index Scan on items_search/, plan);
      assert.deepEqual((await s.search('谷歌')).map((h) => h.title).sort(), ['Alphabet', '谷歌发布']);
      assert.equal((await s.search('微软')).length, 20, 'default limit');
      await s.close();
    });

    test('an unreachable database is a StoreError without the password', async () => {
      await assert.rejects(
        () => openStore({ path: 'postgres://u:s3cret@127.0.0.1:1/none' }),
        (e: Error) => e.name === 'StoreError' && !e.message.includes('s3cret') && e.message.includes('[store] [postgres]'),
      );
    });

    test('a batch is one transaction: its writes are seen by others only once it commits', async () => {
      const { url } = freshSchemaUrl();
      const s = await PostgresStore.open(url, { poolSize: 2 });
      const other = await PostgresStore.open(url, { poolSize: 1 });
      await s.batch(async () => {
        const src = await s.upsertSource('file', '/b1.md');
        await s.saveItems(src.id, [sample('one', 'One text.')]);
        await s.recordSourceHealth(src.id, { ok: true, items: 1 });
        assert.equal(await other.countItems(), 0);
        assert.equal(await other.getSource('/b1.md'), undefined);
      });
      assert.equal(await other.countItems(), 1);
      assert.equal((await other.getSource('/b1.md'))?.itemsLastFetch, 1);
      await Promise.all([s.close(), other.close()]);
    });

    test('a batch the database aborts (deadlock) fails whole even when its caller caught the error', async () => {
      const { url } = freshSchemaUrl();
      const a = await PostgresStore.open(url, { poolSize: 2 });
      const b = await PostgresStore.open(url, { poolSize: 2 });
      const x = sample('x', 'Text of x.');
      const y = sample('y', 'Text of y.');
      let aSaved: () => void = () => {};
      let bSaved: () => void = () => {};
      const aFirst = new Promise<void>((r) => {
        aSaved = r;
      });
      const bFirst = new Promise<void>((r) => {
        bSaved = r;
      });
      // Each batch saves one item, then the other's: each waits for a row the other holds; PostgreSQL aborts one. Like
      // ingest, each catches a failed save and goes on.
      const run = (s: PostgresStore, locator: string, first: typeof x, second: typeof x, saved: () => void, wait: Promise<void>) =>
        s.batch(async () => {
          const src = await s.upsertSource('file', locator);
          await s.saveItems(src.id, [first]);
          saved();
          await wait;
          try {
            await s.saveItems(src.id, [second]);
          } catch {
            // recorded as the source's failure by ingest
          }
          await s.recordSourceHealth(src.id, { ok: true, items: 1 });
        });
      const settled = await Promise.allSettled([run(a, '/a.md', x, y, aSaved, bFirst), run(b, '/b.md', y, x, bSaved, aFirst)]);
      const failed = settled.filter((r) => r.status === 'rejected');
      assert.equal(failed.length, 1, 'one batch was aborted');
      assert.equal(((failed[0] as PromiseRejectedResult).reason as { code?: string }).code, '40P01');
      const survivor = settled[0]?.status === 'fulfilled' ? '/a.md' : '/b.md';
      const victim = survivor === '/a.md' ? '/b.md' : '/a.md';
      // The survivor committed both items (the victim's rows were rolled back, so its second save inserted); the
      // victim committed nothing, not even its source row.
      assert.deepEqual((await a.listItems()).map((i) => [i.title, i.source]).sort(), [
        ['x', survivor],
        ['y', survivor],
      ]);
      assert.equal(await a.getSource(victim), undefined);
      await Promise.all([a.close(), b.close()]);
    });

    test('a knowledge commit larger than one write slice stores every row, in order', async () => {
      const s = await PostgresStore.open(freshSchemaUrl().url, { poolSize: 1 });
      const src = await s.upsertSource('file', '/big.md');
      const items = [1, 2, 3].map((i) => sample(`big ${i}`, `Text ${i}.`));
      await s.saveItems(src.id, items);
      await s.saveExtractions(items.map((it) => ({ itemId: it.id, figures: [], entities: [] })));
      const big = (i: number) => JSON.stringify({ i, text: '营收'.repeat(WRITE_CHARS / 3) });
      await s.commitKnowledge({
        items: items.map((it, i) => ({ itemId: it.id, body: big(i), claimKeys: [`k${i}`], parties: [] })),
        settled: [],
        claims: { keys: ['k0', 'k1', 'k2'], rows: [0, 1, 2].map((i) => ({ key: `k${i}`, ord: `k${i}`, body: big(i) })) },
        deals: { items: [], rows: [] },
        derived: { items: [], rows: [] },
        cycles: { nodes: [], rows: [] },
      });
      const parts: string[] = [];
      for await (const r of s.itemKnowledge({ ids: items.map((it) => it.id) })) parts.push(r.body);
      assert.deepEqual(parts.sort(), [0, 1, 2].map(big).sort());
      assert.deepEqual(
        (await s.getKnowledge()).claims.map((c) => (c as unknown as { i: number }).i),
        [0, 1, 2],
      );
      await s.close();
    });

    test('a failed transaction leaves nothing behind', async () => {
      const s = await PostgresStore.open(freshSchemaUrl().url, { poolSize: 1 });
      const src = await s.upsertSource('file', '/y.md');
      const good = sample('good', 'Good text.');
      const bad = { ...sample('bad', 'Bad text.'), kind: null as unknown as 'article' };
      await assert.rejects(() => s.saveItems(src.id, [good, bad]));
      assert.equal(await s.countItems(), 0);
      await s.close();
    });
  });

  after(() => dropSchemas());
}
