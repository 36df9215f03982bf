/**
 * One hostile item must not poison the store: an item over a limit is quarantined (listed, reported, skipped) and the
 * next ingest and digest work; `factbrief remove` deletes an item or a source with what was derived from it.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildKnowledge } from '../../src/knowledge/index.js';
import { normalizeItem } from '../../src/normalize/index.js';
import { draft } from '../../src/store/suite.js';
import type { Figure, ItemRecord } from '../../src/types/index.js';
import { cli, temp } from './cli.js';

const DENSE = 'Revenue rose 5%, margin 6%, cost 7% and tax 8%.';

test('buildKnowledge takes an item of 200,000 figures without overflowing the stack', () => {
  const text = `${DENSE}\n`.repeat(50_000);
  const item: ItemRecord = { ...normalizeItem(draft('dense', text)), sourceId: 1, source: '/dense.md', story: null, ingestedAt: '' };
  const figures: Figure[] = [];
  for (const m of text.matchAll(/(\d+)%/g))
    figures.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'percent', value: Number(m[1]), qualifier: 'exact' });
  assert.equal(figures.length, 200_000);
  const snap = buildKnowledge({ items: [item], extractions: [{ itemId: item.id, figures, entities: [] }] });
  assert.ok(Array.isArray(snap.claims));
});

test('a dense file is quarantined, later ingests and digests work, and remove deletes items and sources', {
  timeout: 180_000,
}, async () => {
  const dir = temp();
  const data = join(dir, 'data');
  const out = join(dir, 'out');
  const config = join(dir, 'factbrief.yaml');
  writeFileSync(config, 'limits:\n  maxFigures: 1000\n');
  const dense = join(dir, 'dense.md');
  writeFileSync(dense, `---\ntitle: Dense\ndate: 2026-11-22\n---\n\n${`${DENSE}\n`.repeat(500)}`);
  const good = join(dir, 'good.md');
  writeFileSync(
    good,
    '---\ntitle: Oracle deal\ndate: 2026-11-22\n---\n\nOracle signed a $300 billion contract with OpenAI, the companies said.\n',
  );
  const g = ['--data', data, '--config', config];

  const first = await cli([...g, 'ingest', '--json', dense]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /quarantined: 2,000 figures \(limit limits\.maxFigures = 1,000\)/);
  const report = JSON.parse(first.stdout.trim()) as { quarantined: { itemId: string }[] };
  const id = report.quarantined[0]?.itemId as string;
  assert.match(id, /^it_/);

  const second = await cli([...g, 'ingest', good]);
  assert.equal(second.code, 0, second.stderr);
  const items = (await cli([...g, 'items', '--json'])).stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(items.length, 2);
  assert.match(items.find((i) => i.id === id)?.quarantined?.reason ?? '', /maxFigures/);
  const claims = await cli([...g, 'claims', '--json']);
  assert.match(claims.stdout, /300000000000/, 'the good item is in the claims');
  assert.ok(!/"value":5,/.test(claims.stdout), 'nothing from the quarantined item');
  const dig = await cli([...g, '--out', out, 'digest', '--date', '2026-11-22']);
  assert.equal(dig.code, 0, dig.stderr);

  const rm = await cli([...g, 'remove', '--json', id]);
  assert.equal(rm.code, 0, rm.stderr);
  assert.deepEqual(JSON.parse(rm.stdout.trim()).items, [id]);
  assert.equal((await cli([...g, 'remove', id])).code, 1, 'removing it twice is an error naming it');
  const rmSrc = await cli([...g, 'remove', good]);
  assert.equal(rmSrc.code, 0, rmSrc.stderr);
  assert.equal((await cli([...g, 'items', '--json'])).stdout.trim(), '');
  assert.equal((await cli([...g, 'claims', '--json'])).stdout.trim(), '');
});
