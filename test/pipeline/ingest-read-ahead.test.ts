/**
 * Ingest of a large run of local files with the read-ahead worker (decision 038) stores what ingest in the calling
 * thread alone stores: the same items (ids, text, sentences, language, hash), the same sources in the same order
 * with the same health, and the same failures.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../bench/generate.js';
import { parseConfig } from '../../src/config/index.js';
import { ingest } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { AHEAD_FROM_FILES } from '../../src/sandbox/parse-ahead.js';
import { openStore } from '../../src/store/index.js';

function writeFiles(dir: string): void {
  const own: [string, string][] = [
    [
      'a-en.md',
      '# Harbor Lake Semiconductor lifts capex\n\nHarbor Lake Semiconductor said its 2026 capital expenditure would rise to $4.2 billion.\n',
    ],
    ['a-zh.md', '# 衡川半导体三季度营收增长\n\n衡川半导体第三季度营收达到58亿元，同比增长23%。\n'],
    ['a-tw.txt', '星衡智算宣佈完成30億元C輪融資，資金將用於擴建數據中心。\n'],
    ['a-big.md', `# Long filing\n\n${'Revenue rose to $2.1 billion in the quarter. '.repeat(800)}\n`],
    ['a-empty.md', ''],
    ['a-binary.md', '\u0000\u0001\u0002\u0003PK\u0003\u0004'.repeat(40)],
  ];
  for (const [name, body] of own) writeFileSync(join(dir, name), body);
  generateCorpus({ n: AHEAD_FROM_FILES + 20, seed: 3, date: '2026-11-16', days: 3 }).forEach((d, i) => {
    writeFileSync(
      join(dir, `g${String(i).padStart(5, '0')}.md`),
      `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\n---\n\n${d.text}\n`,
    );
  });
}

async function ingested(dir: string, input: string, threads: number) {
  const store = await openStore({ path: join(dir, `t${threads}.db`) });
  try {
    const report = await ingest(store, [input], parseConfig({ limits: { extractThreads: threads } }), silentReporter);
    const items = (await store.listItems({})).map(({ ingestedAt: _at, ...it }) => it).sort((a, b) => (a.id < b.id ? -1 : 1));
    const sources = (await store.listSources()).map(({ lastSuccessAt: _s, lastErrorAt: _e, ...s }) => s);
    return { report, items, sources };
  } finally {
    await store.close();
  }
}

test('ingest with the read-ahead worker stores what the calling thread alone stores (1,000+ files, failures included)', {
  skip: availableParallelism() < 2,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-ahead-pipeline-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  try {
    writeFiles(input);
    const alone = await ingested(dir, input, 1);
    const ahead = await ingested(dir, input, 2);
    assert.ok(alone.items.length >= AHEAD_FROM_FILES, 'enough files for the read-ahead');
    assert.deepEqual(ahead.report, alone.report);
    assert.deepEqual(ahead.sources, alone.sources);
    assert.deepEqual(ahead.items, alone.items);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
