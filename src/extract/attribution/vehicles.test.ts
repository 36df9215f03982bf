/** Financing vehicles own the debt of the clauses they are the subject of; sentences written for this test. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract, loadGazetteer } from '../index.js';

const gaz = loadGazetteer();
const subjects = (text: string, surfaces: string[]): string[] => {
  const { figures } = extract(text, { date: '2026-09-02' }, gaz);
  return surfaces.map((s) => figures.find((f) => f.text === s)?.subject ?? '');
};

test('vehicles: a vehicle phrase opening the clause is the vehicle the text names, even named after it', () => {
  const text =
    'A special purpose vehicle financing a Microsoft data center campus in Iowa sold $9 billion of bonds on Tuesday. Harbor Compute Funding LLC, a vehicle controlled by Blackstone Inc., priced the notes in three parts.';
  assert.deepEqual(subjects(text, ['$9 billion']), ['Harbor Compute Funding']);
});

test('vehicles: a vehicle set up by a company, raising money in a relative clause, and a sponsor’s joint venture', () => {
  const fund =
    'To pay for the chips, Nebius is setting up a special purpose vehicle with Macquarie Group Ltd. that would raise about $2 billion of debt. The vehicle, provisionally called Nebius Compute Funding II, would pay interest of about 8%.';
  assert.deepEqual(subjects(fund, ['about $2 billion']), ['Nebius Compute Funding II']);
  const jv =
    "Oracle's joint venture for a Texas campus has sold $12 billion of bonds. The notes were issued by Prairie Compute Holdings LLC, a vehicle that is 70% owned by funds managed by Apollo and 30% by Oracle. The venture expects the campus to cost about $18 billion.";
  assert.deepEqual(subjects(jv, ['$12 billion', '70%', '30%', 'about $18 billion']), [
    'Prairie Compute Holdings',
    'Apollo Global Management',
    'Oracle',
    'Prairie Compute Holdings',
  ]);
});

test('vehicles: a bond issued by a named subsidiary and a loan for a named borrower are theirs', () => {
  const text =
    'Mitsubishi Corp. will raise 100 billion yen through a bond issued by its data center subsidiary, Kanto Data Centers, the company said. Separately, banks led by Mizuho are arranging a $4 billion project-finance loan for Prairie Power LLC.';
  assert.deepEqual(subjects(text, ['100 billion yen', '$4 billion']), ['Kanto Data Centers', 'Prairie Power']);
});

test('vehicles: a company acting in an earlier clause keeps what follows; no named vehicle changes nothing', () => {
  const lease =
    'Harbor Compute Funding LLC, a vehicle controlled by Blackstone, sold $9 billion of bonds. The vehicle will own a campus near Austin, which Oracle will lease for about $1.5 billion a year.';
  assert.deepEqual(subjects(lease, ['$9 billion', 'about $1.5 billion']), ['Harbor Compute Funding', 'Oracle']);
  assert.deepEqual(subjects('Oracle said the venture would borrow about $5 billion from banks.', ['about $5 billion']), ['Oracle']);
});
