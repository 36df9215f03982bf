import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifySubjectMiss, subjectMissClasses } from '../../bench/miss-classes.js';

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
