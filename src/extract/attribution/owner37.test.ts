/**
 * A deal told in one sentence is filed as the deal (decision 126): an amount that buys goods is a purchase (contract),
 * whatever verb names it (bought, ordered, purchased, pay … for, supply … with, 向…供应); a supply deal told with the
 * seller as the grammatical subject is the buyer's, the seller its counterparty. Sentences written for these tests
 * (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function money(text: string): { subject?: string; metric?: string; counterparty?: string }[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-11-20', lang }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => ({
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.metric ? { metric: f.metric } : {}),
      ...(f.counterparty ? { counterparty: f.counterparty } : {}),
    }));
}

test('an amount that buys goods is a purchase, whatever verb names it; a company bought stays an acquisition', () => {
  const cases = [
    'Halvorsen Energy bought roughly $9 billion of Corvid Systems hardware last year.',
    'Halvorsen Energy purchased $700 million of accelerators in the quarter.',
    'Halvorsen Energy ordered $2 billion of memory from Corvid Systems.',
    'Brightline Cloud will pay Corvid Systems $3 billion for 40,000 accelerators over three years.',
    'Corvid Systems agreed to supply Brightline Cloud with $1.5 billion of servers this year.',
  ];
  for (const c of cases) assert.equal(money(c)[0]?.metric, 'contract', c);
  // A company bought for money stays an acquisition; fees stay spending.
  assert.equal(money('Halvorsen Energy bought Tamsin Robotics for $1.2 billion in cash.')[0]?.metric, 'acquisition');
  assert.equal(money('Meridian Systems paid $640 million for Pellwright Systems.')[0]?.metric, 'acquisition');
  assert.equal(money('Halvorsen Energy paid $200 million in licensing fees during the quarter.')[0]?.metric, 'spending');
});

test('a supply deal told with the seller as subject is the buyer’s purchase', () => {
  for (const c of [
    'Corvid Systems agreed to supply Brightline Cloud with $1.5 billion of servers this year.',
    'Corvid Systems signed a $2 billion deal to sell chips to Brightline Cloud.',
  ])
    assert.deepEqual(money(c)[0], { subject: 'Brightline Cloud', metric: 'contract', counterparty: 'Corvid Systems' }, c);
  // The buyer named as the subject keeps it.
  assert.deepEqual(money('Halvorsen Energy ordered $2 billion of memory from Corvid Systems.')[0]?.subject, 'Halvorsen Energy');
});

test('a Chinese supply of goods is the buyer’s purchase', () => {
  const [f] = money('市场传闻称SK海力士将在二季度向AMD供应价值约8万亿韩元的HBM4。');
  assert.equal(f?.metric, 'contract');
  assert.equal(f?.subject, 'AMD');
});

test('the part of a capital budget set aside to buy goods is a purchase; other parts keep the budget’s metric', () => {
  const zh = money('据知情人士透露，海森能源计划明年资本开支约1800亿元，其中约850亿元将用于采购AI芯片，国产芯片占比约四成。');
  assert.deepEqual(
    zh.map((f) => f.metric),
    ['capex', 'contract'],
  );
  const en = money(
    'Halvorsen Energy plans to spend about 180 billion yuan on capital expenditure next year, with about 85 billion yuan earmarked for AI chips.',
  );
  assert.deepEqual(
    en.map((f) => f.metric),
    ['capex', 'contract'],
  );
  const land = money('Halvorsen Energy plans to spend $30 billion on data centers next year, with $10 billion earmarked for land.');
  assert.deepEqual(
    land.map((f) => f.metric),
    ['capex', 'capex'],
  );
});
