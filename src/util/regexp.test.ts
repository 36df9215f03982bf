/** The shared regex builders: one way to escape, alternate and bound a list of words. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alternation, escapeRegExp, wordsRegex, wordsRegexOrNever } from './regexp.js';

test('escapeRegExp makes a string match itself', () => {
  assert.equal(escapeRegExp('u.s.(a)'), 'u\\.s\\.\\(a\\)');
  assert.match('see u.s.(a) here', new RegExp(escapeRegExp('u.s.(a)')));
});

test('alternation puts a longer word before its prefix and escapes each word', () => {
  assert.equal(alternation(['同比', '同比增长']), '同比增长|同比');
  assert.equal(new RegExp(`(?:${alternation(['同比', '同比增长'])})`, 'u').exec('营收同比增长5%')?.[0], '同比增长');
  assert.equal(alternation(['a.b']), 'a\\.b');
});

test('wordsRegex bounds Latin words and matches Chinese words anywhere', () => {
  assert.equal(wordsRegex(['note']).test('the notes'), false);
  assert.equal(wordsRegex(['债券']).test('发行债券'), true);
});

test('wordsRegexOrNever matches nothing for an empty list (wordsRegex would match the empty string)', () => {
  assert.equal(wordsRegexOrNever([]).test('anything'), false);
  assert.equal(wordsRegex([]).test('anything'), true);
  assert.equal(wordsRegexOrNever(['bond'], 'i').test('A Bond sale'), true);
});
