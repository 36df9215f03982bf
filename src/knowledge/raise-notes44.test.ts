/** Decision 182, at the merge: notes or bonds a holder buys are no share of the round the same item tells. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Figure } from '../types/figure.js';
import type { Statement } from '../types/knowledge.js';
import { withRaiseCounterparty } from './claims.js';

const money = (value: number, subject: string, metric: string, text: string): Figure =>
  ({ kind: 'money', value, currency: 'USD', qualifier: 'approx', subject, metric, text, start: 0, end: text.length }) as Figure;
const st = (figure: Figure, sentence: string): Statement => ({ figure, itemId: 'i1', source: 'x', line: 1, sentence, date: null });

test('an investor in the round gets the raiser; a holder of the vehicle’s notes does not', () => {
  const round = st(
    money(1.2e9, 'Halden AI', 'funding', '$1.2 billion'),
    'Halden AI is raising $1.2 billion in its latest round, people familiar said.',
  );
  const cheque = st(money(3e8, 'Norrow Capital', 'investment', 'about $300 million'), 'Norrow Capital is putting in about $300 million.');
  const notes = st(
    money(5e8, 'Brightwater Partners', 'investment', 'about $500 million'),
    'Brightwater Partners has agreed to anchor the notes with about $500 million.',
  );
  const out = withRaiseCounterparty([round, cheque, notes]);
  assert.equal(out[1]?.figure.counterparty, 'Halden AI');
  assert.equal(out[2]?.figure.counterparty, undefined);
  const zh = st(money(2e8, '澄湖资本', 'investment', '约2亿美元'), '澄湖资本认购了该项目公司发行的约2亿美元债券。');
  assert.equal(withRaiseCounterparty([round, zh])[1]?.figure.counterparty, undefined);
});
