/**
 * A collective noun is no owner of an English figure whose clause names neither the group nor a total (english28, issue
 * 11): `The loan to the builder, whose customers include Big Tech groups, totals $2 billion` files the loan under the
 * group when the reading resolves no actor; the template line then names the event without the figure, never
 * `四巨头…贷款20亿美元`. A group named before its figure, or a combined amount, stays the group's. Own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { money, single } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { Claim } from '../../types/index.js';
import { ownerDoubt } from './english-owner.js';
import { defaultStoryTemplates } from './story-templates.js';

const gaz = loadGazetteer();
const t = defaultStoryTemplates();

const claim = (subject: string, metric: string): Claim => single(subject, metric, '2026', []);
const doubt = (subject: string, metric: string, sentence: string, figure: string) =>
  ownerDoubt({ sentence, figure: money(figure, 2e9), claim: claim(subject, metric) }, { deals: [] }, gaz, t, []);

test("a group owner whose figure's clause names it nowhere (only in an aside) is doubted", () => {
  assert.equal(
    doubt(
      'Hyperscalers',
      'debt',
      'The loan to the data center builder, whose customers include Big Tech groups, totals $2 billion.',
      '$2 billion',
    ),
    'collective',
  );
  assert.equal(doubt('Hyperscalers', 'contract', 'Crusoe signed a $2 billion lease with a developer.', '$2 billion'), 'collective');
});

test('a group named before its figure, or a combined amount, keeps its owner', () => {
  assert.equal(
    doubt('Hyperscalers', 'capex', 'Hyperscalers will spend $2 billion more on data centers this year.', '$2 billion'),
    undefined,
  );
  assert.equal(
    doubt('Hyperscalers', 'capex', 'Microsoft, Google, Amazon and Meta will spend a combined $2 billion.', '$2 billion'),
    undefined,
  );
  // A company owner is not judged here.
  assert.equal(doubt('Crusoe', 'debt', 'Crusoe, whose customers include Big Tech groups, borrowed $2 billion.', '$2 billion'), undefined);
});
