/**
 * Clustering and knowledge at once (decision 079's probe): on a copy of a store after extraction, clustering runs in a
 * worker thread with its own SQLite connection while knowledge runs on the calling thread, against the two one after
 * the other. Prints wall and CPU seconds (the process's, the calling thread's, the worker thread's), the peak RSS of the
 * process (every thread: the whole tree, nothing is forked) and the stories / knowledge SHA-256 as
 * `bench/stage-only.ts` hashes them.
 *
 *   node --import tsx bench/stage-only.ts --stage cluster --dir DIR --dist        # once: prepares DIR/extract-N.db
 *   node --import tsx bench/cluster-overlap.ts --dir DIR --mode seq|overlap [--n 10000] [--young MB] [--entry stage|pipeline] [--live]
 *
 * `--entry`: the worker imports clustering from `cluster-stage.js` (default, decision 084: the clustering code and the
 * store only) or from `pipeline.js` (every stage, as decision 079 measured).
 *
 * Knowledge holds SQLite's write lock from its first piece to its commit (one `BEGIN IMMEDIATE`, decision 023), longer
 * than the store's `busy_timeout`: the worker's `commitClustering` waits here for knowledge's commit (a message), which
 * is where a built version would need busy handling of its own. Always built code (`dist/`): `npm run build` first.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const lib = (path: string): string => new URL(`../dist/${path}`, import.meta.url).href;
const { parseConfig } = (await import(lib('config/index.js'))) as typeof import('../src/config/index.js');
const { openStore } = (await import(lib('store/index.js'))) as typeof import('../src/store/index.js');

/** CPU seconds of the calling thread (utime + stime of /proc/thread-self/stat, clock ticks of 10 ms). */
function threadCpu(): number {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[11]) + Number(f[12])) / 100;
}

/**
 * The worker, plain JavaScript over the built modules (no TypeScript loader in the worker: tsx's own memory would be
 * counted as clustering's). It clusters the store at `workerData.db`, holds its commit until the calling thread says
 * knowledge has committed, and answers a `WorkerAnswer`.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { getHeapStatistics } = require('node:v8');
const threadCpu = ${threadCpu.toString()};
const heapMb = () => Math.round(getHeapStatistics().total_heap_size / 1048576);
(async () => {
  const { parseConfig } = await import(workerData.lib.config);
  const { openStore } = await import(workerData.lib.store);
  const { cluster } = await import(workerData.lib.cluster);
  const heapLoaded = heapMb();
  const c0 = threadCpu();
  const store = await openStore({ path: workerData.db });
  const knowledgeDone = new Promise((resolve) => parentPort.once('message', () => resolve()));
  const commit = store.commitClustering.bind(store);
  let heapAtCommit = 0;
  let liveAtCommit = 0;
  let waited = 0;
  store.commitClustering = async (c) => {
    heapAtCommit = heapMb();
    if (workerData.live) {
      const { setFlagsFromString } = require('node:v8');
      setFlagsFromString('--expose-gc');
      require('node:vm').runInNewContext('gc')();
      liveAtCommit = Math.round(getHeapStatistics().used_heap_size / 1048576);
    }
    const t = performance.now();
    await knowledgeDone;
    waited = (performance.now() - t) / 1000;
    return commit(c);
  };
  const stories = await cluster(store, parseConfig({}));
  await store.close();
  parentPort.postMessage({ stories, cpu: threadCpu() - c0, heapLoaded, heapAtCommit, liveAtCommit, waited });
})();
`;

interface WorkerAnswer {
  stories: number;
  cpu: number;
  /** The worker's V8 heap (MB) once its modules are loaded, and when clustering reaches its commit. */
  heapLoaded: number;
  heapAtCommit: number;
  /** `--live`: the worker's used heap after a full collection at its commit (what the commit holds), else 0. */
  liveAtCommit: number;
  /** Seconds the finished clustering waited for knowledge's commit. */
  waited: number;
}

{
  const arg = (name: string): string | undefined =>
    process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
  const mode = arg('--mode') ?? 'overlap';
  if (mode !== 'seq' && mode !== 'overlap') throw new Error('--mode: seq or overlap');
  const n = Number(arg('--n') ?? 10000);
  const young = arg('--young');
  const entry = arg('--entry') ?? 'stage';
  if (entry !== 'stage' && entry !== 'pipeline') throw new Error('--entry: stage or pipeline');
  const from = join(arg('--dir') ?? join(tmpdir(), 'factbrief-stage-only'), `extract-${n}.db`);
  const { cluster, knowledge } = (await import(lib('pipeline.js'))) as typeof import('../src/pipeline.js');
  const work = mkdtempSync(join(tmpdir(), 'factbrief-overlap-'));
  const db = join(work, 'run.db');
  copyFileSync(from, db);
  const store = await openStore({ path: db });
  const config = parseConfig({});
  const rssBefore = Math.round(process.resourceUsage().maxRSS / 1024);
  const c0 = process.cpuUsage();
  const m0 = threadCpu();
  const t0 = performance.now();
  let worker: WorkerAnswer | undefined;
  let knowledgeWall = 0;
  if (mode === 'seq') {
    await cluster(store, config);
    const k0 = performance.now();
    await knowledge(store, config);
    knowledgeWall = (performance.now() - k0) / 1000;
  } else {
    const w = new Worker(WORKER, {
      eval: true,
      workerData: {
        db,
        live: process.argv.includes('--live'),
        lib: {
          config: lib('config/index.js'),
          store: lib('store/index.js'),
          cluster: lib(entry === 'stage' ? 'cluster-stage.js' : 'pipeline.js'),
        },
      },
      ...(young ? { resourceLimits: { maxYoungGenerationSizeMb: Number(young) } } : {}),
    });
    const answer = new Promise<WorkerAnswer>((resolve, reject) => {
      w.once('message', (m: WorkerAnswer) => resolve(m));
      w.once('error', reject);
    });
    await knowledge(store, config);
    knowledgeWall = (performance.now() - t0) / 1000;
    w.postMessage('knowledge committed');
    worker = await answer;
    await w.terminate();
  }
  const wall = (performance.now() - t0) / 1000;
  const mainCpu = threadCpu() - m0;
  const c = process.cpuUsage(c0);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 12);
  const stories = sha((await store.listStories()).map((s) => s.items).sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1)));
  const known = sha(await store.getKnowledge());
  await store.close();
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(
    `${JSON.stringify({ mode, entry, n, wall, knowledgeWall, cpu: (c.user + c.system) / 1e6, mainCpu, worker, rssBeforeMb: rssBefore, peakRssMb: peak, stories, knowledge: known })}\n`,
  );
}
