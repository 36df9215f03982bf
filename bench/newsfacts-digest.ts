/**
 * `npm run newsfacts:digest`: the digests of every labelled newsfacts batch (../shared/testdata/newsfacts or
 * $FACTBRIEF_NEWSFACTS), for each day an article of the batch is dated, in both styles, written by the built CLI on a
 * temporary store, then checked with `digest --check` (traced against that store) and compared with the reviewed
 * goldens in test/golden/newsfacts/<batch>/<day>.<style>.md. Exit 1 on a check problem or a golden difference.
 * UPDATE=1 rewrites the goldens after review (refused under CI=true, where a missing golden fails); a day whose
 * articles all continue stories of earlier days has no digest of its own (the command says so, exit 1) and is listed.
 * Without the batches it says so and exits 0, so `npm test` never depends on ../shared.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'factbrief.js');
const GOLDEN = join(ROOT, 'test', 'golden', 'newsfacts');
const STYLES = ['stories', 'sections'] as const;
const CI = process.env.CI === 'true' || process.env.CI === '1';
const UPDATE = process.env.UPDATE === '1';

function dataDir(): string | null {
  for (const d of [process.env.FACTBRIEF_NEWSFACTS, join(ROOT, '..', 'shared', 'testdata', 'newsfacts')])
    if (d && existsSync(d) && readdirSync(d).some((n) => existsSync(join(d, n, 'articles')))) return d;
  return null;
}

function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The days the batch's articles are dated (front matter `date:`, its calendar day). */
function articleDays(articles: string): string[] {
  const days = new Set<string>();
  for (const f of readdirSync(articles).filter((n) => n.endsWith('.md'))) {
    const m = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(articles, f), 'utf8'));
    if (m?.[1]) days.add(m[1]);
  }
  return [...days].sort();
}

interface DayResult {
  batch: string;
  day: string;
  style: string;
  status: 'ok' | 'no-digest' | 'check-failed' | 'golden-differs' | 'golden-missing' | 'golden-written';
  detail?: string;
}

function batchDigests(dir: string, batch: string): DayResult[] {
  const tmp = mkdtempSync(join(tmpdir(), 'factbrief-newsfacts-digest-'));
  const out: DayResult[] = [];
  try {
    const store = join(tmp, 'store');
    const articles = join(dir, batch, 'articles');
    const ing = cli(['--data', store, 'ingest', articles]);
    if (ing.code !== 0) throw new Error(`ingest ${articles} failed:\n${ing.stderr}`);
    for (const day of articleDays(articles)) {
      for (const style of STYLES) {
        const o = join(tmp, `out-${style}`);
        const r = cli(['--data', store, '--out', o, 'digest', '--date', day, '--style', style]);
        if (r.code !== 0) {
          out.push({ batch, day, style, status: 'no-digest', detail: r.stderr.trim().split('\n').pop() ?? '' });
          continue;
        }
        const file = join(o, 'digests', `${day}.md`);
        const md = readFileSync(file, 'utf8');
        const check = cli(['--data', store, 'digest', '--check', file, '--json']);
        if (check.code !== 0) {
          out.push({ batch, day, style, status: 'check-failed', detail: check.stdout.trim() || check.stderr.trim() });
          continue;
        }
        const golden = join(GOLDEN, batch, `${day}.${style}.md`);
        if (UPDATE && !CI) {
          mkdirSync(join(GOLDEN, batch), { recursive: true });
          writeFileSync(golden, md);
          out.push({ batch, day, style, status: 'golden-written' });
        } else if (!existsSync(golden)) {
          if (!CI) {
            mkdirSync(join(GOLDEN, batch), { recursive: true });
            writeFileSync(golden, md);
          }
          out.push({ batch, day, style, status: 'golden-missing', detail: CI ? 'CI=true: not written' : 'written; review it' });
        } else if (readFileSync(golden, 'utf8') !== md) {
          out.push({ batch, day, style, status: 'golden-differs', detail: `${golden}: review the change, then UPDATE=1` });
        } else out.push({ batch, day, style, status: 'ok' });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

function main(): void {
  if (UPDATE && CI) {
    console.error('newsfacts:digest: UPDATE=1 is refused under CI=true');
    process.exit(1);
  }
  const dir = dataDir();
  if (!dir) {
    console.log('newsfacts:digest: labelled batches not found (../shared/testdata/newsfacts or $FACTBRIEF_NEWSFACTS); nothing to do.');
    return;
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('newsfacts:digest: build first (npm run build)');
  const batches = readdirSync(dir, { withFileTypes: true })
    .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && existsSync(join(dir, d.name, 'articles')))
    .map((d) => d.name)
    .sort();
  const results = batches.flatMap((b) => batchDigests(dir, b));
  for (const r of results) console.log(`${r.batch} ${r.day} ${r.style.padEnd(8)} ${r.status}${r.detail ? `  ${r.detail}` : ''}`);
  const bad = results.filter((r) => r.status === 'check-failed' || r.status === 'golden-differs' || r.status === 'golden-missing');
  const written = results.filter((r) => r.status !== 'no-digest').length;
  console.log(`newsfacts:digest: ${written} digests of ${batches.length} batches, ${bad.length} failing`);
  if (bad.length > 0) process.exit(1);
}

main();
