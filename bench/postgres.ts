/**
 * The pipeline on PostgreSQL with workers on the job queue, beside today's in-process SQLite run, on the same files:
 * N generated articles (bench/generate.ts, seed 1) through ingest → extract → cluster → knowledge → digest.
 *
 *   node --import tsx bench/postgres.ts --url postgres://… [--n 10000] [--workers 1,2] [--write] [--no-sqlite] [--logs DIR]
 *
 * Each PostgreSQL run gets a fresh schema (dropped after); the workers are `factbrief worker` processes and the day is
 * enqueued as `factbrief run` does; the time is from enqueueing until the day's last step. Prints the Markdown
 * section (`--write` also puts it into BENCHMARKS.md in place of an earlier one); bench/run.ts calls it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { stringify } from 'yaml';
import { parseConfig } from '../src/config/index.js';
import { enqueueDay, waitForRun } from '../src/queue/enqueue.js';
import { generateCorpus } from './generate.js';

const root = new URL('..', import.meta.url).pathname;
const DAY = '2026-11-24';
export const SECTION = '## Pipeline on PostgreSQL with workers (`bench/postgres.ts`)';

interface Run {
  label: string;
  seconds: number;
  peakRssMb: number[];
  /** CPU seconds (user + system) of each worker process, read just before it is stopped. */
  cpuSeconds?: number[];
  items: number;
  steps?: Record<string, number>;
}

function writeCorpus(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  generateCorpus({ n, seed: 1, date: '2026-11-22', days: 5 }).forEach((d, i) => {
    writeFileSync(
      join(dir, `a${String(i).padStart(6, '0')}.md`),
      `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`,
    );
  });
}

/** Today's path: `factbrief run` on a SQLite file, under /usr/bin/time for its peak RSS. */
function sqliteRun(dir: string, configFile: string): Run {
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'maxrss_kb=%M',
      process.execPath,
      '--import',
      'tsx',
      join(root, 'src/cli/main.ts'),
      '--data',
      join(dir, 'sqlite'),
      '--out',
      join(dir, 'out-sqlite'),
      '--config',
      configFile,
      'run',
      '--date',
      DAY,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FACTBRIEF_DATABASE_URL: '' } },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`sqlite run failed:\n${r.stderr.slice(-2000)}`);
  const kb = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1] ?? 0);
  const items = Number(/(\d+) new items/.exec(r.stderr)?.[1] ?? 0);
  return { label: 'SQLite, in process (`factbrief run`)', seconds, peakRssMb: [kb / 1024], items };
}

/** User + system CPU seconds of a running process (/proc/PID/stat, clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

function peakRss(pid: number): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

async function postgresRun(url: string, dir: string, corpus: string, workers: number, logs?: string): Promise<Run> {
  const schema = `bench_pg_${process.pid}_${workers}`;
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  const storeUrl = u.toString();
  const raw = {
    sources: [corpus],
    workers: { queueSchema: `${schema}_q`, pollSeconds: 0.5, maintenanceSeconds: 10, extractBatch: 200, fetchBatch: 200 },
  };
  const configFile = join(dir, `pg${workers}.yaml`);
  writeFileSync(configFile, stringify(raw));
  const config = parseConfig(raw, {});
  if (logs) mkdirSync(logs, { recursive: true });
  const procs = Array.from({ length: workers }, (_, i) =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/cli/main.ts'),
        '--store',
        storeUrl,
        '--config',
        configFile,
        '--out',
        join(dir, `out-pg${workers}`),
        'worker',
      ],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', logs ? openSync(join(logs, `pg${workers}-w${i}.log`), 'w') : 'ignore'],
      },
    ),
  );
  try {
    await new Promise((r) => setTimeout(r, 3000));
    const t0 = performance.now();
    const q = await enqueueDay(storeUrl, config, { date: DAY, out: join(dir, `out-pg${workers}`), sources: [corpus] });
    await waitForRun(storeUrl, config, q.run, 3_600_000);
    const seconds = (performance.now() - t0) / 1000;
    const peaks = procs.map((p) => peakRss(p.pid as number));
    const cpu = procs.map((p) => cpuSeconds(p.pid as number));
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const items = Number((await c.query(`SELECT COUNT(*)::int AS n FROM ${schema}.items`)).rows[0]?.n ?? 0);
    const steps: Record<string, number> = {};
    for (const r of (
      await c.query<{ name: string; s: number }>(
        `SELECT name, EXTRACT(EPOCH FROM MAX(completed_on) - MIN(started_on))::float8 AS s FROM ${schema}_q.job
         WHERE name <> 'day' AND state = 'completed' GROUP BY name`,
      )
    ).rows)
      steps[r.name] = r.s;
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.query(`DROP SCHEMA ${schema}_q CASCADE`);
    await c.end();
    return {
      label: `PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''} (\`factbrief worker\`)`,
      seconds,
      peakRssMb: peaks,
      cpuSeconds: cpu,
      items,
      steps,
    };
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    const hard = setTimeout(() => {
      for (const p of procs) p.kill('SIGKILL');
    }, 60_000);
    await Promise.all(procs.map((p) => (p.exitCode === null ? new Promise((r) => p.once('exit', r)) : Promise.resolve())));
    clearTimeout(hard);
  }
}

export function section(
  n: number,
  runs: Run[],
  note = `\nLoad average at the end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(', ')} on ${cpus().length} cores.\n`,
): string {
  const f = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(1));
  const rows = runs.map(
    (r) =>
      `| ${r.label} | ${r.items} | ${f(r.seconds)} | ${r.peakRssMb.map((m) => `${Math.round(m)} MB`).join(' + ')} | ${f(r.steps?.fetch)} | ${f(r.steps?.extract)} | ${f(r.steps?.cluster)} | ${f(r.steps?.knowledge)} | ${f(r.steps?.digest)} |`,
  );
  return `${SECTION}

${n.toLocaleString('en-US')} generated articles (seed 1, five days) as Markdown files, the digest of ${DAY} written by the offline engine. The SQLite row is today's in-process \`factbrief run\` on the same files; the PostgreSQL rows enqueue the day (\`factbrief run\` with a PostgreSQL store) for worker processes on the same machine, timed from enqueueing to the day's last step, each on a fresh schema. Step columns: first start to last completion of that queue's jobs (the steps overlap nothing: each waits for the previous one). Peak RSS is each process's own (the PostgreSQL server's memory is not counted).

| run | items | total s | peak RSS | fetch s | extract s | cluster s | knowledge s | digest s |
|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
${note}`;
}

/** Replaces (or appends) this section in BENCHMARKS.md. */
function writeSection(md: string): void {
  const file = join(root, 'BENCHMARKS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = old.indexOf(SECTION);
  let next = start < 0 ? -1 : old.indexOf('\n## ', start + SECTION.length);
  if (next < 0) next = old.length;
  const body = start < 0 ? `${old.trimEnd()}\n\n${md.trim()}\n` : `${old.slice(0, start)}${md.trim()}\n${old.slice(next)}`;
  writeFileSync(file, body);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      n: { type: 'string', default: '10000' },
      workers: { type: 'string', default: '1,2' },
      write: { type: 'boolean', default: false },
      'no-sqlite': { type: 'boolean', default: false },
      logs: { type: 'string' },
    },
  });
  const url = values.url ?? process.env.FACTBRIEF_BENCH_DATABASE_URL ?? process.env.FACTBRIEF_TEST_DATABASE_URL;
  if (!url) {
    process.stdout.write(`${SECTION}\n\nNot run: no PostgreSQL (pass --url, or set FACTBRIEF_BENCH_DATABASE_URL).\n`);
    return;
  }
  const n = Number(values.n);
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-bench-pg-'));
  try {
    const corpus = join(dir, 'in');
    writeCorpus(corpus, n);
    const configFile = join(dir, 'sqlite.yaml');
    writeFileSync(configFile, stringify({ sources: [corpus] }));
    process.stderr.write(`sqlite n=${n} …\n`);
    const runs: Run[] = values['no-sqlite'] ? [] : [sqliteRun(dir, configFile)];
    for (const w of (values.workers ?? '1,2').split(',').map(Number)) {
      process.stderr.write(`postgres n=${n}, ${w} worker(s) …\n`);
      const run = await postgresRun(url, dir, corpus, w, values.logs);
      process.stderr.write(
        `  ${run.seconds.toFixed(1)} s, worker CPU ${(run.cpuSeconds ?? []).map((c) => c.toFixed(1)).join(' + ')} s, peak ${run.peakRssMb.map((m) => Math.round(m)).join(' + ')} MB\n`,
      );
      runs.push(run);
    }
    const md = section(n, runs);
    if (values.write) writeSection(md);
    process.stdout.write(`${md}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
