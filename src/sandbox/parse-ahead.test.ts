import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generate.js';
import { parseConfig } from '../config/index.js';
import { defaultIngestOptions, readSource } from '../ingest/index.js';
import { normalizeItem } from '../normalize/index.js';
import { indexTerms } from '../store/search-terms.js';
import { UNWATCHED_BYTES } from './index.js';
import { ParseAhead } from './parse-ahead.js';

const limits = parseConfig({}).limits;
const opts = { ...defaultIngestOptions };

/** Our own files: English and Chinese Markdown, a plain-text file, an HTML page, one too large to parse unwatched, one unreadable. */
function writeFiles(dir: string): string[] {
  const files: [string, string][] = [
    [
      'en.md',
      '---\ntitle: "Harbor Lake Semiconductor lifts capex"\ndate: 2026-11-20\n---\n\nHarbor Lake Semiconductor said on Tuesday its 2026 capital expenditure would rise to $4.2 billion. It also expects revenue of $11 billion.\n',
    ],
    ['zh.md', '# 衡川半导体三季度营收增长\n\n衡川半导体第三季度营收达到58亿元，同比增长23%。公司计划明年将研发投入提高到12亿元。\n'],
    ['tw.txt', '星衡智算宣佈完成30億元C輪融資，資金將用於擴建數據中心與採購算力。\n'],
    [
      'page.html',
      '<html><head><title>Northwind Cloud raises $300 million</title></head><body><article><p>Northwind Cloud raised $300 million in a Series D round led by Aster Capital.</p></article></body></html>',
    ],
    ['big.md', `# Long filing\n\n${'Revenue rose to $2.1 billion in the quarter. '.repeat(Math.ceil((UNWATCHED_BYTES * 2) / 45))}\n`],
  ];
  const paths = files.map(([name, body]) => {
    const p = join(dir, name);
    writeFileSync(p, body);
    return p;
  });
  generateCorpus({ n: 60, seed: 5, date: '2026-11-16', days: 3 }).forEach((d, i) => {
    const p = join(dir, `g${i}.md`);
    writeFileSync(p, `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`);
    paths.push(p);
  });
  // A folder is not a file: the caller's own read of it fails, with its own error.
  const folder = join(dir, 'folder.md');
  mkdirSync(folder);
  paths.splice(3, 0, folder);
  return paths;
}

/** What the caller reads itself: `readSource` then `normalizeItem` (the items' ingest time is the store's, not here). */
async function callerReads(path: string) {
  const r = await readSource(path, opts);
  return { ...r, items: r.items.map((d) => normalizeItem(d, { maxSentenceChars: limits.maxSentenceChars })) };
}

test('read ahead (a real worker thread): each file as the calling thread reads and normalizes it, in order; others left to the caller', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-ahead-'));
  try {
    const paths = writeFiles(dir);
    const ahead = new ParseAhead(paths, opts, limits.maxSentenceChars);
    let fromWorker = 0;
    try {
      // The caller reads the first file itself while the worker starts; then it takes every file in order.
      assert.equal(await ahead.take(0), undefined);
      await ahead.started();
      for (let i = 1; i < paths.length; i++) {
        const path = paths[i] as string;
        const got = await ahead.take(i);
        if (path.endsWith('big.md') || path.endsWith('folder.md')) {
          assert.equal(got, undefined, `${path} is left to the caller`);
          continue;
        }
        assert.ok(got, `${path} read by the worker`);
        fromWorker++;
        const { terms, ...read } = got;
        const own = await callerReads(path);
        assert.deepEqual(read, own, path);
        // The search terms made ahead are the store's own (indexTerms of title and text).
        assert.deepEqual(
          terms,
          own.items.map((it) => [indexTerms(it.title), indexTerms(it.text)]),
          path,
        );
      }
    } finally {
      await ahead.close();
    }
    assert.ok(fromWorker > 0, 'the worker read some files');
    await assert.rejects(callerReads(paths[3] as string), /folder/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('read ahead: a file asked for out of order is refused; a worker that cannot start leaves every file to the caller', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-ahead-'));
  try {
    const paths = writeFiles(dir);
    const broken = new ParseAhead(paths, opts, limits.maxSentenceChars, new URL('file:///nonexistent/worker.js'));
    try {
      for (let i = 0; i < paths.length; i++) assert.equal(await broken.take(i), undefined);
    } finally {
      await broken.close();
    }
    const ahead = new ParseAhead(paths, opts, limits.maxSentenceChars);
    try {
      await ahead.take(0);
      await assert.rejects(ahead.take(2), /out of order/);
    } finally {
      await ahead.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
