import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceAnswer, sourceCaveat } from './source-answer.js';

const at = (text: string, name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { name, start, end: start + name.length };
};

test("a rumour's note that the deal is not settled is told, credited to the people when they say it", () => {
  assert.equal(
    sourceCaveat('A is in talks to buy B, people said. Terms could still change, the people said.'),
    '知情人士称，相关条款仍可能变化。',
  );
  assert.equal(sourceCaveat('A is in talks to buy B. The talks may not result in a deal.'), '报道称，谈判仍可能无果。');
  assert.equal(
    sourceCaveat('A nears a raise. The terms could still change before signing, the sources cautioned.'),
    '知情人士称，相关条款仍可能变化。',
  );
  assert.equal(sourceCaveat('A is weighing a bid for B. No final decision has been made.'), '报道称，相关事项尚未最终敲定。');
  assert.equal(sourceCaveat('A agreed to buy B for $2 billion, the company said.'), undefined);
});

test("a conditional or a party's quoted word is no note on the deal", () => {
  assert.equal(sourceCaveat('If regulators object, the talks could collapse, analysts said.'), undefined);
  assert.equal(sourceCaveat('"The talks could still fall apart," the chief executive said.'), undefined);
});

test('a company that knows of no such order answers the rumour', () => {
  const t = 'A won an order from B, people said. A said it is not aware of any such order.';
  assert.equal(
    sourceAnswer(t, [at(t, 'A'), at(t, 'B', 1), at(t, 'A', 30)], 'rumour', (n) => n + '司', 'A司获B司订单。'),
    'A司表示不知悉相关情况。',
  );
});

test('a party told already is not answered again; a later-named party is', () => {
  const t = 'A plans to raise $1 billion, people said. C would invest $300 million. A and C declined to comment.';
  const ms = [at(t, 'A'), at(t, 'C', 40), at(t, 'A', 70), at(t, 'C', 76)];
  const zh = (n: string) => `${n}方`;
  assert.equal(sourceAnswer(t, ms, 'rumour', zh, 'C方向A方投资3亿美元。', 'A方拟融资10亿美元。'), 'C方拒绝置评。');
  assert.equal(sourceAnswer(t, ms, 'rumour', zh, 'A方拟融资10亿美元。'), 'A方拒绝置评。');
});

test('a note naming a party the story does not print is about another deal', () => {
  const t = 'A is in talks to buy B, people said. No final decision has been made on the bid by C and D, the people said.';
  const ms = [at(t, 'A'), at(t, 'B', 1), at(t, 'C', 40), at(t, 'D', 40)];
  assert.equal(
    sourceCaveat(t, ms, (n) => n, 'A正洽谈收购B。'),
    undefined,
  );
  assert.equal(
    sourceCaveat(t, ms, (n) => n, 'A正洽谈收购B，C与D亦在洽谈。'),
    '知情人士称，相关事项尚未最终敲定。',
  );
  assert.equal(sourceCaveat('A is in talks. Separately, the talks could still fall apart, the people said.'), undefined);
});
