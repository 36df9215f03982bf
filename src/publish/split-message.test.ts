import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { splitMessage } from './split-message.js';

const strip = (s: string) => s.replace(/\s/g, '');

test('short text is one part', () => {
  assert.deepEqual(splitMessage('## 标题\n\n正文。', 4096), ['## 标题\n\n正文。']);
});

test('parts break at paragraph boundaries when paragraphs fit', () => {
  const paras = Array.from({ length: 40 }, (_, i) => `第 ${i + 1} 段：${'英伟达计划投资 20 亿美元建设数据中心。'.repeat(12)}`);
  const text = paras.join('\n\n');
  assert.ok(text.length > 4096 * 2);
  const parts = splitMessage(text, 4096);
  assert.ok(parts.length >= 3);
  for (const p of parts) {
    assert.ok(p.length <= 4096);
    for (const para of p.split('\n\n')) assert.ok(paras.includes(para), 'every part holds whole paragraphs');
  }
  assert.equal(parts.join('\n\n'), text);
});

test('a paragraph too long breaks at lines, a line too long at punctuation', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `- 第 ${i} 条：${'数字'.repeat(40)}`);
  const parts = splitMessage(lines.join('\n'), 500);
  for (const p of parts) for (const l of p.split('\n')) assert.ok(lines.includes(l));
  const long = '这是一句很长的话，'.repeat(100);
  const cut = splitMessage(long, 100);
  for (const p of cut.slice(0, -1)) assert.ok(p.endsWith('，'), `cut after punctuation: ${p.slice(-3)}`);
  assert.equal(cut.join(''), long.trimEnd());
});

test('never cuts a surrogate pair', () => {
  const parts = splitMessage('😀'.repeat(10), 3);
  for (const p of parts) assert.ok(p.length <= 3 && !/[\ud800-\udbff]$/.test(p));
  assert.equal(parts.join(''), '😀'.repeat(10));
});

test('property: parts fit, are non-blank, and keep every non-space character in order', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 80 }), (text, max) => {
      const parts = splitMessage(text, max);
      for (const p of parts) {
        assert.ok(p.length <= max);
        assert.ok(p.trim() !== '');
      }
      assert.equal(strip(parts.join('')), strip(text));
    }),
    { numRuns: 300 },
  );
});
