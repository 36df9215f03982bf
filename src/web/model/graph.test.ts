import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DealEdge } from '../../types/index.js';
import { entityPage } from '../pages/entity.js';
import { graphData } from './graph.js';

const deal = (from: string, to: string, status?: DealEdge['status']): DealEdge => ({
  from,
  to,
  kind: 'invest',
  itemId: `${from}-${to}`,
  source: 'note.md',
  sentence: `${from} ${status === 'talks' ? 'is in talks to invest' : 'invested'} in ${to}.`,
  ...(status ? { status } : {}),
});

test('a deal in talks reaches the graph with its status, a done one without; the entity page says which', () => {
  const g = graphData([deal('Nvidia', 'Mistral AI'), deal('Samsung', 'Mistral AI', 'talks')], []);
  const byFrom = new Map(g.edges.map((e) => [e.from, e]));
  assert.equal(byFrom.get('Nvidia')?.status, null);
  assert.equal(byFrom.get('Samsung')?.status, 'talks');
  const html = entityPage({ lang: 'zh', name: 'Mistral AI', type: 'company', aliases: [], facts: [], flows: g.edges, stories: [] });
  assert.equal((html.match(/洽谈中/g) ?? []).length, 1);
  const en = entityPage({ lang: 'en', name: 'Mistral AI', type: 'company', aliases: [], facts: [], flows: g.edges, stories: [] });
  assert.match(en, /<span class="badge tentative">in talks<\/span>/);
});
