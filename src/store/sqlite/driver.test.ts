import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { normalizeItem } from '../../normalize/index.js';
import { openStore } from '../index.js';
import { indexTerms, parseQuery } from '../search-terms.js';
import { draft, sample, testStore } from '../suite.js';
import { ftsMatch, migrate, SEARCH_WINDOW } from './driver.js';
import { migrations } from './migrations.js';
import { openReadOnly, openWritable, PAGE_CACHE_KIB, TEMP_STORE } from './open.js';

testStore('sqlite :memory:', () => openStore({ path: ':memory:' }));

const dir = mkdtempSync(join(tmpdir(), 'factbrief-store-'));
let n = 0;
testStore('sqlite file', () => openStore({ path: join(dir, `s${n++}.db`) }));

test('data persists across reopen and migrations are idempotent', async () => {
  const path = join(dir, 'reopen.db');
  const s1 = await openStore({ path });
  const src = await s1.upsertSource('file', '/x.md');
  await s1.saveItems(src.id, [sample('t', 'Nvidia rose 5%.')]);
  await s1.close();
  const s2 = await openStore({ path });
  assert.equal(await s2.countItems(), 1);
  await s2.close();
  const db = new Database(path);
  assert.equal(migrate(db), migrations[migrations.length - 1]?.version, 'already at the latest version: nothing re-applied');
  assert.equal((db.pragma('journal_mode') as { journal_mode: string }[])[0]?.journal_mode, 'wal');
  db.close();
});

test('a store made by the first release migrates forward, keeping its items', async () => {
  const path = join(dir, 'v1.db');
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.exec(migrations[0]?.sql ?? '');
  db.prepare("INSERT INTO schema_migrations VALUES (1, 'initial schema', '2026-01-01')").run();
  db.close();
  const s = await openStore({ path });
  const src = await s.upsertSource('file', '/v1.md');
  const item = sample('t', 'Nvidia rose 5%.');
  await s.saveItems(src.id, [item]);
  await s.quarantineItem(item.id, 'extract', 'too dense');
  assert.equal((await s.listQuarantine()).length, 1);
  await s.close();
});

test('migration 10 turns a stored whole knowledge part into its counts; any other body is left as it was', async () => {
  const path = join(dir, 'parts.db');
  const s = await openStore({ path });
  const src = await s.upsertSource('file', '/parts.md');
  const zh = sample('星河科技季报', '星河科技第三季度营收12亿元，同比增长8%。公司向云帆数据投资3亿元。');
  const en = sample('Orbit Labs', 'Orbit Labs raised $40 million in a Series B round.');
  await s.saveItems(src.id, [zh, en]);
  await s.saveExtractions([zh, en].map((it) => ({ itemId: it.id, figures: [], entities: [] })));
  // A part as the pipeline stored it before decision 097: the whole part, statements and deals included.
  const whole = JSON.stringify({
    itemId: zh.id,
    statements: [{ sentence: '星河科技第三季度营收12亿元，同比增长8%。' }, { sentence: '星河科技第三季度营收12亿元，同比增长8%。' }],
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
  await s.close();
  const db = new Database(path);
  db.prepare('DELETE FROM schema_migrations WHERE version >= 10').run();
  assert.equal(migrate(db), migrations[migrations.length - 1]?.version);
  const body = (id: string) => (db.prepare('SELECT body FROM knowledge_items WHERE item_id = ?').get(id) as { body: string }).body;
  assert.equal(body(zh.id), '{"statements":2,"deals":1,"derived":0}');
  assert.equal(body(en.id), '{"other":1}');
  const keys = db.prepare('SELECT kind, key FROM knowledge_keys WHERE item_id = ? ORDER BY kind, key').all(zh.id);
  assert.equal(keys.length, 3, 'the keys of the part are kept');
  db.close();
});

test('a two-character Chinese query is answered from the FTS index, not by scanning items', async () => {
  const path = join(dir, 'plan.db');
  const s = await openStore({ path });
  const src = await s.upsertSource('file', '/plan.md');
  await s.saveItems(src.id, [sample('谷歌', '谷歌发布新模型。'), sample('微软', '微软上调资本开支。')]);
  assert.equal((await s.search('谷歌'))[0]?.title, '谷歌');
  await s.close();
  const db = new Database(path, { readonly: true });
  const match = ftsMatch(parseQuery('谷歌'));
  assert.equal(match, '"谷歌"');
  // The query the driver runs (see SqliteStore.search).
  const plan = (
    db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT items.id, best.score
         FROM (SELECT rowid, score FROM (SELECT rowid, bm25(items_terms, 2.0, 1.0) AS score FROM items_terms
               WHERE items_terms MATCH ? ORDER BY rowid DESC LIMIT 2000) ORDER BY score LIMIT 20) AS best
         JOIN items ON items.rowid = best.rowid ORDER BY best.score, items.id`,
      )
      .all(match) as { detail: string }[]
  ).map((r) => r.detail);
  db.close();
  assert.ok(
    plan.some((d) => /SCAN items_terms VIRTUAL TABLE INDEX \d+:M/.test(d)),
    `the MATCH is the FTS index's: ${plan.join(' | ')}`,
  );
  assert.ok(
    plan.some((d) => /^SEARCH items USING INTEGER PRIMARY KEY/.test(d)),
    `items are looked up by rowid: ${plan.join(' | ')}`,
  );
  assert.ok(!plan.some((d) => /^SCAN items$/.test(d) || /^SCAN items USING/.test(d)), `no scan of items: ${plan.join(' | ')}`);
});

test('search terms made ahead (ingest read-ahead) are indexed as given, inside a batch and alone; without them the store makes its own', async () => {
  const s = await openStore({ path: ':memory:' });
  const src = await s.upsertSource('file', '/ahead.md');
  const a = sample('英伟达', '英伟达第三季度营收增长。');
  const b = sample('Microsoft capex', 'Microsoft raised capital spending to $80 billion.');
  const c = sample('台积电', '台积电十月营收创新高。');
  // The same terms the store would make: found as if the store made them.
  await s.batch?.(() =>
    s.saveItems(
      src.id,
      [a, b],
      [a, b].map((it) => [indexTerms(it.title), indexTerms(it.text)] as const),
    ),
  );
  assert.equal((await s.search('营收'))[0]?.title, '英伟达');
  assert.equal((await s.search('capital spending'))[0]?.title, 'Microsoft capex');
  // Given terms are what is indexed (not made again from the text): an item given other terms is found by those.
  await s.saveItems(src.id, [c], [[indexTerms(c.title), indexTerms('台积电月度出货')]]);
  assert.deepEqual(
    (await s.search('出货')).map((h) => h.title),
    ['台积电'],
  );
  // Without terms, the store makes them.
  const d = sample('阿里巴巴', '阿里巴巴云收入增长。');
  await s.saveItems(src.id, [d]);
  assert.equal((await s.search('云收入'))[0]?.title, '阿里巴巴');
  await s.close();
});

test('knowledge records are found and deleted by key through the index, never by a scan of every record of a kind', async () => {
  // The statements the driver prepares during an update and its reads, planned on the store they ran on.
  const path = join(dir, 'knowledge-plan.db');
  const s = await openStore({ path });
  const src = await s.upsertSource('file', '/k.md');
  const a = sample('a', 'Nvidia revenue was $57 billion.');
  await s.saveItems(src.id, [a]);
  await s.saveExtractions([{ itemId: a.id, figures: [], entities: [] }]);
  const prepared = new Set<string>();
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    prepared.add(sql);
    return prepare.call(this, sql);
  } as typeof prepare;
  try {
    const claim = { key: 'Nvidia\u0000revenue', ord: 'Nvidia\u0000revenue', body: '{"subject":"Nvidia"}' };
    const deal = { key: a.id, ord: '0', body: '{"from":"Nvidia","to":"OpenAI"}' };
    await s.updateKnowledge(async (write) => {
      await write({ items: [{ itemId: a.id, body: '{}', claimKeys: [claim.key], parties: ['Nvidia', 'OpenAI'] }] });
      await write({ claims: { keys: [claim.key], rows: [claim] } });
      await write({ deals: { items: [a.id], rows: [deal] }, derived: { items: [a.id], rows: [] } });
    });
    await s.claimsFor({ keys: [claim.key] });
    await s.knowledgeOfItems([a.id]);
  } finally {
    Database.prototype.prepare = prepare;
  }
  await s.close();
  const byKey = [...prepared].filter((q) => /\bknowledge\b(?!_)/.test(q) && /\bkey (=|IN)/.test(q));
  assert.ok(byKey.length >= 4, `the deletes and reads by key were seen: ${byKey.join(' | ')}`);
  const db = new Database(path, { readonly: true });
  for (const q of byKey) {
    const params = Array.from(q.matchAll(/\?/g), () => 'x');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${q}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    assert.ok(
      plan.some((d) => /USING (COVERING )?INDEX knowledge_by_key \(kind=\? AND key=\?\)/.test(d)) &&
        !plan.some((d) => /knowledge USING PRIMARY KEY \(kind=\?\)$|SCAN knowledge\b/.test(d)),
      `${q}: ${plan.join(' | ')}`,
    );
  }
  db.close();
});

test('a query matching more than the ranking window ranks the newest matches; a narrower one reaches the oldest', async () => {
  const s = await openStore({ path: ':memory:' });
  const src = await s.upsertSource('file', '/many.md');
  const oldest = sample('GPU rental prices in Hangzhou', 'GPU rental prices in Hangzhou fell again, brokers said.');
  await s.saveItems(src.id, [oldest]);
  const many = Array.from({ length: SEARCH_WINDOW + 50 }, (_, i) =>
    sample(`GPU note ${i}`, `GPU supply note number ${i} from the channel checks.`),
  );
  await s.saveItems(src.id, many);
  const hits = await s.search('gpu', 20);
  assert.equal(hits.length, 20);
  assert.ok(!hits.some((h) => h.itemId === oldest.id), 'the oldest match is outside the window of a very broad query');
  assert.equal((await s.search('gpu hangzhou', 20))[0]?.itemId, oldest.id, 'a narrower query finds it');
  await s.close();
});

test('a store from before the bigram index (migration 5) gets its items indexed on upgrade', async () => {
  const path = join(dir, 'v4.db');
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of migrations.filter((x) => x.version <= 4)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01');
  }
  db.prepare("INSERT INTO sources (id, kind, locator, created_at) VALUES (1, 'file', '/old.md', '2026-01-01')").run();
  const it = sample('微软的旧文章', '微软在旧版本里存下的这篇文章也要能搜到。');
  db.prepare(
    `INSERT INTO items (id, hash, source_id, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, ingested_at)
     VALUES (?, ?, 1, 'article', 'markdown', ?, NULL, NULL, NULL, 'zh', ?, ?, '{}', '[]', '[]', '[]', '2026-01-01')`,
  ).run(it.id, it.hash, it.title, it.text, it.text);
  db.close();
  const s = await openStore({ path });
  assert.deepEqual(
    (await s.search('微软')).map((h) => h.itemId),
    [it.id],
  );
  assert.deepEqual(await s.remove(it.id), { items: [it.id], sources: [] });
  assert.deepEqual(await s.search('微软'), []);
  assert.equal(await s.check(), 'ok');
  await s.close();
});

test('a failed transaction leaves nothing behind', async () => {
  const s = await openStore({ path: ':memory:' });
  const src = await s.upsertSource('file', '/y.md');
  const good = sample('good', 'Good text.');
  const bad = { ...sample('bad', 'Bad text.'), kind: null as unknown as 'article' }; // violates NOT NULL
  await assert.rejects(() => s.saveItems(src.id, [good, bad]));
  assert.equal(await s.countItems(), 0);
  await s.close();
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test("the store's connection keeps SQLite's own page cache (2,000 KiB), not better-sqlite3's 16,000", () => {
  const path = join(dir, 'cache.db');
  const rw = openWritable(path);
  assert.equal((rw.pragma('cache_size') as { cache_size: number }[])[0]?.cache_size, -PAGE_CACHE_KIB);
  rw.close();
  const ro = openReadOnly(path);
  assert.ok(ro);
  assert.equal((ro.pragma('cache_size') as { cache_size: number }[])[0]?.cache_size, -PAGE_CACHE_KIB);
  ro.close();
  assert.equal(PAGE_CACHE_KIB, 2000);
});

test("the writable connection keeps savepoints' sub-journals in memory, not in temporary files", () => {
  const rw = openWritable(join(dir, 'journals.db'));
  assert.equal(TEMP_STORE, 'MEMORY');
  // 2 = MEMORY (0 = the build's default: files, for a journal past 64 KiB).
  assert.equal((rw.pragma('temp_store') as { temp_store: number }[])[0]?.temp_store, 2);
  // A savepoint inside a transaction rolls back from that journal as before.
  rw.exec('CREATE TABLE t (x TEXT)');
  rw.exec('BEGIN');
  rw.prepare('INSERT INTO t VALUES (?)').run('kept');
  rw.exec('SAVEPOINT s');
  for (let i = 0; i < 200; i++) rw.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(2000));
  rw.exec('ROLLBACK TO s');
  rw.exec('RELEASE s');
  rw.exec('COMMIT');
  assert.deepEqual(rw.prepare('SELECT x FROM t').pluck().all(), ['kept']);
  rw.close();
});

test('every field of a figure and a mention comes back from getExtractions, read by id and whole (rows read as arrays)', async () => {
  const s = await openStore({ path: ':memory:' });
  const src = await s.upsertSource('file', '/cloud.md');
  const text = '星澜云第三季度数据中心收入并非120亿元，而是约100亿至110亿元，同比下降8%。Harbor Lake paid $2 billion to Northwind.';
  const saved = await s.saveItems(src.id, [sample('星澜云三季报', text, '2026-11-20')]);
  const id = saved.added[0] as string;
  const figures = [
    {
      text: '120亿元',
      start: 15,
      end: 21,
      kind: 'money' as const,
      value: 1.2e10,
      currency: 'CNY',
      qualifier: 'exact' as const,
      subject: '星澜云',
      metric: 'revenue',
      period: '2026Q3',
      scope: '数据中心',
      negated: true,
    },
    {
      text: '100亿至110亿元',
      start: 25,
      end: 35,
      kind: 'money' as const,
      low: 1e10,
      high: 1.1e10,
      currency: 'CNY',
      qualifier: 'approx' as const,
    },
    {
      text: '8%',
      start: 41,
      end: 43,
      kind: 'percent' as const,
      value: 8,
      unit: '%',
      qualifier: 'exact' as const,
      direction: 'down' as const,
    },
    {
      text: '$2 billion',
      start: 62,
      end: 72,
      kind: 'money' as const,
      value: 2e9,
      currency: 'USD',
      qualifier: 'exact' as const,
      subject: 'Harbor Lake',
      metric: 'investment',
      counterparty: 'Northwind',
    },
  ];
  const entities = [
    { name: '星澜云', type: 'org' as const, start: 0, end: 3, text: '星澜云', match: 'discovered' as const },
    { name: 'Harbor Lake', type: 'org' as const, start: 48, end: 59, text: 'Harbor Lake', match: 'discovered' as const },
  ];
  await s.saveExtractions([{ itemId: id, figures, entities }]);
  assert.deepEqual(await s.getExtractions([id]), [{ itemId: id, figures, entities }]);
  assert.deepEqual(await s.getExtractions(), [{ itemId: id, figures, entities }]);
  await s.close();
});

test('every field of an item and its sentences comes back from listItems as saved (rows read as arrays), as getItem reads it', async () => {
  const s = await openStore({ path: ':memory:' });
  const src = await s.upsertSource('file', '/digest/2026-11-20.md');
  const zh = normalizeItem(
    draft('星澜云三季报', '星澜云第三季度收入约100亿元，同比增长12%。\n\n管理层预计第四季度继续增长。', '2026-11-20T09:30:00+08:00', {
      author: '记者 王明',
      raw: '# 星澜云三季报\n\n星澜云第三季度收入约**100亿元**，同比增长12%。\n\n管理层预计第四季度继续增长。',
      meta: { line: 7, traditional: false },
      links: ['https://news.example/xinglan'],
    }),
  );
  const en = normalizeItem(
    draft('Harbor Lake results', 'Harbor Lake paid $2 billion to Northwind. Shares rose 4%.', '2026-11-21T14:00:00Z', {
      kind: 'transcript',
      url: null,
      pairs: [{ kind: 'quote-insight', a: 'We paid $2 billion.', b: 'The deal closed.', section: 'Q&A' }],
      messages: [{ origin: 'ingest:markdown', severity: 'warning', reason: 'front matter date without a time zone' }],
    }),
  );
  const saved = await s.saveItems(src.id, [zh, en]);
  assert.equal(saved.added.length, 2);
  await s.saveStories([{ id: 'st_1', title: '星澜云三季报', date: '2026-11-20', items: [zh.id] }]);
  const listed = await s.listItems({ ids: [en.id, zh.id] });
  assert.equal(listed.length, 2);
  for (const it of listed) {
    const original = it.id === zh.id ? zh : en;
    // Every column in its place: the array read equals the named read, field by field.
    assert.deepEqual(it, await s.getItem(it.id));
    const { sourceId, source, story, ingestedAt, ...rest } = it;
    assert.deepEqual(rest, original);
    assert.equal(sourceId, src.id);
    assert.equal(source, '/digest/2026-11-20.md');
    assert.equal(story, it.id === zh.id ? 'st_1' : null);
    assert.match(ingestedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.ok(it.sentences.length >= 2, 'both sentences of each item, in order');
  }
  const bare = await s.listItems({ ids: [zh.id], withRaw: false, withSentences: false });
  assert.deepEqual(bare, [{ ...(await s.getItem(zh.id)), raw: '', sentences: [] }]);
  await s.close();
});
