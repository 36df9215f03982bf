import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lineIndex } from './lines.js';
import { lineOf } from './sentences.js';

/** The definition: 1 + newlines strictly before the offset. */
function naive(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

test('lineIndex and lineOf agree with counting newlines, at every offset', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[ab\n]{0,40}$/), (text) => {
      const idx = lineIndex(text);
      for (let o = -1; o <= text.length + 1; o++) {
        assert.equal(idx.lineOf(o), naive(text, o));
        assert.equal(lineOf(text, o), naive(text, o));
      }
    }),
  );
});

test('lineOf on a file of 200k lines answers every offset without rescanning', () => {
  const text = 'x\n'.repeat(200_000);
  let sum = 0;
  for (let o = 0; o < text.length; o += 7) sum += lineOf(text, o);
  assert.ok(sum > 0);
  assert.equal(lineOf(text, text.length - 1), 200_000);
});
