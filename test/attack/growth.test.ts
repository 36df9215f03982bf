/**
 * Growth on long and dense input, through the real stages (parse, normalize, SQLite store, extract, knowledge):
 * time at n and at 4n, and the ratio asserted well under quadratic (16×). No wall-clock limits: only ratios of the
 * process's CPU time (every thread's: the extraction worker's too), each the best of three runs taken in turn with the
 * other size. CPU time, not wall time: a second CI on the same two cores stretched one size's wall time to a ratio of
 * 8.7 while the CPU the work itself takes does not move with the machine's load. Sizes are small enough for CI; BENCHMARKS-style real
 * sizes are measured by `node --import tsx src/cli/main.ts ingest <file>` (see the report of issue 10).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { extractPending, ingest, knowledge } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore } from '../../src/store/index.js';
import { temp } from './cli.js';

const config = parseConfig({}, {});
const gaz = loadGazetteer([]);
const DENSE = 'Revenue rose 5%, margin 6%, cost 7% and tax 8%.';

/** Milliseconds of CPU time (user + system, all threads) since `t0`, a `process.cpuUsage()` reading. */
function cpuMsSince(t0: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * Milliseconds to ingest, extract and build knowledge for one file, best of `runs`, on a fresh in-memory store each
 * time: the CPU time the ratio is taken of, and the wall time beside it (printed only, to show the machine's load).
 */
async function pipelineMs(file: string, runs = 2): Promise<{ cpu: number; wall: number }> {
  let cpu = Number.POSITIVE_INFINITY;
  let wall = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const store = await openStore({ path: ':memory:' });
    const t0 = process.cpuUsage();
    const w0 = performance.now();
    const rep = await ingest(store, [file], config, silentReporter);
    assert.equal(rep.failed.length, 0, JSON.stringify(rep.failed));
    await extractPending(store, gaz, silentReporter, { ...config.limits, maxFigures: 1e9 });
    await knowledge(store, config, gaz);
    cpu = Math.min(cpu, cpuMsSince(t0));
    wall = Math.min(wall, performance.now() - w0);
    await store.close();
  }
  return { cpu, wall };
}

async function ratio(name: string, make: (n: number) => string, n: number, ext: string): Promise<number> {
  const dir = temp();
  const small = join(dir, `small.${ext}`);
  const large = join(dir, `large.${ext}`);
  writeFileSync(small, make(n));
  writeFileSync(large, make(4 * n));
  await pipelineMs(small, 1); // warm up the JIT and the gazetteer
  // The two sizes measured in turn, best of three each: a busy spell of the machine (a second CI, a GC burst) slows
  // one run of each size, not every run of one size.
  const a = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY };
  const b = { cpu: Number.POSITIVE_INFINITY, wall: Number.POSITIVE_INFINITY };
  for (let r = 0; r < 3; r++) {
    const x = await pipelineMs(small, 1);
    const y = await pipelineMs(large, 1);
    a.cpu = Math.min(a.cpu, x.cpu);
    a.wall = Math.min(a.wall, x.wall);
    b.cpu = Math.min(b.cpu, y.cpu);
    b.wall = Math.min(b.wall, y.wall);
  }
  const r = b.cpu / a.cpu;
  process.stderr.write(
    `# ${name}: n ${a.cpu.toFixed(0)} ms CPU, 4n ${b.cpu.toFixed(0)} ms CPU, ratio ${r.toFixed(1)} (wall ${(b.wall / a.wall).toFixed(1)})\n`,
  );
  return r;
}

// Linear is 4×, quadratic 16×; the bound leaves room for noise and n log n.
const BOUND = 8;

test('dense short lines: time grows linearly with the number of lines', { timeout: 240_000 }, async () => {
  assert.ok((await ratio('dense lines', (n) => `${DENSE}\n`.repeat(n), 1000, 'md')) < BOUND);
});

test('one long line without spaces after the periods: linear', { timeout: 240_000 }, async () => {
  const line = (chars: number) => DENSE.repeat(Math.ceil(chars / DENSE.length));
  assert.ok((await ratio('long line', line, 8 * 1024, 'txt')) < BOUND);
});

test('deeply nested HTML: linear in depth', { timeout: 240_000 }, async () => {
  const page = (depth: number) =>
    `<html><head><title>Nested</title></head><body>${'<div>'.repeat(depth)}<p>Nvidia invested $5 billion in Intel, the companies said on Thursday, in a deal that gives Nvidia a stake of about 4%.</p>${'</div>'.repeat(depth)}</body></html>`;
  assert.ok((await ratio('nested html', page, 300, 'html')) < BOUND);
});

test('an HTML page of many paragraphs: linear in the number of paragraphs', { timeout: 240_000 }, async () => {
  const p = '<p>The company said on Thursday that demand for its accelerators stayed strong across every region it serves.</p>\n';
  const page = (n: number) =>
    `<!DOCTYPE html><html><head><title>Long page</title></head><body><article>${p.repeat(n)}</article></body></html>`;
  assert.ok((await ratio('many paragraphs', page, 1000, 'html')) < BOUND);
});
