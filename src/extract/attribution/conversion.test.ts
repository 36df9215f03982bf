/**
 * A bracketed conversion is its amount said again (decision 124): `150 billion yen ($960 million) through a bond` gives
 * the dollars the yen's owner, metric and period, never a second claim under the keyword after the bracket.
 * Sentences written for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function money(text: string): { text: string; subject?: string; metric?: string; period?: string }[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-11-20', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => ({
      text: f.text,
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.metric ? { metric: f.metric } : {}),
      ...(f.period ? { period: f.period } : {}),
    }));
}

test('a conversion in brackets measures what its amount measures', () => {
  const cases = [
    'Kasumi Holdings will raise 150 billion yen ($960 million) through a yen-denominated bond issued by its data center unit.',
    'Kasumi Holdings posted revenue of 820 billion yen (about $5.3 billion) in fiscal 2025, with its data center loans at 40 billion yen.',
    '岚图云科今年计划投入约120亿元人民币（约合16.6亿美元）用于建设算力中心，并发行债券。',
  ];
  for (const c of cases) {
    const [amount, converted] = money(c);
    assert.ok(amount?.metric, c);
    assert.equal(converted?.metric, amount.metric, c);
    assert.equal(converted?.subject, amount.subject, c);
    assert.equal(converted?.period, amount.period, c);
  }
});

test('an amount after a bracket that is no conversion keeps its own reading', () => {
  const [first, second] = money('Kasumi Holdings raised 150 billion yen in equity, and sold $960 million of bonds.');
  assert.equal(first?.metric, 'funding');
  assert.equal(second?.metric, 'debt');
});
