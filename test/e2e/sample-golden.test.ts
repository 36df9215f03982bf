/**
 * Golden files of the sample corpus's digest in both styles, written by the real CLI with the offline engine.
 * A change in any stage that changes the published digest shows up here as a diff to review;
 * `UPDATE=1 node scripts/run-tests.mjs sample-golden` rewrites the goldens after review (refused under CI=true, where
 * a missing golden fails instead of being written). Every golden passes the publishability check (`digest --check`).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { root, runCli, tempDir } from '../support/cli.js';
import { compareGolden } from '../support/golden.js';

const DAY = '2026-11-22';
const goldenDir = join(root, 'test', 'golden');

/** Splits a digest into its front matter (parsed) and body. */
function splitDigest(md: string): { fm: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(md);
  assert.ok(m, 'the digest opens with YAML front matter');
  return { fm: parseYaml(m[1] as string) as Record<string, unknown>, body: m[2] as string };
}

/** The `## headline` / `### [headline](url)` blocks of a digest body, each with its text up to the next story. */
function storyBlocks(body: string, style: 'stories' | 'sections'): string[] {
  const marker = style === 'stories' ? /^## (?!更多动态)/m : /^### /m;
  const parts = body.split(style === 'stories' ? /\n---\n/ : /(?=^### )/m);
  return parts.filter((p) => marker.test(p)).map((p) => p.slice(p.search(marker)).split(/^## 更多动态/m)[0] as string);
}

const data = tempDir();
const out = tempDir();

test('sample digest: the run succeeds', () => {
  const r = runCli(['--data', data, '--out', out, 'run', '--sample', '--date', DAY]);
  assert.equal(r.code, 0, r.stderr);
});

for (const style of ['stories', 'sections'] as const) {
  test(`sample digest (${style}): matches the golden file; front matter valid; every story links its sources`, () => {
    const dir = join(out, style);
    const r = runCli(['--data', data, '--out', dir, 'digest', '--date', DAY, '--style', style]);
    assert.equal(r.code, 0, r.stderr);
    const md = readFileSync(join(dir, 'digests', `${DAY}.md`), 'utf8');

    const { fm, body } = splitDigest(md);
    assert.equal(fm.category, 'AI 日报');
    assert.deepEqual(fm.tags, ['AI', 'AI 日报']);
    assert.equal(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : String(fm.date), DAY);
    assert.equal(typeof fm.title, 'string');
    assert.ok(body.startsWith(`\n# ${String(fm.title)}\n`) || body.startsWith(`# ${String(fm.title)}\n`), body.slice(0, 80));
    assert.ok(Array.isArray(fm.seo) && fm.seo.length > 0);
    const summary = String(fm.summary).trim().split('\n');
    assert.ok(summary.length >= 3 && summary.every((l) => l.startsWith('- ')), String(fm.summary));

    const stories = storyBlocks(body, style);
    assert.ok(stories.length >= 3, `${stories.length} stories`);
    for (const s of stories) {
      assert.match(s, /\]\(https?:\/\/[^)]+\)/, `a story without a source link:\n${s}`);
    }

    // Publishable as is: the check passes, tracing bold figures and headline owners against the sample's store.
    const check = runCli(['--data', data, 'digest', '--check', join(dir, 'digests', `${DAY}.md`), '--json']);
    assert.equal(check.code, 0, `${check.stdout}${check.stderr}`);
    assert.equal(check.stdout.trim(), '');

    compareGolden(md, join(goldenDir, `sample-${DAY}.${style}.md`), 'digest');
  });
}

test('sample goldens pass the check; a digest with the issues an editor refuses fails it (exit 1, rule named)', () => {
  for (const style of ['stories', 'sections']) {
    const r = runCli(['--data', data, 'digest', '--check', join(goldenDir, `sample-${DAY}.${style}.md`)]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /publishable/);
  }
  const bad = join(out, 'bad.md');
  const md = readFileSync(join(goldenDir, `sample-${DAY}.stories.md`), 'utf8').replace(
    /\n## 更多动态\n/,
    '\n来源：notes-0209.md\n\n## 更多动态\n',
  );
  writeFileSync(bad, md);
  const r = runCli(['--data', data, 'digest', '--check', bad]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /\[source-name\].*notes-0209\.md/);
});

test('an empty day writes and publishes nothing, exits 1 and says what the store holds', () => {
  const dir = join(out, 'empty');
  const r = runCli(['--data', data, '--out', dir, 'digest', '--date', '2026-11-25']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /2026-11-25: nothing written or published/);
  assert.match(r.stderr, /none dated that day; days with articles or imported digest stories: 2026-11-22 \(\d+\)/);
  assert.ok(!existsSync(join(dir, 'digests')), 'no digest file');
  assert.ok(!existsSync(join(dir, 'feeds')), 'no feed');
});

test('stories only an imported archive digest tells fill their day; feeds and site carry every digest, newest first', () => {
  const dir = join(out, 'archive-days');
  for (const day of ['2026-11-20', '2026-11-22']) {
    const r = runCli(['--data', data, '--out', dir, 'digest', '--date', day]);
    assert.equal(r.code, 0, r.stderr);
  }
  assert.deepEqual(readdirSync(join(dir, 'digests')).sort(), ['2026-11-20.md', '2026-11-22.md']);
  // The archive's own 2026-11-20 digest lists stories no article tells: they are in ours.
  const archived = readFileSync(join(root, 'corpus', 'archive', 'digests', '2026-11-20.md'), 'utf8');
  const titles = [...archived.matchAll(/^- \*\*([^*]+)\*\*/gm)].map((m) => m[1] as string);
  const ours = readFileSync(join(dir, 'digests', '2026-11-20.md'), 'utf8');
  assert.ok(titles.length > 0 && titles.some((t) => ours.includes(t)), `none of ${JSON.stringify(titles)} in our 2026-11-20 digest`);
  const rss = readFileSync(join(dir, 'feeds', 'rss.xml'), 'utf8');
  const links = [...rss.matchAll(/<link>([^<]*digests\/[^<]*)<\/link>/g)].map((m) => m[1]);
  assert.deepEqual(
    links.map((l) => /(\d{4}-\d{2}-\d{2})/.exec(l ?? '')?.[1]),
    ['2026-11-22', '2026-11-20'],
  );
  const index = readFileSync(join(dir, 'site', 'index.html'), 'utf8');
  assert.ok(
    index.indexOf('2026-11-22') < index.indexOf('2026-11-20') && index.includes('digests/2026-11-20.html'),
    'site index lists both, newest first',
  );
  assert.ok(existsSync(join(dir, 'site', 'digests', '2026-11-20.html')));
});
