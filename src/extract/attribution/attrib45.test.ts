import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/gazetteer.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();
const periods = (text: string, date = '2026-04-15') => extract(text, { date }, gaz).figures.map((f) => `${f.text}|${f.period ?? '-'}`);

const head = ['# 星川集团：今年AI研发投入将超50亿元', '', '星川集团表示，公司2026年在AI领域的研发投入将超过50亿元。', ''];

test("a full year told as done takes the one year its paragraph named ('其中，…全年亏损')", () => {
  const text = [
    ...head,
    '财报显示，星川集团2025年总收入约800亿元。其中，机器人业务分部收入约90亿元，该分部全年经营亏损收窄至约15亿元。',
  ].join('\n');
  assert.deepEqual(periods(text).slice(-2), ['约90亿元|2025', '约15亿元|2025']);
  const en = [
    '# Halden Robotics plans $4 billion of AI spending this year',
    '',
    'Halden Robotics said it would spend $4 billion on AI in 2026.',
    '',
    'Halden Robotics had revenue of $62 billion in 2025. Its robotics unit lost $1.2 billion for the full year.',
  ].join('\n');
  assert.deepEqual(periods(en).slice(-1), ['$1.2 billion|2025']);
});

test('a full year stays the lead period when its paragraph is unsure or it looks ahead', () => {
  // two years named in the paragraph: no single year to take
  const two = [...head, '星川集团2025年总收入约800亿元，2026年一季度收入约210亿元。其中，机器人业务全年经营亏损约15亿元。'].join('\n');
  assert.deepEqual(periods(two).slice(-1), ['约15亿元|2026']);
  // a full year looking ahead is this year's plan, not the year the paragraph reported
  const ahead = [...head, '星川集团2025年总收入约800亿元。公司预计全年资本开支约120亿元。'].join('\n');
  assert.deepEqual(periods(ahead).slice(-1), ['约120亿元|2026']);
  // a comparison's base is no year the paragraph reports
  const base = [...head, '星川集团一季度收入较2025年同期增长三成。机器人业务全年经营亏损约15亿元。'].join('\n');
  assert.deepEqual(periods(base).slice(-1), ['约15亿元|2026']);
});

const owned = (text: string) =>
  extract(text, { date: '2026-06-10' }, gaz).figures.map((f) => `${f.text}|${f.subject ?? '-'}|${f.metric ?? '-'}`);

test("a named party's contribution of an amount is its investment, not the capex a later keyword names", () => {
  const text =
    'Corvid Labs is raising a new equity round. Halden Systems’s contribution of up to $1.5 billion is modest next to what Corvid Labs plans to spend on its chips.';
  assert.deepEqual(owned(text).slice(-1), ['up to $1.5 billion|Halden Systems|investment']);
  // a contribution to a result is a share of it, not money put in
  const share = "Halden Systems's contribution of $900 million to group revenue rose, while Halden Systems plans to spend more on chips.";
  assert.notEqual(owned(share).slice(-1)[0]?.split('|')[2], 'investment');
});
