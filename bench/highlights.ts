/**
 * Highlights benchmark: `factbrief highlights` (offline engine) over N quotes against a store of 1000 synthetic articles,
 * time and peak RSS, each size in its own process. Quotes are sentences of a second synthetic corpus (seed 2), one in
 * ten a claim without a figure, one in twenty a duplicate pair, each with a Chinese note.
 *
 *   node --import tsx bench/highlights.ts --write      measure 250 and 1000 quotes, rewrite this section of BENCHMARKS.md
 *   node --import tsx bench/highlights.ts --child --n N one measured run, a JSON line on stdout
 * `bench/run.ts` calls highlightsSection() for the whole BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generate.js';

const root = new URL('..', import.meta.url).pathname;

interface HighlightsResult {
  quotes: number;
  pairs: number;
  duplicates: number;
  seconds: number;
  quotesPerSec: number;
  peakRssMb: number;
  storeClaims: number;
  kinds: Record<string, number>;
  problems: number;
}

const WHO = ['Nobody', 'No analyst', 'Not one executive', 'No investor', 'Hardly anyone', 'No lender', 'No board', 'Few regulators'];
const CLAIM = [
  'knows who will be left holding the risk when the spending slows',
  'can say when the returns on the data-center build-out will arrive',
  'believes the current pace of spending can last forever',
  'wants to be the last buyer of chips at the top of the cycle',
  'can tell real demand for compute from demand paid for by suppliers',
  'expects the loop of investments and purchases to unwind quietly',
];
const NOTES = ['要把几笔加起来看总敞口。', '和其他来源对一下口径。', '增速是否可持续？', '值得记下。', '资金又流回了供应商。'];

/** The quotes file: alternating English quote / Chinese note paragraphs. */
function quotesFile(n: number): string {
  const drafts = generateCorpus({ n: n * 2, seed: 2, date: '2026-11-22', days: 5 });
  const sentences = [
    ...new Set(
      drafts.flatMap((d) =>
        d.text
          .split(/(?<=[.!?])\s+|\n\s*\n/)
          .map((s) => s.replace(/\s+/g, ' ').trim())
          .filter((s) => (s.match(/[A-Za-z]/g)?.length ?? 0) >= 30 && !/[\u3400-\u9fff]/.test(s) && s.length < 400),
      ),
    ),
  ];
  const paras: string[] = [];
  for (let i = 0; i < n; i++) {
    const dup = i % 20 === 19 && paras.length >= 2;
    const quote = dup
      ? (paras[paras.length - 2] as string)
      : i % 10 === 9
        ? `"${WHO[i % WHO.length]} ${CLAIM[Math.floor(i / 10) % CLAIM.length]}."`
        : `"${sentences[i % sentences.length]}"`;
    const note = dup ? (paras[paras.length - 1] as string) : (NOTES[i % NOTES.length] as string);
    paras.push(quote, note);
  }
  return `${paras.join('\n\n')}\n`;
}

async function childRun(n: number): Promise<void> {
  const { parseConfig } = await import('../src/config/index.js');
  const { loadGazetteer } = await import('../src/extract/index.js');
  const { extractPending, ingest, knowledge } = await import('../src/pipeline.js');
  const { writeHighlights } = await import('../src/pipeline-highlights.js');
  const { silentReporter } = await import('../src/report.js');
  const { openStore } = await import('../src/store/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-bench-hl-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  generateCorpus({ n: 1000, seed: 1, date: '2026-11-22', days: 5 }).forEach((d, i) => {
    writeFileSync(join(input, `a${i}.md`), `---\ntitle: ${JSON.stringify(d.title)}\ndate: ${d.date}\nsource: ${d.url}\n---\n\n${d.text}\n`);
  });
  const config = parseConfig({});
  const store = await openStore({ path: join(dir, 'bench.db') });
  await ingest(store, [input], config, silentReporter);
  await extractPending(store, loadGazetteer(), silentReporter);
  const snap = await knowledge(store, config);
  const file = join(dir, 'quotes.txt');
  writeFileSync(file, quotesFile(n));
  const t0 = performance.now();
  const r = await writeHighlights(file, store, config, { out: join(dir, 'out'), engine: 'offline', today: '2026-11-22' }, silentReporter);
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const kinds: Record<string, number> = {};
  for (const row of r.rows) for (const k of row.kinds) kinds[k] = (kinds[k] ?? 0) + 1;
  const out: HighlightsResult = {
    quotes: n,
    pairs: r.rows.length,
    duplicates: r.duplicates,
    seconds,
    quotesPerSec: r.rows.length / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    storeClaims: snap.claims,
    kinds,
    problems: r.problems.length,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function measure(n: number): HighlightsResult {
  process.stderr.write(`highlights n=${n} …\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'highlights.ts'), '--child', '--n', String(n)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/highlights.ts --n ${n} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as HighlightsResult;
}

/** The `## Highlights` section of BENCHMARKS.md (measures 250 and 1000 quotes). */
export function highlightsSection(): string {
  const small = measure(250);
  const large = measure(1000);
  const f2 = (x: number) => x.toFixed(2);
  const row = (r: HighlightsResult) =>
    `| ${r.quotes} | ${r.pairs} | ${r.duplicates} | ${f2(r.seconds)} | ${Math.round(r.quotesPerSec)} | ${Math.round(r.peakRssMb)} MB | ${r.problems} |`;
  const per = (r: HighlightsResult) => (r.seconds / r.pairs) * 1000;
  const kinds = Object.entries(large.kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `## Highlights: \`factbrief highlights\` (offline engine; \`bench/highlights.ts\`)

Each size in its own process, against a store of 1000 synthetic articles (${large.storeClaims} claims) built before the clock starts; the time covers reading the export, dropping duplicates, analysing every quote against the store, writing the insights and the file, and the publishability check. Quotes: sentences of a second synthetic corpus, one in ten without a figure, one in twenty a duplicate pair. Peak RSS is the whole process's, building the store included. Load average when measured: ${loadavg()[0]?.toFixed(1) ?? '?'} (1 min) on ${cpus().length} cores; wall times include waiting for the CPU.

| quotes in | pairs written | duplicates dropped | seconds | pairs/s | peak RSS | check problems |
|---|---|---|---|---|---|---|
${row(small)}
${row(large)}

Cost per pair: ${f2(per(small))} ms at ${small.pairs} pairs, ${f2(per(large))} ms at ${large.pairs} (ratio ${f2(per(large) / per(small))}; 1.00 = linear). Insight kinds at 1000 quotes: ${kinds}.
`;
}

/** Replaces (or appends) the `## Highlights` section of BENCHMARKS.md. */
function writeSection(section: string): void {
  const path = join(root, 'BENCHMARKS.md');
  const md = readFileSync(path, 'utf8');
  const start = md.indexOf('## Highlights');
  let next = start >= 0 ? md.indexOf('\n## ', start + 1) : -1;
  if (next < 0) next = md.length;
  const out = start >= 0 ? `${md.slice(0, start)}${section}${md.slice(next)}` : `${md.trimEnd()}\n\n${section}`;
  writeFileSync(path, out.endsWith('\n') ? out : `${out}\n`);
}

if (process.argv[1]?.endsWith('highlights.ts')) {
  if (process.argv.includes('--child')) await childRun(Number(process.argv[process.argv.indexOf('--n') + 1] ?? 1000));
  else if (process.argv.includes('--write')) {
    const s = highlightsSection();
    writeSection(s);
    process.stdout.write(s);
  } else process.stdout.write(highlightsSection());
}
