/** End-to-end: `factbrief note` offline (from a file and from a stored item) and with the LLM engine on loopback. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkNote } from '../../src/render/check/index.js';
import { bin, jsonLines, runCli, runCliAsync, tempDir } from '../support/cli.js';
import { fakeTranslator, payload, requestKind } from '../support/fake-translator.js';
import { startOpenAiServer } from '../support/openai-server.js';

const FIXTURE = new URL('../fixtures/notes/capital-cycle-episode.txt', import.meta.url).pathname;

test('note offline: from a file and from a stored item, printed paths, a publishable note', () => {
  const data = tempDir();
  const out = tempDir();
  const r = runCli(['--data', data, '--out', out, 'note', FIXTURE, '--json', '--layout', 'post.njk', '--project', 'ai', 'capex']);
  assert.equal(r.code, 0, r.stderr);
  const paths = jsonLines<{ path: string }>(r.stdout).map((l) => l.path);
  assert.deepEqual(paths, [join(out, 'notes', 'capital-cycle-episode.md'), join(out, 'notes', 'capital-cycle-episode.qa.json')]);
  const md = readFileSync(paths[0] as string, 'utf8');
  assert.deepEqual(checkNote(md), []);
  const fm = parse(md.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '') as Record<string, unknown>;
  assert.deepEqual([fm.layout, fm.project], ['post.njk', ['ai', 'capex']]);

  assert.equal(runCli(['--data', data, 'ingest', FIXTURE]).code, 0);
  const id = jsonLines<{ id: string }>(runCli(['--data', data, 'items', '--json']).stdout)[0]?.id ?? '';
  const byId = runCli(['--data', data, '--out', out, 'note', id, '--slug', 'from-store']);
  assert.equal(byId.code, 0, byId.stderr);
  const again = readFileSync(join(out, 'notes', 'from-store.md'), 'utf8');
  assert.equal(again.split('<details>').length, md.split('<details>').length, 'the same units from the store');

  const bad = runCli(['--data', data, '--out', out, 'note', FIXTURE, '--engine', 'gpt']);
  assert.equal(bad.code, 2);
});

test('note llm: translated through the configured endpoint; the termbase settles new terms and reports a second rendering', {
  timeout: 120000,
}, async () => {
  let rendering = '模型上下文协议';
  const srv = await startOpenAiServer(
    fakeTranslator((_r, kind, p) =>
      kind === 'terms'
        ? {
            kind: 'completion',
            content: JSON.stringify({ terms: (Array.isArray(p.terms) ? p.terms : []).map((t) => ({ term: t.term, zh: rendering })) }),
          }
        : undefined,
    ),
  );
  try {
    const data = tempDir();
    const out = tempDir();
    const dir = tempDir();
    const termbase = join(dir, 'termbase.yaml');
    const env = { FACTBRIEF_LLM_BASE_URL: srv.url, FACTBRIEF_LLM_MODEL: 'test-model', FACTBRIEF_LLM_API_KEY: 'sk-test-notes-secret' };
    const talk = (n: number) =>
      `[00:00:0${n}] Host: Everyone is shipping MCP servers this quarter, and the MCP spec keeps changing.\n` +
      `[00:00:2${n}] Guest: Right. Open A.I. said $40 million went into tooling, and and tropic backs MCP too.\n`;
    writeFileSync(join(dir, 'talk-a.txt'), talk(1));
    writeFileSync(join(dir, 'talk-b.txt'), talk(2));
    const a = await runCliAsync(
      ['--data', data, '--out', out, 'note', join(dir, 'talk-a.txt'), '--engine', 'llm', '--termbase', termbase],
      { env },
    );
    assert.equal(a.code, 0, a.stderr);
    const md = readFileSync(join(out, 'notes', 'talk-a.md'), 'utf8');
    assert.match(md, /\*\*MCP\*\*（模型上下文协议）/);
    assert.match(md, /4000万美元/);
    assert.deepEqual(checkNote(md), []);
    const tb1 = parse(readFileSync(termbase, 'utf8')) as { terms: Record<string, { zh: string; docs: string[] }> };
    assert.deepEqual(tb1.terms.MCP, { zh: '模型上下文协议', docs: ['talk-a'] });

    rendering = '模型语境协议';
    const b = await runCliAsync(
      ['--data', data, '--out', out, 'note', join(dir, 'talk-b.txt'), '--engine', 'llm', '--termbase', termbase, '--no-reflect'],
      { env },
    );
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stderr, /term MCP: this note's rendering 模型语境协议 differs from 模型上下文协议/);
    const tb2 = parse(readFileSync(termbase, 'utf8')) as { review: { term: string; renderings: { zh: string; doc: string }[] }[] };
    assert.deepEqual(tb2.review, [
      {
        term: 'MCP',
        renderings: [
          { zh: '模型上下文协议', doc: 'talk-a' },
          { zh: '模型语境协议', doc: 'talk-b' },
        ],
      },
    ]);
    assert.match(readFileSync(join(out, 'notes', 'talk-b.md'), 'utf8'), /\*\*MCP\*\*（模型上下文协议）/, 'the settled rendering is used');
    const qa = JSON.parse(readFileSync(join(out, 'notes', 'talk-b.qa.json'), 'utf8')) as { termConflicts: unknown[] };
    assert.equal(qa.termConflicts.length, 1);
    for (const r of srv.requests) assert.ok(!r.raw.includes('sk-test-notes-secret'));
  } finally {
    await srv.close();
  }
});

test('note llm: a run killed mid-way resumes from the cache; finished units are not paid for again', { timeout: 120000 }, async () => {
  let translated = 0;
  const slow = await startOpenAiServer(
    fakeTranslator((_r, kind) => (kind === 'translate' && ++translated > 3 ? { kind: 'hang', ms: 60000 } : undefined)),
  );
  const data = tempDir();
  const out = tempDir();
  const env = { FACTBRIEF_LLM_BASE_URL: slow.url, FACTBRIEF_LLM_MODEL: 'test-model', FACTBRIEF_LLM_API_KEY: 'sk-test-notes-secret' };
  const args = ['--data', data, '--out', out, 'note', FIXTURE, '--engine', 'llm'];
  try {
    const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
    const child = spawn(process.execPath, [bin, ...args], { env: childEnv, stdio: 'ignore' });
    const finished = () =>
      slow.requests.filter((r) => requestKind(r) === 'improve').flatMap((r) => (payload(r).units ?? []).map((u) => u.id));
    const t0 = Date.now();
    while (finished().length < 18 && Date.now() - t0 < 60000) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1000));
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    const paid = new Set(finished());
    assert.equal(paid.size, 18, 'three batches of six went through translate, review and improve');
  } finally {
    await slow.close();
  }
  const healthy = await startOpenAiServer(fakeTranslator());
  try {
    const r = await runCliAsync(args, { env: { ...env, FACTBRIEF_LLM_BASE_URL: healthy.url } });
    assert.equal(r.code, 0, r.stderr);
    const qa = JSON.parse(readFileSync(join(out, 'notes', 'capital-cycle-episode.qa.json'), 'utf8')) as {
      units: number;
      cached: number;
      translated: number;
    };
    assert.equal(qa.cached, 18);
    assert.equal(qa.translated, qa.units);
    const asked = healthy.requests.filter((q) => requestKind(q) === 'translate').flatMap((q) => (payload(q).units ?? []).map((u) => u.id));
    assert.equal(asked.length, qa.units - 18, 'only the unfinished units are sent');
  } finally {
    await healthy.close();
  }
});
