/**
 * One pipeline stage alone on a stored corpus, for profiling it without paying the stages before it each run (as
 * bench/cluster-only.ts does for clustering). The first run of a size prepares DIR/in-N (the 10,000-article corpus as
 * bench/pipeline-child.ts writes it) and a store after each stage (DIR/ingest-N.db, extract-N.db, cluster-N.db); each
 * run then copies the store the stage starts from and runs the stage on the copy, printing its CPU seconds, peak RSS
 * and the SHA-256 of what it wrote (extractions, stories or knowledge, hashed as `pipeline-child.ts --hash` does).
 * `node --import tsx bench/stage-only.ts --stage ingest|extract|cluster|knowledge --dir DIR [--n 10000] [--dist]`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../src/store/index.js';
import { generateCorpus } from './generate.js';

// `--dist`: the stages as built (`npm run build`) instead of the sources through tsx (profiles then name dist/ lines).
const fromDist = process.argv.includes('--dist');
const lib = (path: string): string => new URL(`../${fromDist ? 'dist' : 'src'}/${path}`, import.meta.url).href;
const { parseConfig } = (await import(lib('config/index.js'))) as typeof import('../src/config/index.js');
const { loadGazetteer } = (await import(lib('extract/index.js'))) as typeof import('../src/extract/index.js');
const { cluster, extractPending, ingest, knowledge } = (await import(lib('pipeline.js'))) as typeof import('../src/pipeline.js');
const { silentReporter } = (await import(lib('report.js'))) as typeof import('../src/report.js');
const { openStore } = (await import(lib('store/index.js'))) as typeof import('../src/store/index.js');

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const STAGES = ['ingest', 'extract', 'cluster', 'knowledge'] as const;
type Stage = (typeof STAGES)[number];
const stage = (arg('--stage') ?? 'cluster') as Stage;
if (!STAGES.includes(stage)) throw new Error(`--stage: one of ${STAGES.join(', ')}`);
const dir = arg('--dir') ?? join(tmpdir(), 'factbrief-stage-only');
const n = Number(arg('--n') ?? 10000);
const config = parseConfig({});
const input = join(dir, `in-${n}`);
const after = (s: Stage) => join(dir, `${s}-${n}.db`);

async function run(s: Stage, store: Store): Promise<void> {
  if (s === 'ingest') await ingest(store, [input], config, silentReporter);
  else if (s === 'extract') await extractPending(store, loadGazetteer(), silentReporter);
  else if (s === 'cluster') await cluster(store, config);
  else await knowledge(store, config);
}

// Prepare the corpus and the store after every stage before the one measured.
if (!existsSync(input)) {
  mkdirSync(input, { recursive: true });
  generateCorpus({ n, seed: 1, date: '2026-11-22', days: 5 }).forEach((d, i) => {
    const md = `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`;
    writeFileSync(join(input, `a${String(i).padStart(6, '0')}.md`), md);
  });
}
const upTo = STAGES.indexOf(stage);
for (let i = 0; i < upTo; i++) {
  const s = STAGES[i] as Stage;
  if (existsSync(after(s))) continue;
  const path = after(s);
  if (i > 0) copyFileSync(after(STAGES[i - 1] as Stage), path);
  const store = await openStore({ path });
  await run(s, store);
  await store.close();
}

const work = mkdtempSync(join(tmpdir(), 'factbrief-stage-run-'));
const db = join(work, 'run.db');
if (upTo > 0) copyFileSync(after(STAGES[upTo - 1] as Stage), db);
const store = await openStore({ path: db });
const rss0 = Math.round(process.resourceUsage().maxRSS / 1024);
const c0 = process.cpuUsage();
const t0 = performance.now();
await run(stage, store);
const c = process.cpuUsage(c0);
const wall = (performance.now() - t0) / 1000;
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');
const written =
  stage === 'ingest'
    ? (await store.listItems({})).map((it) => ({ ...it, ingestedAt: '' }))
    : stage === 'extract'
      ? await store.getExtractions()
      : stage === 'cluster'
        ? (await store.listStories()).map((s) => s.items).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1))
        : await store.getKnowledge();
const hash = sha(written);
await store.close();
rmSync(work, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ stage, n, cpu: (c.user + c.system) / 1e6, wall, rssBeforeMb: rss0, peakRssMb: peak, sha256: hash })}\n`,
);
