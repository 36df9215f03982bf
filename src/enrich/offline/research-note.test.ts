/**
 * A research note opens on its rating line (target price, close, upside: nothing a sentence tells). With no event to
 * lead with, its first result is its news — not an empty story dropped from the digest (editor21: a note and a call
 * transcript gave no story at all).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

const NOTE = [
  'Kestrel Securities | US Semiconductors | Company Update | 12 May 2026',
  'Harbor Lake Semiconductor (HLS US)',
  'Rating: OUTPERFORM (maintained) | Target price: US$240 (from US$215) | Close: US$198.40 | Upside: 21%',
  '52-week range: US$121.00 to US$205.50',
  'Investment view',
  'We lift our estimates after a strong quarter. First-quarter revenue was $3.1 billion, up 44% from a year earlier, as data-centre orders doubled.',
  'Key risk: one cloud customer accounts for a large part of sales.',
].join('\n\n');

test('a research note with no event says its first result, not nothing', async () => {
  const s = await engine.doWriteStory(
    oneItemStory({ title: 'Harbor Lake Semiconductor (HLS US): Orders are the story; maintain OUTPERFORM', text: NOTE }, [
      ['Harbor Lake Semiconductor', 'price', 'unknown', 240],
      ['Harbor Lake Semiconductor', 'price', 'unknown', 215],
      ['Harbor Lake Semiconductor', 'share-price', 'unknown', 205.5],
      ['Harbor Lake Semiconductor', 'revenue', '2026Q1', 3.1e9],
    ]),
    'stories',
  );
  assert.ok(!s.empty, 'the story says something');
  assert.match(s.paragraphs.join(''), /31亿美元/, JSON.stringify(s.paragraphs));
  assert.doesNotMatch(s.paragraphs.join(''), /240|215/, 'a target price is no news sentence');
});

test('a report that leads with a figure it can tell keeps its news paragraphs (later background stays out)', async () => {
  const text = [
    'Harbor Lake Semiconductor said on Tuesday its first-quarter revenue rose to $3.1 billion.',
    'The company will report full results next week.',
    'Analysts note the shares have gained 40% this year.',
    'Back in 2024, the company had posted revenue of $1.2 billion for the same quarter.',
  ].join('\n\n');
  const s = await engine.doWriteStory(
    oneItemStory({ title: 'Harbor Lake Semiconductor revenue update', text }, [
      ['Harbor Lake Semiconductor', 'revenue', '2026Q1', 3.1e9],
      ['Harbor Lake Semiconductor', 'revenue', '2024Q1', 1.2e9],
    ]),
    'stories',
  );
  assert.match(s.paragraphs.join(''), /31亿美元/);
  assert.doesNotMatch(s.paragraphs.join(''), /12亿美元/, 'background of an earlier year stays out');
});
