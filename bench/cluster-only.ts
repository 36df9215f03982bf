/**
 * The clustering stage alone on a stored corpus (for profiling it without paying ingest and extraction each run):
 * `--prepare DIR` generates the 10,000-article corpus (as bench/pipeline-child.ts does), ingests and extracts it into
 * DIR/base.db; then each run copies DIR/base.db and clusters the copy, printing CPU seconds, peak RSS and the stories'
 * SHA-256 (as `pipeline-child.ts --hash` hashes them). `node --import tsx bench/cluster-only.ts --dir DIR [--n 10000]`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../src/config/index.js';
import { loadGazetteer } from '../src/extract/index.js';
import { cluster, extractPending, ingest } from '../src/pipeline.js';
import { silentReporter } from '../src/report.js';
import { openStore } from '../src/store/index.js';
import { generateCorpus } from './generate.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dir = arg('--dir') ?? join(tmpdir(), 'factbrief-cluster-only');
const n = Number(arg('--n') ?? 10000);
const base = join(dir, `base-${n}.db`);
const config = parseConfig({});
if (!existsSync(base)) {
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `in-${n}`);
  mkdirSync(input, { recursive: true });
  generateCorpus({ n, seed: 1, date: '2026-11-22', days: 5 }).forEach((d, i) => {
    const md = `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`;
    writeFileSync(join(input, `a${String(i).padStart(6, '0')}.md`), md);
  });
  const store = await openStore({ path: base });
  await ingest(store, [input], config, silentReporter);
  await extractPending(store, loadGazetteer(), silentReporter);
  await store.close();
}
const work = mkdtempSync(join(tmpdir(), 'factbrief-cluster-run-'));
const db = join(work, 'run.db');
copyFileSync(base, db);
const store = await openStore({ path: db });
const rss0 = Math.round(process.resourceUsage().maxRSS / 1024);
const c0 = process.cpuUsage();
const stories = await cluster(store, config);
const c = process.cpuUsage(c0);
const peak = Math.round(process.resourceUsage().maxRSS / 1024);
const list = (await store.listStories()).map((s) => s.items).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
const hash = createHash('sha256').update(JSON.stringify(list)).digest('hex');
await store.close();
const keep = arg('--keep');
if (keep) copyFileSync(db, keep);
rmSync(work, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ n, stories, clusterCpu: (c.user + c.system) / 1e6, rssBeforeMb: rss0, peakRssMb: peak, stories_sha256: hash })}\n`,
);
