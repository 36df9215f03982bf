import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DealEdge, DealKind } from '../types/knowledge.js';
import { findCycles, rankNodes } from './graph.js';

const edge = (from: string, to: string, kind: DealKind = 'invest', usd?: number): DealEdge => ({
  from,
  to,
  kind,
  itemId: `it_${from}_${to}`,
  source: 'test',
  sentence: `${from} → ${to}`,
  ...(usd ? { amount: { text: '', start: 0, end: 0, kind: 'money', value: usd, currency: 'USD', qualifier: 'exact' } } : {}),
});

// Planted circular-financing loops: five 2-cycles and two 3-cycles.
const planted: DealEdge[] = [
  edge('Nvidia', 'OpenAI', 'invest', 100e9),
  edge('OpenAI', 'Nvidia', 'purchase', 40e9),
  edge('AMD', 'OpenAI', 'equity-option'),
  edge('OpenAI', 'AMD', 'purchase'),
  edge('Microsoft', 'OpenAI', 'invest', 13e9),
  edge('OpenAI', 'Microsoft', 'cloud-contract', 250e9),
  edge('Amazon', 'Anthropic', 'invest', 8e9),
  edge('Anthropic', 'Amazon', 'cloud-contract'),
  edge('Nvidia', 'CoreWeave', 'stake'),
  edge('CoreWeave', 'Nvidia', 'purchase'),
  edge('OpenAI', 'Oracle', 'cloud-contract', 300e9),
  edge('Oracle', 'Nvidia', 'purchase', 40e9),
  edge('Nvidia', 'xAI', 'invest', 2e9),
  edge('xAI', 'Oracle', 'cloud-contract'),
];

test('planted 2- and 3-cycles are all found, each once, rotation-normalised', () => {
  const cycles = findCycles(planted);
  assert.deepEqual(cycles, [
    ['AMD', 'OpenAI'],
    ['Amazon', 'Anthropic'],
    ['CoreWeave', 'Nvidia'],
    ['Microsoft', 'OpenAI'],
    ['Nvidia', 'OpenAI'],
    ['Nvidia', 'OpenAI', 'Oracle'],
    ['Nvidia', 'xAI', 'Oracle'],
  ]);
});

test('no loop where the flows do not close', () => {
  const chain = [
    edge('SoftBank', 'OpenAI'),
    edge('OpenAI', 'Oracle'),
    edge('Oracle', 'Nvidia'),
    edge('Nvidia', 'TSMC'),
    edge('Google', 'Anthropic'),
    edge('Anthropic', 'Broadcom'),
  ];
  assert.deepEqual(findCycles(chain), []);
  assert.deepEqual(findCycles([edge('A', 'A')]), [], 'self-loops are not circular financing');
});

test('cycle length is bounded (default 4)', () => {
  const ring = ['A', 'B', 'C', 'D', 'E'].map((n, i, all) => edge(n, all[(i + 1) % all.length] as string));
  assert.deepEqual(findCycles(ring), []);
  assert.deepEqual(findCycles(ring, 5), [['A', 'B', 'C', 'D', 'E']]);
});

test('duplicated deals and any input order give the same cycles', () => {
  const base = findCycles(planted);
  assert.deepEqual(findCycles([...planted, ...planted].reverse()), base);
});

test('property: every reported cycle is elementary, closed, starts at its smallest node and is unique', () => {
  const names = ['A', 'B', 'C', 'D', 'E', 'F'];
  const arb = fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names)), { maxLength: 25 });
  fc.assert(
    fc.property(arb, (pairs) => {
      const deals = pairs.map(([a, b]) => edge(a, b));
      const has = new Set(pairs.map(([a, b]) => `${a}>${b}`));
      const cycles = findCycles(deals);
      const seen = new Set<string>();
      for (const c of cycles) {
        assert.ok(c.length >= 2 && c.length <= 4);
        assert.equal(new Set(c).size, c.length);
        assert.equal(c[0], [...c].sort()[0]);
        c.forEach((n, i) => assert.ok(has.has(`${n}>${c[(i + 1) % c.length]}`)));
        assert.ok(!seen.has(c.join()));
        seen.add(c.join());
      }
    }),
  );
});

test('rankNodes: flows in USD and a PageRank score; the big receiver of money ranks first', () => {
  const ranking = rankNodes(planted);
  const byName = new Map(ranking.map((r) => [r.name, r]));
  assert.equal(byName.get('OpenAI')?.inflow, 113e9);
  assert.equal(byName.get('OpenAI')?.outflow, 590e9);
  assert.equal(byName.get('Nvidia')?.inflow, 80e9);
  assert.equal(ranking.length, 9);
  assert.ok(ranking.every((r, i) => i === 0 || (ranking[i - 1] as { score: number }).score >= r.score));
  assert.deepEqual(rankNodes([]), []);
});

test('rankNodes: one flow told by several sources counts once; a joint amount counts once over its payers', () => {
  const told = (source: string, usd: number): DealEdge => ({ ...edge('Intel', 'Mistral', 'invest', usd), source, itemId: `it_${source}` });
  // Three outlets state the same $5B investment (one says about $4.9B): inflow 5B, not 14.9B.
  const r1 = new Map(rankNodes([told('a', 5e9), told('b', 5e9), told('c', 4.9e9)]).map((r) => [r.name, r]));
  assert.equal(r1.get('Mistral')?.inflow, 5e9);
  assert.equal(r1.get('Intel')?.outflow, 5e9);
  // "Samsung and Cisco jointly committed $6 billion to Mistral": two edges marked joint, $6B in total.
  const amount = {
    text: '$6 billion',
    start: 40,
    end: 50,
    kind: 'money' as const,
    value: 6e9,
    currency: 'USD',
    qualifier: 'exact' as const,
  };
  const joint = (from: string): DealEdge => ({ ...edge(from, 'Mistral'), itemId: 'it_j', sentence: 's', amount, joint: true });
  const r2 = new Map(rankNodes([joint('Samsung'), joint('Cisco')]).map((r) => [r.name, r]));
  assert.equal(r2.get('Mistral')?.inflow, 6e9);
  assert.equal((r2.get('Samsung')?.outflow ?? 0) + (r2.get('Cisco')?.outflow ?? 0), 6e9);
});
