/**
 * The job queue with real worker processes on a real PostgreSQL (FACTBRIEF_TEST_DATABASE_URL; skipped without it):
 * a worker killed with SIGKILL mid-run, a day published twenty times, and an LLM endpoint shared by two workers.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { generateCorpus } from '../../bench/generate.js';
import { jsonLines, root, tempDir } from '../../test/support/cli.js';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../../test/support/postgres.js';
import { startWorkerProcess, until, writeConfig } from '../../test/support/workers.js';
import { parseConfig } from '../config/index.js';
import { TITLE_SYSTEM } from '../enrich/llm/prompt.js';
import { digestChannels, ingest, processSources } from '../pipeline.js';
import { silentReporter } from '../report.js';
import { openStore } from '../store/index.js';
import { PostgresStore } from '../store/postgres/driver.js';
import { enqueueDay, waitForRun } from './enqueue.js';
import { DIGEST_NS } from './jobs.js';
import { createQueues, makeBoss } from './queue.js';

const schemas: string[] = [];
const dirs: string[] = [];

/** A store schema and its queue schema, both dropped at the end. */
function place(): { url: string; queueSchema: string } {
  const { url, schema } = freshSchemaUrl('fbq');
  schemas.push(`${schema}_q`);
  return { url, queueSchema: `${schema}_q` };
}

/** Writes `n` generated articles as Markdown files in `dir` (no truth file: only articles are sources). */
function writeArticles(dir: string, n: number, seed: number, days?: number): void {
  mkdirSync(dir, { recursive: true });
  generateCorpus({ n, seed, ...(days ? { days } : {}) }).forEach((d, i) => {
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.md`), d.raw);
  });
}

async function queueRows(store: PostgresStore, queueSchema: string, sql: string): Promise<Record<string, unknown>[]> {
  return (await store.pool.query(sql.replaceAll('$Q', queueSchema))).rows;
}

const fast = (queueSchema: string) => ({
  queueSchema,
  concurrency: 2,
  pollSeconds: 0.5,
  maintenanceSeconds: 1,
  retryLimit: 5,
  retryDelaySeconds: 1,
  jobTimeoutSeconds: 20,
  stageTimeoutSeconds: 120,
  extractBatch: 10,
  fetchBatch: 10,
});

describe('workers on the job queue', { skip: skipWithoutPostgres, concurrency: false }, () => {
  test('two workers, one killed with SIGKILL mid-run: every item stored once, extracted once, no job left failed', async () => {
    const dir = tempDir('factbrief-q-');
    dirs.push(dir);
    const corpus = join(dir, 'corpus');
    writeArticles(corpus, 300, 14);
    const { url, queueSchema } = place();
    const configFile = writeConfig(dir, { sources: [corpus], workers: fast(queueSchema) });
    const config = parseConfig({ sources: [corpus], workers: fast(queueSchema) }, {});
    const store = await PostgresStore.open(url, { poolSize: 2 });
    const a = startWorkerProcess(url, configFile, join(dir, 'out'));
    const b = startWorkerProcess(url, configFile, join(dir, 'out'));
    try {
      const q = await enqueueDay(url, config, { date: '2026-03-03', out: join(dir, 'out'), sources: [corpus] });
      // Kill A while extraction is under way and at least three extract jobs are active (each worker runs two, so A
      // holds one of them). On a quiet machine a batch of ten articles takes milliseconds: poll every 25 ms, not 200.
      await until(
        'extraction under way with three extract jobs active',
        async () => {
          const [row] = await queueRows(
            store,
            queueSchema,
            `SELECT COUNT(*)::int AS active FROM $Q.job WHERE name = 'extract' AND state = 'active'`,
          );
          return (row?.active as number) >= 3;
        },
        240_000,
        25,
      );
      await a.kill9();
      await waitForRun(url, config, q.run, 300_000);

      // The same files read into SQLite by the in-process pipeline: the same items, no more, no fewer.
      const reference = await openStore({ path: ':memory:' });
      await ingest(reference, [corpus], config, silentReporter);
      const want = (await reference.listItems({ withSentences: false })).map((i) => i.id).sort();
      await reference.close();
      const got = (await store.listItems({ withSentences: false, withQuarantined: true })).map((i) => i.id).sort();
      assert.equal(got.length, want.length);
      assert.deepEqual(got, want, 'every item exactly once');
      assert.deepEqual(await store.itemsWithoutExtraction(), [], 'every item extracted');
      const [x] = (await store.pool.query('SELECT COUNT(*)::int AS n, COUNT(DISTINCT item_id)::int AS d FROM extractions')).rows;
      const quarantined = (await store.listQuarantine()).length;
      assert.equal(x.n + quarantined, want.length, 'one extraction per item');
      assert.equal(x.n, x.d);
      assert.ok((await store.listStories()).length > 0, 'clustered');

      const failed = await queueRows(
        store,
        queueSchema,
        `SELECT name, state::text FROM $Q.job WHERE state IN ('failed', 'retry', 'active', 'created')`,
      );
      assert.deepEqual(failed, [], 'no job failed, pending or stuck');
      const [retried] = await queueRows(
        store,
        queueSchema,
        `SELECT COUNT(*)::int AS n FROM $Q.job WHERE name = 'extract' AND retry_count > 0 AND state = 'completed'`,
      );
      assert.ok((retried?.n as number) >= 1, 'the killed worker’s extract job expired and was done again by the other');
    } finally {
      await a.stop();
      await b.stop();
      await store.close();
    }
  });

  test('two workers asked to publish one day twenty times deliver one message per channel', async () => {
    const dir = tempDir('factbrief-q-');
    dirs.push(dir);
    const hits = new Map<string, number>();
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.on('end', () => {
        const key = (req.url ?? '').includes('/sendMessage') ? 'telegram' : 'webhook';
        hits.set(key, (hits.get(key) ?? 0) + 1);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, result: { message_id: hits.get(key) } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { url, queueSchema } = place();
    const raw = {
      workers: fast(queueSchema),
      publish: {
        webhook: { url: `${base}/hook` },
        telegram: { baseURL: base, chatId: '@factbrief_test', tokenEnv: 'FACTBRIEF_TEST_TG_TOKEN' },
      },
    };
    const configFile = writeConfig(dir, raw);
    const config = parseConfig(raw, {});
    const store = await PostgresStore.open(url, { poolSize: 2 });
    const env = { FACTBRIEF_TEST_TG_TOKEN: '123456:test-token' };
    const markdown = '# AI 日报｜2026-11-22\n\n## 甲骨文与OpenAI签署云合同\n\n甲骨文与OpenAI签署价值3000亿美元的云计算合同。\n';
    await store.cache.put(DIGEST_NS, '2026-11-22', JSON.stringify({ date: '2026-11-22', title: 'AI 日报｜2026-11-22', markdown }));
    const workers = [
      startWorkerProcess(url, configFile, join(dir, 'out'), env),
      startWorkerProcess(url, configFile, join(dir, 'out'), env),
    ];
    const boss = makeBoss(url, config.workers, { supervise: false, schedule: false });
    await boss.start();
    try {
      await createQueues(boss, config.workers);
      const ids: string[] = [];
      for (let i = 0; i < 20; i++)
        for (const channel of digestChannels(config, silentReporter, env).map((c) => c.name)) {
          const id = await boss.send(
            'publish',
            { queue: 'publish', run: `ask-${i}`, date: '2026-11-22', channel },
            {
              singletonKey: `${channel}:2026-11-22`,
            },
          );
          if (id) ids.push(id);
        }
      assert.equal(ids.length, 40, 'forty publish jobs queued');
      await until('every publish job finished', async () => {
        const [row] = await queueRows(
          store,
          queueSchema,
          `SELECT COUNT(*)::int AS n FROM $Q.job WHERE name = 'publish' AND state = 'completed'`,
        );
        return row?.n === 40;
      });
      assert.deepEqual(Object.fromEntries(hits), { webhook: 1, telegram: 1 });
      assert.deepEqual((await store.pushLog.list()).map((r) => [r.channel.replace(/:\d+$/, ''), r.key, r.status]).sort(), [
        ['telegram:@factbrief_test', 'digest:2026-11-22', 'sent'],
        ['webhook:127.0.0.1', 'digest:2026-11-22', 'sent'],
      ]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      for (const w of workers) await w.stop();
      await store.close();
      server.close();
    }
  });

  test('two workers share one LLM endpoint: the configured rate, growing delays after 429s, the budget, no story paid twice', async () => {
    const dir = tempDir('factbrief-q-');
    dirs.push(dir);
    const corpus = join(dir, 'corpus');
    writeArticles(corpus, 80, 21, 2);
    // The endpoint: at most 5 requests in any second (a 429 past that, counted as `over`), and the first two attempts
    // of every prompt refused with a 429 that names no wait, so the client's own backoff is what spaces them.
    const times: number[] = [];
    const attempts = new Map<string, number>();
    let over = 0;
    const story = JSON.stringify({
      headline: '算力合作继续扩大',
      paragraphs: ['多家公司宣布扩大算力合作，相关项目将在未来几个季度陆续落地。'],
      blocks: [],
      insights: [],
      impacts: ['利好：算力供应商。'],
      oneLine: '算力合作继续扩大。',
    });
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const now = Date.now();
        times.push(now);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { messages: { role: string; content: string }[] };
        const reply = (status: number, payload: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(payload));
        };
        if (times.filter((t) => t > now - 1000).length > 5) {
          over++;
          return reply(429, { error: { message: 'over 5 requests a second', type: 'rate_limit_error' } });
        }
        const key = body.messages.map((m) => m.content).join('\n');
        const n = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, n);
        if (n <= 2) return reply(429, { error: { message: 'slow down', type: 'rate_limit_error' } });
        const content = body.messages[0]?.content === TITLE_SYSTEM ? JSON.stringify({ title: '算力合作继续扩大' }) : story;
        reply(200, {
          id: `c${times.length}`,
          object: 'chat.completion',
          created: 1767225600,
          model: 'test-model',
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1000, completion_tokens: 1000, total_tokens: 2000 },
        });
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const { url, queueSchema } = place();
    const budgetUsd = 0.02; // each request costs $0.002 here (1000 + 1000 tokens at $1 a million)
    const raw = {
      engine: 'llm',
      llm: {
        baseURL: base,
        model: 'test-model',
        apiKeyEnv: 'FACTBRIEF_TEST_LLM_KEY',
        maxConcurrency: 4,
        maxRetries: 3,
        // Every prompt's first two attempts get a 429 here: the breaker (default 5 failures in a row) would end the run.
        maxConsecutiveFailures: 50,
        budgetUsd,
        prices: { 'test-model': { input: 1, output: 1 } },
      },
      // One job at a time per worker: the two digests go to the two workers, which then share the endpoint.
      workers: { ...fast(queueSchema), concurrency: 1, llmRequestsPerSecond: 3, llmBurst: 1 },
    };
    const configFile = writeConfig(dir, raw);
    const config = parseConfig(raw, {});
    const store = await PostgresStore.open(url, { poolSize: 2 });
    await processSources(store, [corpus], parseConfig({}, {}), silentReporter);
    const days = new Map<string, number>();
    for (const st of await store.listStories()) if (st.date) days.set(st.date, (days.get(st.date) ?? 0) + 1);
    const dates = [...days.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 2)
      .map(([d]) => d);
    assert.equal(dates.length, 2);
    const env = { FACTBRIEF_TEST_LLM_KEY: 'sk-test-0123456789' };
    const workers = [
      startWorkerProcess(url, configFile, join(dir, 'out'), env),
      startWorkerProcess(url, configFile, join(dir, 'out'), env),
    ];
    const boss = makeBoss(url, config.workers, { supervise: false, schedule: false });
    await boss.start();
    try {
      await createQueues(boss, config.workers);
      for (const date of dates)
        await boss.send('digest', { queue: 'digest', run: 'llm', date, out: join(dir, 'out') }, { singletonKey: date });
      await until('both digests written', async () => {
        const [row] = await queueRows(
          store,
          queueSchema,
          `SELECT COUNT(*)::int AS n FROM $Q.job WHERE name = 'digest' AND state = 'completed'`,
        );
        return row?.n === 2;
      });
      assert.equal(over, 0, 'the endpoint never had to refuse a request for its own limit');
      const most = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
      assert.ok(most <= 1 + 3 + 1, `at most burst + rate (+1 for timing) requests in any second, saw ${most}`);
      // Retry delays per request, as the workers logged them: the second wait is longer than the first.
      const delays = new Map<string, number[]>();
      for (const m of workers
        .map((w) => w.log())
        .join('\n')
        .matchAll(/\] (\S+): rate limited \(429\); retry (\d)\/\d in (\d+) ms/g)) {
        const list = delays.get(`${m[1]}#${m[2]}`.split('#')[0] as string) ?? [];
        list[Number(m[2]) - 1] = Number(m[3]);
        delays.set(m[1] as string, list);
      }
      const pairs = [...delays.values()].filter((l) => l[0] !== undefined && l[1] !== undefined);
      assert.ok(pairs.length > 0, 'requests were retried after 429s');
      for (const [first, second] of pairs) assert.ok((second as number) > (first as number), `growing delays: ${first} then ${second} ms`);
      assert.ok(
        workers.every((w) => /\[queue\] digest /.test(w.log())),
        'each worker wrote a digest',
      );
      const ledger = await store.ledger.list();
      const spent = ledger.reduce((n, e) => n + e.cost, 0);
      assert.ok(spent > 0, 'some requests were paid');
      assert.ok(spent <= budgetUsd + 1e-9, `ledger total $${spent} within the $${budgetUsd} budget`);
      const paid = new Map<string, number>();
      for (const e of ledger) if (!e.cached && e.purpose.startsWith('story:')) paid.set(e.purpose, (paid.get(e.purpose) ?? 0) + 1);
      assert.ok(
        [...paid.values()].every((n) => n === 1),
        `no story paid twice: ${JSON.stringify(Object.fromEntries(paid))}`,
      );
    } finally {
      await boss.stop({ graceful: false, wait: true });
      for (const w of workers) await w.stop();
      await store.close();
      server.close();
    }
  });

  test('a job that keeps failing is retried, then listed as a dead letter by `factbrief jobs`', async () => {
    const dir = tempDir('factbrief-q-');
    dirs.push(dir);
    let posts = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        posts++;
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('no such hook');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { url, queueSchema } = place();
    const raw = {
      workers: { ...fast(queueSchema), retryLimit: 1 },
      publish: { webhook: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` } },
    };
    const configFile = writeConfig(dir, raw);
    const config = parseConfig(raw, {});
    const store = await PostgresStore.open(url, { poolSize: 2 });
    await store.cache.put(
      DIGEST_NS,
      '2026-11-23',
      JSON.stringify({ date: '2026-11-23', title: 'AI 日报', markdown: '# AI 日报\n\n正文。\n' }),
    );
    const worker = startWorkerProcess(url, configFile, join(dir, 'out'));
    const boss = makeBoss(url, config.workers, { supervise: false, schedule: false });
    await boss.start();
    try {
      await createQueues(boss, config.workers);
      const [channel] = digestChannels(config, silentReporter).map((c) => c.name);
      await boss.send('publish', { queue: 'publish', run: 'dead', date: '2026-11-23', channel });
      await until(
        'a dead letter',
        async () => (await queueRows(store, queueSchema, `SELECT 1 FROM $Q.job WHERE name = 'dead'`)).length > 0,
      );
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(root, 'src/cli/main.ts'), '--store', url, '--config', configFile, 'jobs', '--json'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      assert.equal(r.status, 0, r.stderr);
      const rows = jsonLines<{ type: string; queue: string; state?: string; error?: string }>(r.stdout);
      const dead = rows.filter((x) => x.type === 'dead');
      assert.equal(dead.length, 1);
      assert.equal(dead[0]?.queue, 'publish');
      assert.match(dead[0]?.error ?? '', /HTTP 400/);
      assert.ok(rows.some((x) => x.type === 'count' && x.queue === 'publish' && x.state === 'failed'));
      assert.equal(posts, 2, 'the first attempt and one retry');
      assert.equal(await store.pushLog.has(channel as string, 'digest:2026-11-23'), false, 'the failed send was released');
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await worker.stop();
      await store.close();
      server.close();
    }
  });
});

after(async () => {
  await dropSchemas(schemas);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
