import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../index.js';
import { sample, testStore } from '../suite.js';
import { migrate } from './driver.js';
import { migrations } from './migrations.js';

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
