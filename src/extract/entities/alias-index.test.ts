/**
 * The flattened alias trie (decision 045) against a plain reference: at each position the longest alias written there,
 * left to right, non-overlapping. Chinese aliases (no case, no word boundary, no guard) so only the trie decides.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { GazetteerEntry } from '../../types/entity.js';
import { buildAliasIndex, matchAliases } from './alias-index.js';
import { loadGazetteer } from './gazetteer.js';

const rules = { ...loadGazetteer().rules, caseSensitive: [], guards: {}, zhGuards: {} };

const entries = (aliases: string[]): GazetteerEntry[] => aliases.map((a) => ({ name: a, type: 'org', aliases: [] }));

/** Longest alias at each position, left to right, skipping what a match covers. */
function reference(text: string, aliases: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    let best = 0;
    for (const a of aliases) if (a.length > best && text.startsWith(a, i)) best = a.length;
    if (best > 0) {
      out.push([i, i + best]);
      i += best - 1;
    }
  }
  return out;
}

const spans = (text: string, aliases: string[]): [number, number][] =>
  matchAliases(text, buildAliasIndex(entries(aliases), rules)).map((m) => [m.start, m.end]);

test('the longest alias wins where several share a prefix, in a sentence of ours', () => {
  const aliases = ['阿里', '阿里巴巴', '阿里云', '阿里巴巴集团', '云计算', '计算'];
  const text = '阿里巴巴集团旗下阿里云的云计算收入增长，阿里巴巴股价上涨。';
  assert.deepEqual(spans(text, aliases), reference(text, aliases));
  assert.deepEqual(
    matchAliases(text, buildAliasIndex(entries(aliases), rules)).map((m) => m.text),
    ['阿里巴巴集团', '阿里云', '云计算', '阿里巴巴'],
  );
});

test('thousands of aliases (an edge table that probes past collisions) match as the reference does', () => {
  const chars = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉';
  const aliases: string[] = [];
  // 20 x 20 x 10 three-character aliases plus their two-character prefixes: ~4,400 trie edges.
  for (const a of chars) for (const b of chars) for (const c of chars.slice(0, 10)) aliases.push(`${a}${b}${c}`);
  for (const a of chars) for (const b of chars.slice(0, 5)) aliases.push(`${a}${b}`);
  const text = `${chars}${[...chars].reverse().join('')}，甲乙丙，子丑寅卯，申酉甲乙。`.repeat(3);
  assert.deepEqual(spans(text, aliases), reference(text, aliases));
});

test('any aliases over a small alphabet match as the reference does', () => {
  const word = fc.array(fc.constantFrom('东', '方', '科', '技', '，'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, fc.array(word, { maxLength: 20 }), (aliases, head, rest) => {
      const text = [head, ...rest].join('');
      assert.deepEqual(spans(text, aliases), reference(text, aliases));
    }),
    { numRuns: 300 },
  );
});
