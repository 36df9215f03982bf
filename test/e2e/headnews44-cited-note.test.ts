/**
 * Decision 179: a broker's note a story cites beside its own report is told by its call — the rating and the target
 * price its title promises — when the body does not print that target. Fixtures written for this test:
 * test/fixtures/headnews44.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('headnews44');

test("a cited broker note's target-price raise and rating are told in the story", async () => {
  const md = await day('cited-note', '2026-11-20');
  const story = md.slice(md.indexOf('## '));
  assert.match(story, /野村证券将联想(?:集团)?目标价由\*\*12\.8港元\*\*上调至\*\*14\.5港元\*\*，维持买入评级。/u, md);
});
