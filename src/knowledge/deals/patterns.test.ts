import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { extractFigures, findEntities, loadGazetteer } from '../../extract/index.js';
import { extractDeals } from './extract.js';
import { type CompiledPatterns, defaultPatterns, requiredOf, topLevelTerms } from './patterns.js';
import { tokenizeSentence } from './tokens.js';

const gaz = loadGazetteer();
/** The labelled deal sentences (every pattern's home ground). */
function sentences(): string[] {
  const out: string[] = [];
  for (const name of ['deals.jsonl', 'deals-holdout.jsonl', 'deals-fresh.jsonl']) {
    const text = readFileSync(new URL(`../../../test/fixtures/knowledge/${name}`, import.meta.url), 'utf8');
    for (const l of text.split('\n')) if (l.trim()) out.push((JSON.parse(l) as { sentence: string }).sentence);
  }
  return out;
}

test('topLevelTerms: a sequence split into its elements, mandatory or not', () => {
  const terms = topLevelTerms('(?<payer>⟦E\\d+⟧)\\s+invest(?:ed|s)?[a-z]{0,3}(?=\\s)x+');
  assert.deepEqual(
    terms?.map((t) => [t.source, t.mandatory]),
    [
      ['(?<payer>⟦E\\d+⟧)', true],
      ['\\s+', true],
      ['i', true],
      ['n', true],
      ['v', true],
      ['e', true],
      ['s', true],
      ['t', true],
      ['(?:ed|s)?', false],
      ['[a-z]{0,3}', false],
      ['(?=\\s)', false],
      ['x+', true],
    ],
  );
  // A top-level alternation, a backreference, an unbalanced group: no sequence.
  assert.equal(topLevelTerms('ab|cd'), undefined);
  assert.equal(topLevelTerms('(a)\\1'), undefined);
  assert.equal(topLevelTerms('(ab'), undefined);
  // A `)` or `|` inside a class does not end or split anything.
  assert.equal(topLevelTerms('[)|]ab')?.length, 3);
});

test('requiredOf: the rarest part no match can skip', () => {
  assert.equal(requiredOf('(?<payer>⟦E\\d+⟧)\\s+invest(?:ed|s)?\\s+in').required?.source, 'invest');
  // Optional parts and parts with entity tokens are never taken; a group whose every alternative has letters is.
  assert.equal(requiredOf('(?:acquisition)?\\s*(?:buys|bought)\\s+⟦E\\d+⟧').required?.source, '(?:buys|bought)');
  // A group with an alternative of no letters says nothing.
  assert.equal(requiredOf('⟦E\\d+⟧(?:\\s*,\\s*which\\s+|\\s+)⟦M\\d+⟧').required, undefined);
  assert.equal(requiredOf('buys|sells').required, undefined);
  // Han characters weigh more than Latin letters.
  assert.equal(requiredOf('⟦E\\d+⟧(?:to|at)\\s*(?:投资|注资)').required?.source, '(?:投资|注资)');
});

test('every bundled deal pattern has a required part, and a text its part misses holds no match', () => {
  const table = defaultPatterns();
  assert.deepEqual(
    table.patterns.filter((p) => !p.required).map((p) => p.id),
    [],
  );
  let matched = 0;
  for (const s of sentences()) {
    const t = tokenizeSentence(s, findEntities(s, gaz, { discover: true }), extractFigures(s));
    for (const p of table.patterns) {
      p.re.lastIndex = 0;
      if (!p.re.test(t.text)) continue;
      matched++;
      assert.ok(p.required?.test(t.text), `${p.id}: ${t.text}`);
    }
  }
  assert.ok(matched > 100, `${matched} matches`);
});

test('extractDeals finds the same edges with and without the required parts', () => {
  const table = defaultPatterns();
  const bare: CompiledPatterns = { ...table, patterns: table.patterns.map(({ required: _r, ...p }) => p) };
  const meta = { itemId: 'it', source: 's' };
  let edges = 0;
  for (const s of sentences()) {
    const mentions = findEntities(s, gaz, { discover: true });
    const figures = extractFigures(s);
    const a = extractDeals(s, mentions, figures, meta, table);
    edges += a.length;
    assert.deepEqual(a, extractDeals(s, mentions, figures, meta, bare), s);
  }
  assert.ok(edges > 100, `${edges} edges`);
});
