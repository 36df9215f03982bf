import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  classifyPeriodMiss,
  classifySubjectMiss,
  dealMissClasses,
  metricMissPairs,
  nameFormShape,
  nameFormShapes,
  periodLabelShape,
  periodMissClasses,
  periodMissShapes,
  subjectMissClasses,
} from '../../bench/miss-classes.js';

test('a subject miss is classed by the names alone', () => {
  assert.equal(classifySubjectMiss('Yunfan Robotics', '云帆智控'), 'gold English, got Chinese');
  assert.equal(classifySubjectMiss('云帆智控', 'Yunfan Robotics'), 'gold Chinese, got English');
  assert.equal(classifySubjectMiss('Vantor Semiconductor Taiwan', 'Vantor Semiconductor'), 'got a shorter form');
  assert.equal(classifySubjectMiss('Quanta', 'Quanta Computer'), 'got a longer form');
  assert.equal(classifySubjectMiss('Nvidia', 'None'), 'no owner');
  assert.equal(classifySubjectMiss('group:cornerstone investors', 'Alibaba'), 'group or list gold');
  assert.equal(classifySubjectMiss('Nvidia', 'Microsoft'), 'other entity');
});

test('score.py miss lines are counted per class, with distinct pairs, ignoring other misses', () => {
  const misses = [
    '   subject | 01-a.md | 10% | gold Yunfan Robotics got 云帆智控',
    '   subject | 02-b.md | 12亿元 | gold Yunfan Robotics got 云帆智控',
    '   subject | 02-b.md | $3 billion | gold Nvidia got Microsoft',
    '    metric | 02-b.md | $3 billion | gold capex got revenue',
    '    period | 03-c.md | 5% | gold 2026 got None',
  ].join('\n');
  const r = subjectMissClasses(misses);
  assert.equal(r.total, 3);
  assert.deepEqual(r.counts, { 'gold English, got Chinese': 2, 'other entity': 1 });
  assert.deepEqual(r.pairs, { 'gold English, got Chinese': 1, 'other entity': 1 });
});

test('a period miss is classed by the two labels alone', () => {
  assert.equal(classifyPeriodMiss("'2026'", "''"), 'got none');
  assert.equal(classifyPeriodMiss("'2026'", 'None'), 'got none');
  assert.equal(classifyPeriodMiss("''", "'2026Q3'"), 'gold none, got a period');
  assert.equal(classifyPeriodMiss("'FY2026'", "'2026'"), 'fiscal vs calendar');
  assert.equal(classifyPeriodMiss("'2026Q3'", "'2025Q3'"), 'another year, same granularity');
  assert.equal(classifyPeriodMiss("'2026Q3'", "'2025'"), 'another year and granularity');
  assert.equal(classifyPeriodMiss("'2026Q3'", "'2026'"), 'got the whole year, gold a part');
  assert.equal(classifyPeriodMiss("'2026'", "'2026-09'"), 'got a part, gold the whole year');
  assert.equal(classifyPeriodMiss("'2026H1'", "'2026Q2'"), 'another part of the same year');
  assert.equal(classifyPeriodMiss("'2025-2030'", "'2030'"), 'range vs single period');
  assert.equal(classifyPeriodMiss("'next year'", "'2026'"), 'unreadable label');
});

test('period and metric miss lines are counted, other kinds ignored', () => {
  const misses = [
    "    period | 03-c.md | 5% | gold '2026' got ''",
    "    period | 03-c.md | 6% | gold '2026Q3' got '2026'",
    '    metric | 02-b.md | $3 billion | gold capex got revenue',
    '    metric | 02-b.md | $4 billion | gold capex got revenue',
    '   subject | 02-b.md | $3 billion | gold Nvidia got Microsoft',
  ].join('\n');
  assert.deepEqual(periodMissClasses(misses), { counts: { 'got none': 1, 'got the whole year, gold a part': 1 }, total: 2 });
  assert.deepEqual(metricMissPairs(misses), { counts: { 'capex → revenue': 2 }, total: 2 });
});

test('deal misses are classed against the extracted edges', () => {
  const misses = [
    '   deal missed |  | microsoft -> openai | ',
    '   deal missed |  | yunfanrobotics -> nvidia | ',
    '   deal missed |  | amazon -> anthropic | ',
    '   deal missed |  | oracle -> openai | ',
    '   deal missed |  | acme -> globex | ',
    '   deal invented |  | 云帆智控 -> nvidia | ',
    '   deal invented |  | oracle -> nvidia | ',
    '   deal invented |  | initech -> hooli | ',
  ].join('\n');
  const edges: [string, string][] = [
    ['OpenAI', 'Microsoft'],
    ['云帆智控', 'Nvidia'],
    ['Oracle', 'Nvidia'],
    ['Initech', 'Hooli'],
    ['Amazon', 'Anthropic PBC'],
  ];
  const r = dealMissClasses(misses, edges);
  assert.deepEqual(r.counts, {
    'missed: found in the other direction': 1,
    'missed: a party named in another form': 2,
    'missed: one party has another counterparty': 1,
    'missed: neither party in any edge': 1,
    'invented: a party of a missed deal named in another form': 1,
    'invented: shares one party with a labelled deal': 1,
    'invented: no party of any labelled deal': 1,
  });
  assert.equal(r.total, 8);
});

test('a period miss is also counted by the shapes of its two labels, with whether they share a year', () => {
  assert.equal(periodLabelShape("'FY2027Q2'"), 'FY quarter');
  assert.equal(periodLabelShape("'2026-09'"), 'month');
  assert.equal(periodLabelShape('None'), 'none');
  assert.equal(periodLabelShape("'2025-2030'"), 'range');
  const misses = [
    "    period | 03-c.md | $5 | gold '2026-09' got None",
    "    period | 03-c.md | $6 | gold '2026-08' got ''",
    "    period | 04-d.md | $7 | gold 'FY2027Q2' got '2027Q2'",
    "    period | 04-d.md | $8 | gold '2027' got 'FY2028'",
  ].join('\n');
  assert.deepEqual(periodMissShapes(misses), {
    counts: { 'month → none': 2, 'FY quarter → quarter, same year': 1, 'year → FY year, another year': 1 },
    total: 4,
  });
});

test('nameFormShape says what separates two forms of a name by kind, never by the words', () => {
  assert.equal(nameFormShape('Cerebras Systems', 'Cerebras'), 'got shorter, Latin: word');
  assert.equal(nameFormShape('Veltrane Software', 'Veltrane Software Inc'), 'got longer, Latin: legal');
  assert.equal(nameFormShape('SoftBank Group', 'SoftBank'), 'got shorter, Latin: group');
  assert.equal(nameFormShape('星衡智算科技', '星衡智算'), 'got shorter, Han: 2 other character(s)');
  assert.equal(nameFormShape('华虹集团', '华虹'), 'got shorter, Han: legal / group word');
  assert.equal(nameFormShape('Nvidia', 'AMD'), undefined);
  const shapes = nameFormShapes(
    '  subject | 01-x.md | $5 | gold Cerebras Systems got Cerebras\n  subject | 01-x.md | 7% | gold Nvidia got AMD\n',
  );
  assert.deepEqual(shapes.counts, { 'got shorter, Latin: word': 1, 'not another form': 1 });
});
