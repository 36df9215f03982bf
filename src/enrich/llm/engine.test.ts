import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capexBundle, injectionBundle, priceCutBundle } from '../../../test/fixtures/enrich/bundles.js';
import { compareGolden } from '../../../test/support/golden.js';
import { type RecordedRequest, type ScriptStep, startOpenAiServer } from '../../../test/support/openai-server.js';
import { openStore } from '../../store/index.js';
import type { Digest } from '../../types/index.js';
import { buildRunReport, writeDigest } from '../digest.js';
import type { LlmOptions } from '../engine.js';
import { createOfflineEngine } from '../offline/engine.js';
import { createLlmEngine } from './engine.js';
import { STORY_SYSTEM, storyMessages, TITLE_SYSTEM } from './prompt.js';

const API_KEY = 'sk-test-secret-0123456789';
const SNAPSHOT = new URL('../../../test/fixtures/enrich/prompt-story-sections.snap.txt', import.meta.url);

function options(url: string, over: Partial<LlmOptions> = {}): LlmOptions {
  return {
    baseURL: url,
    model: 'test-model',
    apiKey: API_KEY,
    temperature: 0.2,
    maxConcurrency: 1,
    maxRetries: 3,
    timeoutMs: 2000,
    retryBaseMs: 5,
    prices: { 'test-model': { input: 0.5, output: 1.5 } },
    ...over,
  };
}

const GOOD_CAPEX = JSON.stringify({
  headline: '四巨头2026年资本开支超过4000亿美元',
  paragraphs: ['微软、谷歌、亚马逊和Meta预计2026年资本开支合计**超过4000亿美元**，高于2025年的**约3000亿美元**。'],
  blocks: [{ label: '关键数据', bullets: ['微软本财年资本开支**约800亿美元**。'] }],
  insights: ['路透社援引券商的估计为**3800亿美元**，与中文媒体报道的**超过4000亿美元**口径不同。'],
  impacts: ['利好：英伟达、博通等算力供应商。'],
  oneLine: '四巨头2026年资本开支超过4000亿美元。',
});

const INVENTED_CAPEX = JSON.stringify({
  ...JSON.parse(GOOD_CAPEX),
  paragraphs: ['四巨头2026年资本开支**超过4000亿美元**。分析师预计2027年将达到**5000亿美元**。'],
});

const GOOD_PRICE = JSON.stringify({
  headline: '深度求索API价格下调50%',
  paragraphs: ['深度求索宣布API调用价格下调**50%**。'],
  blocks: [],
  insights: [],
  impacts: ['利好：下游应用开发者。'],
  oneLine: '深度求索API降价**50%**。',
});

const GOOD_INJECTION = JSON.stringify({
  headline: '英伟达拟向OpenAI投资最多1000亿美元',
  paragraphs: ['英伟达宣布将向OpenAI投资**最多1000亿美元**，用于建设新一代数据中心。'],
  blocks: [],
  insights: [],
  impacts: ['投资启示：投资方同时是供应商，留意资金循环。'],
  oneLine: '英伟达拟向OpenAI投资最多1000亿美元。',
});

const TITLE = JSON.stringify({ title: '四巨头2026年资本开支超过4000亿美元' });

function isTitle(r: RecordedRequest): boolean {
  return r.body?.messages?.[0]?.content === TITLE_SYSTEM;
}
function isRewrite(r: RecordedRequest): boolean {
  return (r.body?.messages?.length ?? 0) > 2;
}
function storyId(r: RecordedRequest): string {
  return /"id": "(st_[a-z0-9_]+)"/.exec(r.body?.messages?.[1]?.content ?? '')?.[1] ?? '';
}

/** Answers by what is asked: the title, a rewrite, or a story by id. */
function router(stories: Record<string, string>, rewrite?: string) {
  return (r: RecordedRequest): ScriptStep => {
    if (isTitle(r)) return { kind: 'completion', content: TITLE };
    if (isRewrite(r) && rewrite !== undefined) return { kind: 'completion', content: rewrite };
    return { kind: 'completion', content: stories[storyId(r)] ?? '{}' };
  };
}

/** What gets published (the guard log aside). */
function digestText(d: Digest): string {
  return JSON.stringify({ ...d, guard: [] });
}

function renderMessages(msgs: { role: string; content: string }[]): string {
  return msgs.map((m) => `=== ${m.role} ===\n${m.content}\n`).join('\n');
}

test('llm: the run finishes despite a 429, a timeout and malformed JSON; each failure costs one request', async () => {
  const srv = await startOpenAiServer([
    { kind: 'rate-limit', retryAfter: 0 },
    { kind: 'hang', ms: 10_000 },
    { kind: 'malformed' },
    { kind: 'completion', content: GOOD_CAPEX },
  ]);
  const store = await openStore({ path: ':memory:' });
  const logs: string[] = [];
  try {
    const engine = createLlmEngine(options(srv.url, { timeoutMs: 1500 }), {
      cache: store.cache,
      ledger: store.ledger,
      log: (m) => logs.push(m),
    });
    const s = await engine.doWriteStory(capexBundle(), 'sections');
    assert.equal(s.headline, '四巨头2026年资本开支超过4000亿美元');
    assert.equal(srv.requests.length, 4, 'one request per scripted step, no more');
    assert.equal(engine.usage().llmRequests, 4);
    assert.equal(engine.usage().offlineFallbacks, 0);
    assert.match(logs[0] ?? '', /429.*retry 1\/3 in 0 ms/, 'Retry-After: 0 honoured');
    assert.match(logs[1] ?? '', /timed out.*retry 2\/3/);
    assert.match(logs[2] ?? '', /not JSON.*retry 3\/3/);
    const ledger = await store.ledger.list();
    assert.equal(ledger.length, 2, 'the two completions that came back are in the ledger');
    assert.ok(ledger.every((e) => e.model === 'test-model' && !e.cached && e.promptTokens > 0 && e.cost > 0));
    // Every request asked for JSON and carried the key only in the header.
    for (const r of srv.requests) {
      assert.deepEqual(r.body?.response_format, { type: 'json_object' });
      assert.equal(r.headers.authorization, `Bearer ${API_KEY}`);
      assert.ok(!r.raw.includes(API_KEY));
    }
  } finally {
    await store.close();
    await srv.close();
  }
});

test('llm: retries are bounded (maxRetries + 1 requests), then the story is written offline', async () => {
  const srv = await startOpenAiServer([], { fallback: { kind: 'server-error', status: 503 } });
  const store = await openStore({ path: ':memory:' });
  try {
    const engine = createLlmEngine(options(srv.url, { maxRetries: 2 }), { cache: store.cache, ledger: store.ledger });
    const bundle = capexBundle();
    const s = await engine.doWriteStory(bundle, 'sections');
    assert.equal(srv.requests.length, 3);
    assert.deepEqual(s, await createOfflineEngine().doWriteStory(bundle, 'sections'));
    assert.equal(engine.usage().offlineFallbacks, 1);
    // A 400 is not retried.
    const srv2 = await startOpenAiServer([], { fallback: { kind: 'server-error', status: 400 } });
    const e2 = createLlmEngine(options(srv2.url), { cache: store.cache, ledger: store.ledger });
    await e2.doWriteStory(bundle, 'sections');
    assert.equal(srv2.requests.length, 1);
    await srv2.close();
  } finally {
    await store.close();
    await srv.close();
  }
});

test('llm: an invented number never reaches the output (regenerated once, then dropped; events logged)', async () => {
  // The model invents 5000亿美元 and keeps it when asked again.
  const srv = await startOpenAiServer(router({ st_capex2026: INVENTED_CAPEX }, INVENTED_CAPEX));
  const store = await openStore({ path: ':memory:' });
  try {
    const engine = createLlmEngine(options(srv.url), { cache: store.cache, ledger: store.ledger });
    const d = await writeDigest([capexBundle()], engine, { date: '2026-03-02', style: 'sections' });
    assert.ok(!digestText(d).includes('5000亿'), 'the invented figure is gone');
    assert.deepEqual(d.stories[0]?.paragraphs, ['四巨头2026年资本开支**超过4000亿美元**。']);
    assert.deepEqual(
      d.guard.map((e) => [e.action, e.number]),
      [
        ['regenerated', '5000亿美元'],
        ['dropped', '5000亿美元'],
      ],
    );
    const rewrite = srv.requests.find(isRewrite);
    assert.ok(rewrite, 'the engine asked again');
    assert.match(rewrite.body?.messages?.at(-1)?.content ?? '', /not in allowed_figures.*5000亿美元/);
    const report = buildRunReport(d, engine);
    assert.equal(report.guardRegenerated, 1);
    assert.equal(report.guardDropped, 1);
    assert.equal(report.llmRequests, 3, 'story, rewrite, title');
  } finally {
    await store.close();
    await srv.close();
  }
  // When the rewrite is clean, it is used and only the regeneration is logged.
  const srv2 = await startOpenAiServer(router({ st_capex2026: INVENTED_CAPEX }, GOOD_CAPEX));
  const store2 = await openStore({ path: ':memory:' });
  try {
    const engine = createLlmEngine(options(srv2.url), { cache: store2.cache, ledger: store2.ledger });
    const d = await writeDigest([capexBundle()], engine, { date: '2026-03-02', style: 'sections' });
    assert.equal(d.stories[0]?.paragraphs[0], JSON.parse(GOOD_CAPEX).paragraphs[0]);
    assert.deepEqual(
      d.guard.map((e) => e.action),
      ['regenerated'],
    );
  } finally {
    await store2.close();
    await srv2.close();
  }
});

test('llm: the response cache makes a second run send zero requests', async () => {
  const srv = await startOpenAiServer(router({ st_capex2026: GOOD_CAPEX, st_deepseek_price: GOOD_PRICE }));
  const store = await openStore({ path: ':memory:' });
  try {
    const bundles = () => [capexBundle(), priceCutBundle()];
    const e1 = createLlmEngine(options(srv.url, { maxConcurrency: 4 }), { cache: store.cache, ledger: store.ledger });
    const d1 = await writeDigest(bundles(), e1, { date: '2026-03-02', style: 'stories' });
    const first = srv.requests.length;
    assert.equal(first, 3, 'two stories and the title');
    const e2 = createLlmEngine(options(srv.url, { maxConcurrency: 4 }), { cache: store.cache, ledger: store.ledger });
    const d2 = await writeDigest(bundles(), e2, { date: '2026-03-02', style: 'stories' });
    assert.equal(srv.requests.length, first, 'no request on the second run');
    assert.deepEqual(d2, d1);
    const r2 = buildRunReport(d2, e2);
    assert.equal(r2.llmRequests, 0);
    assert.equal(r2.cacheHits, 3);
    assert.equal(r2.costUsd, 0);
    const cached = (await store.ledger.list()).filter((e) => e.cached);
    assert.equal(cached.length, 3);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('llm: prompt injection in an article changes neither the output format nor leaks configuration', async () => {
  const srv = await startOpenAiServer([
    // A model that obeyed the page: YAML with a "key" — rejected as not JSON.
    { kind: 'completion', content: 'api_key: sk-fake\nformat: yaml\n' },
    // A model that put the real key into the JSON — rejected as a leak.
    { kind: 'completion', content: JSON.stringify({ ...JSON.parse(GOOD_INJECTION), oneLine: `key ${API_KEY}` }) },
    { kind: 'completion', content: GOOD_INJECTION },
  ]);
  const store = await openStore({ path: ':memory:' });
  try {
    const engine = createLlmEngine(options(srv.url), { cache: store.cache, ledger: store.ledger });
    const bundle = injectionBundle();
    const s = await engine.doWriteStory(bundle, 'sections');
    assert.equal(srv.requests.length, 3);
    assert.equal(s.headline, '英伟达拟向OpenAI投资最多1000亿美元');
    assert.ok(Array.isArray(s.paragraphs) && Array.isArray(s.impacts));
    assert.ok(!JSON.stringify(s).includes(API_KEY));
    for (const r of srv.requests) {
      const msgs = r.body?.messages ?? [];
      assert.equal(msgs[0]?.role, 'system');
      assert.equal(msgs[0]?.content, STORY_SYSTEM, 'the system rules are fixed');
      assert.ok(!r.raw.includes(API_KEY) && !r.raw.includes(srv.url), 'no configuration in the prompt');
      const user = msgs[1]?.content ?? '';
      const open = user.indexOf('<<<SOURCE_DATA');
      const close = user.indexOf('SOURCE_DATA>>>');
      assert.ok(open >= 0 && close > open);
      assert.equal(user.lastIndexOf('SOURCE_DATA>>>'), close, 'the page cannot close the data block early');
      const inj = user.indexOf('IGNORE PREVIOUS INSTRUCTIONS');
      assert.ok(inj > open && inj < close, 'the injected text stays inside the data block');
      assert.ok(!user.slice(open, close).includes('```'), 'backticks are escaped');
    }
  } finally {
    await store.close();
    await srv.close();
  }
});

test('llm: the story prompt carries the titles of the story’s earlier days (what already ran), as source data', () => {
  const bundle = capexBundle();
  const prior = { ...(bundle.items[0] as (typeof bundle.items)[number]), id: 'it_prior', title: '四巨头资本开支此前报道' };
  const user = storyMessages({ ...bundle, earlier: [{ day: '2026-02-27', items: [prior] }] }, 'sections')[1]?.content ?? '';
  const data = user.slice(user.indexOf('<<<SOURCE_DATA'));
  assert.ok(data.includes('"day": "2026-02-27"') && data.includes('四巨头资本开支此前报道'), data);
  assert.ok(!(storyMessages(bundle, 'sections')[1]?.content ?? '').includes('2026-02-27'));
});

test('llm: the story prompt is pinned (UPDATE=1 rewrites the snapshot) and is what goes on the wire', async () => {
  const msgs = storyMessages(capexBundle(), 'sections');
  const text = renderMessages(msgs);
  const path = SNAPSHOT.pathname;
  compareGolden(text, path, 'the story prompt');
  assert.ok(text.includes('超过4000亿美元') && text.includes('3800亿美元'), 'allowed figures are in the prompt');
  const srv = await startOpenAiServer([{ kind: 'completion', content: GOOD_CAPEX }]);
  const store = await openStore({ path: ':memory:' });
  try {
    await createLlmEngine(options(srv.url), { cache: store.cache, ledger: store.ledger }).doWriteStory(capexBundle(), 'sections');
    assert.deepEqual(srv.requests[0]?.body?.messages, msgs);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('llm: past the budget the remaining stories are written offline, and the report says so', async () => {
  const srv = await startOpenAiServer(router({ st_capex2026: GOOD_CAPEX, st_deepseek_price: GOOD_PRICE }));
  const store = await openStore({ path: ':memory:' });
  try {
    const opts = options(srv.url, { budgetUsd: 0.001, prices: { 'test-model': { input: 100, output: 100 } } });
    const engine = createLlmEngine(opts, { cache: store.cache, ledger: store.ledger });
    const bundles = [capexBundle(), priceCutBundle()];
    const d = await writeDigest(bundles, engine, { date: '2026-03-02', style: 'sections' });
    assert.equal(srv.requests.length, 1, 'the first request spent the budget');
    assert.equal(d.stories[0]?.headline, '四巨头2026年资本开支超过4000亿美元');
    const offline = await createOfflineEngine().doWriteStory(priceCutBundle(), 'sections');
    assert.deepEqual(d.more[0], offline);
    const report = buildRunReport(d, engine);
    assert.equal(report.budgetExceeded, true);
    assert.equal(report.offlineFallbacks, 2, 'the second story and the title');
    assert.ok(report.costUsd > 0.001);
    assert.ok(report.notes.some((n) => n.includes('budget') && n.includes('offline')));
  } finally {
    await store.close();
    await srv.close();
  }
});
