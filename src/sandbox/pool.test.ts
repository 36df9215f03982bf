import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../bench/generate.js';
import { parseConfig } from '../config/index.js';
import { type BudgetedExtraction, learnableNames, loadGazetteer } from '../extract/index.js';
import { normalizeItem } from '../normalize/index.js';
import type { ItemDraft } from '../types/index.js';
import { extractInSandbox } from './index.js';
import { ExtractPool, extractThreads, type PoolJob, workerHold } from './pool.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const limits = parseConfig({}).limits;
const gaz = loadGazetteer();

/** Our own texts: English and Chinese news sentences of our own, and the synthetic benchmark corpus (bench/generate.ts). */
function corpus(): PoolJob[] {
  const own: { title: string; text: string; lang: 'en' | 'zh'; date: string }[] = [
    {
      title: 'Harbor Lake Semiconductor lifts capex',
      text: 'Harbor Lake Semiconductor said on Tuesday its 2026 capital expenditure would rise to $4.2 billion. Harbor Lake Semiconductor also expects revenue of $11 billion for the year.',
      lang: 'en',
      date: '2026-11-20',
    },
    {
      title: '衡川半导体三季度营收增长',
      text: '衡川半导体第三季度营收达到58亿元，同比增长23%。衡川半导体表示，公司计划明年将研发投入提高到12亿元。',
      lang: 'zh',
      date: '2026-11-21',
    },
    {
      title: '星衡智算完成新一轮融资',
      text: '国产AI算力服务商星衡智算宣布完成30亿元C轮融资。星衡智算称，资金将用于扩建数据中心。',
      lang: 'zh',
      date: '2026-11-22',
    },
    {
      title: '星衡智算将在港交所敲钟',
      text: '11月28日，星衡智算将在港交所敲钟，计划募资20亿港元，其中8亿港元用于算力采购。',
      lang: 'zh',
      date: '2026-11-23',
    },
  ];
  const drafts = generateCorpus({ n: 150, seed: 11, date: '2026-11-16', days: 4 });
  const base = drafts[0] as ItemDraft;
  const items = [...own.map((o) => ({ ...base, ...o, raw: o.text, url: 'file:///own' })), ...drafts].map((d) => normalizeItem(d));
  return items.map((it) => ({
    text: `${it.title}\n\n${it.text}`,
    sentences: it.sentences.length,
    ctx: { date: it.date, lang: it.lang, kind: it.kind, traditional: it.meta.traditional === true },
  }));
}

async function inThisThread(jobs: readonly PoolJob[], known: readonly string[]): Promise<BudgetedExtraction[]> {
  const out: BudgetedExtraction[] = [];
  for (const j of jobs) out.push(await extractInSandbox(j.text, j.sentences, known.length > 0 ? { ...j.ctx, known } : j.ctx, gaz, limits));
  return out;
}

/** What a run decides (the CPU time of each item is the only part that may differ). */
const decided = (rs: BudgetedExtraction[]) => rs.map(({ cpuMs: _c, ...r }) => r);

test('the pool (real worker threads) extracts what the calling thread extracts, in order, with and without known names', async () => {
  const jobs = corpus();
  const plain = await inThisThread(jobs, []);
  const known = [...new Set(plain.flatMap((r) => (r.ok ? learnableNames(r.entities) : [])))].sort();
  assert.ok(known.length > 0, 'the corpus teaches names');
  const withNames = await inThisThread(jobs, known);
  assert.notDeepEqual(decided(withNames), decided(plain), 'the known names change some extraction');
  const pool = new ExtractPool(2, gaz, limits);
  try {
    await pool.started();
    assert.equal(pool.size, 2);
    assert.deepEqual(decided(await pool.run(jobs, [])), decided(plain));
    // A new list of names is sent to the workers before the items that need it.
    assert.deepEqual(decided(await pool.run(jobs, known)), decided(withNames));
    assert.deepEqual(decided(await pool.run(jobs.slice(0, 7), [])), decided(plain.slice(0, 7)));
    // Started, then joined after other work (the pipeline writes the previous batch in between).
    const started = pool.start(jobs, known);
    await new Promise((ok) => setTimeout(ok, 50));
    assert.deepEqual(decided(await started.join()), decided(withNames));
    assert.deepEqual(await pool.run([], known), []);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.run(jobs, []), /closed/);
});

test('an item whose worker thread dies fails with a clear reason; no other item is lost', async () => {
  const entry = new URL('../../test/fixtures/pool/crashing-worker.mjs', import.meta.url);
  const jobs = corpus().slice(0, 40);
  const ok = decided(await inThisThread(jobs, []));
  for (const word of ['THROW', 'EXIT']) {
    const pool = new ExtractPool(1, gaz, limits, entry);
    try {
      await pool.started();
      // The first items go to the (ready) worker before the calling thread takes any.
      const bad = jobs.map((j, i) => (i === 1 ? { ...j, text: `${j.text} ${word}` } : j));
      const rs = await pool.run(bad, []);
      assert.equal(rs.length, jobs.length);
      const failed = rs[1] as BudgetedExtraction;
      assert.equal(failed.ok, false);
      assert.match(
        failed.ok ? '' : failed.reason,
        /^extraction failed: the extraction worker thread stopped while extracting this item \(/,
      );
      // Every other item has an answer: the stand-in's empty one, or the calling thread's own.
      rs.forEach((r, i) => {
        if (i === 1) return;
        assert.equal(r.ok, true, `item ${i}`);
        if (r.ok && r.figures.length > 0) assert.deepEqual(decided([r])[0], ok[i]);
      });
    } finally {
      await pool.close();
    }
  }
});

test('a worker that cannot start leaves its items to the calling thread', async () => {
  const pool = new ExtractPool(1, gaz, limits, new URL('../../test/fixtures/pool/no-such-worker.mjs', import.meta.url));
  try {
    await pool.started();
    const jobs = corpus().slice(0, 5);
    assert.deepEqual(decided(await pool.run(jobs, [])), decided(await inThisThread(jobs, [])));
  } finally {
    await pool.close();
  }
});

test('a process that used the pool ends by itself, closed or not (no handle left open)', () => {
  for (const close of [true, false]) {
    const script = `
      import { loadGazetteer } from './src/extract/index.ts';
      import { parseConfig } from './src/config/index.ts';
      import { ExtractPool } from './src/sandbox/pool.ts';
      const pool = new ExtractPool(1, loadGazetteer(), parseConfig({}).limits);
      await pool.started();
      const jobs = Array.from({ length: 20 }, (_, i) => ({ text: 'Acme said revenue rose 12% to $' + (i + 3) + ' billion.', sentences: 1, ctx: { lang: 'en' } }));
      const rs = await pool.run(jobs, []);
      if (rs.length !== 20 || !rs.every((r) => r.ok)) process.exit(3);
      ${close ? 'await pool.close();' : ''}
      process.stdout.write('done');
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      // Only a guard against a hang (the test's subject), not a measure of speed.
      timeout: 120_000,
    });
    assert.equal(r.signal, null, `the process did not end by itself (close: ${close}): ${r.stderr}`);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'done');
  }
});

test('threads: the environment over the config, at most the machine, at least one', () => {
  assert.equal(extractThreads(4, {}, 2), 2);
  assert.equal(extractThreads(4, {}, 8), 4);
  assert.equal(extractThreads(undefined, {}, 16), 4);
  assert.equal(extractThreads(4, { FACTBRIEF_EXTRACT_THREADS: '1' }, 8), 1);
  assert.equal(extractThreads(1, { FACTBRIEF_EXTRACT_THREADS: '3' }, 8), 3);
  assert.throws(() => extractThreads(4, { FACTBRIEF_EXTRACT_THREADS: 'two' }, 8), /FACTBRIEF_EXTRACT_THREADS/);
  assert.throws(() => extractThreads(4, { FACTBRIEF_EXTRACT_THREADS: '0' }, 8), /FACTBRIEF_EXTRACT_THREADS/);
});

test('a worker holds many items while the calling thread writes the previous batch, a fair share at most, and a few once it joins', () => {
  // Away (between start and join): the synchronous store writes let no answer in, so the worker needs a backlog.
  assert.equal(workerHold(500, 1, false), 96);
  // A small batch joined at once (the re-extraction of a few items) is still split evenly with the calling thread.
  assert.equal(workerHold(40, 1, false), 20);
  assert.equal(workerHold(60, 2, false), 20);
  assert.equal(workerHold(3, 1, false), 4);
  // Joined: the calling thread takes items from the same queue, the worker a few ahead of its own.
  assert.equal(workerHold(500, 1, true), 4);
});
