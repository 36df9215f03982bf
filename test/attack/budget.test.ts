/**
 * The CPU budget stops work mid-way: parsing a source and extracting an item run in a worker thread that is terminated
 * when the job's CPU time passes `limits.parseMs` / `limits.extractMs`. The source is refused (and the same bytes are
 * not parsed again), the item quarantined (and not extracted again), and the rest of the run goes on. Checked by CPU
 * spent against what the whole job costs when left to finish, never by wall-clock time.
 */
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { extractWithinLimits, loadGazetteer } from '../../src/extract/index.js';
import { defaultIngestOptions, parseBytes } from '../../src/ingest/index.js';
import { type ExtractReport, extractPending, ingest } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { IN_THREAD_BYTES, IN_THREAD_CHARS } from '../../src/sandbox/index.js';
import { openStore } from '../../src/store/index.js';
import { temp } from './cli.js';

const gaz = loadGazetteer([]);
const DENSE = 'Revenue rose 5%, margin 6%, cost 7% and tax 8%.';
const GOOD =
  '---\ntitle: Oracle deal\ndate: 2026-11-22\n---\n\nOracle signed a $300 billion contract with OpenAI, the companies said on Saturday.\n';

/** CPU time of this process (all threads, the worker's included) spent in `fn`, in ms. */
async function cpuOf<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = process.cpuUsage();
  const value = await fn();
  const d = process.cpuUsage(t0);
  return { value, ms: (d.user + d.system) / 1000 };
}

test('an extraction over limits.extractMs is stopped mid-way, quarantined, not retried; the other items are extracted', {
  timeout: 180_000,
}, async () => {
  const dir = temp();
  const dense = join(dir, 'dense.md');
  writeFileSync(join(dir, 'good.md'), GOOD);
  const budget = 250;
  const config = parseConfig({ limits: { extractMs: budget, maxFigures: 1e9, maxItemChars: 1e8, maxSentences: 1e7 } }, {});
  // The dense item grows until its full extraction costs well over the budget on this machine (a fast one extracts
  // 12,000 lines in about 1.4 s of CPU), so the stop below is always a meaningful one.
  let store = await openStore({ path: ':memory:' });
  let run: { value: ExtractReport; ms: number } = { value: { extracted: 0, quarantined: [], injections: [] }, ms: 0 };
  let full: ReturnType<typeof extractWithinLimits> = { ok: false, reason: 'not yet run', cpuMs: 0 };
  for (let n = 12_000; n <= 96_000 && full.cpuMs <= 6 * budget; n *= 2) {
    await store.close();
    store = await openStore({ path: ':memory:' });
    writeFileSync(dense, `---\ntitle: Dense\ndate: 2026-11-22\n---\n\n${`${DENSE}\n`.repeat(n)}`);
    const ing = await ingest(store, [dense, join(dir, 'good.md')], config, silentReporter);
    assert.equal(ing.added, 2);
    run = await cpuOf(() => extractPending(store, gaz, silentReporter, config.limits));
    assert.equal(run.value.extracted, 1, 'the good item is extracted');
    assert.equal(run.value.quarantined.length, 1);
    const [item] = await store.listItems({ ids: [run.value.quarantined[0]?.itemId as string], withQuarantined: true });
    assert.ok(item);
    // What the same extraction costs when left to finish: the budget must have cut it short.
    full = extractWithinLimits(`${item.title}\n\n${item.text}`, item.sentences.length, { date: item.date }, gaz, {
      ...config.limits,
      extractMs: 1e9,
    });
    assert.ok(full.ok);
  }
  assert.match(
    run.value.quarantined[0]?.reason ?? '',
    /quarantined: extraction stopped after [\d,]+ ms of CPU \(limit limits\.extractMs = 250\)/,
  );
  assert.ok(full.cpuMs > 6 * budget, `the dense item takes ${full.cpuMs} ms to extract: a meaningful test`);
  assert.ok(run.ms < full.cpuMs / 2, `extractPending spent ${run.ms.toFixed(0)} ms of CPU, the full extraction ${full.cpuMs} ms`);

  const again = await extractPending(store, gaz, silentReporter, config.limits);
  assert.deepEqual([again.extracted, again.quarantined.length], [0, 0], 'the quarantined item is not tried again');
  assert.equal((await store.listQuarantine()).length, 1);
  await store.close();
});

/** An HTML page of `n` plain paragraphs (no figures), slow to parse only by its size. */
function bigPage(n: number): string {
  const p = '<p>The company said on Thursday that demand for its accelerators stayed strong in every region it serves.</p>\n';
  return `<!DOCTYPE html><html><head><title>Long page</title></head><body><article>${p.repeat(n)}</article></body></html>`;
}

test('a parse over limits.parseMs is stopped, the source refused with its reason, the same bytes not parsed again', {
  timeout: 180_000,
}, async () => {
  const dir = temp();
  const page = join(dir, 'long.html');
  const good = join(dir, 'good.md');
  writeFileSync(good, GOOD);
  const budget = 250;
  const config = parseConfig({ limits: { parseMs: budget } }, {});
  // The page grows until its full parse costs well over the budget on this machine (a fast one parses 20,000
  // paragraphs in about 1.4 s of CPU), so the stop below is always a meaningful one.
  let full = { ms: 0 };
  for (let n = 20_000; n <= 160_000 && full.ms <= 6 * budget; n *= 2) {
    writeFileSync(page, bigPage(n));
    full = await cpuOf(async () => parseBytes(readFileSync(page), { filename: page }, defaultIngestOptions));
  }
  assert.ok(full.ms > 6 * budget, `the page takes ${full.ms.toFixed(0)} ms to parse: a meaningful test`);

  const store = await openStore({ path: ':memory:' });
  // A good file big enough for the worker first: it starts the worker, whose start-up is not the page's to pay.
  const warm = join(dir, 'warm.md');
  writeFileSync(warm, `# Notes\n\n${'The company said demand stayed strong in every region it serves.\n\n'.repeat(1500)}`);
  assert.ok(readFileSync(warm).length > IN_THREAD_BYTES);
  assert.equal((await ingest(store, [warm, good], config, silentReporter)).added, 2, 'the good files are read');
  const first = await cpuOf(() => ingest(store, [page], config, silentReporter));
  assert.equal(first.value.failed.length, 1);
  assert.match(
    first.value.failed[0]?.error ?? '',
    /\[ingest\] \[budget\] .*long\.html : parsing stopped after [\d,]+ ms of CPU \(limit limits\.parseMs = 250\); these bytes are not parsed again until they change or the limit is raised/,
  );
  assert.ok(first.ms < full.ms / 2, `ingest spent ${first.ms.toFixed(0)} ms of CPU, parsing the page alone ${full.ms.toFixed(0)} ms`);
  const src = await store.getSource(page);
  assert.match(src?.refusedKey ?? '', /^sha256:[0-9a-f]{64}\/parseMs=250\/workerMemoryMb=2048$/);
  assert.match(src?.lastError ?? '', /parsing stopped/);

  const second = await ingest(store, [page, good], config, silentReporter);
  assert.equal(second.failed.length, 1);
  assert.match(second.failed[0]?.error ?? '', /not parsed again: these same bytes went over the same parse limits before/);
  assert.equal(second.skipped, 1, 'the good file is still read (already stored)');

  // Changed bytes are parsed again (and here refused again, for the same budget).
  appendFileSync(page, '<!-- edited -->\n');
  const third = await ingest(store, [page], config, silentReporter);
  assert.match(third.failed[0]?.error ?? '', /parsing stopped after/);
  assert.notEqual((await store.getSource(page))?.refusedKey, src?.refusedKey);

  // Under a budget that fits, the same bytes are tried again, read, and the refusal forgotten.
  const roomy = parseConfig({ limits: { parseMs: 600_000 } }, {});
  const fourth = await ingest(store, [page], roomy, silentReporter);
  assert.deepEqual([fourth.failed.length, fourth.added], [0, 1]);
  assert.equal((await store.getSource(page))?.refusedKey, null);
  await store.close();
});

test('a parse over the worker heap cap (limits.workerMemoryMb) is stopped without taking the process down', {
  timeout: 180_000,
}, async () => {
  const dir = temp();
  const page = join(dir, 'heavy.html');
  writeFileSync(page, bigPage(60_000));
  const good = join(dir, 'good.md');
  writeFileSync(good, GOOD);
  const config = parseConfig({ ingest: { maxBytes: 50 * 1024 * 1024 }, limits: { workerMemoryMb: 64, parseMs: 600_000 } }, {});
  const store = await openStore({ path: ':memory:' });
  const r = await ingest(store, [page, good], config, silentReporter);
  assert.equal(r.added, 1);
  assert.match(r.failed[0]?.error ?? '', /parsing ran out of memory \(limit limits\.workerMemoryMb = 64\)/);
  await store.close();
});

test('a small item is stopped in the calling thread at its budget; later jobs of the process go to the worker', {
  timeout: 120_000,
}, async () => {
  const dir = temp();
  const dense = join(dir, 'dense-small.md');
  const body = `${DENSE}\n`.repeat(300);
  assert.ok(body.length <= IN_THREAD_CHARS, 'small enough to run in the calling thread');
  writeFileSync(dense, `---\ntitle: Dense\ndate: 2026-11-22\n---\n\n${body}`);
  const store = await openStore({ path: ':memory:' });
  const tight = parseConfig({ limits: { extractMs: 1, maxFigures: 1e9 } }, {});
  await ingest(store, [dense], tight, silentReporter);
  const r = await extractPending(store, gaz, silentReporter, tight.limits);
  assert.equal(r.quarantined.length, 1);
  assert.match(r.quarantined[0]?.reason ?? '', /quarantined: extraction stopped after [\d,]+ ms \(limit limits\.extractMs = 1\)/);

  writeFileSync(join(dir, 'good.md'), GOOD);
  const roomy = parseConfig({}, {});
  await ingest(store, [join(dir, 'good.md')], roomy, silentReporter);
  const next = await extractPending(store, gaz, silentReporter, roomy.limits);
  assert.deepEqual([next.extracted, next.quarantined.length], [1, 0], 'the next item is extracted (in the worker)');
  const [x] = await store.getExtractions();
  assert.ok(x?.figures.some((f) => f.value === 300e9));
  await store.close();
});
