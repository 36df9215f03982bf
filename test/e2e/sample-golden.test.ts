/**
 * Golden files of the sample corpus's digest in both styles, written by the real CLI with the offline engine.
 * A change in any stage that changes the published digest shows up here as a diff to review;
 * `UPDATE=1 node scripts/run-tests.mjs sample-golden` rewrites the goldens after review.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { root, runCli, tempDir } from '../support/cli.js';

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
    // No half-width punctuation right after Chinese text in generated Chinese sentences (templates).
    for (const line of body.split('\n').filter((l) => /^(据|.*说法不一)/.test(l))) {
      assert.doesNotMatch(line, /[\u4e00-\u9fff][,;:!?]/, line);
    }

    const golden = join(goldenDir, `sample-${DAY}.${style}.md`);
    if (process.env.UPDATE === '1' || !existsSync(golden)) {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(golden, md);
      if (process.env.UPDATE !== '1') assert.fail(`golden ${golden} was missing and has been written; review it`);
    }
    assert.equal(md, readFileSync(golden, 'utf8'), `digest differs from ${golden}; review and rerun with UPDATE=1`);
  });
}
