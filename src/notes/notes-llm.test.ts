/** Notes with the LLM engine, against our own OpenAI-compatible server on 127.0.0.1 (test/support/openai-server.ts). */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fakeTranslation, fakeTranslator, payload, requestKind } from '../../test/support/fake-translator.js';
import { type RecordedRequest, startOpenAiServer } from '../../test/support/openai-server.js';
import { emptyUsage, type LlmOptions } from '../enrich/engine.js';
import { JsonChatClient } from '../enrich/llm/index.js';
import { loadGazetteer } from '../extract/index.js';
import { defaultIngestOptions, parseBytes } from '../ingest/index.js';
import { checkNote, noteOriginals } from '../render/check/index.js';
import { openStore, type Store } from '../store/index.js';
import { buildNote, unitQa } from './build.js';
import { builtinTerms } from './glossary.js';
import { createNoteLlm } from './llm.js';
import { noteSource } from './source.js';

const FIXTURE = new URL('../../test/fixtures/notes/capital-cycle-episode.txt', import.meta.url);
const gaz = loadGazetteer([]);

function source() {
  const d = parseBytes(readFileSync(FIXTURE), { filename: 'capital-cycle-episode.txt' }, defaultIngestOptions).items[0];
  assert.ok(d);
  return noteSource(d, 'fixture');
}

function options(url: string, over: Partial<LlmOptions> = {}): LlmOptions {
  return {
    baseURL: url,
    model: 'test-model',
    apiKey: 'sk-test-notes-0123456789',
    temperature: 0.2,
    maxConcurrency: 2,
    maxRetries: 3,
    timeoutMs: 2000,
    retryBaseMs: 5,
    prices: { 'test-model': { input: 0.5, output: 1.5 } },
    ...over,
  };
}

async function note(url: string, store: Store, opts: { reflect?: boolean; llm?: Partial<LlmOptions>; logs?: string[] } = {}) {
  const src = source();
  const usage = emptyUsage();
  const log = (m: string) => opts.logs?.push(m);
  const client = new JsonChatClient(options(url, opts.llm), { cache: store.cache, ledger: store.ledger, log, usage });
  const llm = createNoteLlm({
    client,
    cache: store.cache,
    ledger: store.ledger,
    model: 'test-model',
    reflect: opts.reflect ?? true,
    batchSize: 6,
    qa: unitQa(gaz, src.transcript),
    log,
  });
  const r = await buildNote(src, { gaz, terms: builtinTerms(), user: { layout: 'post.njk' }, today: '2026-12-02', llm });
  return { ...r, usage };
}

const translateRequests = (reqs: RecordedRequest[]) => reqs.filter((r) => requestKind(r) === 'translate' && r.step !== -1);
const unitIds = (r: RecordedRequest) => (payload(r).units ?? []).map((u) => u.id);

test('notes llm: a 30-minute transcript becomes aligned units with the glossary applied, despite a 429, a slow and a malformed reply', async () => {
  let n = 0;
  const srv = await startOpenAiServer(
    fakeTranslator((_r, kind) => {
      if (kind !== 'translate') return undefined;
      n++;
      if (n === 1) return { kind: 'rate-limit', retryAfter: 0 };
      if (n === 2) return { kind: 'hang', ms: 5000 };
      if (n === 3) return { kind: 'malformed' };
      return undefined;
    }),
  );
  const store = await openStore({ path: ':memory:' });
  const logs: string[] = [];
  try {
    const r = await note(srv.url, store, { llm: { timeoutMs: 1000 }, logs });
    assert.ok(r.units.length >= 60, `a 30-minute talk gives many units (${r.units.length})`);
    assert.deepEqual(r.report.failed, []);
    assert.deepEqual(r.report.flagged, []);
    assert.deepEqual(r.report.alignment, []);
    assert.equal(r.report.translated, r.units.length);
    // One Chinese unit per English unit, in order, each English original exactly as segmented.
    const originals = noteOriginals(r.markdown);
    assert.deepEqual(
      originals,
      r.units.map((u) => u.en),
    );
    assert.equal((r.markdown.match(/<details>/g) ?? []).length, r.units.length);
    // The glossary: first use annotated by code, once per note.
    assert.equal((r.markdown.match(/\*\*TPU\*\*（Tensor Processing Unit: 张量处理器）/g) ?? []).length, 1);
    assert.equal((r.markdown.match(/\*\*资本开支\*\*（capex）/g) ?? []).length, 1);
    assert.equal((r.markdown.match(/\*\*推理\*\*（inference）/g) ?? []).length, 1);
    // Names the recogniser misspelt reach the translation in their Chinese or canonical form.
    assert.match(r.markdown, /Anthropic/);
    assert.match(r.markdown, /高盛/);
    // Batches: at most six units, neighbours as context, only the batch's own terms.
    for (const req of translateRequests(srv.requests)) {
      const p = payload(req) as { units: { en: string }[]; terms: Record<string, string> };
      assert.ok(p.units.length <= 6);
      const text = p.units.map((u) => u.en).join(' ');
      for (const term of Object.keys(p.terms)) assert.ok(text.toLowerCase().includes(term.toLowerCase()), `${term} is in its batch`);
    }
    assert.ok(
      logs.some((l) => /429/.test(l)) && logs.some((l) => /timed out/.test(l)) && logs.some((l) => /not JSON/.test(l)),
      logs.join('\n'),
    );
    // Reflection: every batch reviewed and improved.
    const kinds = srv.requests.map(requestKind);
    assert.equal(kinds.filter((k) => k === 'review').length, kinds.filter((k) => k === 'improve').length);
    assert.ok(kinds.includes('review'));
    assert.deepEqual(checkNote(r.markdown), []);
    // Ledger: every completion paid once.
    const ledger = await store.ledger.list();
    assert.ok(ledger.filter((e) => !e.cached).length >= translateRequests(srv.requests).length - 3);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('notes llm: a wrong number in one translation is caught by QA and fixed by the one retry', async () => {
  let wrongId = '';
  const srv = await startOpenAiServer(
    fakeTranslator((_r, kind, p) => {
      if (kind !== 'translate') return undefined;
      const units = p.units ?? [];
      if (!units.some((u) => u.en.includes('$250 million from'))) return undefined;
      return {
        kind: 'completion',
        content: JSON.stringify({
          units: units.map((u) => {
            const zh = fakeTranslation(u.en, p);
            if (!u.en.includes('$250 million from')) return { id: u.id, zh };
            wrongId = u.id;
            return { id: u.id, zh: zh.replace('2.5亿美元', '3.5亿美元') };
          }),
        }),
      };
    }),
  );
  const store = await openStore({ path: ':memory:' });
  const logs: string[] = [];
  try {
    const r = await note(srv.url, store, { reflect: false, logs });
    assert.ok(wrongId);
    assert.ok(
      logs.some((l) => l.includes(wrongId) && /numbers: .*\$250 million.*3\.5亿美元/.test(l)),
      logs.join('\n'),
    );
    const fixes = srv.requests.filter((q) => requestKind(q) === 'fix');
    assert.deepEqual(fixes.map(unitIds), [[wrongId]], 'one retry, for that unit only');
    assert.deepEqual(r.report.flagged, []);
    const unit = r.doc.sections.flatMap((s) => s.units).find((u) => u.unit.id === wrongId);
    assert.equal(unit?.status, 'translated');
    assert.match(unit?.zh ?? '', /2\.5亿美元/);
    assert.doesNotMatch(r.markdown, /3\.5亿美元/);
    assert.ok(!srv.requests.some((q) => requestKind(q) === 'review'), '--no-reflect sends no review');
  } finally {
    await store.close();
    await srv.close();
  }
});

test('notes llm: a number still wrong after the retry is marked in the note and listed in the QA report', async () => {
  const srv = await startOpenAiServer(
    fakeTranslator((_r, kind, p) => {
      if (kind !== 'translate' && kind !== 'fix') return undefined;
      return {
        kind: 'completion',
        content: JSON.stringify({
          units: (p.units ?? []).map((u) => {
            const zh = fakeTranslation(u.en, p);
            return { id: u.id, zh: u.en.includes('$250 million from') ? zh.replace('2.5亿美元', '3.5亿美元') : zh };
          }),
        }),
      };
    }),
  );
  const store = await openStore({ path: ':memory:' });
  try {
    const r = await note(srv.url, store, { reflect: false });
    assert.equal(r.report.flagged.length, 1);
    assert.equal(r.report.flagged[0]?.issues[0]?.rule, 'numbers');
    assert.match(r.markdown, /3\.5亿美元.*【待核：数字不一致】/);
    assert.ok(
      checkNote(r.markdown).some((p) => p.rule === 'number-untraced'),
      'the check refuses to publish it',
    );
  } finally {
    await store.close();
    await srv.close();
  }
});

test('notes llm: a batch with a missing unit is halved, then sent unit by unit; a unit that never comes back is reported, not left silently in English', async () => {
  let first = true;
  let lost = '';
  const srv = await startOpenAiServer(
    fakeTranslator((_r, kind, p) => {
      if (kind !== 'translate') return undefined;
      const units = p.units ?? [];
      if (first) {
        first = false;
        return {
          kind: 'completion',
          content: JSON.stringify({ units: units.slice(1).map((u) => ({ id: u.id, zh: fakeTranslation(u.en, p) })) }),
        };
      }
      // One unit whose translation always comes back empty.
      if (!lost) lost = units[units.length - 1]?.id ?? '';
      if (units.some((u) => u.id === lost))
        return {
          kind: 'completion',
          content: JSON.stringify({ units: units.map((u) => ({ id: u.id, zh: u.id === lost ? '' : fakeTranslation(u.en, p) })) }),
        };
      return undefined;
    }),
  );
  const store = await openStore({ path: ':memory:' });
  try {
    const r = await note(srv.url, store, { reflect: false });
    const sizes = translateRequests(srv.requests).map((q) => unitIds(q).length);
    assert.ok(sizes.includes(3) && sizes.includes(1), `halved then single: ${sizes.join(',')}`);
    assert.deepEqual(
      r.report.failed.map((f) => f.id),
      [lost],
    );
    assert.match(r.markdown, /【翻译失败：LLM 没有返回本段的可用译文/);
    assert.equal(r.report.translated, r.units.length - 1);
  } finally {
    await store.close();
    await srv.close();
  }
});

test('notes llm: an interrupted run resumes from the cache without paying again for finished units', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-notes-'));
  const db = join(dir, 'factbrief.db');
  try {
    // Run 1: the endpoint dies after three translate requests.
    let served = 0;
    const dying = await startOpenAiServer(
      fakeTranslator((_r, kind) => (kind === 'translate' && ++served > 3 ? { kind: 'server-error', status: 503 } : undefined)),
    );
    let store = await openStore({ path: db });
    const one = await note(dying.url, store, { reflect: false, llm: { maxRetries: 0, maxConsecutiveFailures: 2, maxConcurrency: 1 } });
    await store.close();
    await dying.close();
    const done1 = one.units.map((u) => u.id).filter((id) => !one.report.failed.some((f) => f.id === id));
    assert.equal(done1.length, 18, 'three batches of six finished');
    assert.equal(one.report.failed.length, one.units.length - 18);

    // Run 2: a healthy endpoint; only the unfinished units are asked for.
    const healthy = await startOpenAiServer(fakeTranslator());
    store = await openStore({ path: db });
    const paidBefore = (await store.ledger.list()).filter((e) => !e.cached).length;
    const two = await note(healthy.url, store, { reflect: false });
    const asked = translateRequests(healthy.requests).flatMap(unitIds);
    assert.deepEqual(new Set(asked), new Set(one.report.failed.map((f) => f.id)));
    assert.ok(!asked.some((id) => done1.includes(id)), 'no finished unit is sent again');
    assert.equal(two.report.cached, 18);
    assert.equal(two.report.translated, two.units.length);
    const ledger = await store.ledger.list();
    const cachedUnits = ledger
      .filter((e) => e.cached && e.purpose.startsWith('note-unit:'))
      .map((e) => e.purpose.slice('note-unit:'.length));
    assert.deepEqual(new Set(cachedUnits), new Set(done1), 'the ledger shows the finished units as cached, at no cost');
    assert.ok(ledger.filter((e) => e.cached).every((e) => e.cost === 0));
    assert.equal(ledger.filter((e) => !e.cached).length - paidBefore, healthy.requests.length, 'run 2 paid only its own requests');
    await store.close();
    await healthy.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("notes llm: the model summary is kept when its figures are the source's, else the extractive one is used", async () => {
  for (const [summary, kept] of [
    ['嘉宾认为OpenAI本月融资2.5亿美元只是信号，资本开支的回报仍有待验证。', true],
    ['嘉宾认为OpenAI本月融资9.9亿美元只是信号。', false],
  ] as const) {
    const srv = await startOpenAiServer(
      fakeTranslator((_r, kind) => (kind === 'summary' ? { kind: 'completion', content: JSON.stringify({ summary }) } : undefined)),
    );
    const store = await openStore({ path: ':memory:' });
    try {
      const r = await note(srv.url, store, { reflect: false });
      if (kept) assert.equal(r.doc.meta.summary, summary);
      else assert.match(r.doc.meta.summary, /^离线摘要/);
      assert.deepEqual(checkNote(r.markdown), []);
    } finally {
      await store.close();
      await srv.close();
    }
  }
});
