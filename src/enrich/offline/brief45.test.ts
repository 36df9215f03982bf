import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultStoryTemplates, metricWord } from './story-templates.js';

const t = defaultStoryTemplates();

/** The event a title tells first (compose.ts: rules in the order their verbs stand, the table's order breaking ties). */
function firstEvent(title: string): string | undefined {
  const hits = t.events
    .map((rule, order) => ({ id: rule.id, order, at: rule.re.exec(title)?.index }))
    .filter((h): h is { id: string; order: number; at: number } => h.at !== undefined)
    .sort((a, b) => a.at - b.at || a.order - b.order);
  return hits[0]?.id;
}

test('a loan a title says was secured, closed or sought is a loan, never bare 举债 (decision 190)', () => {
  for (const title of [
    'Helix Cloud unit secures $3.4 billion term loan to buy GPUs',
    'Orbis Compute in talks for $2 billion loan from state fund',
    'Banks arrange $6 billion loan for data center builder',
    'Vantor closes $1.1 billion syndicated loan',
  ])
    assert.equal(firstEvent(title), 'loan', title);
  const loan = t.events.find((e) => e.id === 'loan');
  assert.match(loan?.template ?? '', /获得\{amount\}贷款/u);
  // The loan word is where the event stands: the title's talks before it still give 正洽谈 (modality reads before it).
  const m = loan?.re.exec('Orbis Compute in talks for $2 billion loan from state fund');
  assert.equal(m?.[0], 'loan');
});

test('a signed loan agreement is told as signed (decision 190)', () => {
  assert.equal(firstEvent('Tessera AI signs $1.5 billion loan agreement backed by Nvidia chips'), 'loan-agreement');
  assert.match(t.events.find((e) => e.id === 'loan-agreement')?.template ?? '', /签署\{amount\}贷款协议/u);
});

test('a title that only borrows, or names a loan with no getting verb, keeps the borrow event', () => {
  assert.equal(firstEvent('Startup to borrow $500 million against its chips'), 'borrow');
  assert.equal(firstEvent('Regulators probe $900 million loan book'), 'borrow');
});

test('a raise its sentence says went through bonds or a loan is told with the instrument (decision 190)', () => {
  const bond = 'Kairo Holdings will raise 60 billion yen ($400 million) through a yen bond issued by its data center unit.';
  assert.equal(metricWord('funding', bond, t, undefined, '60 billion yen'), '债券');
  const debentures = 'Kestrel Data raised 20 billion rupees this month by selling non-convertible debentures to insurers.';
  assert.equal(metricWord('funding', debentures, t, undefined, '20 billion rupees'), '债券');
  const loan = 'The developer raised $300 million through a term loan from three banks.';
  assert.equal(metricWord('funding', loan, t, undefined, '$300 million'), '贷款');
  assert.equal(metricWord('funding', '该公司通过发行绿色债券募资50亿元。', t, undefined, '50亿元'), '债券');
});

test('an equity round stays 融资, whatever its sentence says of debt elsewhere', () => {
  const round = 'Lumen Robotics raised $250 million in a Series C led by Arden Capital, its chief executive said.';
  assert.equal(metricWord('funding', round, t, undefined, '$250 million'), '融资');
  const far = 'Lumen Robotics raised $250 million from venture investors; it repaid its notes last year.';
  assert.equal(metricWord('funding', far, t, undefined, '$250 million'), '融资');
});
