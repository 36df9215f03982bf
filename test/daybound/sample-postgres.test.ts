// The sample corpus through the real binary on a PostgreSQL store (the day-bounded path: clustering from stored
// features, incremental knowledge, a digest that reads one day) writes the same bytes as today's goldens, which the
// SQLite store writes (test/e2e/sample-golden.test.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { root, runCli, tempDir } from '../support/cli.js';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../support/postgres.js';

const DAY = '2026-11-22';
const corpus = ['articles', 'transcripts', 'highlights', 'archive'].map((d) => join(root, 'corpus', d));

test('sample digest on PostgreSQL: byte-identical to the goldens in both styles', { skip: skipWithoutPostgres }, () => {
  const { url } = freshSchemaUrl('fbsample');
  const data = tempDir();
  const ingest = runCli(['--store', url, '--data', data, 'ingest', ...corpus]);
  assert.equal(ingest.code, 0, ingest.stderr);
  for (const style of ['stories', 'sections'] as const) {
    const out = tempDir();
    const r = runCli(['--store', url, '--data', data, '--out', out, 'digest', '--date', DAY, '--style', style]);
    assert.equal(r.code, 0, r.stderr);
    const md = readFileSync(join(out, 'digests', `${DAY}.md`), 'utf8');
    assert.equal(md, readFileSync(join(root, 'test', 'golden', `sample-${DAY}.${style}.md`), 'utf8'), `${style} differs from its golden`);
  }
});

after(() => dropSchemas());
