/**
 * Search and page-render benchmark (issue 15): store.search latency p50/p95 over 100,000 synthetic documents for
 * two-character and four-character Chinese queries and English queries (goal < 50 ms), and the time to answer the
 * digest and facts pages (in-process app.request over the sample corpus run through the pipeline; and the facts page
 * rendered with 10,000 synthetic claims). Prints its Markdown section; `--write` also replaces that section of
 * BENCHMARKS.md. Options: --n <docs> (default 100000), --write.
 *   node --import tsx bench/search.ts --write
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { parseConfig } from '../src/config/index.js';
import { loadGazetteer } from '../src/extract/index.js';
import { dailyRun } from '../src/pipeline.js';
import { silentReporter } from '../src/report.js';
import { openStore } from '../src/store/index.js';
import { parseQuery } from '../src/store/search-terms.js';
import { ftsMatch, SEARCH_WINDOW } from '../src/store/sqlite/driver.js';
import type { Claim, NormalizedItem } from '../src/types/index.js';
import { factChoices, factRows, sortFacts } from '../src/web/model/facts.js';
import { factsPage } from '../src/web/pages/facts.js';
import { createApp } from '../src/web/server.js';
import { rng } from './rng.js';

const root = new URL('..', import.meta.url).pathname;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('--n') ?? 100_000);

/** Mulberry32: a small seeded PRNG, so every run indexes the same corpus. */

const ZH_SUBJECTS = [
  '英伟达',
  '谷歌',
  '微软',
  '亚马逊',
  '阿里巴巴',
  '腾讯',
  '字节跳动',
  '豆包',
  '百度',
  '华为',
  '台积电',
  '甲骨文',
  '月之暗面',
  '智谱',
  '寒武纪',
  '中芯国际',
  '小米',
  '美团',
  '京东',
  '商汤',
];
const ZH_VERBS = ['宣布', '表示', '披露', '预计', '计划', '完成', '启动', '上调', '下调', '确认'];
const ZH_OBJECTS = [
  '资本开支',
  '数据中心',
  '人工智能',
  '大模型',
  '云计算',
  '算力采购',
  '芯片出口',
  '融资',
  '营收',
  '净利润',
  '订单',
  '估值',
  '研发投入',
  '服务器',
  '推理成本',
];
const ZH_FILL = [
  '今年',
  '第三季度',
  '明年',
  '同比增长',
  '环比下降',
  '约',
  '超过',
  '亿美元',
  '亿元',
  '市场人士认为',
  '分析师指出',
  '公司在公告中说',
  '据知情人士透露',
  '相关业务',
];
const EN_SUBJECTS = [
  'Nvidia',
  'Google',
  'Microsoft',
  'Amazon',
  'Meta',
  'Oracle',
  'OpenAI',
  'Anthropic',
  'CoreWeave',
  'TSMC',
  'AMD',
  'Intel',
  'Broadcom',
  'Apple',
  'xAI',
];
const EN_VERBS = ['raised', 'cut', 'reported', 'announced', 'expects', 'signed', 'disclosed', 'doubled', 'trimmed', 'confirmed'];
const EN_OBJECTS = [
  'capex',
  'data center spending',
  'cloud revenue',
  'GPU orders',
  'chip exports',
  'funding',
  'valuation',
  'operating margin',
  'backlog',
  'power contracts',
  'inference costs',
  'server shipments',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function zhSentence(r: () => number): string {
  return `${pick(r, ZH_SUBJECTS)}${pick(r, ZH_FILL)}${pick(r, ZH_VERBS)}${pick(r, ZH_OBJECTS)}${Math.floor(r() * 900) + 10}${pick(r, ZH_FILL)}，${pick(r, ZH_FILL)}${pick(r, ZH_OBJECTS)}。`;
}
function enSentence(r: () => number): string {
  return `${pick(r, EN_SUBJECTS)} ${pick(r, EN_VERBS)} its ${pick(r, EN_OBJECTS)} to $${Math.floor(r() * 900) + 10} billion, while ${pick(r, EN_SUBJECTS)} ${pick(r, EN_VERBS)} ${pick(r, EN_OBJECTS)}.`;
}

/** A synthetic document: 60% Chinese, 40% English, 4-10 sentences; stored as the store stores any item. */
function doc(r: () => number, i: number): NormalizedItem {
  const zh = r() < 0.6;
  const n = 4 + Math.floor(r() * 7);
  const sentences = Array.from({ length: n }, () => (zh ? zhSentence(r) : enSentence(r)));
  const text = sentences.join(zh ? '' : ' ');
  const title = zh
    ? `${pick(r, ZH_SUBJECTS)}${pick(r, ZH_OBJECTS)}${pick(r, ZH_VERBS)}`
    : `${pick(r, EN_SUBJECTS)} ${pick(r, EN_VERBS)} ${pick(r, EN_OBJECTS)}`;
  const hash = createHash('sha256').update(`${i}\u0000${text}`).digest('hex');
  return {
    kind: 'article',
    format: 'text',
    title,
    url: `https://bench.example/${i}`,
    date: '2026-11-22T08:00:00Z',
    author: null,
    raw: text,
    text,
    meta: {},
    pairs: [],
    links: [],
    messages: [],
    lang: zh ? 'zh' : 'en',
    sentences: [],
    hash,
    id: `it_${hash.slice(0, 16)}`,
  };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}
const ms = (x: number) => x.toFixed(x < 10 ? 2 : 1);

/** Wall-clock and CPU milliseconds of each run (CPU time: this process's user + system time, which other load on a shared machine does not inflate). */
async function timeRuns(runs: number, fn: () => Promise<unknown> | unknown): Promise<{ wall: number[]; cpu: number[] }> {
  for (let i = 0; i < 3; i++) await fn(); // warm up (prepared statements, page cache)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall, cpu };
}

const QUERIES: { kind: string; queries: string[] }[] = [
  { kind: 'Chinese, 2 characters', queries: ['谷歌', '微软', '豆包', '华为', '营收'] },
  { kind: 'Chinese, 4 characters', queries: ['资本开支', '数据中心', '人工智能', '月之暗面', '研发投入'] },
  { kind: 'English', queries: ['nvidia', 'capex', 'data center', 'GPU orders', 'broadcom'] },
];

async function searchSection(dir: string): Promise<string> {
  // --db FILE keeps the synthetic store there and reuses it on the next run (for iterating on the query side).
  const file = arg('--db') ?? join(dir, 'search.db');
  const reuse = existsSync(file);
  const store = await openStore({ path: file });
  const r = rng(15);
  const src = await store.upsertSource('file', '/bench/synthetic');
  const t0 = performance.now();
  for (let i = 0; !reuse && i < N; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, N - i) }, (_, k) => doc(r, i + k));
    await store.saveItems(src.id, batch);
  }
  const indexS = (performance.now() - t0) / 1000;
  const rows: string[] = [];
  const count = new Database(file, { readonly: true }).prepare('SELECT count(*) AS n FROM items_terms WHERE items_terms MATCH ?');
  for (const { kind, queries } of QUERIES) {
    const times: number[] = [];
    const cpu: number[] = [];
    const matching: number[] = [];
    for (const q of queries) {
      matching.push((count.get(ftsMatch(parseQuery(q))) as { n: number }).n);
      const t = await timeRuns(20, () => store.search(q, 20));
      times.push(...t.wall);
      cpu.push(...t.cpu);
    }
    const p95 = quantile(times, 0.95);
    const cpu95 = quantile(cpu, 0.95);
    const share = (n: number) => `${((100 * n) / N).toFixed(0)}%`;
    rows.push(
      `| ${kind} | ${queries.join(', ')} | ${share(Math.min(...matching))}–${share(Math.max(...matching))} | ${ms(quantile(times, 0.5))} | ${ms(p95)} | ${ms(quantile(cpu, 0.5))} | ${ms(cpu95)} | ${p95 < 50 ? 'met' : cpu95 < 50 ? 'met in CPU time; wall time **missed** under load' : '**missed**'} |`,
    );
  }
  await store.close();
  return `${N.toLocaleString('en-US')} synthetic documents (seeded; 60% Chinese, 40% English, 4–10 sentences each) stored through \`saveItems\` in batches of 1,000 (${reuse ? 'built by an earlier run of this script with the same seed, `--db`' : `${indexS.toFixed(1)} s with the search index`}). Each query runs 20 times after 3 warm-up runs through \`store.search(q, 20)\` (FTS5 match, bm25 ranking of the newest ${SEARCH_WINDOW.toLocaleString('en-US')} matches, snippet); p50 / p95 over all runs of a row. The vocabulary is small on purpose, so every query matches a large share of the store (the worst case for ranking). Goal: < 50 ms.

| query kind | queries | documents matching | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | goal |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}`;
}

async function renderSection(dir: string): Promise<string> {
  const out = join(dir, 'out');
  const store = await openStore({ path: join(dir, 'sample.db') });
  const sources = ['articles', 'transcripts', 'highlights', 'archive'].map((d) => join(root, 'corpus', d));
  await dailyRun(store, parseConfig({}, {}), { sources, date: '2026-11-22', out }, silentReporter);
  const app = createApp({ store, out, gazetteer: loadGazetteer() }, { host: '127.0.0.1' });
  const get = async (p: string) => (await app.request(`http://127.0.0.1${p}`, { headers: { host: '127.0.0.1' } })).text();
  const rows: string[] = [];
  for (const [label, path] of [
    ["today's digest (`/`)", '/'],
    ['facts table (`/facts`)', '/facts'],
    ['facts filtered to conflicts', '/facts?conflicts=1'],
  ] as const) {
    const t = await timeRuns(30, () => get(path));
    rows.push(`| ${label} | sample corpus | ${ms(quantile(t.wall, 0.5))} | ${ms(quantile(t.wall, 0.95))} | ${ms(quantile(t.cpu, 0.5))} |`);
  }
  // The facts page alone with 10,000 claims (each of the sample's claims repeated under new subjects).
  const base = (await store.getKnowledge()).claims;
  const many: Claim[] = Array.from({ length: 10_000 }, (_, i) => ({ ...(base[i % base.length] as Claim), subject: `Company ${i}` }));
  const manyRows = factRows(many);
  const choices = factChoices(manyRows);
  const page = (rows: typeof manyRows) => () =>
    factsPage({ lang: 'zh', rows, total: manyRows.length, filter: {}, sort: 'value', desc: true, choices });
  const first = await timeRuns(10, page(sortFacts(manyRows, 'value', true).slice(0, 500)));
  rows.push(
    `| facts page as served (sort + first 500 rows, \`factsPage\`) | 10,000 claims | ${ms(quantile(first.wall, 0.5))} | ${ms(quantile(first.wall, 0.95))} | ${ms(quantile(first.cpu, 0.5))} |`,
  );
  const all = await timeRuns(5, page(manyRows));
  rows.push(
    `| facts page, every row in one page | 10,000 claims | ${ms(quantile(all.wall, 0.5))} | ${ms(quantile(all.wall, 0.95))} | ${ms(quantile(all.cpu, 0.5))} |`,
  );
  await store.close();
  return `Whole requests through the app in process (\`app.request\`: store reads, page render, headers), 30 runs after 3 warm-ups, over the sample corpus run through the pipeline (${base.length} claims); and the facts page's render function alone at 10,000 claims.

| page | data | p50 ms | p95 ms | CPU p50 ms |
|---|---|---|---|---|
${rows.join('\n')}`;
}

const dir = mkdtempSync(join(tmpdir(), 'factbrief-bench-search-'));
try {
  process.stderr.write(`search over ${N} documents …\n`);
  const search = await searchSection(dir);
  process.stderr.write('page render …\n');
  const render = await renderSection(dir);
  const section = `## Search and web pages (\`bench/search.ts\`)

Load average when it finished: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min) on ${cpus().length} cores; wall-clock times include waiting for the CPU, CPU times do not.

${search}

${render}
`;
  process.stdout.write(section);
  if (process.argv.includes('--write')) {
    const file = join(root, 'BENCHMARKS.md');
    const md = readFileSync(file, 'utf8');
    const re = /## Search and web pages[\s\S]*?(?=\n## |$)/;
    writeFileSync(file, re.test(md) ? md.replace(re, section.trimEnd()) : `${md.trimEnd()}\n\n${section}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
