import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDigestArchive } from './index.js';

const digest = (date: string, title: string) =>
  `---\ntitle: ${title}\ndate: ${date}\ncategory: AI 日报\ntags: ["AI", "AI 日报"]\nseo: ["OpenAI"]\ncoverImage: "../covers/${date}.png"\nsummary: "- ${title}\\n- 第二条\\n"\n---\n\n# ${title}\n\n## ${title}\n\n正文。\n`;

test('digest archive: every digest file, newest first, capped; other files and bad ones set aside', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fb-archive-'));
  writeFileSync(join(dir, '2026-11-20.md'), digest('2026-11-20', '英伟达营收784亿美元'));
  writeFileSync(join(dir, '2026-11-22.md'), digest('2026-11-22', '四巨头资本开支约4100亿美元'));
  writeFileSync(join(dir, '2026-11-21.md'), digest('2026-11-21', 'Meta发行300亿美元债券'));
  writeFileSync(join(dir, '2026-11-19.md'), '没有前置元数据的文件');
  writeFileSync(join(dir, 'notes.md'), digest('2026-11-23', '不是日报'));
  const all = readDigestArchive(dir, { max: 10 });
  assert.deepEqual(
    all.digests.map((d) => [d.slug, d.digest.title, d.digest.summary.length]),
    [
      ['2026-11-22', '四巨头资本开支约4100亿美元', 2],
      ['2026-11-21', 'Meta发行300亿美元债券', 2],
      ['2026-11-20', '英伟达营收784亿美元', 2],
    ],
  );
  assert.deepEqual(all.skipped, [join(dir, '2026-11-19.md')]);
  assert.deepEqual(
    readDigestArchive(dir, { max: 2 }).digests.map((d) => d.slug),
    ['2026-11-22', '2026-11-21'],
  );
  assert.deepEqual(readDigestArchive(join(dir, 'missing'), { max: 2 }).digests, []);
});
