/**
 * One measured pipeline run in its own process (so peak RSS is its own): generate → write files → ingest → extract →
 * cluster → knowledge → digest. The generated corpus is dropped once written (the pipeline reads the files; a run of
 * `factbrief` holds no corpus). `--dist`: the stages as built (`npm run build`, what the `factbrief` command runs)
 * instead of the sources through tsx (~50 MB of RSS and some CPU of its own). `--store postgres://…`: the same stages
 * in this process on a fresh schema of that database (dropped at the end), instead of a SQLite file.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './generate.js';

const argValue = (flag: string): string | undefined =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined;
const n = Number(argValue('--n') ?? 1000);
const withDigest = process.argv.includes('--digest');
/** What a corpus folder was written from: `--corpus DIR` reuses a folder only when this matches. */
const corpusSpec = { n, seed: 1, date: '2026-11-22', days: withDigest ? 1 : 5 };
/** Writes the corpus as Markdown files into `folder` (plus `.corpus.json`, which ingest skips); returns their bytes. */
function writeCorpus(folder: string): number {
  mkdirSync(folder, { recursive: true });
  let bytes = 0;
  generateCorpus(corpusSpec).forEach((d, i) => {
    const md = `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`;
    bytes += Buffer.byteLength(md);
    writeFileSync(join(folder, `a${String(i).padStart(6, '0')}.md`), md);
  });
  writeFileSync(join(folder, '.corpus.json'), JSON.stringify({ ...corpusSpec, bytes }));
  return bytes;
}
// `--write-corpus DIR`: only write the corpus (the separate process `--corpus DIR` starts), then exit.
const writeOnly = argValue('--write-corpus');
if (writeOnly !== undefined) {
  writeCorpus(resolve(writeOnly));
  process.exit(0);
}
/**
 * `--corpus DIR`: the measured process never generates the corpus. DIR is reused when its `.corpus.json` matches
 * (`--n`, `--digest`); otherwise (missing) it is written by a separate process first. Without it the corpus is
 * generated in this process before the pipeline, as before (its garbage counts in this process's peak RSS).
 */
const corpusDir = argValue('--corpus');
function corpusApart(folder: string): number {
  const spec = join(folder, '.corpus.json');
  if (!existsSync(spec)) {
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, self, '--write-corpus', folder, '--n', String(n), ...(withDigest ? ['--digest'] : [])],
      {
        stdio: 'inherit',
      },
    );
    if (r.status !== 0) throw new Error(`writing the corpus into ${folder} failed (${r.status})`);
  }
  const written = JSON.parse(readFileSync(spec, 'utf8')) as typeof corpusSpec & { bytes: number };
  const { bytes, ...rest } = written;
  if (JSON.stringify(rest) !== JSON.stringify(corpusSpec)) throw new Error(`${folder} holds another corpus: ${JSON.stringify(rest)}`);
  return bytes;
}

const fromDist = process.argv.includes('--dist');
const lib = (path: string): string => new URL(`../${fromDist ? 'dist' : 'src'}/${path}`, import.meta.url).href;
const { parseConfig } = (await import(lib('config/index.js'))) as typeof import('../src/config/index.js');
const { loadGazetteer } = (await import(lib('extract/index.js'))) as typeof import('../src/extract/index.js');
const { cluster, digest, engineFor, extractPending, ingest, knowledge } = (await import(
  lib('pipeline.js')
)) as typeof import('../src/pipeline.js');
const { silentReporter } = (await import(lib('report.js'))) as typeof import('../src/report.js');
const { openStore } = (await import(lib('store/index.js'))) as typeof import('../src/store/index.js');

/** --hash: also print SHA-256 of every story and of the whole knowledge snapshot (to prove a speed change changed nothing). */
const withHash = process.argv.includes('--hash');
const dir = mkdtempSync(join(tmpdir(), 'factbrief-bench-'));
const input = corpusDir !== undefined ? resolve(corpusDir) : join(dir, 'in');
const bytes = corpusDir !== undefined ? corpusApart(input) : writeCorpus(input);
const config = parseConfig({});
const pgUrl = process.argv.includes('--store') ? process.argv[process.argv.indexOf('--store') + 1] : undefined;
const schema = `bench_child_${process.pid}`;
const storeUrl = pgUrl
  ? (() => {
      const u = new URL(pgUrl);
      u.searchParams.set('schema', schema);
      return u.toString();
    })()
  : undefined;
const store = await openStore({ path: storeUrl ?? join(dir, 'bench.db') });
const t: Record<string, number> = {};
/** CPU seconds (user + system, every thread of the process) per stage: on a shared machine the meaningful measure. */
const cpu: Record<string, number> = {};
/** Peak RSS (MB) once each stage is done: the stage that raised it is the first with the final value. */
const peakAfter: Record<string, number> = {};
/** --marks: each stage's start and end on stderr (epoch ms), to line up an outside RSS sampler with the stages. */
const marks = process.argv.includes('--marks');
const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  // The main thread's own CPU seconds (utime + stime of /proc/thread-self/stat, in clock ticks of 10 ms): on a loaded
  // machine the nearest measure of the wall time a stage takes on an idle one, where the main thread never waits.
  const own = () => {
    try {
      const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(f[11]) + Number(f[12])) / 100;
    } catch {
      return Number.NaN;
    }
  };
  const mem = () =>
    `mainThreadCpu=${own()} ${Object.entries(process.memoryUsage())
      .map(([k, v]) => `${k}=${Math.round(v / 1048576)}`)
      .join(' ')}`;
  if (marks) process.stderr.write(`mark ${name} start ${Date.now()} ${mem()}\n`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await fn();
  const c = process.cpuUsage(c0);
  t[name] = (performance.now() - t0) / 1000;
  cpu[name] = (c.user + c.system) / 1e6;
  peakAfter[name] = Math.round(process.resourceUsage().maxRSS / 1024);
  if (marks) process.stderr.write(`mark ${name} end ${Date.now()} ${mem()}\n`);
  return r;
};
const rep = await time('ingest', () => ingest(store, [input], config, silentReporter));
const gaz = loadGazetteer();
await time('extract', () => extractPending(store, gaz, silentReporter));
const stories = await time('cluster', () => cluster(store, config));
const snap = await time('knowledge', () => knowledge(store, config));
let digestStories = 0;
if (withDigest) {
  const out = join(dir, 'out');
  const d = await time('digest', () => digest(store, config, '2026-11-22', out, engineFor(store, config, silentReporter), silentReporter));
  digestStories = d.digest.stories.length + d.digest.more.length;
}
let hashes: Record<string, string> = {};
if (withHash) {
  // The files' paths (a fresh temporary folder each run) are in every statement: hashed without the folder.
  // A corpus folder of its own (`--corpus`) is hashed as if it were `<dir>/in`, so the hashes stay comparable.
  const sha = (x: unknown) =>
    createHash('sha256').update(JSON.stringify(x).replaceAll(input, '<dir>/in').replaceAll(dir, '<dir>')).digest('hex');
  const stories = (await store.listStories()).map((s) => s.items).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  hashes = { stories: sha(stories), knowledge: sha(await store.getKnowledge()), extractions: sha(await store.getExtractions()) };
}
if (storeUrl && 'pool' in store) await (store.pool as { query(sql: string): Promise<unknown> }).query(`DROP SCHEMA ${schema} CASCADE`);
await store.close();
rmSync(dir, { recursive: true, force: true });
const total = Object.values(t).reduce((a, b) => a + b, 0);
process.stdout.write(
  `${JSON.stringify({
    n,
    bytes,
    added: rep.added,
    stories,
    claims: snap.claims,
    deals: snap.deals,
    digestStories,
    seconds: t,
    cpuSeconds: cpu,
    peakAfter,
    total,
    itemsPerSec: n / total,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    ...(withHash ? { hashes } : {}),
  })}\n`,
);
