/** Crash safety: SIGKILL an ingest mid-run; the store stays consistent and a re-run finishes without duplicates. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { jsonLines, runCli, startCli, tempDir } from '../support/cli.js';

function writeFolder(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const zh = i % 2 === 0;
    const body = zh
      ? `# 第${i}号快讯：算力投资\n\n据报道，第${i}家云厂商计划今年投入${100 + i}亿美元建设数据中心，同比增长${(i % 90) + 5}%。\n\n分析师认为，这一投资将带动GPU需求。`
      : `# Wire ${i}: compute spending\n\nCloud provider number ${i} plans to spend $${(i % 50) + 1}.${i % 10} billion on data centers this year, up ${(i % 80) + 3}% from last year.\n\nAnalysts say demand for GPUs remains strong.`;
    writeFileSync(
      join(dir, `item-${String(i).padStart(5, '0')}.md`),
      `---\ntitle: item ${i}\ndate: 2026-11-22T0${i % 10}:00:00+08:00\n---\n\n${body}\n`,
    );
  }
}

test('SIGKILL mid-ingest leaves an intact store; the re-run completes with no duplicates', { timeout: 240000 }, async () => {
  const root = tempDir('factbrief-crash-');
  const folder = join(root, 'in');
  const data = join(root, 'data');
  const N = 3000;
  writeFolder(folder, N);
  const child = startCli(['--data', data, 'ingest', folder]);
  // Kill once the store holds some but not all items.
  const dbPath = join(data, 'factbrief.db');
  let killedAt = -1;
  for (let i = 0; i < 600 && killedAt < 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      const n = (db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
      db.close();
      if (n > 50) {
        child.kill('SIGKILL');
        killedAt = n;
      }
    } catch {
      // not created yet
    }
  }
  await new Promise((r) => child.once('exit', r));
  assert.ok(killedAt > 0, 'the child was killed mid-run');
  const db = new Database(dbPath);
  assert.equal((db.pragma('integrity_check') as { integrity_check: string }[])[0]?.integrity_check, 'ok');
  const partial = (db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  db.close();
  assert.ok(partial < N, `killed before the end (${partial} of ${N})`);

  const r = runCli(['--data', data, 'ingest', folder, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const s = jsonLines(r.stdout)[0] as { added: number; skipped: number };
  assert.equal(s.added + s.skipped, N);
  const db2 = new Database(dbPath, { readonly: true });
  assert.equal((db2.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n, N);
  assert.equal((db2.prepare('SELECT COUNT(DISTINCT hash) AS n FROM items').get() as { n: number }).n, N);
  db2.close();
});
