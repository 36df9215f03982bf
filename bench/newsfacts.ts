/**
 * `npm run newsfacts`: scores attribution on the labelled newsfacts batches (../shared/testdata/newsfacts or
 * $FACTBRIEF_NEWSFACTS, then our own bench/newsfacts-own/{c,d}, see its README) with the batches' own scorer (score.py): figures found, value, subject, metric, period, deal
 * recall / precision, conflicts found and agreements flagged. Fails (exit 1) when a batch falls below its floor in
 * bench/newsfacts-floors.json (floors sit at measured values). `--misses` prints every miss; `--json` one line per batch;
 * `--classes` counts subject, period, metric and deal misses by class only (bench/miss-classes.ts: safe on batches nobody
 * may read).
 * The CLI is run as the user runs it (the built bin/factbrief.js), on a temporary data directory per batch.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dealMissClasses,
  metricMissPairs,
  nameFormShapes,
  periodMissClasses,
  periodMissShapes,
  subjectMissClasses,
} from './miss-classes.js';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'factbrief.js');
const showMisses = process.argv.includes('--misses');
const asJson = process.argv.includes('--json');
const showClasses = process.argv.includes('--classes');

type Score = Record<string, number | string | null>;
type Floors = Record<string, Record<string, number>>;

/** Where the labelled batches live, or null. */
function dataDir(): string | null {
  for (const d of [process.env.FACTBRIEF_NEWSFACTS, join(ROOT, '..', 'shared', 'testdata', 'newsfacts')])
    if (d && existsSync(join(d, 'score.py'))) return d;
  return null;
}

function run(args: string[], out?: string): void {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`factbrief ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  if (out) writeFileSync(out, r.stdout);
}

/** Scores one batch; returns the scorer's JSON line and its misses (stderr). */
export function scoreBatch(dir: string, scorer: string): { score: Score; misses: string; edges: [string, string][] } {
  const tmp = mkdtempSync(join(tmpdir(), 'factbrief-newsfacts-'));
  try {
    const articles = join(dir, 'articles');
    const files = readdirSync(articles)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(articles, f));
    const store = join(tmp, 'store');
    run(['extract', '--json', ...files], join(tmp, 'x.jsonl'));
    run(['--data', store, 'ingest', articles]);
    run(['--data', store, 'graph', '--json'], join(tmp, 'g.jsonl'));
    run(['--data', store, 'claims', '--json'], join(tmp, 'c.jsonl'));
    const r = spawnSync('python3', [scorer, dir, ...['x', 'g', 'c'].map((n) => join(tmp, `${n}.jsonl`)), '--misses'], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`score.py failed on ${dir}:\n${r.stderr}`);
    const edges = readFileSync(join(tmp, 'g.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { type?: string; from?: string; to?: string })
      .filter((x) => x.type === 'edge' && x.from && x.to)
      .map((x): [string, string] => [x.from as string, x.to as string]);
    return { score: JSON.parse(r.stdout.trim().split('\n').pop() as string) as Score, misses: r.stderr, edges };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A fraction like '3/4' or a number, as a number (for floors). */
function asNumber(v: number | string | null | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.includes('/')) {
    const [a, b] = v.split('/').map(Number);
    return b ? (a as number) / b : 1;
  }
  return Number.NaN;
}

function main(): void {
  const dir = dataDir();
  if (!dir) {
    console.log('newsfacts: labelled batches not found (../shared/testdata/newsfacts or $FACTBRIEF_NEWSFACTS); nothing to do.');
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('newsfacts: build first (npm run build)');
  const floors = JSON.parse(readFileSync(join(ROOT, 'bench', 'newsfacts-floors.json'), 'utf8')) as Floors;
  const listBatches = (root: string): [string, string][] =>
    existsSync(root)
      ? readdirSync(root, { withFileTypes: true })
          .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && existsSync(join(root, d.name, 'figures.jsonl')))
          .map((d): [string, string] => [d.name, join(root, d.name)])
          .sort((x, y) => x[0].localeCompare(y[0]))
      : [];
  // The shared batches, then ours (bench/newsfacts-own: written the same way, independently of the code, after the
  // shared ones; scored with the shared scorer). $FACTBRIEF_NEWSFACTS alone scores only the batches it names.
  const batches = [...listBatches(dir), ...(process.env.FACTBRIEF_NEWSFACTS ? [] : listBatches(join(ROOT, 'bench', 'newsfacts-own')))];
  const failures: string[] = [];
  for (const [b, path] of batches) {
    const { score, misses, edges } = scoreBatch(path, join(dir, 'score.py'));
    if (asJson) console.log(JSON.stringify({ batch: b, ...score }));
    else console.log(`${b}: ${JSON.stringify(score)}`);
    if (showMisses) process.stderr.write(misses);
    if (showClasses)
      console.log(
        JSON.stringify({
          batch: b,
          subjectMisses: subjectMissClasses(misses),
          nameFormShapes: nameFormShapes(misses),
          periodMisses: periodMissClasses(misses),
          periodMissShapes: periodMissShapes(misses),
          metricMisses: metricMissPairs(misses),
          dealMisses: dealMissClasses(misses, edges),
        }),
      );
    for (const [key, floor] of Object.entries(floors[b] ?? {})) {
      // consistent_flagged is a count of false alarms: lower is better, the floor is a ceiling.
      const v = key === 'consistent_flagged' ? Number.parseInt(String(score[key]), 10) : asNumber(score[key]);
      const bad = key === 'consistent_flagged' ? v > floor : !(v >= floor);
      if (bad) failures.push(`${b}: ${key} ${score[key]} (floor ${floor})`);
    }
  }
  if (failures.length) {
    console.error(`newsfacts: below the floor:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main();
