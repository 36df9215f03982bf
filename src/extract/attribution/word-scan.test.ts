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
