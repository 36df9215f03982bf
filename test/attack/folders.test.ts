/**
 * A folder with parts that cannot be read: the rest is ingested and each unreadable path is reported by name with its
 * reason. The first case fails for every user, root included (a symbolic link loop, a dangling link, a named pipe
 * that would block a read forever, a subfolder deeper than the system's path limit); the second is a folder without
 * permissions, read as an ordinary user (as `nobody` when the tests run as root, for whom chmod 000 blocks nothing).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, temp } from './cli.js';

const article = (title: string, sentence: string) => `---\ntitle: ${title}\ndate: 2026-11-22\n---\n\n${sentence}\n`;

function titles(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { title: string }).title)
    .sort();
}

test('links that lead nowhere, a named pipe and a too-deep subfolder are reported; the rest of the folder is ingested', {
  timeout: 120_000,
}, async () => {
  const dir = temp();
  const src = join(dir, 'news');
  mkdirSync(join(src, 'sub'), { recursive: true });
  writeFileSync(join(src, 'a.md'), article('Oracle deal', 'Oracle signed a $300 billion contract with OpenAI.'));
  writeFileSync(join(src, 'sub', 'b.md'), article('英伟达财报', '英伟达第三季度营收570亿美元，同比增长62%。'));
  symlinkSync('loop.md', join(src, 'loop.md'));
  symlinkSync(join(dir, 'nowhere.md'), join(src, 'gone.md'));
  execFileSync('mkfifo', [join(src, 'pipe.md')]);
  // 30 folders of 200 characters: past PATH_MAX (4096), so no path under it can be opened, by anyone.
  const name = 'd'.repeat(200);
  const nest = `const fs = require('node:fs'); process.chdir(process.argv[1]);
    for (let i = 0; i < 30; i++) { fs.mkdirSync('${name}'); process.chdir('${name}'); }
    fs.writeFileSync('deep.md', 'hidden');`;
  execFileSync(process.execPath, ['-e', nest, src]);

  const data = join(dir, 'data');
  const r = await cli(['--data', data, 'ingest', src]);
  assert.equal(r.code, 1, 'some paths failed: exit 1');
  assert.match(r.stderr, /\[ingest\] \[file\] \S*\/loop\.md : symbolic link that cannot be followed: symbolic link loop; skipped/);
  assert.match(r.stderr, /\/gone\.md : symbolic link that cannot be followed: no such file or directory; skipped/);
  assert.match(r.stderr, /\/pipe\.md : a named pipe \(FIFO\), not a regular file \(reading it could wait forever\); skipped/);
  assert.match(r.stderr, /\/d{200}\S* : folder not readable: path too long for the system; skipped, the rest of the folder is read/);
  assert.match(r.stderr, /ingested 2 sources: 2 new items, 0 already stored, 4 failed/);
  assert.deepEqual(titles((await cli(['--data', data, 'items', '--json'])).stdout), ['Oracle deal', '英伟达财报']);
});

test('a subfolder without read permission is reported; the rest of the folder is ingested', { timeout: 120_000 }, async () => {
  const dir = temp();
  chmodSync(dir, 0o755);
  const src = join(dir, 'news');
  mkdirSync(join(src, 'locked'), { recursive: true });
  writeFileSync(join(src, 'a.md'), article('Oracle deal', 'Oracle signed a $300 billion contract with OpenAI.'));
  writeFileSync(join(src, 'locked', 'c.md'), article('Locked', 'Meta raised $30 billion in bonds.'));
  chmodSync(join(src, 'locked'), 0o000);
  const data = join(dir, 'data');
  mkdirSync(data, { mode: 0o777 });
  chmodSync(data, 0o777);
  // Root reads through chmod 000: the CLI then runs as `nobody`, for whom the folder is really closed.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
  const r = await cli(['--data', data, 'ingest', src], {}, asUser);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /\[ingest\] \[file\] \S*\/news\/locked : folder not readable: permission denied; skipped, the rest of the folder is read/,
  );
  assert.deepEqual(titles((await cli(['--data', data, 'items', '--json'], {}, asUser)).stdout), ['Oracle deal']);
});
