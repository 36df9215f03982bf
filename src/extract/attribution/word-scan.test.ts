/** The word scanner finds exactly what the regex alternation it replaces finds: on the sample corpus and on random text. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadMetricLexicon, wordsRegex } from './lexicon.js';
import { WordScanner } from './word-scan.js';

const viaRegex = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ index: m.index, text: m[0] }));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(md|txt|html|xml)$/.test(name)) out.push(p);
  }
  return out;
}

const keywords = [...loadMetricLexicon().keywordMetric.keys()];

test('the metric keywords: same matches as the alternation on every sample corpus file', () => {
  const scan = new WordScanner(keywords);
  const re = wordsRegex(keywords);
  let hits = 0;
  for (const f of files(join(import.meta.dirname, '../../../corpus'))) {
    const text = readFileSync(f, 'utf8');
    const want = viaRegex(re, text);
    hits += want.length;
    assert.deepEqual(scan.all(text), want, f);
  }
  assert.ok(hits > 100, `only ${hits} keyword hits in the corpus`);
});

test('random text built from keyword pieces, case changes and awkward characters: same matches as the alternation', () => {
  const words = [
    'capex',
    'Capital Expenditure',
    'capital',
    'rev',
    'revenue',
    '营收',
    '营业收入',
    '资本开支',
    'AI芯片',
    'a',
    'ß',
    'ſt',
    'K',
    'İ',
    'x.y',
  ];
  const scan = new WordScanner(words);
  const re = wordsRegex(words);
  const piece = fc.oneof(
    fc.constantFrom(...words),
    fc.constantFrom(...words).map((w) => w.toUpperCase()),
    fc.constantFrom(...words).map((w) => w.toLowerCase()),
    fc.constantFrom(' ', '-', '1', 'x', 'S', 'ſ', 'K', 'i̇', '收', '。', 'es', '\n'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(scan.all(text), viaRegex(re, text));
    }),
    { numRuns: 2000 },
  );
});

test('inside a Latin word no Latin keyword can start: the scan runs a group of Latin words only at word starts', () => {
  const scan = new WordScanner(keywords);
  const re = wordsRegex(keywords);
  const en = 'Microsoft said quarterly revenue rose 12% to $65.6 billion, while capital expenditures reached $19 billion.';
  assert.deepEqual(scan.all(en), viaRegex(re, en));
  assert.ok(
    scan.all(en).some((h) => h.text.toLowerCase() === 'revenue'),
    'revenue is found',
  );
  // At most one run per word start (letters and digits after a letter or digit are never tried).
  const wordStarts = [...en.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9]/g)].length;
  const others = [...en].filter((ch) => !/[A-Za-z0-9]/.test(ch)).length;
  assert.ok(scan.lastRuns <= wordStarts + others, `${scan.lastRuns} runs for ${wordStarts} word starts`);
  // Chinese keywords stand anywhere: a Chinese sentence is tried at every character that starts a keyword.
  const zh = '微软本季度营收656亿美元，资本开支同比增长约五成，AI芯片采购额创新高。';
  assert.deepEqual(scan.all(zh), viaRegex(re, zh));
  assert.ok(scan.all(zh).length >= 2);
  // A group holding a word that is not Latin ('AI芯片') is tried inside words too: 'OpenAI芯片' holds it.
  const mixed = new WordScanner(['AI芯片', 'ai', 'capex']);
  const t = 'OpenAI芯片订单与capex';
  assert.deepEqual(mixed.all(t), viaRegex(wordsRegex(['AI芯片', 'ai', 'capex']), t));
  assert.equal(mixed.all(t)[0]?.text, 'AI芯片');
});
