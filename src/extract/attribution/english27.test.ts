/**
 * English clause reading of a figure's period and metric: a comparison's base is dated from the amount it is compared
 * with (a bare base keeps its period: a revised forecast is of the same period), a relative clause's date stays in it, and what a company spends on decides whether the amount is capex.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function read(date: string, text: string): string[] {
  return extract(text, { date }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.text}|${f.metric ?? ''}|${f.period ?? ''}`);
}

test('a base dated by a shift counts from the compared amount, not from a date said of something else', () => {
  assert.deepEqual(
    read(
      '2026-06-20',
      'Lambda is expected to report second-quarter operating profit of around $900 million when it publishes results early next month, up from $610 million a year earlier.',
    ),
    ['around $900 million|profit|2026Q2', '$610 million|profit|2025Q2'],
  );
});

test('"last year" after the base of a quarter is that quarter a year before', () => {
  assert.deepEqual(read('2026-08-10', "Lambda's second-quarter revenue was $900 million versus $610 million last year."), [
    '$900 million|revenue|2026Q2',
    '$610 million|revenue|2025Q2',
  ]);
});

test('the month of an earlier round in a relative clause does not date the later figure', () => {
  assert.deepEqual(read('2026-06-10', 'Lambda, which raised $300 million in March, said its annualized revenue reached $120 million.'), [
    '$300 million|funding|2026-03',
    '$120 million|revenue|',
  ]);
});

test('what the spending buys: goods are a purchase, compute is spending, own assets stay capex', () => {
  assert.deepEqual(read('2026-06-10', 'Lambda spent more than $15 billion last year on Nvidia systems.'), [
    'more than $15 billion|contract|2025',
  ]);
  assert.deepEqual(read('2026-06-10', 'Lambda plans to spend about $1 billion on computing next year.'), [
    'about $1 billion|spending|2027',
  ]);
  assert.deepEqual(
    read(
      '2026-06-10',
      'Lambda plans to spend $30 billion on capital expenditure next year, with about $12 billion earmarked for Nvidia chips.',
    ),
    ['$30 billion|capex|2027', 'about $12 billion|contract|2027'],
  );
  // goods with no supplier named are the company's own equipment
  assert.deepEqual(read('2026-06-10', 'Lambda plans to spend about $5 billion on servers next year.'), ['about $5 billion|capex|2027']);
  assert.deepEqual(read('2026-06-10', 'Lambda said it would spend up to $2 billion on data centers in Texas this year.'), [
    'up to $2 billion|capex|2026',
  ]);
  assert.deepEqual(read('2026-06-10', 'Lambda expects to spend about $20 billion on capital projects this year, mostly on chips.'), [
    'about $20 billion|capex|2026',
  ]);
});
