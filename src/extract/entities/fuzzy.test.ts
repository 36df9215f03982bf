/** Fuzzy (speech-recognition) matching on a podcast transcript excerpt with misspelled names. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findEntities, loadGazetteer } from './index.js';
import { phoneticKey } from './phonetic.js';

const gaz = loadGazetteer();
const transcript = readFileSync(new URL('../../../test/fixtures/entities/transcript.txt', import.meta.url), 'utf8');

test('transcript: every ASR misspelling resolves to its entity', () => {
  const fuzzy = findEntities(transcript, gaz, { fuzzy: true }).filter((m) => m.match === 'fuzzy');
  const got = fuzzy.map((m) => `${m.text}→${m.name}`);
  assert.deepEqual(got, [
    'Open AAI→OpenAI',
    'Open A.I.→OpenAI',
    'Nvidea→Nvidia',
    'Nvidea→Nvidia',
    'McKenzie→McKinsey',
    'Bane→Bain',
    'Bane→Bain',
    'Antropic→Anthropic',
    'Grock→Grok',
    'Deep Seek→DeepSeek',
  ]);
  for (const m of fuzzy) assert.equal(transcript.slice(m.start, m.end), m.text);
});

test('transcript: ordinary words never become companies', () => {
  const names = findEntities(transcript, gaz, { fuzzy: true }).map((m) => m.text);
  for (const word of ['bane', 'open', 'Open', 'deep', 'Let', 'Look', 'HOST', 'GUEST']) assert.ok(!names.includes(word), word);
});

test('fuzzy matching is off unless asked for', () => {
  assert.equal(findEntities(transcript, gaz).filter((m) => m.match === 'fuzzy').length, 0);
});

/** Single-phrase cases: text → expected canonical (or null for no fuzzy match). */
const CASES: [string, string | null][] = [
  ['I spoke with Open AI yesterday.', null], // exact alias 'Open AI', not fuzzy
  ['We met the team at Antropic.', 'Anthropic'],
  ['Shares of Nvidea fell.', 'Nvidia'],
  ['The Bane of my life.', null],
  ['A report from McKenzie.', 'McKinsey'],
  ['Grock is the chatbot.', 'Grok'],
  ['He said Deep Seek did it.', 'DeepSeek'],
  ['Open the door.', null],
  ['Apply now.', null],
  ['Ben Thompson wrote it.', null],
  ['Jensen Hwang spoke.', 'Jensen Huang'],
  ["So McKenzie's estimate is large.", 'McKinsey'],
  ["Right, Bane's number is a useful anchor.", 'Bain'],
  ["Nvidea's data center business grew.", 'Nvidia'],
  ['Training is lumpy, inference is steady.', null],
  ['Committed capacity keeps growing.', null],
  // a sound-alike of another length is another word: 'Hill' is not the product Hailuo
  ['Brice Hill: Thanks, Gary. Revenue was $7 billion.', null],
  // a segment's everyday word is not a misheard product: 'Cloud' is not Claude
  ['Cloud Intelligence revenue was twelve billion, up thirty percent.', null],
  ['Cloud revenue grew and Clouds of doubt cleared.', null],
];

for (const [text, expected] of CASES) {
  test(`fuzzy: ${text}`, () => {
    const fuzzy = findEntities(text, gaz, { fuzzy: true }).filter((m) => m.match === 'fuzzy');
    assert.deepEqual(
      fuzzy.map((m) => m.name),
      expected ? [expected] : [],
    );
  });
}

test('phonetic key merges common transcription variants', () => {
  assert.equal(phoneticKey('McKenzie'), phoneticKey('McKinsey'));
  assert.equal(phoneticKey('Bane'), phoneticKey('Bain'));
  assert.equal(phoneticKey('Grock'), phoneticKey('Grok'));
  assert.notEqual(phoneticKey('Oracle'), phoneticKey('Apple'));
});
