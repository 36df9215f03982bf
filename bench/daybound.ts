/**
 * Day-bounded pipeline benchmarks (issue 14; docs/decisions/017-day-bounded-pipeline.md), written to their own section
 * of BENCHMARKS.md. Run: node --import tsx bench/daybound.ts [--quick] [--only pipeline|day|longdoc] [--dist]
 *
 * 1. The 10,000-article pipeline on SQLite (bench/pipeline-child.ts: files → ingest → extract → cluster → knowledge).
 * 2. One 2,000-item day (save → extract → cluster → knowledge → digest, offline engine) over an archive of 20,000 and
 *    of 200,000 stored items, each measured in a fresh process on a copy of the archive. Two days of 2,000 generated
 *    articles go through the real pipeline (`--base-days`); the archives are those rows plus 4 (20,000) and 49
 *    (200,000) copies of them shifted 2, 4, … days into the past, made with SQL from temporary tables of the built rows
 *    (new ids, hashes, story ids, dates and day numbers; extractions, cluster features, stories and knowledge parts
 *    copied with them; the copies are not full-text indexed). `--base FILE` starts from an archive built earlier.
 * 3. Extraction (`factbrief extract`'s path) of one 6 MB document vs the same text in 600 files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateCorpus } from './generate.js';
import { GOALS_PREFIX, type Goal } from './goals.js';

// --dist: the stages as built (`npm run build`), what the `factbrief` command runs, loaded at run time so the tsx loader
// transpiles none of them (as bench/pipeline-child.ts does; decision 125: ~120 MB of a day's peak was the loader's).
// Passed on to every child; bench/run.ts builds first and passes it.
const fromDist = process.argv.includes('--dist');
const lib = (path: string): string => new URL(`../${fromDist ? 'dist' : 'src'}/${path}`, import.meta.url).href;
const { COUNTS_STATE, countsFromBytes, countsToBytes, SHINGLE_STATE } = (await import(
  lib('cluster/index.js')
)) as typeof import('../src/cluster/index.js');
const { parseConfig } = (await import(lib('config/index.js'))) as typeof import('../src/config/index.js');
const { loadGazetteer } = (await import(lib('extract/index.js'))) as typeof import('../src/extract/index.js');
const { normalizeItem } = (await import(lib('normalize/index.js'))) as typeof import('../src/normalize/index.js');
const { cluster, digest, engineFor, extractFiles, extractPending, knowledge } = (await import(
  lib('pipeline.js')
)) as typeof import('../src/pipeline.js');
const { silentReporter } = (await import(lib('report.js'))) as typeof import('../src/report.js');
const { openStore } = (await import(lib('store/index.js'))) as typeof import('../src/store/index.js');

const root = new URL('..', import.meta.url).pathname;
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] as string) : dflt;
};
const quick = process.argv.includes('--quick');
const PER_DAY = quick ? 400 : 2000;
const DAYS = Number(arg('base-days', '2'));
const FIRST = '2026-11-10';
const dayAfter = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const config = parseConfig({});
const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Stores one generated day of articles as ingest would (normalized items of one source), without writing files. */
async function saveDay(store: Awaited<ReturnType<typeof openStore>>, date: string, seed: number) {
  const src = await store.upsertSource('file', `/bench/day/${date}`);
  const drafts = generateCorpus({ n: PER_DAY, seed, date, days: 1 });
  return store.saveItems(
    src.id,
    drafts.map((d) => normalizeItem(d, { maxSentenceChars: config.limits.maxSentenceChars })),
  );
}

async function childBuild(path: string) {
  const store = await openStore({ path });
  const gaz = loadGazetteer(config.extract.gazetteer);
  for (let d = 0; d < DAYS; d++) {
    await saveDay(store, dayAfter(FIRST, d), 100 + d);
    await extractPending(store, gaz, silentReporter, config.limits);
    await cluster(store, config);
    await knowledge(store, config, gaz);
  }
  process.stdout.write(`${JSON.stringify({ items: await store.countItems() })}\n`);
  await store.close();
}

/**
 * Adds `copies` copies of every row of the archive as built, copy k shifted k × `span` days into the past (see the
 * header). The built rows are first set aside in temporary tables, so each copy reads only them; no journal while
 * copying (a failed copy is simply made again), WAL again afterwards.
 */
function childClone(path: string, copies: number, span: number) {
  const db = new Database(path);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  // The whole archive fits in the page cache (2 GB): each copy's ids are spread over every page of the primary keys.
  db.pragma('cache_size = -2000000');
  db.pragma('temp_store = MEMORY');
  const shiftDate = (col: string, days: number) =>
    `CASE WHEN ${col} IS NULL THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%fZ', ${col}, '-${days} days') END`;
  const tables = [
    'stories',
    'items',
    'sentences',
    'extractions',
    'figures',
    'mentions',
    'cluster_features',
    'knowledge_items',
    'knowledge_keys',
  ];
  // Ids of copies end in ~<tag><k>: an archive of copies can be copied again.
  const tag = Date.now().toString(36);
  if (copies > 0) for (const t of tables) db.exec(`CREATE TEMP TABLE base_${t} AS SELECT * FROM main.${t}`);
  // Secondary indexes are dropped while copying and made again once (a sort instead of a random insert per row).
  const indexes =
    copies > 0
      ? (db
          .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (" +
              tables.map((t) => `'${t}'`).join(',') +
              ')',
          )
          .all() as { name: string; sql: string }[])
      : [];
  for (const ix of indexes) db.exec(`DROP INDEX ${ix.name}`);
  for (let k = 1; k <= copies; k++) {
    const days = k * span;
    const sfx = `'~${tag}${k}'`;
    db.transaction(() =>
      db.exec(`
INSERT INTO main.stories (id, title, date) SELECT id || ${sfx}, title, ${shiftDate('date', days)} FROM base_stories;
INSERT INTO main.items (id, hash, source_id, kind, format, title, url, date, author, lang, raw, text, meta, pairs, links, messages, story, ingested_at)
  SELECT id || ${sfx}, hash || ${sfx}, source_id, kind, format, title, url || ${sfx}, ${shiftDate('date', days)}, author, lang, raw, text, meta, pairs, links, messages,
  CASE WHEN story IS NULL THEN NULL ELSE story || ${sfx} END, ${shiftDate('ingested_at', days)} FROM base_items;
INSERT INTO main.sentences SELECT item_id || ${sfx}, idx, para, start, end FROM base_sentences;
INSERT INTO main.extractions SELECT item_id || ${sfx}, extracted_at FROM base_extractions;
INSERT INTO main.figures SELECT item_id || ${sfx}, idx, start, end, text, kind, value, low, high, currency, unit, qualifier, direction, subject, metric, period, negated, counterparty, scope FROM base_figures;
INSERT INTO main.mentions SELECT item_id || ${sfx}, idx, name, type, start, end, text, match FROM base_mentions;
INSERT INTO main.cluster_features SELECT item_id || ${sfx}, day - ${days}, signature, bands, blocks,
  json_set(body, '$.date', ${shiftDate("json_extract(body, '$.date')", days)}) FROM base_cluster_features;
INSERT INTO main.knowledge_items SELECT item_id || ${sfx}, body FROM base_knowledge_items;
INSERT INTO main.knowledge_keys SELECT kind, key, item_id || ${sfx} FROM base_knowledge_keys;
`),
    )();
  }
  const n = (db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number }).n;
  for (const ix of indexes) db.exec(ix.sql);
  rescaleState(db);
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
  process.stdout.write(`${JSON.stringify({ items: n })}\n`);
}

/**
 * The clustering state kept across runs (shingle, entity and figure document counts) as if the copies had been
 * clustered too: every count times (stored features / documents counted). Without it the archive would look like a
 * young store (cluster/stored.ts YOUNG_STORE_DOCS) and its next day would be clustered with every stored item.
 */
function rescaleState(db: Database.Database) {
  const features = (db.prepare('SELECT COUNT(*) AS n FROM cluster_features').get() as { n: number }).n;
  const get = (name: string) =>
    (db.prepare('SELECT value FROM cluster_state WHERE name = ?').get(name) as { value: Buffer } | undefined)?.value;
  const put = (name: string, value: Uint8Array) =>
    db.prepare('UPDATE cluster_state SET value = ? WHERE name = ?').run(Buffer.from(value), name);
  const counts = countsFromBytes(get(COUNTS_STATE));
  if (counts.docs === 0 || features <= counts.docs) return;
  const factor = features / counts.docs;
  const scale = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, Math.round(v * factor)]));
  put(COUNTS_STATE, countsToBytes({ ...counts, docs: features, entities: scale(counts.entities), figures: scale(counts.figures) }));
  // Signatures record the document count they were made at: scaled alike, or every copy would look young and be signed
  // again from its text (cluster/stored.ts signatureIsYoung).
  db.prepare(
    "UPDATE cluster_features SET body = json_set(body, '$.dfDocs', CAST(json_extract(body, '$.dfDocs') * ? AS INTEGER)) WHERE json_extract(body, '$.dfDocs') IS NOT NULL",
  ).run(factor);
  const df = get(SHINGLE_STATE);
  if (!df) return;
  const bytes = new Uint8Array(df);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint32(0, Math.round(view.getUint32(0, true) * factor), true);
  for (let o = 4; o + 1 < bytes.byteLength; o += 2) view.setUint16(o, Math.min(0xffff, Math.round(view.getUint16(o, true) * factor)), true);
  put(SHINGLE_STATE, bytes);
}

/** The measured day: one generated day after the archive, through every stage. */
async function childDay(path: string) {
  const store = await openStore({ path });
  const gaz = loadGazetteer(config.extract.gazetteer);
  const date = dayAfter(FIRST, DAYS);
  const t: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  /** Peak RSS (MB) once each stage is done: the stage that raised it is the first with the final value. */
  const peakAfter: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await fn();
    const c = process.cpuUsage(c0);
    t[name] = (performance.now() - t0) / 1000;
    cpu[name] = (c.user + c.system) / 1e6;
    peakAfter[name] = Math.round(peakMb());
    return r;
  };
  const archive = await store.countItems();
  await time('save', () => saveDay(store, date, 999));
  await time('extract', () => extractPending(store, gaz, silentReporter, config.limits));
  await time('cluster', () => cluster(store, config));
  await time('knowledge', () => knowledge(store, config, gaz));
  const out = mkdtempSync(join(tmpdir(), 'factbrief-daybound-out-'));
  const d = await time('digest', () =>
    digest(store, { ...config, timeZone: 'UTC' }, date, out, engineFor(store, config, silentReporter), silentReporter),
  );
  rmSync(out, { recursive: true, force: true });
  await store.close();
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  const cpuTotal = Object.values(cpu).reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${JSON.stringify({ archive, seconds: t, cpuSeconds: cpu, peakAfter, total, cpuTotal, peakRssMb: peakMb(), digestStories: d.digest.stories.length + d.digest.more.length })}\n`,
  );
}

/** One long text of generated articles, about `mb` MB. */
function longText(mb: number): string[] {
  const parts: string[] = [];
  let size = 0;
  for (let seed = 1; size < mb * 2 ** 20; seed++) {
    for (const d of generateCorpus({ n: 500, seed, date: '2026-11-22', days: 3 })) {
      const p = `${d.title}\n\n${d.text}\n`;
      parts.push(p);
      size += Buffer.byteLength(p);
      if (size >= mb * 2 ** 20) break;
    }
  }
  return parts;
}

async function childLongDoc(mode: 'one' | 'files', mb: number) {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-longdoc-'));
  const parts = longText(mb);
  const paths: string[] = [];
  if (mode === 'one') {
    paths.push(join(dir, 'long.txt'));
    writeFileSync(paths[0] as string, parts.join('\n'));
  } else {
    const per = Math.ceil(parts.length / 600);
    for (let i = 0; i * per < parts.length; i++) {
      const p = join(dir, `part${String(i).padStart(4, '0')}.txt`);
      writeFileSync(p, parts.slice(i * per, (i + 1) * per).join('\n'));
      paths.push(p);
    }
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await extractFiles(paths, config, { fallbackDate: '2026-11-22' });
  const c = process.cpuUsage(c0);
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = (c.user + c.system) / 1e6;
  rmSync(dir, { recursive: true, force: true });
  const figures = r.reduce((a, x) => a + x.figures.length, 0);
  const bytes = Buffer.byteLength(parts.join('\n'));
  process.stdout.write(`${JSON.stringify({ mode, files: paths.length, bytes, seconds, cpuSeconds, figures, peakRssMb: peakMb() })}\n`);
}

function child(args: string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'daybound.ts'), ...args, ...(fromDist ? ['--dist'] : [])], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/daybound.ts ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

function pipelineChild(n: number): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'pipeline-child.ts'), '--n', String(n)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/pipeline-child.ts failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;
}

const f2 = (x: unknown) => Number(x).toFixed(2);

const mb = (x: unknown) => `${Math.round(Number(x))} MB`;

/** Replaces (or appends) this benchmark's section of BENCHMARKS.md. */
function writeSection(body: string) {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- daybound:start -->';
  const end = '<!-- daybound:end -->';
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  writeFileSync(file, i >= 0 && j > i ? `${text.slice(0, i)}${block}${text.slice(j + end.length)}` : `${text.trimEnd()}\n\n${block}\n`);
}

async function main() {
  const mode = arg('child', '');
  if (mode === 'build') return childBuild(arg('db', ''));
  if (mode === 'clone') return childClone(arg('db', ''), Number(arg('copies', '9')), Number(arg('span', '10')));
  if (mode === 'day') return childDay(arg('db', ''));
  if (mode === 'longdoc') return childLongDoc(arg('mode', 'one') as 'one' | 'files', Number(arg('mb', '6')));

  const only = arg('only', 'all');
  const sections: string[] = [];
  /** Each goal of issue 14 this run measured (bench/run.ts prints them in its summary: `--goals-json`). */
  const goals: Goal[] = [];
  const pushSection = (x: string) => {
    sections.push(x);
    process.stderr.write(`${x}\n\n`);
  };
  // --keep DIR: the archives are built in DIR and left there (a later run passes --archives DIR to measure on them again).
  const keep = arg('keep', '');
  const reuse = arg('archives', '');
  const work = reuse || keep || mkdtempSync(join(tmpdir(), 'factbrief-daybound-'));
  mkdirSync(work, { recursive: true });
  try {
    if (only === 'all' || only === 'day') {
      const small = join(work, 'archive-small.db');
      const base = arg('base', '');
      let buildS = 0;
      const copyDb = (from: string, to: string) => {
        copyFileSync(from, to);
        for (const ext of ['-wal', '-shm']) if (existsSync(from + ext)) copyFileSync(from + ext, to + ext);
      };
      if (reuse) {
        // Archives built by an earlier `--keep` run.
      } else if (base) copyDb(base, small);
      else {
        process.stderr.write(`archive of ${DAYS} days (real pipeline) …\n`);
        const b0 = performance.now();
        child(['--child', 'build', '--db', small, '--base-days', String(DAYS), ...(quick ? ['--quick'] : [])]);
        buildS = (performance.now() - b0) / 1000;
      }
      const large = join(work, 'archive-large.db');
      if (!reuse) copyDb(small, large);
      if (keep && !reuse) copyDb(small, join(work, 'base.db'));
      // The smaller archive: 20,000 items (10 days); the larger: 200,000 (100 days), with the default 2 built days.
      const smallCopies = arg('small-copies', String(Math.round(20_000 / (PER_DAY * DAYS)) - 1));
      const largeCopies = arg('large-copies', String(Math.round(200_000 / (PER_DAY * DAYS)) - 1));
      process.stderr.write('archives (SQL copies) …\n');
      const c0 = performance.now();
      // Copy k lies k × span days before the built days (span: the built days, or `--span` for a `--base` archive).
      const span = arg('span', String(DAYS));
      if (!reuse) {
        child(['--child', 'clone', '--db', small, '--copies', smallCopies, '--span', span]);
        child(['--child', 'clone', '--db', large, '--copies', largeCopies, '--span', span]);
      }
      const cloneS = (performance.now() - c0) / 1000;
      process.stderr.write(`archives: ${f2(cloneS)} s\n`);
      const measured = (path: string) => {
        const copy = `${path}.day.db`;
        for (const ext of ['', '-wal', '-shm']) rmSync(copy + ext, { force: true });
        copyFileSync(path, copy);
        for (const ext of ['-wal', '-shm']) if (existsSync(path + ext)) copyFileSync(path + ext, copy + ext);
        process.stderr.write(`day over ${path} …\n`);
        return child(['--child', 'day', '--db', copy, '--base-days', String(DAYS), ...(quick ? ['--quick'] : [])]);
      };
      const a = measured(small);
      const b = measured(large);
      const row = (r: Record<string, unknown>) => {
        const s = r.seconds as Record<string, number>;
        const c = r.cpuSeconds as Record<string, number>;
        const cell = (k: string) => `${f2(s[k])} (${f2(c[k])})`;
        return `| ${r.archive} | ${cell('save')} | ${cell('extract')} | ${cell('cluster')} | ${cell('knowledge')} | ${cell('digest')} | ${f2(r.total)} (${f2(r.cpuTotal)}) | ${mb(r.peakRssMb)} | ${r.digestStories} |`;
      };
      const ratio = Number(b.total) / Number(a.total);
      const cpuRatio = Number(b.cpuTotal) / Number(a.cpuTotal);
      const dayPeak = Math.max(Number(a.peakRssMb), Number(b.peakRssMb));
      goals.push(
        {
          what: `a ${PER_DAY}-item day over ${b.archive} vs over ${a.archive} stored items (CPU)`,
          measured: `${f2(cpuRatio)}× (${f2(a.cpuTotal)} / ${f2(b.cpuTotal)} s; wall ${f2(ratio)}×)`,
          goal: 'within 1.2×',
          met: cpuRatio <= 1.2 && cpuRatio >= 1 / 1.2,
        },
        { what: 'peak RSS of that day, either archive', measured: mb(dayPeak), goal: '< 500 MB', met: dayPeak < 500 },
      );
      pushSection(`### One ${PER_DAY}-item day over ${a.archive} and over ${b.archive} stored items

Both archives start from ${DAYS} days of ${PER_DAY} generated articles through the real pipeline${buildS ? ` (built in ${f2(buildS)} s)` : ' (built by an earlier run of this benchmark: `--base`)'}, copies made in ${f2(cloneS)} s; the smaller adds ${smallCopies} and the larger ${largeCopies} copies of those rows shifted ${DAYS}, ${2 * DAYS}, … days into the past, made with SQL (not full-text indexed; see the header of \`bench/daybound.ts\`). Each day runs in a fresh process on a copy of its archive.

Wall seconds (CPU seconds in brackets).

| stored items | save | extract | cluster | knowledge | digest | total | peak RSS | digest stories |
|---|---|---|---|---|---|---|---|---|
${row(a)}
${row(b)}

Ratio of the day's time (${b.archive} / ${a.archive}): ${f2(ratio)} wall, ${f2(cpuRatio)} CPU (goal within 1.2×: ${cpuRatio <= 1.2 && cpuRatio >= 1 / 1.2 ? 'met' : '**missed**'} on CPU, ${ratio <= 1.2 && ratio >= 1 / 1.2 ? 'met' : '**missed**'} on wall); peak memory goal < 500 MB: ${Math.max(Number(a.peakRssMb), Number(b.peakRssMb)) < 500 ? 'met' : '**missed**'}.`);
    }
    if (only === 'all' || only === 'longdoc') {
      process.stderr.write('long document …\n');
      const one = child(['--child', 'longdoc', '--mode', 'one', '--mb', quick ? '1' : '6']);
      const files = child(['--child', 'longdoc', '--mode', 'files', '--mb', quick ? '1' : '6']);
      const ratio = Number(one.seconds) / Number(files.seconds);
      const cpuRatio = Number(one.cpuSeconds) / Number(files.cpuSeconds);
      goals.push({
        what: `extraction of one ${f2(Number(one.bytes) / 2 ** 20)} MB document vs the same text in ${files.files} files (CPU)`,
        measured: `${f2(cpuRatio)}× (${f2(one.cpuSeconds)} / ${f2(files.cpuSeconds)} s; wall ${f2(ratio)}×)`,
        goal: 'within 1.2×',
        met: cpuRatio <= 1.2,
      });
      pushSection(`### Extraction of one long document vs the same text in files (\`factbrief extract\`'s path)

| input | files | size | wall s | CPU s | figures | peak RSS |
|---|---|---|---|---|---|---|
| one document | ${one.files} | ${f2(Number(one.bytes) / 2 ** 20)} MB | ${f2(one.seconds)} | ${f2(one.cpuSeconds)} | ${one.figures} | ${mb(one.peakRssMb)} |
| same text in files | ${files.files} | ${f2(Number(files.bytes) / 2 ** 20)} MB | ${f2(files.seconds)} | ${f2(files.cpuSeconds)} | ${files.figures} | ${mb(files.peakRssMb)} |

Ratio one / files: ${f2(ratio)} wall, ${f2(cpuRatio)} CPU (goal within 1.2×: ${cpuRatio <= 1.2 ? 'met' : '**missed**'} on CPU).`);
    }
    if (only === 'all' || only === 'pipeline') {
      process.stderr.write('pipeline 10,000 …\n');
      const p = pipelineChild(quick ? 2000 : 10000);
      const s = p.seconds as Record<string, number>;
      const c = p.cpuSeconds as Record<string, number>;
      const cpuTotal = Object.values(c).reduce((x, y) => x + y, 0);
      const cell = (k: string) => `${f2(s[k])} (${f2(c[k])})`;
      goals.push(
        { what: `the ${p.n}-article pipeline on SQLite, wall`, measured: `${f2(p.total)} s`, goal: '< 30 s', met: Number(p.total) < 30 },
        { what: 'its peak RSS', measured: mb(p.peakRssMb), goal: '< 400 MB', met: Number(p.peakRssMb) < 400 },
      );
      pushSection(`### The ${p.n}-article pipeline on SQLite (\`bench/pipeline-child.ts\`)

Wall seconds (CPU seconds of the process, all threads, in brackets).

| ingest | extract | cluster | knowledge | total | peak RSS | stories | claims |
|---|---|---|---|---|---|---|---|
| ${cell('ingest')} | ${cell('extract')} | ${cell('cluster')} | ${cell('knowledge')} | ${f2(p.total)} (${f2(cpuTotal)}) | ${mb(p.peakRssMb)} | ${p.stories} | ${p.claims} |

Goal: under 30 s and 400 MB on 2 cores: ${Number(p.total) < 30 ? 'met' : '**missed**'} (wall), ${cpuTotal < 30 ? 'met' : '**missed**'} (CPU), ${Number(p.peakRssMb) < 400 ? 'met' : '**missed**'} (memory).`);
    }
  } finally {
    if (!keep && !reuse) rmSync(work, { recursive: true, force: true });
  }
  let commit = 'uncommitted';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {}
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
  const md = `## Day-bounded pipeline (issue 14; \`node --import tsx bench/daybound.ts${quick ? ' --quick' : ''}\`)

Measured on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}. Machine: ${machine} (shared with other jobs while measured).

${sections.join('\n\n')}
`;
  if (only === 'all') writeSection(md);
  process.stdout.write(md);
  if (process.argv.includes('--goals-json')) process.stdout.write(`\n${GOALS_PREFIX}${JSON.stringify(goals)}\n`);
}

await main();
