/**
 * The period cue lists (data/periods.json: balance, pledge, forward and earnings words) are tested through lists compiled
 * once (`namesAnyWord`, `holdsAny`), and the data tables' word sets are made once (`setOf`): the same answers as testing
 * each word anew, which is what attribution did per clause before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setOf } from '../cached-set.js';
import { loadPeriodLexicon } from '../periods/lexicon.js';
import { holdsAny, namesAnyWord } from './period.js';

const CLAUSES = [
  'Harbor Lake ended the quarter with cash and cash equivalents of $12.4 billion',
  'its backlogs grew across every region',
  'the remaining performance obligation stood at $96 billion',
  'Northwind promised in September to invest $2 billion in the plant',
  'the company expects revenue of $8.1 billion to $8.3 billion next quarter',
  'Diluted EPS was $1.12, while net income rose 9%',
  'revenue was in line with the consensus estimate',
  '截至9月末，衡川半导体账面货币资金为86亿元',
  '公司预计全年营收约为210亿元',
  '星衡智算此前承诺在三年内投资50亿元',
  '第三季度每股收益0.42元，净利润同比增长31%',
  '该公司第三季度营收58亿元，同比增长23%',
];

/** What attribution did before: each Latin word compiled on word boundaries at every test, others as substrings. */
const naiveWords = (words: readonly string[] | undefined, t: string): boolean =>
  (words ?? []).some((w) => (/[a-z]/.test(w) ? new RegExp(`\\b${w}\\b`).test(t) : t.includes(w)));
const naiveHolds = (t: string, words: readonly string[]): boolean => words.some((w) => t.includes(w.toLowerCase()));

test('cue words: the lists compiled once answer as the words tested one by one', () => {
  const cues = loadPeriodLexicon().cues;
  const lists = [cues.balanceWords, cues.pledgeWords, cues.forwardWords];
  let found = 0;
  for (const list of lists)
    for (const clause of CLAUSES) {
      const t = clause.toLowerCase();
      const got = namesAnyWord(list, t);
      assert.equal(got, naiveWords(list, t), clause);
      assert.equal(namesAnyWord(list, t), got, `asked again: ${clause}`);
      if (got) found++;
    }
  assert.ok(found >= 6, `the clauses hold cue words (${found})`);
  assert.equal(namesAnyWord(undefined, 'cash and cash equivalents'), false);
});

test('cue words: Latin words only on word boundaries, Chinese ones anywhere', () => {
  const words = ['backlog', 'cash and equivalents', '货币资金'];
  assert.equal(namesAnyWord(words, 'its backlog grew'), true);
  assert.equal(namesAnyWord(words, 'its backlogs grew'), false);
  assert.equal(namesAnyWord(words, '账面货币资金为86亿元'), true);
  assert.equal(namesAnyWord(words, '账面现金为86亿元'), false);
});

test('earnings words: found in a lower-cased sentence whatever their case in the list', () => {
  const words = loadPeriodLexicon().cues.earningsWords;
  for (const clause of CLAUSES) {
    const t = clause.toLowerCase();
    assert.equal(holdsAny(t, words), naiveHolds(t, words), clause);
  }
  assert.equal(holdsAny('diluted eps was $1.12', ['EPS']), true);
  assert.equal(holdsAny('第三季度每股收益0.42元', words), true);
  assert.equal(holdsAny('revenue rose 9% to $8.2 billion', words), false);
});

test('word sets of the data tables: one set per list, holding its words', () => {
  const list = ['Inc', 'Corp', 'Holdings'];
  const set = setOf(list);
  assert.equal(setOf(list), set);
  assert.deepEqual([...set], list);
  assert.notEqual(setOf([...list]), set);
});
