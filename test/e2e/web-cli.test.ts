/** `factbrief serve` as a user starts it: the real binary refuses a non-loopback bind without a token, and serves on loopback. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, test } from 'node:test';
import { bin, root, runCliAsync, tempDir } from '../support/cli.js';

const data = tempDir('factbrief-serve-');
after(() => rmSync(data, { recursive: true, force: true }));

test('a non-loopback --host without an access token refuses to start (exit 2, nothing listening)', async () => {
  for (const host of ['0.0.0.0', '192.168.10.20', '::']) {
    const r = await runCliAsync(['--data', data, 'serve', '--host', host, '--port', '0']);
    assert.equal(r.code, 2, `${host}: ${r.stderr}`);
    assert.match(r.stderr, /refusing to listen on .*needs an access token/);
    assert.doesNotMatch(r.stderr, /factbrief serve: http/);
  }
  const short = await runCliAsync(['--data', data, 'serve', '--host', '0.0.0.0', '--port', '0'], { env: { FACTBRIEF_TOKEN: 'short' } });
  assert.equal(short.code, 2);
  assert.match(short.stderr, /shorter than 16 characters/);
});

test('on loopback it serves at once (an empty store reads as "no digest yet"), and stops on SIGTERM', async () => {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('FACTBRIEF_')) delete env[k];
  const child = spawn(process.execPath, [bin, '--data', data, '--out', `${data}/out`, 'serve', '--port', '0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        err += d;
        const m = /factbrief serve: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(err);
        if (m) resolve(m[1] as string);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
    });
    const r = await fetch(url);
    assert.equal(r.status, 200);
    assert.match(await r.text(), /还没有日报/);
    assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
  }
});
