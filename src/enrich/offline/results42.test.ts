/**
 * Decision 164: a broker note's own estimate revision (`We raise FY27E/FY28E EPS by 2.1%/1.8%`) is told after its call;
 * silent on a company's guidance, the consensus, or a revision with neither size nor new value.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { estimateRevision, periodsZh } from './estimate-revision.js';
import { defaultStoryTemplates } from './story-templates.js';

const s = () => defaultStoryTemplates().sentences;

test('a note raising two years of EPS by two sizes says both, each with its year', () => {
  const note = 'Valuation. We lift FY27E/FY28E EPS by 3.4%/2.2% on a richer services mix. Our TP rises to Rs2,400.';
  assert.equal(estimateRevision(note, '北辰软件', s())?.text, '该券商同时将北辰软件2027/2028财年每股收益预测分别上调**3.4%**和**2.2%**');
});

test('a revision to a new value, or by a size and to a value, says the value the estimate now stands at', () => {
  const cut = 'Estimates: we cut our FY27E non-GAAP net loss forecast to RMB120m as cloud margins improve.';
  assert.equal(estimateRevision(cut, '云岚科技', s())?.text, '该券商同时将云岚科技2027财年非GAAP净亏损预测下调至**1.2亿元**');
  const both = 'We raise our 2027E revenue forecast by 5% to US$4.2bn.';
  assert.equal(estimateRevision(both, 'Norlund Systems', s())?.text, '该券商同时将Norlund Systems 2027年营收预测上调**5%**至**42亿美元**');
});

test("the company's guidance, the consensus and a revision with no size are not the note's own revision", () => {
  for (const text of [
    'Management raised FY27 revenue growth guidance to 3-4% from 2-3%.',
    'Consensus has cut FY27E EPS by 4% over the past month.',
    'We raise our FY27E EPS estimates on stronger deal wins.',
    'We raise FY27E/FY28E EPS by 2%.',
  ])
    assert.equal(estimateRevision(text, '北辰软件', s()), undefined, text);
});

test('periods are read as fiscal or calendar years, never a mix', () => {
  assert.equal(periodsZh('FY27E/FY28E'), '2027/2028财年');
  assert.equal(periodsZh('2026E and 2027E'), '2026/2027年');
  assert.equal(periodsZh('FY27E/2028E'), '');
});

test('a note on a company whose year ends in December says its estimate years as calendar years', () => {
  const note = 'We raise our FY26E/FY27E revenue forecasts by 5%/7% after a strong quarter.\n| FYE Dec | FY25A | FY26E |';
  assert.equal(estimateRevision(note, '岚峰科技', s())?.text, '该券商同时将岚峰科技2026/2027年营收预测分别上调**5%**和**7%**');
});
