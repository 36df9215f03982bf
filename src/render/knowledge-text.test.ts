import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stmt } from '../../test/fixtures/knowledge/records.js';
import { buildClaims, findCycles, rankNodes } from '../knowledge/index.js';
import type { DealEdge } from '../types/knowledge.js';
import { formatClaims } from './claims.js';
import { formatGraph } from './graph.js';

test('formatClaims marks conflicts with both values and sources', () => {
  const f = (value: number, text: string) => ({
    kind: 'money' as const,
    value,
    currency: 'USD',
    qualifier: 'exact' as const,
    text,
    subject: 'Google',
    metric: 'capex',
    period: '2026',
  });
  const claims = buildClaims([
    stmt(f(85e9, '$85 billion'), { source: 'wire.md', line: 5, date: '2026-02-20' }),
    stmt(f(91e9, '910 亿美元'), { source: '36kr.md', line: 3, date: '2026-02-21' }),
  ]);
  const out = formatClaims(claims);
  assert.match(out, /⚠ Google · capex · 2026/);
  assert.match(out, /\$85B {2}"\$85 billion" {2}← wire\.md:5 \(2026-02-20\)/);
  assert.match(out, /\$91B {2}"910 亿美元" {2}← 36kr\.md:3 \(2026-02-21\) {2}\[latest\]/);
  assert.match(out, /1 claims, 1 conflicting/);
  assert.equal(formatClaims([]), '(no claims)\n');
});

test('formatGraph prints a tree per payer, then loops', () => {
  const e = (from: string, to: string, kind: DealEdge['kind'], source: string): DealEdge => ({
    from,
    to,
    kind,
    itemId: 'i',
    source,
    sentence: '',
  });
  const deals = [
    e('Nvidia', 'OpenAI', 'invest', 'a.md'),
    e('Nvidia', 'OpenAI', 'invest', 'b.md'),
    e('Nvidia', 'xAI', 'invest', 'c.md'),
    e('OpenAI', 'Nvidia', 'purchase', 'a.md'),
  ];
  const out = formatGraph(deals, findCycles(deals), rankNodes(deals));
  assert.match(
    out,
    /^Nvidia\n├─ invest → OpenAI {2}\[a\.md, b\.md\]\n└─ invest → xAI {2}\[c\.md\]\nOpenAI\n└─ purchase → Nvidia {2}\[a\.md\]\n/,
  );
  assert.match(out, /↻ Nvidia → OpenAI → Nvidia/);
});
