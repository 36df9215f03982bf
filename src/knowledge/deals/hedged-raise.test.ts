/**
 * A raise still sought keeps its hedge in its investors' edges (english29, issue 11): in `A is close to raising $2
 * billion in a round led by B` / `A is in talks to raise … from investors led by B` the lead investor's edge is read by an
 * investor clause whose payee is the company raising; its status comes from the whole clause before it, so the deal is
 * 正洽谈 in the digest, never a round done. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures, findEntities, loadGazetteer } from '../../extract/index.js';
import { extractDeals } from './extract.js';

const gaz = loadGazetteer();
const edges = (s: string): string[] =>
  extractDeals(s, findEntities(s, gaz, { discover: true }), extractFigures(s), { itemId: 'it', source: 'test' }).map(
    (e) => `${e.from} → ${e.to} ${e.kind} ${e.status ?? 'done'}`,
  );

test("a raise the company is close to or in talks about keeps its investors' edges in talks", () => {
  assert.deepEqual(edges('Mistral is close to raising $2 billion in a round led by General Catalyst, people familiar said.'), [
    'General Catalyst → Mistral AI invest talks',
  ]);
  assert.deepEqual(edges('Mistral is in talks to raise $2 billion in a round led by General Catalyst.'), [
    'General Catalyst → Mistral AI invest talks',
  ]);
  // A round done stays done.
  assert.deepEqual(edges('Mistral raised $2 billion in a round led by General Catalyst.'), ['General Catalyst → Mistral AI invest done']);
});
