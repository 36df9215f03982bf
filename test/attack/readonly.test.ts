/**
 * A read-only store: the commands that only read (items, stories, claims, graph) open it read-only and work, whether
 * the file is mode 0444 or its folder is read-only; commands that write say so clearly before doing anything. Under
 * root, for whom file modes block nothing, the commands run as `nobody`.
 */
import assert from 'node:assert/strict';
import { chmodSync, chownSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, temp } from './cli.js';

const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** A store with two items, owned by the user the commands run as. */
async function storeWithItems(): Promise<{ dir: string; data: string; extra: string }> {
  const dir = temp();
  chmodSync(dir, 0o755);
  const a = join(dir, 'a.md');
  writeFileSync(a, '---\ntitle: Oracle deal\ndate: 2026-11-22\n---\n\nOracle signed a $300 billion contract with OpenAI.\n');
  const b = join(dir, 'b.md');
  writeFileSync(b, '---\ntitle: 英伟达财报\ndate: 2026-11-22\n---\n\n英伟达第三季度营收570亿美元，同比增长62%。\n');
  const extra = join(dir, 'c.md');
  writeFileSync(extra, '---\ntitle: Meta bonds\ndate: 2026-11-22\n---\n\nMeta raised $30 billion in bonds.\n');
  const data = join(dir, 'data');
  const r = await cli(['--data', data, 'ingest', a, b]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(data), ['factbrief.db'], 'a clean close leaves no -wal / -shm');
  if (asUser) {
    chownSync(data, asUser.uid, asUser.gid);
    chownSync(join(data, 'factbrief.db'), asUser.uid, asUser.gid);
  }
  return { dir, data, extra };
}

async function readCommandsWork(data: string) {
  const items = await cli(['--data', data, 'items', '--json'], {}, asUser);
  assert.equal(items.code, 0, items.stderr);
  assert.deepEqual(
    items.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { title: string }).title)
      .sort(),
    ['Oracle deal', '英伟达财报'],
  );
  const claims = await cli(['--data', data, 'claims', '--json'], {}, asUser);
  assert.equal(claims.code, 0, claims.stderr);
  assert.match(claims.stdout, /300000000000/);
}

async function writeCommandRefused(data: string, args: string[], why: RegExp) {
  const r = await cli(['--data', data, ...args], {}, asUser);
  assert.equal(r.code, 1, `${args[0]}: ${r.stderr}`);
  assert.match(r.stderr, /cannot write to the store \S+factbrief\.db: /);
  assert.match(r.stderr, why);
  assert.match(r.stderr, /This command writes to it; the read commands \(items, stories, claims, graph\) still work/);
}

test('a store file of mode 0444: read commands work, write commands are refused clearly', { timeout: 180_000 }, async () => {
  const { data, extra } = await storeWithItems();
  chmodSync(join(data, 'factbrief.db'), 0o444);
  await readCommandsWork(data);
  await writeCommandRefused(data, ['ingest', extra], /the file is read-only/);
});

test('a store in a read-only folder: read commands work, write commands are refused clearly', { timeout: 180_000 }, async () => {
  const { data, extra } = await storeWithItems();
  chmodSync(data, 0o555);
  await readCommandsWork(data);
  assert.deepEqual(readdirSync(data), ['factbrief.db'], 'reading left nothing behind');
  await writeCommandRefused(data, ['remove', extra], /its folder is read-only/);
});
