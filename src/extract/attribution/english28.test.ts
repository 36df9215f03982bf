/**
 * English clause reading of an amount's unit and period (english28, issue 11): a guided range in millions keeps its unit
 * and both ends whatever the currency prefix (`RMB300mn-RMB350mn`, `between $300 million and 350 million`), and a period
 * right after a comparison's base (`compared with a net loss of $100 million last year`, `versus $1.5 billion in 2025`)
 * dates the base only, never the amount it is compared with nor the text's lead. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function money(date: string, text: string): string[] {
  return extract(text, { date, lang: 'en' }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.text}|${f.value ?? `${f.low}-${f.high}`}|${f.currency ?? ''}|${f.period ?? ''}`);
}

test('a guided range in millions with a letter currency prefix at both ends keeps its unit and both ends', () => {
  assert.deepEqual(money('2026-11-20', 'Lambda expects net profit of RMB420mn-RMB460mn for 2026.'), [
    'RMB420mn-RMB460mn|420000000-460000000|CNY|2026',
  ]);
  assert.deepEqual(money('2026-11-20', 'Lambda guided fourth-quarter net profit to Rmb80m-Rmb95m.'), [
    'Rmb80m-Rmb95m|80000000-95000000|CNY|2026Q4',
  ]);
  assert.deepEqual(money('2026-11-20', 'Lambda expects revenue of HK$1.2bn-HK$1.4bn this year.'), [
    'HK$1.2bn-HK$1.4bn|1200000000-1400000000|HKD|2026',
  ]);
});

test('"between $X million and Y million": the upper end is money in the lower end\'s currency', () => {
  assert.deepEqual(money('2026-11-20', 'Lambda expects revenue of between $610 million and 640 million in 2026.'), [
    '$610 million and 640 million|610000000-640000000|USD|2026',
  ]);
  // Without `between`, `and` joins two amounts, not a range.
  assert.equal(money('2026-11-20', 'Lambda raised $610 million and 640 million shares changed hands.').length, 1);
});

test('a period after a comparison base dates the base only, not the compared amount nor the lead', () => {
  assert.deepEqual(
    money(
      '2026-11-20',
      'Lambda said on Thursday it had turned a profit. It posted net income of $210 million, compared with a net loss of $95 million last year.',
    ),
    ['$210 million|210000000|USD|', '$95 million|95000000|USD|2025'],
  );
  assert.deepEqual(money('2026-11-20', "Lambda's revenue was $2.4 billion, versus $1.9 billion in the third quarter of 2025."), [
    '$2.4 billion|2400000000|USD|',
    '$1.9 billion|1900000000|USD|2025Q3',
  ]);
  // The amount's own period still dates it.
  assert.deepEqual(
    money('2026-11-20', 'Lambda posted third-quarter net income of $210 million, compared with a net loss of $95 million last year.'),
    ['$210 million|210000000|USD|2026Q3', '$95 million|95000000|USD|2025'],
  );
});

function percents(date: string, text: string): string[] {
  return extract(text, { date, lang: 'en' }, gaz)
    .figures.filter((f) => f.kind === 'percent')
    .map((f) => `${f.text}|${f.metric ?? ''}|${f.direction ?? ''}`);
}

test('a share of revenue is no growth: "made up 42% of revenue" states a level, and "made up" no move', () => {
  assert.deepEqual(
    percents('2026-11-20', "Cloud sales made up 43% of Lambda's total revenue in the quarter, up from 36% a year earlier."),
    ['43%||', '36%||'],
  );
  // A change stays a change.
  assert.deepEqual(percents('2026-11-20', "Lambda's cloud revenue rose 43% in the quarter."), ['43%|revenue-growth|up']);
});

test('a base dated "three months earlier" / "a quarter earlier" is the compared amount\'s period moved back by months', () => {
  assert.deepEqual(
    money('2026-11-20', "Lambda's order backlog stood at $48 billion at the end of September, up from $31 billion three months earlier."),
    ['$48 billion|48000000000|USD|2026-09', '$31 billion|31000000000|USD|2026-06'],
  );
  assert.deepEqual(
    money('2026-11-20', "Lambda's cloud revenue was $2.2 billion in the third quarter, up from $1.7 billion a quarter earlier."),
    ['$2.2 billion|2200000000|USD|2026Q3', '$1.7 billion|1700000000|USD|2026Q2'],
  );
});
