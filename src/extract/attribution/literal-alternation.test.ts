/** The literal alternation answers `test` exactly as the whole regex alternation it stands for (flags iu, \b-wrapped words). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { loadMetricLexicon } from './lexicon.js';
import { LiteralAlternation, type LiteralAlternative } from './literal-alternation.js';

/** As scope.ts writes the estimate words: escaped, a word starting with a Latin letter wrapped in \b. */
function alternatives(words: readonly string[]): LiteralAlternative[] {
  return words.map((w) => {
    const x = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { source: /^[a-z]/i.test(x) ? `\\b${x}\\b` : x, first: w.slice(0, 1) };
  });
}
const whole = (alts: LiteralAlternative[]) => new RegExp(`(?:${alts.map((a) => a.source).join('|')})`, 'iu');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(md|txt|html|xml)$/.test(name)) out.push(p);
  }
  return out;
}

test('the estimate words: same answer as the alternation on every prefix of every sample corpus sentence', () => {
  const words = loadMetricLexicon().lex.segments?.estimates?.before ?? [];
  assert.ok(words.length > 20);
  const alts = alternatives(words);
  const fast = new LiteralAlternation(alts, 'iu');
  const re = whole(alts);
  let yes = 0;
  let asked = 0;
  for (const f of files(join(import.meta.dirname, '../../../corpus'))) {
    for (const s of readFileSync(f, 'utf8').split(/(?<=[.。!?！？\n])/)) {
      // Every cut of the sentence: the end of a slice is where a \b may hold only because the slice ends.
      for (let end = 0; end <= s.length; end += 3) {
        const t = s.slice(0, end);
        const want = re.test(t);
        assert.equal(fast.test(t), want, JSON.stringify(t));
        asked++;
        if (want) yes++;
      }
    }
  }
  assert.ok(asked > 1000 && yes > 10, `${asked} slices, ${yes} with an estimate word`);
});

test('random text of word pieces, case changes and awkward characters: same answer as the alternation', () => {
  const words = ['we expect', 'estimates of', "analysts' average", '分析师预期', 'LSEG', 'ſt', 'K', 'İ', 'x.y', '(a)', 'b|c', '😀x'];
  for (const list of [words, words.slice(0, 11), ['']]) {
    const alts = alternatives(list);
    const fast = new LiteralAlternation(alts, 'iu');
    const re = whole(alts);
    const piece = fc.oneof(
      fc.constantFrom(...list),
      fc.constantFrom(...list).map((w) => w.toUpperCase()),
      fc.constantFrom(...list).map((w) => w.slice(0, -1)),
      fc.constantFrom(' ', '-', '1', 'x', 'S', 'ſ', 'K', 'k', 'i̇', 'ı', '收', '。', "'", '😀', '\ud83d', '\n', 'we', 'expect5'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        assert.equal(fast.test(text), re.test(text), JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  }
});
