/**
 * Debt a named holder buys is its investment, not its borrowing (decision 173): the instrument word (bonds, notes, 债券)
 * must not make the buyer the borrower. The issuer's own sale, a buy-back and a buyer named after the amount stay as
 * they were. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function owned(text: string): string[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-09-15', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.subject ?? '-'}:${f.metric ?? '-'}`);
}

test('a holder that buys or anchors debt invests the amount', () => {
  assert.deepEqual(owned('Pimco bought $9bn of the data-centre vehicle’s bonds, people familiar with the deal said.'), [
    'Pimco:investment',
  ]);
  assert.deepEqual(owned('Apollo Global Management has agreed to anchor the notes with about $2 billion.'), [
    'Apollo Global Management:investment',
  ]);
  assert.deepEqual(owned('Blackstone anchored the offering, buying about $4 billion of the securities.'), ['Blackstone:investment']);
  assert.deepEqual(owned('据知情人士透露，贝莱德认购了约20亿美元债券。'), ['BlackRock:investment']);
});

test('the issuer’s own debt, a buy-back and a buyer named after its reporter stay as they were', () => {
  assert.deepEqual(owned('Oracle sold $18 billion of bonds on Tuesday.'), ['Oracle:debt']);
  assert.ok(!owned('Oracle bought back $2 billion of notes due 2027.').includes('Oracle:investment'));
  assert.ok(!owned('Meta said Pimco would buy $9bn of the notes.').includes('Meta:investment'));
  assert.ok(!owned('Blackstone bought $4 billion of data-centre assets.').includes('Blackstone:investment'));
});
