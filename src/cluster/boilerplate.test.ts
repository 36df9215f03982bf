// The corpus-wide shingle table: its stored bytes and reading them back.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ShingleFrequency } from './boilerplate.js';

const doc = (...xs: number[]) => Uint32Array.from(xs);

test('the shingle table reads back what it stored: document count and counts', () => {
  const df = new ShingleFrequency();
  for (let i = 0; i < 20; i++) df.add(doc(1, 2, 3 + i));
  const back = ShingleFrequency.fromBytes(df.toBytes());
  assert.equal(back.documents, 20);
  // Shingles 1 and 2 are in every document (boilerplate); 3+i in one each.
  assert.deepEqual([...back.rare(doc(1, 2, 5))], [5]);
  assert.deepEqual([...back.rare(doc(1, 2, 5))], [...df.rare(doc(1, 2, 5))]);
});

test('the stored bytes are the table itself, not an 8 MB copy each time; reading them back copies once', () => {
  const df = new ShingleFrequency();
  df.add(doc(7));
  const bytes = df.toBytes();
  assert.equal(df.toBytes(), bytes);
  assert.equal(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true), 1);
  const back = ShingleFrequency.fromBytes(bytes);
  back.add(doc(7));
  assert.equal(back.documents, 2);
  assert.equal(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true), 1);
});

test('bytes of another size give an empty table', () => {
  assert.equal(ShingleFrequency.fromBytes(Uint8Array.from([1, 0, 0, 0])).documents, 0);
  assert.equal(ShingleFrequency.fromBytes(undefined).documents, 0);
});
