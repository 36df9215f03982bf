/**
 * A financing vehicle with a name of its own (`Fluidstack Compute Funding I`, `Meta Hyperion Funding Trust`, `Colossus
 * Compute Funding LLC`) is a party of its own: its notes, loans and purchases are the vehicle's, not its sponsor's,
 * though the sponsor's name opens the vehicle's. Every sentence here was written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleItem } from '../../../test/support/deals.js';
import { extract, loadGazetteer, ownerOf } from '../../extract/index.js';
import { buildKnowledge } from '../build.js';

const gaz = loadGazetteer();

function edges(text: string): string[] {
  const it = articleItem('it_vehicle', 'en', text);

  const k = buildKnowledge(
    { items: [it], extractions: [{ itemId: it.id, ...extract(text, { date: it.date, lang: 'en' }, gaz) }] },
    { ownerOf: (n) => ownerOf(n, gaz) },
  );
  return k.deals.map((d) => `${d.from} → ${d.to}`).sort();
}

test("a named vehicle opening with its sponsor's name is the party: its notes are bought from it, not from the sponsor", () => {
  assert.deepEqual(edges('Pimco bought $2 billion of notes issued by Fluidstack Compute Funding I.'), [
    'Pimco → Fluidstack Compute Funding I',
  ]);
  assert.deepEqual(edges('Meta Hyperion Funding Trust sold $27 billion of bonds to Pimco.'), ['Pimco → Meta Hyperion Funding Trust']);
  assert.deepEqual(edges('xAI Colossus Funding LLC bought $5 billion of GPUs from Nvidia.'), ['xAI Colossus Funding → Nvidia']);
});
