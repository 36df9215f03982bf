/**
 * One measured pipeline run in its own process (so peak RSS is its own): generate → write files → ingest → extract →
 * cluster → knowledge → digest. The generated corpus is dropped once written (the pipeline reads the files; a run of
 * `factbrief` holds no corpus). `--dist`: the stages as built (`npm run build`, what the `factbrief` command runs)
 * instead of the sources through tsx (~50 MB of RSS and some CPU of its own). `--store postgres://…`: the same stages
 * in this process on a fresh schema of that database (dropped at the end), instead of a SQLite file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate.js';

const fromDist = process.argv.includes('--dist');
const lib = (path: string): string => new URL(`../${fromDist ? 'dist' : 'src'}/${path}`, import.meta.url).href;
const { parseConfig } = (await import(lib('config/index.js'))) as typeof import('../src/config/index.js');
const { loadGazetteer } = (await import(lib('extract/index.js'))) as typeof import('../src/extract/index.js');
const { cluster, digest, engineFor, extractPending, ingest, knowledge } = (await import(
  lib('pipeline.js')
)) as typeof import('../src/pipeline.js');
const { silentReporter } = (await import(lib('report.js'))) as typeof import('../src/report.js');
const { openStore } = (await import(lib('store/index.js'))) as typeof import('../src/store/index.js');

const n = Number(process.argv[process.argv.indexOf('--n') + 1] ?? 1000);
const withDigest = process.argv.includes('--digest');
/** --hash: also print SHA-256 of every story and of the whole knowledge snapshot (to prove a speed change changed nothing). */
const withHash = process.argv.includes('--hash');
const dir = mkdtempSync(join(tmpdir(), 'factbrief-bench-'));
const input = join(dir, 'in');
mkdirSync(input);
/** Writes the corpus as Markdown files; returns their size in bytes. */
function writeCorpus(): number {
  let bytes = 0;
  generateCorpus({ n, seed: 1, date: '2026-11-22', days: withDigest ? 1 : 5 }).forEach((d, i) => {
    const md = `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`;
    bytes += Buffer.byteLength(md);
    writeFileSync(join(input, `a${String(i).padStart(6, '0')}.md`), md);
  });
  return bytes;
}
const bytes = writeCorpus();
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
  const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x).replaceAll(dir, '<dir>')).digest('hex');
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
