/** Helpers for the deal-edge tests in src/knowledge/deals: one article through extract() and buildKnowledge(). */
import assert from 'node:assert/strict';
import { extract, loadGazetteer } from '../../src/extract/index.js';
import { toSimplified } from '../../src/ingest/chinese-script.js';
import { buildKnowledge } from '../../src/knowledge/build.js';
import type { ItemRecord } from '../../src/types/item.js';
import { itemRecord } from './records.js';

/** One stored article of `text` for the knowledge tests: ingest's record with nothing but the text and its date. */
export function articleItem(id: string, lang: 'en' | 'zh', text: string, date = '2026-03-02'): ItemRecord {
  return itemRecord({ id, lang, text, date, title: 't', hash: id });
}

let gazetteer: ReturnType<typeof loadGazetteer> | undefined;

/**
 * The deal edges of one article as ingest reads it (Traditional Chinese folded), the whole path: extract() then
 * buildKnowledge(). Each edge is "payer → payee", then the amount's value when there is one ("Nvidia → xAI 2000000000").
 */
export function articleDeals(text: string, lang: 'en' | 'zh' = 'zh'): string[] {
  gazetteer ??= loadGazetteer();
  const body = toSimplified(text);
  const item = articleItem('it_1', lang, body, '2026-11-03');
  const ex = { itemId: item.id, ...extract(body, { date: item.date, lang }, gazetteer) };
  const snap = buildKnowledge({ items: [item], extractions: [ex] });
  return snap.deals.map((d) => `${d.from} → ${d.to}${d.amount?.value !== undefined ? ` ${d.amount.value}` : ''}`);
}

/** An edge ("payer → payee", optionally followed by its amount) among `got`'s edges. */
function edgeIn(got: readonly string[], edge: string): boolean {
  return got.some((g) => g === edge || g.startsWith(`${edge} `));
}

/** Asserts `edge` ("A → B" or "A → B 400000000") is among the edges `articleDeals` returned. */
export function hasEdge(got: readonly string[], edge: string): void {
  assert.ok(edgeIn(got, edge), `${edge} in ${JSON.stringify(got)}`);
}

/** Asserts `edge` is not among the edges `articleDeals` returned. */
export function lacksEdge(got: readonly string[], edge: string): void {
  assert.ok(!edgeIn(got, edge), `no ${edge} in ${JSON.stringify(got)}`);
}
