/**
 * Roles of English money sentences (english29, issue 11): a loan told by its lender's verb (`A will lend $5 billion to
 * B`) is debt; a name described as a vehicle or venture (`Valor Compute Infrastructure, a vehicle that …`) is its own
 * party; a full year is the fiscal year of the stated year-end. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function owners(text: string): string[] {
  return extract(text, { date: '2026-11-20', lang: 'en' }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.text}|${f.subject ?? ''}|${f.metric ?? ''}`);
}

test('an amount lent is debt, whoever the sentence names as lender', () => {
  assert.deepEqual(owners('Pimco will lend $2 billion to Harbor Compute Funding LLC to buy servers from Dell.'), ['$2 billion|Pimco|debt']);
  assert.deepEqual(owners('Banks lent Nebius $1.5 billion last year.'), ['$1.5 billion|Nebius|debt']);
});

test('a named vehicle is its own party, never the known company sharing its first word nor its sponsor', () => {
  assert.deepEqual(
    owners('Apollo agreed to provide $3.5 billion of financing to Valor Compute Infrastructure, a vehicle that will buy Nvidia chips.'),
    ['$3.5 billion|Valor Compute Infrastructure|funding'],
  );
  assert.deepEqual(owners('Oracle Campus Partners, a venture backed by Oracle, sold $4 billion of bonds.'), [
    '$4 billion|Oracle Campus Partners|debt',
  ]);
});

function periods(date: string, text: string): string[] {
  return extract(text, { date, lang: 'en' }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.text}|${f.period ?? ''}`);
}

test('a full year named by no number is the fiscal year computed from the stated year-end, not the calendar year', () => {
  // A fiscal year ending next September holds a November date: fiscal 2027, never 2026.
  assert.deepEqual(periods('2026-11-20', 'Lambda expects full-year revenue of $12 billion. Its fiscal year ends in September.'), [
    '$12 billion|FY2027',
  ]);
  // Results of the fiscal year just closed, told within three months of its end.
  assert.deepEqual(periods('2026-11-20', 'Lambda reported full-year revenue of $12 billion. Its fiscal year ends in September.'), [
    '$12 billion|FY2026',
  ]);
  // 'its current fiscal year, which ends in June' states the calendar too.
  assert.deepEqual(periods('2026-11-20', 'Lambda expects revenue of about $12 billion in its current fiscal year, which ends in June.'), [
    'about $12 billion|FY2027',
  ]);
  // A calendar-year company keeps the calendar year.
  assert.deepEqual(periods('2026-11-20', 'Lambda expects full-year revenue of $12 billion.'), ['$12 billion|2026']);
});

test('a year before "to $5 billion" is no lower end of a range', () => {
  assert.deepEqual(
    periods('2026-11-20', 'Lambda raised its profit forecast for the year ending March 2027 to $5 billion.').map((x) => x.split('|')[0]),
    ['$5 billion'],
  );
});

test('an amount in millions keeps its multiplier: a currency word after `m`, a letter prefix before it', () => {
  const values = (text: string) =>
    extract(text, { date: '2026-11-20', lang: 'en' }, gaz).figures.map((f) => `${f.text}|${f.value}|${f.currency ?? ''}`);
  assert.deepEqual(values('Lambda took out a 300m yuan loan.'), ['300m yuan|300000000|CNY']);
  assert.deepEqual(values('Lambda booked revenue of RM300m.'), ['RM300m|300000000|MYR']);
  // Metres stay no money.
  assert.deepEqual(values('The campus sits 300m from the river.'), []);
});
