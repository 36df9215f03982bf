/**
 * Provenance on every input kind: the whole sample corpus (Markdown, HTML and plain-text articles, a GBK file,
 * transcripts, archive digests split into stories, reading notes, highlight exports) is ingested by the real binary;
 * every value of `claims --json` and every source of `graph --json` must point at a line of the original file where
 * that figure or sentence stands.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { test } from 'node:test';
import { decodeBytes, foldTraditional } from '../../src/ingest/index.js';
import { jsonLines, root, runCli, tempDir } from '../support/cli.js';

const files = new Map<string, string[]>();
/** The decoded file's lines, Traditional folded to Simplified (what the extractors read). */
function linesOf(file: string): string[] {
  let lines = files.get(file);
  if (!lines) {
    lines = foldTraditional(decodeBytes(readFileSync(file), {}).text).split(/\r\n|\r|\n/);
    files.set(file, lines);
  }
  return lines;
}

/** Letters and digits only: markup, spacing, caption breaks and punctuation do not count. */
const bare = (s: string): string =>
  foldTraditional(s)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** Whether `needle` starts on line `line` (1-based) of `file`: the line plus the next ones hold it, and the line holds its start. */
function standsOn(file: string, line: number, needle: string): boolean {
  const lines = linesOf(file);
  if (line < 1 || line > lines.length) return false;
  const want = bare(needle);
  const here = bare(lines[line - 1]!);
  // A caption sentence runs on over cue numbers and timings, which are not its text.
  const cue = (l: string): boolean => /^\s*\d+\s*$|-->/.test(l);
  const span = bare(
    lines
      .slice(line - 1, line + 8)
      .filter((l) => !cue(l))
      .join('\n')
      .replace(/<[^>]*>/g, ''),
  );
  return span.includes(want) && (here.includes(want.slice(0, 4)) || want.startsWith(here.slice(-4)));
}

const data = tempDir();
const ingest = runCli([
  '--data',
  data,
  'ingest',
  ...['articles', 'transcripts', 'highlights', 'archive'].map((d) => join(root, 'corpus', d)),
]);

test('provenance: the sample corpus ingests', () => {
  assert.equal(ingest.code, 0, ingest.stderr);
});

test('provenance: every claim value names the file and the line where its figure stands, for every input kind', () => {
  const r = runCli(['--data', data, 'claims', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const claims = jsonLines<{ type: string; values: { source: string; line?: number; text: string }[] }>(r.stdout).filter(
    (c) => c.type === 'claim',
  );
  const values = claims.flatMap((c) => c.values);
  assert.ok(values.length > 100, `only ${values.length} claim values`);
  const kinds = new Set<string>();
  const wrong: string[] = [];
  for (const v of values) {
    kinds.add(`${v.source.includes('/archive/') ? 'archive' : v.source.split('/').at(-2)}${extname(v.source)}`);
    if (v.line === undefined || !standsOn(v.source, v.line, v.text)) wrong.push(`${v.source}:${v.line} ${v.text}`);
  }
  assert.deepEqual(wrong, []);
  for (const k of ['articles.md', 'articles.html', 'articles.txt', 'transcripts.vtt', 'transcripts.srt', 'archive.md', 'highlights.csv'])
    assert.ok(kinds.has(k), `no claim from ${k}; seen ${[...kinds].join(', ')}`);
});

test('provenance: every graph source names the file and the line where its sentence starts', () => {
  const r = runCli(['--data', data, 'graph', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const edges = jsonLines<{ type: string; sources?: { file: string; line?: number; sentence: string }[] }>(r.stdout).filter(
    (e) => e.type === 'edge',
  );
  const sources = edges.flatMap((e) => e.sources ?? []);
  assert.ok(sources.length > 20, `only ${sources.length} edge sources`);
  const wrong = sources.filter((s) => s.line === undefined || !standsOn(s.file, s.line, s.sentence.slice(0, 40)));
  assert.deepEqual(
    wrong.map((s) => `${s.file}:${s.line} ${s.sentence.slice(0, 60)}`),
    [],
  );
});
