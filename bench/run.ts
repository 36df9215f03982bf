/**
 * `npm run bench`: every speed / memory goal, measured in one run, written to BENCHMARKS.md with the machine and date.
 * Options: --quick (smaller sizes, for a smoke run), --skip-reference (time factbrief's figure extraction only, without
 * the slow reference extractor; the table then says the reference was not run).
 * Sections whose data is absent (../shared/testdata) say they were not run; nothing from an earlier run is reused.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type Goal, goalsTable, splitGoals } from './goals.js';
import { highlightsSection } from './highlights.js';

const root = new URL('..', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const skipReference = process.argv.includes('--skip-reference');

interface PipelineResult {
  n: number;
  /** Peak RSS (MB) of the process once each stage is done (bench/pipeline-child.ts). */
  peakAfter: Record<string, number>;
  bytes: number;
  stories: number;
  claims: number;
  deals: number;
  digestStories: number;
  seconds: Record<string, number>;
  total: number;
  itemsPerSec: number;
  peakRssMb: number;
}

function child(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/${script} ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

function pipeline(n: number, digest = false): PipelineResult {
  process.stderr.write(`pipeline n=${n}${digest ? ' (+digest)' : ''} …\n`);
  // --dist: the stages as built, what the `factbrief` command runs (the build is made first, below).
  const out = child('pipeline-child.ts', ['--n', String(n), '--dist', ...(digest ? ['--digest'] : [])]);
  return JSON.parse(out.trim().split('\n').pop() as string) as PipelineResult;
}

/**
 * Attribution on the labelled newsfacts batches (`npm run newsfacts --json`), beside the scores of commit 0e4d261
 * (before the attribution-by-role work), measured with the same scorer on 2026-12-02 and kept here as the baseline.
 */
const NEWSFACTS_BASELINE: Record<string, Record<string, number | string>> = {
  a: {
    found: 0.994,
    value: 0.981,
    subject: 0.736,
    metric: 0.706,
    period: 0.614,
    deal_recall: 0.636,
    deal_precision: 1.0,
    conflicts_found: '0/4',
    consistent_flagged: '3/14',
  },
  b: {
    found: 0.983,
    value: 0.978,
    subject: 0.713,
    metric: 0.665,
    period: 0.612,
    deal_recall: 0.276,
    deal_precision: 1.0,
    conflicts_found: '0/5',
    consistent_flagged: '0/13',
  },
};

function newsfactsSection(): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'newsfacts.ts'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const rows = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, number | string>);
  if (!rows.length) {
    if (r.status !== 0) throw new Error(`bench/newsfacts.ts --json failed:\n${r.stderr}`);
    return '## Attribution on newsfacts\n\nNot run: ../shared/testdata/newsfacts was not found (run `npm run newsfacts` where it is).\n';
  }
  // Exit 1 with rows: a batch fell below its floor; say so beside the table.
  const below = r.status === 0 ? '' : `\n**Below the floors** of bench/newsfacts-floors.json:\n\n\`\`\`\n${r.stderr.trim()}\n\`\`\`\n`;
  const keys = ['found', 'value', 'subject', 'metric', 'period', 'deal_recall', 'deal_precision', 'conflicts_found', 'consistent_flagged'];
  const line = (label: string, o: Record<string, number | string>) => `| ${label} | ${keys.map((k) => String(o[k] ?? '')).join(' | ')} |`;
  const table = rows.flatMap((o) => {
    const b = String(o.batch);
    return [...(NEWSFACTS_BASELINE[b] ? [line(`${b} (before, 0e4d261)`, NEWSFACTS_BASELINE[b])] : []), line(`**${b} (now)**`, o)];
  });
  return `## Attribution on newsfacts (labelled news nobody here wrote; \`npm run newsfacts\`)

Scored by the batches' own \`score.py\` on \`extract --json\`, \`graph --json\` and \`claims --json\`. Goals on unseen batches: value ≥ 0.98, subject ≥ 0.95, metric ≥ 0.90, period ≥ 0.90, every conflict found, no agreement flagged, deal recall ≥ 0.85 at precision ≥ 0.95.

| batch | ${keys.join(' | ')} |
|---|${keys.map(() => '---').join('|')}|
${table.join('\n')}
${below}`;
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

const loadAtStart = loadavg()[0] ?? 0;
const startedAt = new Date();
process.stderr.write('build …\n');
execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});

const small = pipeline(quick ? 200 : 1000);
const large = pipeline(quick ? 2000 : 10000);
const day = pipeline(quick ? 400 : 2000, true);

process.stderr.write(skipReference ? 'figures (reference skipped) …\n' : 'figures vs reference …\n');
const figuresOut = child('figures.ts', [
  ...(quick ? ['--mb', '1', '--ref-mb', '0.1'] : ['--mb', '5', '--ref-mb', '0.25']),
  ...(skipReference ? ['--skip-reference'] : []),
]);

/** The conformance table of this run, or null when the suites are absent (the file of an earlier run is removed first). */
function conformanceSection(): string | null {
  const file = join(root, 'bench', 'out', 'conformance.md');
  rmSync(file, { force: true });
  process.stderr.write('conformance …\n');
  child('conformance.ts', []);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
const conformance = conformanceSection();

// The day-bounded goals of issue 14 (bench/daybound.ts): a day over a small and a large archive, one long document.
process.stderr.write('day over 20,000 and 200,000 stored items …\n');
const dayBound = splitGoals(child('daybound.ts', ['--only', 'day', '--goals-json', '--dist', ...(quick ? ['--quick'] : [])]));
process.stderr.write('one long document vs files …\n');
const longDoc = splitGoals(child('daybound.ts', ['--only', 'longdoc', '--goals-json', '--dist', ...(quick ? ['--quick'] : [])]));

// The pipeline on PostgreSQL with one and two workers beside SQLite (bench/postgres.ts; "not run" without a database).
process.stderr.write('postgres workers …\n');
const postgresOut = child('postgres.ts', quick ? ['--n', '2000'] : []);
process.stderr.write('search and web pages …\n');
const searchBench = child('search.ts', quick ? ['--n', '10000'] : []);

process.stderr.write('newsfacts attribution …\n');
const newsfacts = newsfactsSection();

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
let commit = 'uncommitted';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {}
const perItem = (r: PipelineResult) => (r.total / r.n) * 1000;
const linearity = perItem(large) / perItem(small);
const row = (label: string, r: PipelineResult) =>
  `| ${label} | ${r.n} | ${f1(r.bytes / 2 ** 20)} MB | ${f2(r.seconds.ingest ?? 0)} | ${f2(r.seconds.extract ?? 0)} | ${f2(r.seconds.cluster ?? 0)} | ${f2(r.seconds.knowledge ?? 0)} | ${f2(r.total)} | ${Math.round(r.itemsPerSec)} | ${Math.round(r.peakAfter.digest ?? r.peakAfter.knowledge ?? r.peakRssMb)} MB | ${r.stories} |`;

const highlights = highlightsSection();
/** The pipeline's own peak: the process's peak RSS by the end of knowledge (the digest is not part of the goal). */
const largePeak = large.peakAfter.knowledge ?? large.peakRssMb;
const goals: Goal[] = [
  {
    what: `the ${large.n}-article pipeline on SQLite (ingest → knowledge), wall`,
    measured: `${f2(large.total)} s`,
    goal: '< 30 s on 2 cores',
    met: large.total < 30,
  },
  { what: 'its peak RSS (by the end of knowledge)', measured: `${Math.round(largePeak)} MB`, goal: '< 400 MB', met: largePeak < 400 },
  ...dayBound.goals,
  ...longDoc.goals,
];
const loadAtEnd = loadavg()[0] ?? 0;
const md = `# Benchmarks

Measured by \`npm run bench\`${quick ? ' --quick' : ''} from ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} to ${new Date().toISOString().slice(11, 16)} UTC, commit ${commit}.
Machine: ${machine}; load average ${loadAtStart.toFixed(1)} when the run started and ${loadAtEnd.toFixed(1)} when it ended.
Every section below comes from this one run; before / after measurements of single changes are in
[docs/benchmarks-history.md](docs/benchmarks-history.md).

## Goals (issue 14)

${goalsTable(goals)}

## Pipeline: ingest + normalize + extract + cluster + knowledge (synthetic corpus, \`bench/generate.ts\`, seed 1)

Each size runs in its own process on a fresh SQLite file, the stages as built (\`bench/pipeline-child.ts --dist\`); peak RSS is that process's by the end of knowledge. Goal (issue 14): 10,000 articles through the whole pipeline in under 30 s and 400 MB on 2 cores, about linear.

| run | items | input | ingest s | extract s | cluster s | knowledge s | total s | items/s | peak RSS | stories |
|---|---|---|---|---|---|---|---|---|---|---|
${row('small', small)}
${row('large', large)}

Whole pipeline over ${large.n} items: ${f2(large.total)} s against the 30 s goal (${large.total < 30 ? 'met' : '**missed**'}), peak RSS ${Math.round(largePeak)} MB against 400 MB (${largePeak < 400 ? 'met' : '**missed**'})${large.n === 10000 ? '' : ` (at ${large.n} items, not the 10,000 of the goal: --quick)`}.
Cost per item: ${f2(perItem(small))} ms at ${small.n} items, ${f2(perItem(large))} ms at ${large.n} items (ratio ${f2(linearity)}; 1.00 = perfectly linear).
Knowledge over ${large.n} items: ${f2(large.seconds.knowledge ?? 0)} s (goal < 10 s), ${large.claims} claims, ${large.deals} capital-flow edges.

## Digest of one day of ${day.n} items (offline engine)

Digest stage alone: ${f2(day.seconds.digest ?? 0)} s for ${day.digestStories} written stories (goal < 5 s). Whole run: ${f2(day.total)} s, peak RSS ${Math.round(day.peakRssMb)} MB.

${dayBound.md.replace(/^## .*\n/, '## Day-bounded pipeline (issue 14; `bench/daybound.ts --only day`)\n')}

${longDoc.md.replace(/^## .*\n/, '## One long document (issue 14; `bench/daybound.ts --only longdoc`)\n')}

${postgresOut.trim()}

## Figure extraction vs @microsoft/recognizers-text-suite (\`bench/figures.ts\`: one seeded text, the reference on a slice of it)

${figuresOut.trim()}

${newsfacts}

${highlights}

${searchBench.trim()}

${conformance ? `## Conformance on the public suites (../shared/testdata/numbers)\n\n${conformance.replace(/^# .*\n/, '').trim()}\n` : '## Conformance\n\nNot run: ../shared/testdata/numbers was not found (run `npm run conformance` where it is).\n'}
## History

Before / after measurements of single changes (decisions 020–039, helper branches): [docs/benchmarks-history.md](docs/benchmarks-history.md).
`;
writeFileSync(join(root, 'BENCHMARKS.md'), md);
process.stdout.write(md);

// Bilingual notes (issue 13): bench/notes.ts measures and writes its own section of BENCHMARKS.md.
process.stderr.write('notes …\n');
process.stdout.write(`\n${child('notes.ts', ['--write'])}`);
