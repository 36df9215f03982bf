/**
 * oneliner25 (issue 11): a collective noun (四大巨头, the Big Four) from elsewhere in a text never owns a figure its own
 * sentence gives to one company or one government; a sentence that speaks of the group (by name, 四家, combined) keeps
 * it. Fixtures are hand-written sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement, storyFactOf } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { Claim, Figure, ItemRecord } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { claimHeadline, claimSentence } from './compose.js';
import { entityDirectory } from './names.js';
import { collectiveElsewhere, dealValueAsValue } from './owner-evidence.js';
import { defaultStoryTemplates } from './story-templates.js';

const gaz = loadGazetteer();
const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz, templates: defaultStoryTemplates() };

function groupFact(text: string, value: number, metric = 'capex', subject = 'Hyperscalers') {
  const bundle = makeBundle({ id: 'ol25', items: [{ title: 'Wire report', text, url: 'https://wire.example.com/c', date: '2026-06-02' }] });
  const item = bundle.items[0] as ItemRecord;
  const st = statement(item, bundle.figures[item.id] as Figure[], value);
  const c: Claim = single(subject, metric, '2026', [st]);
  const fact = storyFactOf(item, c, st);
  return { fact, bundle: { ...bundle, claims: [c] } };
}

test('a figure one company’s sentence states is no group’s: no sentence, no headline for the group', () => {
  const text =
    'The four biggest cloud companies have been racing to add data centers. Microsoft said its capital spending fell to $35 billion in the quarter.';
  const one = groupFact(text, 3.5e10);
  assert.equal(collectiveElsewhere(one.fact, gaz), true);
  assert.equal(claimSentence(one.fact, one.bundle, ctx), undefined);
  assert.equal(claimHeadline(one.fact, one.bundle, ctx), undefined);
  const zh = groupFact('四大云厂商持续加码数据中心。日本政府将补贴上限提高至5000亿日元。', 5e11);
  assert.equal(collectiveElsewhere(zh.fact, gaz), true);
});

test('a sentence speaking of the group keeps the group’s figure (its name, 四家, combined)', () => {
  const named = groupFact('The four biggest cloud companies are set to spend $600 billion on capital projects this year.', 6e11);
  assert.equal(collectiveElsewhere(named.fact, gaz), false);
  const four = groupFact('微软、谷歌、亚马逊和Meta上调了指引。四家今年资本开支预计达6000亿美元。', 6e11);
  assert.equal(collectiveElsewhere(four.fact, gaz), false);
  const combined = groupFact('Microsoft, Google, Amazon and Meta plan to spend a combined $600 billion this year.', 6e11);
  assert.equal(collectiveElsewhere(combined.fact, gaz), false);
});

test('a contract’s or a deal’s value is no valuation of its party; a round’s value of the company stays one', () => {
  const contract = groupFact('Nebius signed a contract valued at at least $3 billion with a cloud customer.', 3e9, 'valuation', 'Nebius');
  assert.equal(dealValueAsValue(contract.fact, gaz), true);
  assert.equal(claimHeadline(contract.fact, contract.bundle, ctx), undefined);
  const buyer = groupFact('Nvidia agreed to buy Groq in a deal valuing Groq at $20 billion.', 2e10, 'valuation', 'Nvidia');
  assert.equal(dealValueAsValue(buyer.fact, gaz), true);
  const target = groupFact('Nvidia agreed to buy Groq in a deal valuing Groq at $20 billion.', 2e10, 'valuation', 'Groq');
  assert.equal(dealValueAsValue(target.fact, gaz), false);
  const round = groupFact('Anthropic closed a funding deal that values the company at $350 billion.', 3.5e11, 'valuation', 'Anthropic');
  assert.equal(dealValueAsValue(round.fact, gaz), false);
  const zh = groupFact('甲骨文与某模型公司签署合同，合同价值不低于300亿美元。', 3e10, 'valuation', 'Oracle');
  assert.equal(dealValueAsValue(zh.fact, gaz), true);
  const own = groupFact('月之暗面完成新一轮融资，投后估值超过40亿美元。', 4e9, 'valuation', 'Moonshot AI');
  assert.equal(dealValueAsValue(own.fact, gaz), false);
});
