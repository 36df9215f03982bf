import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../index.js';
import { findEntities, learnableNames, loadGazetteer } from './index.js';

const gaz = loadGazetteer();

const feature =
  '国产AI算力服务商沧澜智算今日起招股，拟募资48亿港元。沧澜智算2025年收入19.2亿元。推理云公司普遍亏损，沧澜称其毛利率为16.5%。';
const flash = '11月30日，沧澜智算将在港交所挂牌，募资48亿港元。沧澜2025年收入19.2亿元，同比增长1.4倍。';

test('names a text introduced twice are learned; a name found once and a description ending in 公司 are not', () => {
  assert.deepEqual(learnableNames(findEntities(feature, gaz, { discover: true })), ['沧澜智算']);
  const once = findEntities('据悉，澄湖科技今日起招股。', gaz, { discover: true });
  assert.ok(
    once.some((m) => m.name === '澄湖科技'),
    'found',
  );
  assert.deepEqual(learnableNames(once), [], 'but written once: not learned');
  const generic = [
    { name: '推理云公司', type: 'org' as const, start: 0, end: 5, text: '推理云公司', match: 'discovered' as const },
    { name: '推理云公司', type: 'org' as const, start: 9, end: 14, text: '推理云公司', match: 'discovered' as const },
  ];
  assert.deepEqual(learnableNames(generic), []);
});

test('a name another text introduced owns its figures where this text writes it bare, short form included', () => {
  const alone = extract(flash, { date: '2026-11-30' }, gaz);
  assert.ok(!alone.figures.some((f) => f.subject === '沧澜智算'), 'alone, nothing marks 沧澜智算 as a name');
  const known = extract(flash, { date: '2026-11-30', known: ['沧澜智算'] }, gaz);
  const bySubject = known.figures.filter((f) => f.kind === 'money').map((f) => [f.text, f.subject]);
  assert.deepEqual(bySubject, [
    ['48亿港元', '沧澜智算'],
    ['19.2亿元', '沧澜智算'],
  ]);
});

test('a known Latin name matches whole words only', () => {
  const mentions = (text: string) =>
    findEntities(text, gaz, { discover: true, known: ['Corvane Systems'] })
      .filter((m) => m.name === 'Corvane Systems')
      .map((m) => m.start);
  assert.deepEqual(mentions('Shares of Corvane Systems rose 4%.'), [10]);
  assert.deepEqual(mentions('XCorvane Systems rose 4%.'), []);
});
