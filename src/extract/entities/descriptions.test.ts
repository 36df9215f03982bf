/** Descriptive references: group descriptions and "<product> maker" resolve to the entry they name. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities, loadGazetteer } from './index.js';

const gaz = loadGazetteer();
const names = (text: string) => findEntities(text, gaz).map((m) => `${m.text}→${m.name}:${m.type}`);

const CASES: [string, string[]][] = [
  [
    'The four largest US cloud and internet companies plan to spend more next year.',
    ['The four largest US cloud and internet companies→Hyperscalers:org'],
  ],
  ['Analysts expect the four biggest tech companies to keep spending.', ['the four biggest tech companies→Hyperscalers:org']],
  ['The ChatGPT maker has committed to deploy 10 gigawatts of Nvidia systems.', ['ChatGPT maker→OpenAI:org', 'Nvidia→Nvidia:org']],
  ['the ChatGPT-maker raised money', ['ChatGPT-maker→OpenAI:org']],
  ['ChatGPT 的开发商正在融资。', ['ChatGPT 的开发商→OpenAI:org']],
  ['ChatGPT now has 900 million weekly users.', ['ChatGPT→ChatGPT:product']],
  ['Four large banks and two US cloud companies joined.', ['US→United States:place']],
];

for (const [text, want] of CASES) {
  test(`descriptions: ${text}`, () => {
    assert.deepEqual(names(text), want);
  });
}
