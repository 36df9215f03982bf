/**
 * Periods of English figures (english30, issue 11): a month named without a year is the latest such month unless its
 * clause speaks of the future; a fiscal year-end stated in an aside is no period of a figure; a base of comparison dated
 * after a preposition ('from $500 million in the same quarter last year') or by 'the prior-year period' is last year's,
 * and the amount compared stays in the current one; a lead period standing in the figure's own sentence never dates the
 * figure by default. Sentences written for these tests.
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

test('a month named without a year is the latest such month, the next one only in a clause about the future', () => {
  // Written in February: last June's round, never this coming June.
  assert.deepEqual(periods('2026-02-10', 'Lumora raised $300 million in June.'), ['$300 million|2025-06']);
  assert.deepEqual(periods('2026-11-20', 'Lumora sold $2 billion of bonds in December.'), ['$2 billion|2025-12']);
  // A plan for March written in November is next March's: no past month dates its amount.
  assert.deepEqual(periods('2026-11-20', 'Lumora plans to raise $300 million in March.'), ['$300 million|']);
});

test("a fiscal year-end stated in an aside is no figure's period; guidance for the fiscal year is the coming one", () => {
  assert.deepEqual(periods('2026-11-20', 'Micron said revenue for the fiscal year, which ends in August, will reach $45 billion.'), [
    '$45 billion|FY2027',
  ]);
});

test("a comparison's base dated after a preposition, or by 'the prior-year period', is last year's; the amount compared is not", () => {
  assert.deepEqual(
    periods(
      '2026-11-20',
      'Lumora posted third-quarter revenue of $5 billion. Its net loss narrowed to $200 million from $500 million in the same quarter last year.',
    ),
    ['$5 billion|2026Q3', '$200 million|2026Q3', '$500 million|2025Q3'],
  );
  assert.deepEqual(periods('2026-11-20', 'Lumora earned $2 billion in the third quarter, versus $1.5 billion in the prior-year period.'), [
    '$2 billion|2026Q3',
    '$1.5 billion|2025Q3',
  ]);
});

test("a period of another clause of the figure's own sentence is not its default", () => {
  assert.deepEqual(periods('2026-11-20', 'Revenue rose 66% to $51 billion; the company expects revenue of $100 billion next year.'), [
    '$51 billion|',
    '$100 billion|2027',
  ]);
});

function owners(text: string): string[] {
  return extract(text, { date: '2026-11-20', lang: 'en' }, gaz).figures.map((f) => `${f.text}|${f.subject ?? ''}`);
}

test('a subsidiary listed on its own, named with its listing code, is never its parent; its shorter name later is it too', () => {
  assert.deepEqual(
    owners(
      'Tencent Music Entertainment Group (TME.N) said revenue rose 12% to 8.5 billion yuan. Tencent Music’s net profit was 2 billion yuan, while Tencent reported revenue of 190 billion yuan.',
    ),
    [
      '12%|Tencent Music Entertainment Group',
      '8.5 billion yuan|Tencent Music Entertainment Group',
      '2 billion yuan|Tencent Music Entertainment Group',
      '190 billion yuan|Tencent',
    ],
  );
  // The parent's own full legal name with its code stays the parent.
  assert.deepEqual(owners('Tencent Holdings (0700.HK) said revenue rose 15%.'), ['15%|Tencent']);
});

function flags(text: string): string[] {
  return extract(text, { date: '2026-11-20', lang: 'en' }, gaz).figures.map(
    (f) => `${f.text}|${f.negated ? 'denied' : ''}|${f.scope ?? ''}`,
  );
}

test('an amount its article says a party denied, disputed or would not confirm is negated, never a plain fact', () => {
  assert.deepEqual(flags('Lumora denied a report that it would invest $10 billion in the plant.'), ['$10 billion|denied|']);
  assert.deepEqual(flags('Lumora declined to confirm the $2 billion figure.'), ['$2 billion|denied|']);
  assert.deepEqual(flags('A newspaper reported that Lumora would invest $10 billion, which Lumora denied.'), ['$10 billion|denied|']);
  // The party's own figure after its denial is its own.
  assert.deepEqual(flags('Lumora denied the report, saying it would invest $5 billion.'), ['$5 billion||']);
});

test("a broker's own measure ('by our measure', ', we estimate') is its estimate, never the company's figure", () => {
  assert.deepEqual(flags("By our measure, Lumora's AI revenue reached $8 billion."), ['$8 billion||市场预期']);
  assert.deepEqual(flags("Lumora's revenue reached $8 billion, we estimate."), ['$8 billion||市场预期']);
  assert.deepEqual(flags('Lumora reported revenue of $8 billion, above the $7.5 billion we expected.'), [
    '$8 billion||',
    '$7.5 billion||市场预期',
  ]);
});

test("'m' before a count noun is millions ('12m users'), as before a currency word; a length stays no figure", () => {
  const values = (text: string): string[] =>
    extract(text, { date: '2026-11-20', lang: 'en' }, gaz).figures.map((f) => `${f.text}|${f.value ?? ''}|${f.unit ?? ''}`);
  assert.deepEqual(values('Lumora had 12m users.'), ['12m users|12000000|users']);
  assert.deepEqual(values('Lumora sold 2m shares.'), ['2m shares|2000000|shares']);
  assert.deepEqual(values('The tower is 300m tall.'), []);
});

test("a segment's change told with no measure word is the segment's; a level's noun right after a percent names it", () => {
  const labels = (text: string): string[] =>
    extract(text, { date: '2026-11-20', lang: 'en' }, gaz).figures.map((f) => `${f.text}|${f.metric ?? ''}|${f.scope ?? ''}`);
  assert.deepEqual(labels('Revenue rose 20% year on year, while the cloud unit grew 40%.'), [
    '20%|revenue-growth|',
    '40%|revenue-growth|云业务',
  ]);
  assert.deepEqual(labels('Lumora holds a 25% market share in Asia.'), ['25%|market-share|']);
  assert.deepEqual(labels('Lumora holds a 12% stake in Beta.'), ['12%|stake|']);
});
