import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../test/fixtures/publish/loopback-server.js';
import { openStore } from '../store/index.js';
import { pendingPushes, publish, telegramChannel, webhookChannel } from './index.js';

const servers: { close(): Promise<void> }[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

const dbFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'fb-push-')), `${name}.sqlite`);
const digest = { key: 'digest:2026-03-02', text: '# OpenAI 完成 400 亿美元融资\n\n正文。', date: '2026-03-02' };

test('two runs on the same SQLite file: the second sends nothing', async () => {
  const s = await startServer();
  servers.push(s);
  const file = dbFile('two-runs');
  const channels = () => [
    telegramChannel({ baseURL: s.url, token: 't', chatId: '42' }),
    webhookChannel({ url: `${s.url}/hook`, name: 'hook' }),
  ];

  const first = await openStore({ path: file });
  const r1 = await publish([digest], channels(), first.pushLog);
  assert.deepEqual(
    r1.map((r) => [r.channel, r.status]),
    [
      ['telegram:42', 'sent'],
      ['hook', 'sent'],
    ],
  );
  await first.close();
  assert.equal(s.requests.length, 2);

  const second = await openStore({ path: file });
  const r2 = await publish([digest, { key: 'digest:2026-03-03', text: '# 次日\n\n正文。' }], channels(), second.pushLog);
  assert.deepEqual(
    r2.map((r) => [r.channel, r.key, r.status]),
    [
      ['telegram:42', 'digest:2026-03-02', 'skipped'],
      ['telegram:42', 'digest:2026-03-03', 'sent'],
      ['hook', 'digest:2026-03-02', 'skipped'],
      ['hook', 'digest:2026-03-03', 'sent'],
    ],
  );
  assert.match(r2[0]?.note ?? '', /already sent/);
  assert.equal(s.requests.length, 4, 'only the new digest went out');
  assert.deepEqual(await pendingPushes(second.pushLog), []);
  await second.close();
});

test('a failed send is released and retried by the next run; other channels are unaffected', async () => {
  let up = false;
  const s = await startServer(() => (up ? { status: 200 } : { status: 500 }));
  const ok = await startServer();
  servers.push(s, ok);
  const store = await openStore({ path: dbFile('retry') });
  const channels = [webhookChannel({ url: s.url, name: 'flaky', maxRetries: 0 }), webhookChannel({ url: ok.url, name: 'ok' })];
  const r1 = await publish([digest], channels, store.pushLog);
  assert.deepEqual(
    r1.map((r) => r.status),
    ['failed', 'sent'],
  );
  assert.match(r1[0]?.error ?? '', /\[flaky\] HTTP 500/);
  assert.deepEqual(await pendingPushes(store.pushLog), [], 'nothing left reserved');
  up = true;
  const r2 = await publish([digest], channels, store.pushLog);
  assert.deepEqual(
    r2.map((r) => r.status),
    ['sent', 'skipped'],
  );
  assert.equal(ok.requests.length, 1);
  await store.close();
});

test('a crash between send and log (in another process) is not resent: skipped, noted and listed', async () => {
  const s = await startServer();
  servers.push(s);
  const file = dbFile('crash');
  const script = fileURLToPath(new URL('../../test/fixtures/publish/crash-after-send.ts', import.meta.url));
  // Asynchronous spawn: the loopback server lives in this process and must keep answering.
  const child = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', script, file, s.url], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(child.code, 137, child.stderr);
  assert.equal(s.requests.length, 1, 'the channel received the digest before the crash');

  const store = await openStore({ path: file });
  const pending = await pendingPushes(store.pushLog);
  assert.deepEqual(
    pending.map((p) => [p.channel, p.key]),
    [['hook', 'digest:2026-03-02']],
  );
  const r = await publish([digest], [webhookChannel({ url: s.url, name: 'hook' })], store.pushLog);
  assert.equal(r[0]?.status, 'skipped');
  assert.match(r[0]?.note ?? '', /never confirmed/);
  assert.equal(s.requests.length, 1, 'not resent (at most once)');

  // A person checked the channel and found it missing: releasing the reservation lets the next run send it.
  await store.pushLog.release('hook', digest.key);
  const again = await publish([digest], [webhookChannel({ url: s.url, name: 'hook' })], store.pushLog);
  assert.equal(again[0]?.status, 'sent');
  assert.equal(s.requests.length, 2);
  await store.close();
});

test('a split message that fails after some parts stays reserved and is not resent', async () => {
  const s = await startServer((_r, i) =>
    i === 1 ? { status: 400, json: { ok: false, description: 'Bad Request' } } : { status: 200, json: { ok: true } },
  );
  servers.push(s);
  const store = await openStore({ path: dbFile('partial') });
  const text = Array.from({ length: 80 }, (_, i) => `第 ${i} 段：${'数据中心投资 20 亿美元。'.repeat(6)}`).join('\n\n');
  const ch = () => telegramChannel({ baseURL: s.url, token: 't', chatId: '42' });
  const r1 = await publish([{ key: 'digest:long', text }], [ch()], store.pushLog);
  assert.equal(r1[0]?.status, 'failed');
  assert.match(r1[0]?.error ?? '', /1 of \d+ parts were delivered; left reserved/);
  const r2 = await publish([{ key: 'digest:long', text }], [ch()], store.pushLog);
  assert.equal(r2[0]?.status, 'skipped');
  assert.equal(s.requests.length, 2, 'no part was sent again');
  await store.close();
});
