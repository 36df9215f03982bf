/**
 * Decision 127: a sum spent, raised or put in `by 2030` covers the years from the document's to that one, as `through
 * 2030` does; a level reached by a year keeps the year. Invented companies and sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function periods(date: string, text: string): string[] {
  return extract(text, { date, lang: 'en' }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.text}|${f.period ?? ''}`);
}

test("a sum pledged, raised or spent 'by 2030' covers the years from now to 2030", () => {
  assert.deepEqual(
    periods(
      '2026-05-12',
      'The Norwegian fund, which held about $40 billion in assets at the end of last year, has pledged to inject a further $6 billion into Brightwater Compute by 2029. Analysts at Halden Partners estimate Brightwater will need to raise another $3 billion to $4 billion by the end of 2027.',
    ),
    ['about $40 billion|2025-12', '$6 billion|2026-2029', '$3 billion to $4 billion|2026-2027'],
  );
});

test('a level reached by a year, or a past year, stays that year', () => {
  assert.deepEqual(
    periods(
      '2026-05-12',
      'Analysts expect the market for optical interconnects to reach $30 billion by 2029. Brightwater raised its revenue target to $5 billion by 2028.',
    ),
    ['$30 billion|2029', '$5 billion|2028'],
  );
});
