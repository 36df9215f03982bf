/**
 * A business line that is the subject of a target's clause owns the target (decision 166): the figure gets the line as
 * its scope, so it is never the group's total. Actuals and the group's own targets stay as they were. Sentences written
 * for these tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function scopes(text: string): (string | undefined)[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2027-02-10', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => f.scope);
}

test('a business line that is the subject of a Chinese target owns it', () => {
  assert.deepEqual(scopes('云帆科技的云业务今年营收目标为300亿元。'), ['云业务']);
  assert.deepEqual(scopes('云帆科技计划其云业务到2028年营收达到1000亿元。'), ['云业务']);
  assert.deepEqual(scopes('云帆科技旗下智能驾驶业务板块计划到2028年实现营收140亿元。'), ['智能驾驶']);
  assert.deepEqual(scopes('云帆科技希望海外业务明年实现收入200亿元。'), ['海外']);
});

test('a business line that is the subject of an English target owns it', () => {
  assert.deepEqual(scopes('Kestrel Systems Inc. expects its cloud business to generate $10 billion in revenue by 2028.'), ['云业务']);
  assert.deepEqual(scopes("Kestrel Systems's robotics unit aims for revenue of $2 billion next year."), ['robotics']);
});

test('the group’s own target, an actual, and a pronoun-named business keep no scope', () => {
  assert.deepEqual(scopes('云帆科技今年营收目标为300亿元。'), [undefined]);
  assert.deepEqual(scopes('云帆科技的云业务去年实现营收300亿元。'), [undefined]);
  assert.deepEqual(scopes('云帆科技表示，该业务今年营收目标为30亿元。'), [undefined]);
  assert.deepEqual(scopes('云帆科技的主营业务今年营收目标为300亿元。'), [undefined]);
  assert.deepEqual(scopes('Kestrel Systems expects the cloud business of a rival to generate $10 billion in revenue.'), [undefined]);
});
