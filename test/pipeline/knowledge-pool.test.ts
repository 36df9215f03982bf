/**
 * Knowledge's parts built by the calling thread and a worker thread at once (decision 049): the stored knowledge equals
 * the calling thread's alone, and a worker that cannot build a chunk leaves it to the calling thread.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { canonicalSubject, dealOwnerOf, loadGazetteer } from '../../src/extract/index.js';
import { knowledgeParts, packPart } from '../../src/knowledge/index.js';
import { extractPending, ingest, KNOWLEDGE_CHUNK, knowledge } from '../../src/pipeline.js';
import { KnowledgePartsPool } from '../../src/pipeline-knowledge-pool.js';
import { silentReporter } from '../../src/report.js';
import { openStore } from '../../src/store/index.js';

const COMPANIES = ['Harbor Lake Semiconductor', 'Northwind Cloud', 'Bluefield Robotics', 'Redstone Analytics'];
const ZH = ['衡川半导体', '北岚云', '青野机器人', '赤石数据'];

/** Our own short articles, English and Chinese: revenues, deals between the companies, rounds. More than two chunks. */
function articles(n: number): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const a = COMPANIES[i % 4] as string;
    const b = COMPANIES[(i + 1) % 4] as string;
    const za = ZH[i % 4] as string;
    const zb = ZH[(i + 2) % 4] as string;
    const day = String(1 + (i % 27)).padStart(2, '0');
    const en =
      `${a} reported revenue of $${(i % 9) + 1}.${i % 10} billion for fiscal 2025, up ${10 + (i % 30)}% from a year earlier.\n\n` +
      `${a} agreed to pay ${b} $${(i % 5) + 2} billion over five years for computing capacity.`;
    const zh = `${za}2025年营收为${100 + i}亿元，同比增长${5 + (i % 20)}%。${zb}向${za}投资${(i % 7) + 3}亿元。`;
    out.push([`en-${i}.md`, `---\ntitle: "${a} results ${i}"\ndate: 2026-10-${day}\n---\n\n${en}\n`]);
    out.push([`zh-${i}.md`, `---\ntitle: "${za}业绩 ${i}"\ndate: 2026-10-${day}\n---\n\n${zh}\n`]);
  }
  return out;
}

test('knowledge built with a worker thread equals the calling thread alone', { skip: availableParallelism() < 2 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-knowledge-pool-'));
  const threads = process.env.FACTBRIEF_EXTRACT_THREADS;
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    const docs = articles(KNOWLEDGE_CHUNK + 30);
    for (const [name, body] of docs) writeFileSync(join(input, name), body);
    const config = parseConfig({});
    const first = join(dir, 'one.db');
    const store = await openStore({ path: first });
    await ingest(store, [input], config, silentReporter);
    await extractPending(store, loadGazetteer(), silentReporter);
    await store.close();
    copyFileSync(first, join(dir, 'two.db'));
    const built = async (path: string, poolFromItems: number) => {
      const s = await openStore({ path });
      const counts = await knowledge(s, config, undefined, undefined, { poolFromItems });
      const snapshot = await s.getKnowledge();
      await s.close();
      return { counts, snapshot };
    };
    process.env.FACTBRIEF_EXTRACT_THREADS = '1';
    const alone = await built(first, 1);
    process.env.FACTBRIEF_EXTRACT_THREADS = '2';
    const both = await built(join(dir, 'two.db'), 1);
    assert.ok(alone.counts.claims > 10 && alone.counts.deals > 10, `claims ${alone.counts.claims}, deals ${alone.counts.deals}`);
    assert.deepEqual(both.counts, alone.counts);
    assert.deepEqual(both.snapshot, alone.snapshot);
    // The worker's packed parts of a chunk are the calling thread's, string for string.
    const s = await openStore({ path: first });
    const ids = (await s.getExtractions()).map((x) => x.itemId).slice(0, KNOWLEDGE_CHUNK);
    const chunk = { items: await s.listItems({ ids }), extractions: await s.getExtractions(ids) };
    await s.close();
    const gaz = loadGazetteer();
    const opts = {
      tolerance: config.knowledge.tolerance,
      canonicalSubject: (name: string) => canonicalSubject(name, gaz),
      ownerOf: (name: string) => dealOwnerOf(name, gaz),
    };
    const pool = new KnowledgePartsPool(gaz, config.knowledge.tolerance, 256);
    try {
      const fromWorker = await pool.parts(chunk);
      assert.ok(fromWorker !== null && fromWorker.length === KNOWLEDGE_CHUNK, 'the worker built the chunk');
      assert.deepEqual(
        fromWorker,
        knowledgeParts(chunk, opts).map((p) => packPart(p, opts)),
      );
    } finally {
      await pool.close();
    }
  } finally {
    if (threads === undefined) delete process.env.FACTBRIEF_EXTRACT_THREADS;
    else process.env.FACTBRIEF_EXTRACT_THREADS = threads;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a chunk the worker cannot build comes back to the calling thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-knowledge-pool-'));
  try {
    const dead = join(dir, 'dead.mjs');
    writeFileSync(dead, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ready: true });\nprocess.exit(3);\n");
    const pool = new KnowledgePartsPool(loadGazetteer(), 0.02, 256, new URL(`file://${dead}`));
    assert.equal(await pool.parts({ items: [], extractions: [] }), null);
    assert.equal(pool.ready, false);
    await pool.close();
    const failing = join(dir, 'failing.mjs');
    writeFileSync(
      failing,
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => { if (m.op === 'parts') parentPort.postMessage({ job: m.job, error: 'no' }); });\nparentPort.postMessage({ ready: true });\n",
    );
    const other = new KnowledgePartsPool(loadGazetteer(), 0.02, 256, new URL(`file://${failing}`));
    assert.equal(await other.parts({ items: [], extractions: [] }), null);
    await other.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
