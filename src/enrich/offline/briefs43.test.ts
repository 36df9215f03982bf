import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinAnswers, renderAnswer, sourceAnswer, sourceAnswerClauses, sourceCaveat } from './source-answer.js';

const at = (text: string, name: string, from = 0) => {
  const start = text.indexOf(name, from);
  return { name, start, end: start + name.length };
};
const zh = (n: string) => `${n}方`;

test("a lead party's no-comment and a later-named party's of one kind are one sentence (decision 175)", () => {
  const t =
    'Orbis Robotics is raising $500 million, people familiar said. Orbis declined to comment. Harbor Fund would put in $200 million. A spokesperson for Harbor Fund declined to comment.';
  const ms = [at(t, 'Orbis'), at(t, 'Orbis', 60), at(t, 'Harbor Fund'), at(t, 'Harbor Fund', 130)];
  const lead = sourceAnswerClauses(t, ms, 'rumour', zh, 'Orbis方拟融资5亿美元。');
  const later = sourceAnswerClauses(t, ms, 'rumour', zh, 'Harbor Fund方向Orbis方投资2亿美元。', 'Orbis方拟融资5亿美元。');
  const joined = joinAnswers(lead, later);
  assert.ok(joined);
  assert.deepEqual(joined.lead, []);
  assert.equal(renderAnswer(joined.later), 'Orbis方和Harbor Fund方均拒绝置评。');
});

test('answers of different kinds stay where each is told', () => {
  const lead = [{ names: ['甲'], zh: '未回应置评请求' }];
  const later = [{ names: ['乙', '丙'], zh: '拒绝置评' }];
  assert.equal(joinAnswers(lead, later), undefined);
  assert.equal(joinAnswers([], later), undefined);
  assert.equal(joinAnswers(lead, []), undefined);
  // A lead answer of two kinds moves only when both have a later clause of their kind.
  assert.equal(joinAnswers([...lead, { names: ['丁'], zh: '拒绝置评' }], later), undefined);
});

test('sourceAnswer still writes its clauses as before', () => {
  const t = 'A plans to raise $1 billion, people said. A and C declined to comment.';
  const ms = [at(t, 'A'), at(t, 'A', 40), at(t, 'C', 40)];
  assert.equal(sourceAnswer(t, ms, 'rumour', zh, 'A方与C方洽谈。'), 'A方和C方均拒绝置评。');
});

test("a rumour's two notes of different kinds are both told, once each (decision 175)", () => {
  assert.equal(
    sourceCaveat(
      'A is in talks to buy B, the people said. Terms could still change, the people said. The talks could also still fail, the people added.',
    ),
    '知情人士称，相关条款仍可能变化，谈判仍可能无果。',
  );
  assert.equal(
    sourceCaveat('A is in talks to buy B. Terms could still change, the people said. There is no guarantee the talks will lead to a deal.'),
    '知情人士称，相关条款仍可能变化。报道称，谈判仍可能无果。',
  );
  // The same kind twice is told once.
  assert.equal(
    sourceCaveat('A nears a raise. Terms could change, the people said. The terms may still change before signing, the sources said.'),
    '知情人士称，相关条款仍可能变化。',
  );
  assert.equal(sourceCaveat('A is in talks with B. Negotiations could break down, the people said.'), '知情人士称，谈判仍可能无果。');
});

test("a fined company's acceptance of the penalty answers its sanction", () => {
  const t = 'Regulators fined A $90 million. A said it accepts the decision and will cut fees.';
  const ms = [at(t, 'A'), at(t, 'A', 30)];
  assert.equal(sourceAnswer(t, ms, 'sanction', zh, 'A方被监管机构罚款9000万美元。'), 'A方表示接受该处罚。');
});
