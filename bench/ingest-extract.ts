/**
 * Ingest and extraction of the pipeline benchmark's corpus (bench/pipeline-child.ts: generated articles as Markdown
 * files), timed alone: wall and CPU seconds per stage, peak RSS, and a SHA-256 of every figure and entity extracted
 * (so a speed change can be checked to change no output).
 *
 *   node --import tsx bench/ingest-extract.ts [--n 10000] [--corpus DIR] [--dump FILE] [--skip-extract]
 *
 * --corpus DIR reuses (or first writes) the Markdown files there; --dump writes the extractions as JSON Lines.
 * --long: instead, ingest + extraction of one 6 MB document against the same text in 575 files (each in a fresh store,
 * limits raised so the long document is not refused), to show the cost per byte does not grow with a document's length.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config/index.js';
import { loadGazetteer } from '../src/extract/index.js';
import { extractPending, ingest } from '../src/pipeline.js';
import { silentReporter } from '../src/report.js';
import { openStore } from '../src/store/index.js';
import { generateCorpus } from './generate.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const n = Number(arg('--n') ?? 10000);
const dir = mkdtempSync(join(tmpdir(), 'factbrief-ie-'));
const input = arg('--corpus') ?? join(dir, 'in');
if (!existsSync(input) || readdirSync(input).length === 0) {
  mkdirSync(input, { recursive: true });
  const drafts = generateCorpus({ n, seed: 1, date: '2026-11-22', days: 5 });
  drafts.forEach((d, i) => {
    const md = `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`;
    writeFileSync(join(input, `a${String(i).padStart(6, '0')}.md`), md);
  });
}
if (process.argv.includes('--long')) {
  await longVsSplit();
  process.exit(0);
}
const config = parseConfig({});
const store = await openStore({ path: join(dir, 'bench.db') });
const stages: Record<string, { wall: number; cpu: number }> = {};
const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await fn();
  const c = process.cpuUsage(c0);
  stages[name] = { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  return r;
};
const rep = await time('ingest', () => ingest(store, [input], config, silentReporter));
let hash = '';
let figures = 0;
if (!process.argv.includes('--skip-extract')) {
  const gaz = loadGazetteer();
  await time('extract', () => extractPending(store, gaz, silentReporter));
  const ex = (await store.getExtractions()).sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  const h = createHash('sha256');
  const lines: string[] = [];
  for (const e of ex) {
    const line = JSON.stringify(e);
    h.update(line);
    h.update('\n');
    figures += e.figures.length;
    if (arg('--dump')) lines.push(line);
  }
  hash = h.digest('hex');
  const dump = arg('--dump');
  if (dump) writeFileSync(dump, `${lines.join('\n')}\n`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ n, added: rep.added, skipped: rep.skipped, failed: rep.failed.length, stages, figures, hash, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), loadavg: loadavg().map((x) => Math.round(x * 100) / 100) })}\n`,
);

/** One 6 MB Markdown document made of the corpus's article bodies, and the same paragraphs in 575 files. */
async function longVsSplit(): Promise<void> {
  const bodies: string[] = [];
  let size = 0;
  for (const f of readdirSync(input).sort()) {
    const body = readFileSync(join(input, f), 'utf8').replace(/^---[\s\S]*?\n---\n\n/, '');
    bodies.push(body.trim());
    size += Buffer.byteLength(body);
    if (size >= 6 * 1024 * 1024) break;
  }
  const head = (i: number) => `---\ntitle: "Long ${i}"\ndate: 2026-11-22\n---\n\n`;
  const longDir = join(dir, 'long');
  const splitDir = join(dir, 'split');
  mkdirSync(longDir);
  mkdirSync(splitDir);
  writeFileSync(join(longDir, 'one.md'), `${head(0)}${bodies.join('\n\n')}\n`);
  const at = (i: number) => Math.floor((i * bodies.length) / 575);
  for (let i = 0; i < 575; i++)
    writeFileSync(join(splitDir, `p${String(i).padStart(4, '0')}.md`), `${head(i)}${bodies.slice(at(i), at(i + 1)).join('\n\n')}\n`);
  const config = parseConfig({
    limits: { maxItemChars: 20_000_000, maxSentences: 1_000_000, maxFigures: 10_000_000, extractMs: 600_000, parseMs: 600_000 },
  });
  const gaz = loadGazetteer();
  const out: Record<string, unknown> = { bytes: size, files: readdirSync(splitDir).length };
  const runs = [
    ['split', splitDir],
    ['long', longDir],
  ] as const;
  for (const [name, target] of runs.filter(([n]) => !process.argv.includes(`--only-${n === 'long' ? 'split' : 'long'}`))) {
    const store = await openStore({ path: join(dir, `${name}.db`) });
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const rep = await ingest(store, [target], config, silentReporter);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    const ex = await extractPending(store, gaz, silentReporter, config.limits);
    const c2 = process.cpuUsage(c0);
    const figures = (await store.getExtractions()).reduce((a, e) => a + e.figures.length, 0);
    out[name] = {
      added: rep.added,
      failed: rep.failed.length,
      quarantined: ex.quarantined.length,
      figures,
      ingestWall: (t1 - t0) / 1000,
      extractWall: (performance.now() - t1) / 1000,
      ingestCpu: (c1.user + c1.system) / 1e6,
      extractCpu: (c2.user + c2.system - c1.user - c1.system) / 1e6,
    };
    await store.close();
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ ...out, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), loadavg: loadavg() })}\n`);
}
