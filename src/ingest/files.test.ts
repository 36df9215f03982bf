// Folder expansion: recursive, hidden files and node_modules skipped, known extensions only, deterministic order.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { expandTargets, SourceError } from './index.js';

const FOLDER = join(import.meta.dirname, '../../test/fixtures/ingest/folder');

test('expandTargets walks folders recursively in a stable order and keeps URLs as given', async () => {
  const out = await expandTargets([FOLDER, 'https://feeds.example.com/ai.xml']);
  assert.deepEqual(out, [join(FOLDER, 'Z.md'), join(FOLDER, 'a.md'), join(FOLDER, 'sub/b.txt'), 'https://feeds.example.com/ai.xml']);
  assert.deepEqual(await expandTargets([FOLDER]), out.slice(0, 3));
});

test('expandTargets keeps an explicitly named file whatever its extension', async () => {
  assert.deepEqual(await expandTargets([join(FOLDER, 'image.png')]), [join(FOLDER, 'image.png')]);
});

test('a missing path is a SourceError', async () => {
  await assert.rejects(
    expandTargets([join(FOLDER, 'does-not-exist')]),
    (e: unknown) => e instanceof SourceError && e.code === 'not-found' && e.message.includes('does-not-exist'),
  );
});
