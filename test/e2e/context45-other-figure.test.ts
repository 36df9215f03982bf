/**
 * Decision 189: a rival's figure glued after a company's results is not printed; a sentence of the same rival tied to
 * the story's event (its order) is. Fixtures written for this test: test/fixtures/context45.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('context45');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a rival’s profit forecast and share gain are not glued onto a results story', async () => {
  const story = storyOf(await day('rival-figure', '2026-11-12'));
  assert.match(story, /18\.6亿元/u, story);
  assert.doesNotMatch(story, /80%|120%/u, story);
});

test('a customer’s order the results story tells stays', async () => {
  const story = storyOf(await day('rival-order', '2026-11-12'));
  assert.match(story, /9\.5亿元/u, story);
});
