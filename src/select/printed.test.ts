/** Told before means printed (compose13, issue 11): an earlier item makes a follow-up only when an earlier digest printed it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemRecord } from '../../test/support/records.js';
import { printedItems, printedLinks } from '../render/index.js';
import type { Claim, ItemRecord, Statement, Story } from '../types/index.js';
import { buildBundle } from './bundle.js';
import { loadSections, type SelectInput, type SelectOptions, selectStories } from './index.js';

function item(id: string, date: string, title: string, text: string): ItemRecord {
  const url = `https://news.example.com/${id}`;
  return itemRecord({ id, date, title, text, url, source: url, format: 'html', ingestedAt: date });
}

function statement(itemId: string, text: string, value: number, date: string): Statement {
  return {
    figure: { kind: 'money', value, currency: 'CNY', text, start: 0, end: text.length, qualifier: 'max' },
    itemId,
    source: itemId,
    line: 1,
    sentence: `拟定增募资${text}`,
    date,
  };
}

// A broker's note on Monday (its own story) states the placement a company announces on Tuesday.
const note = item(
  'it_note',
  '2026-05-11T02:00:00Z',
  'Huaxin Chips: placement ahead, BUY',
  'We expect a placement of up to 6 billion yuan.',
);
const filing = item('it_filing', '2026-05-12T02:00:00Z', '华芯微电子拟定增募资不超60亿元', '华芯微电子公告，拟定增募资不超过60亿元。');
const stories: Story[] = [
  { id: 'st_note', title: note.title, items: [note.id], date: note.date } as Story,
  { id: 'st_filing', title: filing.title, items: [filing.id], date: filing.date } as Story,
];
const claim: Claim = {
  subject: '华芯微电子',
  metric: 'funding',
  period: '2026',
  statements: [statement(note.id, '6 billion yuan', 6e9, '2026-05-11'), statement(filing.id, '60亿元', 6e9, '2026-05-12')],
  conflict: false,
  latest: 1,
  mostCited: 0,
};
const input: SelectInput = {
  stories,
  items: [note, filing],
  extractions: [],
  knowledge: { claims: [claim], deals: [], derived: [], cycles: [] },
};
const base: SelectOptions = { date: '2026-05-12', timeZone: 'Asia/Shanghai', maxTop: 6, maxMore: 12, watch: [], sections: loadSections() };
const filingBundle = (opts: Partial<SelectOptions>) => selectStories(input, { ...base, ...opts }).find((b) => b.story.id === 'st_filing');

test("another story's earlier item counts as told only when an earlier digest printed it", () => {
  assert.deepEqual(filingBundle({})?.toldBefore, { it_note: '2026-05-11' }, 'without the digests: every earlier item counts');
  assert.equal(filingBundle({ printed: new Set() })?.toldBefore, undefined, 'the note ran in no digest: nothing was told');
  assert.deepEqual(filingBundle({ printed: new Set(['it_note']) })?.toldBefore, { it_note: '2026-05-11' });
});

test("the story's own earlier items that no digest printed are background, not what already ran", () => {
  const day1 = item('it_d1', '2026-05-11T03:00:00Z', '星河算力今起招股，拟募资最多40亿港元', '星河算力今起招股，拟募资最多40亿港元。');
  const day2 = item('it_d2', '2026-05-12T03:00:00Z', 'Xinghe Compute prices IPO at top of range', 'Xinghe Compute raised HK$4 billion.');
  const story = { id: 'st_ipo', title: day2.title, items: [day1.id, day2.id], date: day2.date } as Story;
  const one: SelectInput = {
    stories: [story],
    items: [day1, day2],
    extractions: [],
    knowledge: { claims: [], deals: [], derived: [], cycles: [] },
  };
  const unprinted = selectStories(one, { ...base, printed: new Set() })[0];
  assert.equal(unprinted?.earlier, undefined);
  assert.deepEqual(
    unprinted?.unprinted?.map((i) => i.id),
    ['it_d1'],
  );
  const printed = selectStories(one, { ...base, printed: new Set(['it_d1']) })[0];
  assert.deepEqual(
    printed?.earlier?.map((e) => e.items.map((i) => i.id)),
    [['it_d1']],
  );
  assert.equal(printed?.unprinted, undefined);
});

test('the items an earlier digest printed are those its source links name (更多动态 included)', () => {
  const md = [
    '## 星河算力今起招股，拟募资最多40亿港元',
    '',
    '来源：[财联社](https://news.example.com/it_d1)',
    '',
    '## 更多动态',
    '',
    '- **华芯微电子研报**：…（来源：[研报](https://news.example.com/it_note)）',
  ].join('\n');
  assert.deepEqual([...printedLinks(md)], ['https://news.example.com/it_d1', 'https://news.example.com/it_note']);
  const local = { id: 'it_local', url: null };
  assert.deepEqual([...printedItems([note, filing, local], [md])], ['it_note']);
  assert.deepEqual([...printedItems([local], [md], true)], ['it_local'], 'an item with no link counts as the caller says');
});

test('a change at constant exchange rates reaches the bundle; a segment agreeing with itself does not', () => {
  const st = (scope: string | undefined, value: number): Claim => ({
    subject: 'Infosys',
    metric: 'revenue-growth',
    period: 'FY2027',
    ...(scope ? { scope } : {}),
    statements: [
      {
        figure: { kind: 'percent', value, text: `${value}%`, start: 0, end: 2, qualifier: 'exact' },
        itemId: filing.id,
        source: filing.id,
        line: 1,
        sentence: 'Infosys now expects revenue to grow 3% to 4% in constant currency.',
        date: '2026-05-12',
      },
    ],
    conflict: false,
    latest: 0,
    mostCited: 0,
  });
  const claims = [st('按固定汇率计算', 3.5), st('金融服务', 5)];
  const b = buildBundle(stories[1] as Story, [filing], new Map(), { claims, deals: [], derived: [], cycles: [] });
  assert.deepEqual(
    b.claims.map((c) => c.scope),
    ['按固定汇率计算'],
  );
});
