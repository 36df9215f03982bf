import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startOpenAiServer } from '../../../test/support/openai-server.js';
import { canonicalSubject, loadGazetteer, lookupEntry } from '../../extract/index.js';
import { openStore } from '../../store/index.js';
import { emptyUsage, type LlmOptions } from '../engine.js';
import { JsonChatClient } from '../llm/client.js';
import { entityDirectory } from '../offline/names.js';
import {
  allowedForQuote,
  analyzeQuote,
  defaultHighlightRules,
  HIGHLIGHT_SYSTEM,
  type KnowledgeView,
  llmInsight,
  offlineInsight,
} from './index.js';

const gaz = loadGazetteer(undefined);
const rules = defaultHighlightRules();
const kb: KnowledgeView = { claims: [], deals: [], label: () => '另一来源' };
const QUOTE = 'Amazon is putting $4 billion into the startup now, with up to $10 billion more to follow, after $2 billion earlier.';
const API_KEY = 'sk-test-highlights-0123456789';

function options(url: string): LlmOptions {
  return {
    baseURL: url,
    model: 'test-model',
    apiKey: API_KEY,
    maxConcurrency: 1,
    maxRetries: 1,
    timeoutMs: 2000,
    retryBaseMs: 5,
    prices: { 'test-model': { input: 0.5, output: 1.5 } },
  };
}

function setup() {
  const a = analyzeQuote({ quote: QUOTE, note: '看总敞口。', date: '2026-11-20' }, kb, gaz, rules, {
    canonicalSubject: (n: string) => canonicalSubject(n, gaz),
    ownerOf: (n: string) => lookupEntry(n, gaz)?.parent,
  });
  return { a, draft: offlineInsight(a, kb, entityDirectory(gaz.entries), rules), allowed: allowedForQuote(a) };
}

const reply = (insight: string, kinds: string[]) => JSON.stringify({ insight, kinds });

test('llm highlights: the computed facts go in the prompt, the quote as data; kinds are kept to what the facts support', async () => {
  const srv = await startOpenAiServer([
    { kind: 'completion', content: reply('三笔投资合计最高160亿美元，其中只有60亿美元已经确定。', ['derived-total', 'conflict']) },
  ]);
  const store = await openStore({ path: ':memory:' });
  try {
    const { a, draft, allowed } = setup();
    const client = new JsonChatClient(options(srv.url), { cache: store.cache, ledger: store.ledger, log: () => {}, usage: emptyUsage() });
    const r = await llmInsight(a, kb, draft, allowed, client, 'q1', () => {});
    assert.equal(r.engine, 'llm');
    assert.equal(r.text, '三笔投资合计最高160亿美元，其中只有60亿美元已经确定。');
    assert.deepEqual(r.kinds, ['derived-total'], 'conflict is dropped: no fact supports it');
    assert.equal(srv.requests.length, 1);
    const msgs = srv.requests[0]?.body?.messages ?? [];
    assert.equal(msgs[0]?.content, HIGHLIGHT_SYSTEM);
    const user = msgs[1]?.content ?? '';
    assert.ok(user.includes('"offline_draft"') && user.includes('160亿美元'), 'the derived total is given');
    assert.ok(/<<<SOURCE_DATA[\s\S]*Amazon is putting \$4 billion[\s\S]*SOURCE_DATA>>>/.test(user), 'the quote travels as data');
    assert.ok(!srv.requests[0]?.raw.includes(API_KEY), 'the key travels only in the header');
    // A second run costs nothing: the reply is cached.
    const again = await llmInsight(a, kb, draft, allowed, client, 'q1', () => {});
    assert.equal(again.text, r.text);
    assert.equal(srv.requests.length, 1);
    const ledger = await store.ledger.list();
    assert.deepEqual(
      ledger.map((e) => e.cached),
      [false, true],
    );
  } finally {
    await srv.close();
    await store.close();
  }
});

test('llm highlights: an invented number is sent back once naming it; still invented, it is dropped and the offline insight stands', async () => {
  const srv = await startOpenAiServer([
    { kind: 'invented', content: reply('合计最高200亿美元。', ['derived-total']) },
    { kind: 'completion', content: reply('各笔相加最高160亿美元。', ['derived-total']) },
    { kind: 'invented', content: reply('合计最高250亿美元。', ['derived-total']) },
    { kind: 'invented', content: reply('合计最高300亿美元。', ['derived-total']) },
  ]);
  const store = await openStore({ path: ':memory:' });
  try {
    const { a, draft, allowed } = setup();
    const client = new JsonChatClient(options(srv.url), { cache: store.cache, ledger: store.ledger, log: () => {}, usage: emptyUsage() });
    const fixed = await llmInsight(a, kb, draft, allowed, client, 'q1', () => {});
    assert.equal(fixed.text, '各笔相加最高160亿美元。');
    assert.deepEqual(
      fixed.guard.map((g) => [g.number.replace(/^最高/, ''), g.action]),
      [['200亿美元', 'regenerated']],
    );
    assert.ok((srv.requests[1]?.body?.messages?.at(-1)?.content ?? '').includes('200亿美元'), 'the rewrite names the number');
    const logs: string[] = [];
    const { a: a2, draft: d2, allowed: al2 } = setup();
    const dropped = await llmInsight({ ...a2, pair: { ...a2.pair, note: '另一条笔记。' } }, kb, d2, al2, client, 'q2', (m) => logs.push(m));
    assert.equal(dropped.engine, 'offline');
    assert.equal(dropped.text, d2.text);
    assert.ok(dropped.text.includes('合计最高160亿美元'));
    assert.deepEqual(
      dropped.guard.map((g) => g.action),
      ['regenerated', 'dropped'],
    );
    assert.match(logs[0] ?? '', /unsupported number/);
    assert.equal(srv.requests.length, 4);
  } finally {
    await srv.close();
    await store.close();
  }
});

test('llm highlights: an endpoint that fails gives the offline insight, after the bounded retries', async () => {
  const srv = await startOpenAiServer([{ kind: 'server-error' }, { kind: 'server-error' }]);
  const store = await openStore({ path: ':memory:' });
  try {
    const { a, draft, allowed } = setup();
    const logs: string[] = [];
    const client = new JsonChatClient(options(srv.url), {
      cache: store.cache,
      ledger: store.ledger,
      log: (m) => logs.push(m),
      usage: emptyUsage(),
    });
    const r = await llmInsight(a, kb, draft, allowed, client, 'q1', (m) => logs.push(m));
    assert.equal(r.engine, 'offline');
    assert.equal(r.text, draft.text);
    assert.equal(srv.requests.length, 2, 'one try and one retry');
    assert.ok(
      logs.some((l) => /q1: server error \(500\).*offline insight/.test(l)),
      logs.join('\n'),
    );
  } finally {
    await srv.close();
    await store.close();
  }
});
