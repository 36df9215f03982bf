/** End-to-end: the real binary on the sample corpus and on bad input. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { jsonLines, root, runCli, tempDir } from '../support/cli.js';

const corpus = ['articles', 'transcripts', 'highlights', 'archive'].map((d) => join(root, 'corpus', d));

test('ingest is idempotent and items/stories print the spec line shapes', () => {
  const data = tempDir();
  const first = runCli(['--data', data, 'ingest', ...corpus, '--json']);
  assert.equal(first.code, 0, first.stderr);
  const s1 = jsonLines(first.stdout)[0] as { added: number; skipped: number; failed: unknown[] };
  assert.ok(s1.added >= 30, `added ${s1.added}`);
  assert.deepEqual(s1.failed, []);
  const second = runCli(['--data', data, 'ingest', ...corpus, '--json']);
  assert.equal(second.code, 0, second.stderr);
  const s2 = jsonLines(second.stdout)[0] as { added: number; skipped: number };
  assert.equal(s2.added, 0);
  assert.equal(s2.skipped, s1.added);

  const items = jsonLines(runCli(['--data', data, 'items', '--json']).stdout);
  assert.equal(items.length, s1.added);
  for (const it of items)
    assert.deepEqual(Object.keys(it).sort(), ['date', 'id', 'kind', 'lang', 'source', 'story', 'title', 'url'].sort());
  assert.ok(
    items.every((i) => typeof i.story === 'string'),
    'every item is in a story',
  );
  assert.ok(new Set(items.map((i) => i.kind)).size >= 4, 'several item kinds');

  const stories = jsonLines<{ id: string; items: string[]; sources: number }>(runCli(['--data', data, 'stories', '--json']).stdout);
  const ids = stories.flatMap((s) => s.items).sort();
  assert.deepEqual(ids, items.map((i) => i.id as string).sort(), 'every item in exactly one story');
  assert.ok(
    stories.some((s) => s.sources >= 3),
    'the multi-outlet capex story is one cluster',
  );
});

test('extract --json prints figures with file offsets; entities --json the spec shape', () => {
  const dir = tempDir();
  const f = join(dir, 'a.md');
  const text = '# 亚马逊\n\n据报道，亚马逊2025年对Anthropic的投资超过80亿美元。\nMicrosoft said it would spend $80 billion this year.\n';
  writeFileSync(f, text);
  const r = runCli(['extract', '--json', '--date', '2025-06-01', f]);
  assert.equal(r.code, 0, r.stderr);
  const figs = jsonLines(r.stdout);
  const zh = figs.find((x) => x.text === '超过80亿美元');
  assert.ok(zh, r.stdout);
  assert.equal(zh.line, 3);
  assert.equal(text.slice(zh.start as number, zh.end as number), '超过80亿美元');
  assert.equal(zh.value, 8e9);
  assert.equal(zh.currency, 'USD');
  assert.equal(zh.qualifier, 'min');
  const en = figs.find((x) => x.text === '$80 billion');
  assert.equal(en?.value, 8e10);
  const ents = jsonLines(runCli(['entities', '--json', f]).stdout);
  const amazon = ents.find((e) => e.name === 'Amazon');
  assert.ok(amazon);
  assert.deepEqual(Object.keys(amazon).sort(), ['aliases', 'mentions', 'name', 'type']);
  assert.equal(amazon.mentions, 2);
});

test('usage errors exit 2, failures exit 1 with the source named', () => {
  assert.equal(runCli(['no-such-command']).code, 2);
  assert.equal(runCli(['digest', '--style', 'fancy']).code, 2);
  const data = tempDir();
  const r = runCli(['--data', data, 'ingest', join(data, 'missing.md')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /missing\.md/);
});

test('npm start equivalent: run --sample writes a digest with valid front matter', () => {
  const data = tempDir();
  const out = tempDir();
  const r = runCli(['--data', data, '--out', out, 'run', '--sample']);
  assert.equal(r.code, 0, r.stderr);
  const file = join(out, 'digests', '2026-11-22.md');
  assert.ok(existsSync(file), r.stderr);
  assert.match(r.stderr, /digests\/2026-11-22\.md/);
  const md = readFileSync(file, 'utf8');
  const fm = parseYaml(md.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, unknown>;
  assert.equal(fm.category, 'AI 日报');
  assert.equal(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : String(fm.date), '2026-11-22');
  assert.ok(String(fm.title).length > 0);
  // A second run adds nothing and rewrites the same digest.
  const again = runCli(['--data', data, '--out', out, 'run', '--sample']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /0 new items/);
  assert.equal(readFileSync(file, 'utf8'), md);
});
