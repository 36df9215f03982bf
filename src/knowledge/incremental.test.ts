import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemRecord } from '../../test/support/records.js';
import { extract, loadGazetteer } from '../extract/index.js';
import type { ItemExtraction } from '../store/types.js';
import type { ItemRecord } from '../types/item.js';
import type { Statement } from '../types/knowledge.js';
import {
  addStatementsByKey,
  buildClaims,
  knowledgeParts,
  PackedStatements,
  partRow,
  partSummaryOf,
  regroupClaims,
  statementKeys,
} from './index.js';

const gaz = loadGazetteer();

function record(id: string, lang: 'en' | 'zh', text: string): ItemRecord {
  return itemRecord({ id, lang, text, hash: id, ingestedAt: '2026-11-21T00:00:00Z' });
}

const items = [
  record('en1', 'en', 'Microsoft reported revenue of $65.6 billion for the quarter, up 16%. Its cloud revenue rose to $30.9 billion.'),
  record('en2', 'en', 'Microsoft said quarterly revenue came in at $65.6 billion, ahead of estimates.'),
  record('zh1', 'zh', '微软本季度营收为656亿美元，同比增长16%。智能云业务收入309亿美元。'),
  record('zh2', 'zh', '阿里巴巴第三季度营收2477亿元，同比增长5%，其中云智能集团收入398亿元。'),
];
const extractions: ItemExtraction[] = items.map((it) => ({
  itemId: it.id,
  ...extract(it.text, { date: it.date, lang: it.lang as 'en' | 'zh' }, gaz),
}));
const parts = knowledgeParts({ items, extractions });

function byKeyBoth(): { map: Map<string, Statement[]>; packed: PackedStatements } {
  const map = new Map<string, Statement[]>();
  const packed = new PackedStatements();
  for (const p of parts) {
    const ks = statementKeys(p.statements);
    addStatementsByKey(map, p.statements, ks);
    packed.add(p.statements, ks);
  }
  return { map, packed };
}

test('packed statements: every key gives back its statements, in the order added, as the stored JSON reads them', () => {
  const { map, packed } = byKeyBoth();
  assert.ok(map.size >= 3, `expected several claim groups, got ${map.size}`);
  assert.equal(packed.size, map.size);
  for (const [k, list] of map) assert.deepEqual(packed.get(k), JSON.parse(JSON.stringify(list)));
  assert.equal(packed.get('no such key'), undefined);
});

test('packed statements: the claims regrouped from them equal the claims of the statements themselves', () => {
  const { map, packed } = byKeyBoth();
  const keys = [...map.keys()].sort();
  const changed = new Set(items.map((i) => i.id));
  assert.deepEqual(
    JSON.parse(JSON.stringify(regroupClaims([], packed, keys, changed))),
    JSON.parse(JSON.stringify(regroupClaims([], map, keys, changed))),
  );
  assert.deepEqual(
    JSON.parse(JSON.stringify(regroupClaims([], packed, keys, changed))),
    JSON.parse(JSON.stringify(buildClaims(parts.flatMap((p) => p.statements)))),
  );
});

test('packed statements: a statement longer than a chunk, many statements across chunks, keys deleted', () => {
  const packed = new PackedStatements();
  const base = parts.flatMap((p) => p.statements)[0] as Statement;
  // A sentence of ~1.2 MB of Chinese (3 bytes a character in UTF-8): larger than one chunk.
  const long: Statement = { ...base, sentence: '据公司披露，数据中心业务收入增长。'.repeat(25_000) };
  const many = Array.from({ length: 3000 }, (_, i) => ({ ...base, line: i + 1, sentence: `${base.sentence} (${i})` }));
  packed.add([many[0] as Statement, long, ...many.slice(1)], ['a', 'b', ...many.slice(1).map((_, i) => (i % 2 ? 'a' : 'c'))]);
  assert.equal(packed.get('b')?.[0]?.sentence, long.sentence);
  const a = packed.get('a') ?? [];
  assert.deepEqual(
    a.map((s) => s.line),
    [1, ...many.slice(1).flatMap((s, i) => (i % 2 ? [s.line] : []))],
  );
  assert.equal((packed.get('c') ?? []).length, 1500);
  packed.delete('a');
  packed.delete('b');
  assert.equal(packed.get('a'), undefined);
  assert.equal((packed.get('c') ?? []).length, 1500);
  packed.delete('c');
  assert.equal(packed.size, 0);
});

test('a stored part is its counts (decision 097): the keys it touches kept, its statements not copied again', () => {
  const en1 = parts.find((p) => p.itemId === 'en1');
  assert.ok(en1 && en1.statements.length >= 2, 'the English results item states several figures');
  const row = partRow(en1);
  assert.equal(row.body, `{"statements":${en1.statements.length},"deals":${en1.deals.length},"derived":${en1.derived.length}}`);
  assert.deepEqual(partSummaryOf(row), { statements: en1.statements.length, deals: en1.deals.length, derived: en1.derived.length });
  assert.ok(row.claimKeys.length > 0, 'the claim groups of its statements are still listed');
  // A body written before (the whole part) reads as the same summary.
  assert.deepEqual(partSummaryOf({ body: JSON.stringify(en1) }), partSummaryOf(row));
});
