/**
 * Decision 118: an appositive between a name and `said` / `announced` (a wire's dateline first) is dropped for deal
 * reading, so `X, a startup building …, said on Friday it raised $N in a round led by Y` gives Y's investment in X.
 * Sentences written for this test.
 */
import { test } from 'node:test';
import { articleDeals as deals, hasEdge as has } from '../../../test/support/deals.js';

test('"X, a startup …, said it raised … led by Y" after a dateline: Y pays X', () => {
  has(
    deals(
      'Dec 4 (Reuters) - Orrinwell AI, a startup building models for materials science, said on Friday it raised $300 million in a Series B funding round led by Microsoft.',
      'en',
    ),
    'Microsoft → Orrinwell AI',
  );
  has(
    deals(
      'Nov 9 (Reuters) - Tessary Robotics, a robotics software maker, announced on Monday it raised $120 million in a round led by Samsung.',
      'en',
    ),
    'Samsung Electronics → Tessary Robotics',
  );
});
