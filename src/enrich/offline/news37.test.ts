/**
 * Decision 128: a round's lead says the valuation against the last round's and who led the round (round-context.ts); a
 * state lender's equity cheque is an investment, never debt (lent-debt.ts investedBy). Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DealEdge } from '../../types/index.js';
import type { StoryFact } from './facts.js';
import { equityGiven, investedBy } from './lent-debt.js';
import { priorValuation, roundLeads } from './round-context.js';

const fact = (text: string, value: number, sentence: string, metric = 'valuation', over: Partial<StoryFact> = {}): StoryFact =>
  ({
    figure: { kind: 'money', value, currency: 'USD', text },
    claim: { subject: 'Orvel AI', metric, period: 'unknown' },
    sentence,
    past: false,
    inTitle: false,
    score: 0,
    hedged: false,
    rumoured: false,
    ...over,
  }) as unknown as StoryFact; // item and the claim's statements are not read by these functions

test("priorValuation: the last round's valuation, doubled when the source says so and the values agree", () => {
  const now = fact('$2.4 billion', 2.4e9, 'Orvel AI raised $300 million at a valuation of $2.4 billion.');
  const then = fact('$1.2 billion', 1.2e9, 'That is twice the $1.2 billion it was valued at in its last funding round in May.');
  assert.deepEqual((({ round, doubled }) => ({ round, doubled }))(priorValuation(now, [now, then]) ?? { round: false, doubled: false }), {
    round: true,
    doubled: true,
  });
  // `twice` with values that do not agree is no doubling: the earlier value in brackets.
  const far = fact('$0.9 billion', 9e8, 'That is twice the $0.9 billion it was valued at in its last funding round.');
  assert.equal(priorValuation(now, [now, far])?.doubled, false);
  // An earlier value of no round (`up from … a year earlier`).
  const year = fact('$1.6 billion', 1.6e9, 'The valuation is up from $1.6 billion a year earlier.', 'valuation', { past: true });
  assert.deepEqual((({ round, doubled }) => ({ round, doubled }))(priorValuation(now, [now, year]) ?? { round: true, doubled: true }), {
    round: false,
    doubled: false,
  });
  // Another valuation of the same moment is no earlier one; another company's neither.
  const peer = fact('$5 billion', 5e9, 'Rival Tessant was valued at $5 billion in its previous round.', 'valuation', {
    claim: { subject: 'Tessant', metric: 'valuation', period: 'unknown' },
  } as Partial<StoryFact>);
  const same = fact('$2.5 billion', 2.5e9, 'Some investors put the valuation at $2.5 billion.');
  assert.equal(priorValuation(now, [now, peer, same]), undefined);
});

test("roundLeads: the payers a round's sentence says led it, never those that joined", () => {
  const edge = (from: string, sentence: string): DealEdge => ({ from, to: 'Orvel AI', kind: 'invest', itemId: 'i', source: 's', sentence });
  const deals = [
    edge('Accel', 'Orvel AI raised $300 million in a round led by Accel, with participation from Nvidia.'),
    edge('Nvidia', 'Orvel AI raised $300 million in a round led by Accel, with participation from Nvidia.'),
    edge('Index Ventures', 'Index Ventures co-led the round, the company said.'),
    edge('GV', 'GV also invested in the round.'),
  ];
  assert.deepEqual(roundLeads(deals, 'Orvel AI'), ['Accel', 'Index Ventures']);
  assert.deepEqual(roundLeads(deals, 'Accel'), []);
  const zh: DealEdge = {
    from: '深创投',
    to: '星衡智能',
    kind: 'invest',
    itemId: 'i',
    source: 's',
    sentence: '本轮融资由深创投领投，红杉中国跟投。',
  };
  assert.deepEqual(roundLeads([zh], '星衡智能'), ['深创投']);
});

test("investedBy: a state lender's cheque its clause calls equity is an investment; credit stays a loan", () => {
  assert.deepEqual(
    investedBy('State lender Korea Development Bank will provide 150 billion won in equity financing to Furion.', '150 billion won'),
    {
      lender: 'Korea Development Bank',
      future: true,
    },
  );
  assert.deepEqual(investedBy('China Development Bank committed 3 billion yuan to Lanxin in exchange for shares.', '3 billion yuan'), {
    lender: 'China Development Bank',
    future: false,
  });
  assert.equal(investedBy('Korea Development Bank will provide 150 billion won in loans to Furion.', '150 billion won'), undefined);
  assert.equal(investedBy('Korea Development Bank will provide 150 billion won to Furion.', '150 billion won'), undefined);
  assert.deepEqual(investedBy('国家开发银行将以股权形式向蓝芯云提供50亿元。', '50亿元'), { lender: '国家开发银行', future: true });
});

test('equityGiven: equity handed over by a party left unnamed is no debt; a loan or a debt held stays debt', () => {
  assert.equal(equityGiven('The state lender provided 90 billion won in equity, Furion said.', '90 billion won'), true);
  assert.equal(equityGiven('The state lender provided 90 billion won in loans, Furion said.', '90 billion won'), false);
  assert.equal(equityGiven('Furion has 90 billion won of debt and equity of 40 billion won.', '90 billion won'), false);
});

test('priorValuation: a higher value the sentence compares with the last round is no earlier valuation', () => {
  const now = fact('$2.1 billion', 2.1e9, 'Orvel AI last raised $250 million in March 2025 at a $2.1 billion post-money valuation.');
  const bigger = fact(
    '$10.2 billion',
    10.2e9,
    'The company would be valued at about $10.2 billion, roughly five times what investors paid in its last round.',
  );
  assert.equal(priorValuation(now, [now, bigger]), undefined);
  // A down round the source says is one keeps its earlier value.
  const down = fact('$3 billion', 3e9, 'The valuation is down from the $3 billion of its previous round.');
  assert.equal(priorValuation(now, [now, down])?.round, true);
});
