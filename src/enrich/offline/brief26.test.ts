/**
 * brief26 (issue 11): a 更多动态 line from an English story states its lead figure only when the figure's own sentence
 * vouches for its owner, role and measure; else the line names the event in words without it. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { money, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { Claim } from '../../types/index.js';
import { readsAsLevel } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { figureSure, metricUnstated, rolesAgree } from './english-owner.js';

const engine = createOfflineEngine();

const claim = (subject: string, metric: string, extra: Partial<Claim> = {}): Claim => ({
  subject,
  metric,
  period: '2026',
  statements: [],
  conflict: false,
  latest: 0,
  mostCited: 0,
  ...extra,
});

test('metricUnstated: a measure named only inside an inclusion aside, or not at all, is no measure of the figure', () => {
  const fact = (sentence: string, metric: string, c: Partial<Claim> = {}) => ({
    sentence,
    figure: money('$4 billion', 4e9),
    claim: claim('Acme', metric, c),
  });
  assert.equal(metricUnstated(fact('Capital expenditures, including finance leases, were $4 billion.', 'contract')), true);
  assert.equal(metricUnstated(fact('Capital expenditures, including finance leases, were $4 billion.', 'capex')), false);
  assert.equal(metricUnstated(fact('Acme said it had $4 billion on hand at the end of June.', 'revenue')), true);
  assert.equal(metricUnstated(fact('Acme said revenue rose to $4 billion.', 'revenue')), false);
  // A flow to a named party is its deal's, told by its verb; a Chinese sentence is quoted, not composed.
  assert.equal(metricUnstated(fact('Acme will put $4 billion into Beta.', 'investment', { counterparty: 'Beta' })), false);
  assert.equal(metricUnstated(fact('甲公司称手头有40亿美元。', 'revenue')), false);
});

test('readsAsLevel: a rate told by a verb of any measure as its level; a change verb of its own measure is a change', () => {
  const rate = (metric: string) => ({ figure: { ...money('8%', 8), kind: 'percent' as const }, claim: claim('Acme', metric) });
  assert.equal(readsAsLevel(rate('share-price'), undefined), true);
  assert.equal(readsAsLevel(rate('revenue'), undefined), true);
  assert.equal(readsAsLevel(rate('share-price'), 'share-price'), false);
  assert.equal(readsAsLevel(rate('price'), 'price'), false);
  assert.equal(readsAsLevel(rate('revenue-growth'), undefined), false);
  assert.equal(readsAsLevel({ ...rate('revenue'), figure: money('$8 billion', 8e9) }, undefined), false);
});

test('figureSure: an owner doubt or an unnamed measure makes a figure unsure; a move peak (一度) is a move', () => {
  const f = { sentence: 'Acme said revenue rose to $4 billion.', figure: money('$4 billion', 4e9), claim: claim('Acme', 'revenue') };
  assert.equal(figureSure(f as never, undefined), true);
  assert.equal(figureSure(f as never, 'payer'), false);
  const peak = {
    sentence: 'Acme shares fell as much as 9% in after-hours trading.',
    figure: { ...money('as much as 9%', 9), kind: 'percent' as const, qualifier: 'max' as const },
    claim: claim('Acme', 'share-price'),
  };
  assert.equal(figureSure(peak as never, 'secondary'), true);
  assert.equal(figureSure({ ...peak, figure: { ...peak.figure, qualifier: 'exact' as const } } as never, 'secondary'), true);
  // A ceiling is printed as one (最多); an earlier round's or a further amount is no value of its owner.
  assert.equal(figureSure({ ...f, figure: { ...f.figure, qualifier: 'max' as const } } as never, 'secondary'), true);
  assert.equal(figureSure(f as never, 'secondary'), false);
});

test('an English story whose lead figure its sentence gives no measure word names its event without the figure', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Snowflake to sell bonds to fund data centers',
        text: 'Snowflake plans to sell notes as it expands, and said it had $4 billion of cash at the end of June.',
      },
      [['Snowflake', 'debt', '2026Q2', 4e9]],
    ),
    'stories',
  );
  assert.ok(s.eventLine, JSON.stringify({ line: s.oneLine, head: s.headline }));
  assert.doesNotMatch(s.eventLine as string, /\d/u);
  assert.match(s.eventLine as string, /Snowflake[^。]*发行债券。$/u);
  // The same event with its measure in its sentence states the figure.
  const sure = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Snowflake to sell bonds to fund data centers',
        text: 'Snowflake plans to sell $4 billion of bonds as it expands its data centers.',
      },
      [['Snowflake', 'debt', 'unknown', 4e9]],
    ),
    'stories',
  );
  assert.equal(sure.eventLine, undefined, sure.oneLine);
  assert.match(sure.oneLine, /40亿美元/u);
});

test('rolesAgree: a deal whose payer and receiver its sentence names the other way round disagrees', () => {
  const gaz = loadGazetteer();
  const deal = (sentence: string) => ({ from: 'Oracle', to: 'OpenAI', sentence });
  assert.equal(rolesAgree(deal('Oracle will invest $2 billion in OpenAI.'), gaz), true);
  assert.equal(rolesAgree(deal('OpenAI raised $2 billion from Oracle.'), gaz), true);
  assert.equal(rolesAgree(deal('OpenAI was acquired by Oracle.'), gaz), true);
  // The lender filed as the borrower: the sentence says Oracle gets the loan from OpenAI.
  assert.equal(rolesAgree(deal('Oracle secured a $2 billion loan from OpenAI.'), gaz), false);
  assert.equal(rolesAgree(deal('OpenAI will lend Oracle $2 billion.'), gaz), false);
  // A sentence naming one party only is not judged.
  assert.equal(rolesAgree(deal('Oracle secured a $2 billion loan.'), gaz), true);
});
