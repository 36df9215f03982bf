import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../index.js';
import { linkAcross, loadGazetteer, soundLinks, soundNames } from './index.js';

const gaz = loadGazetteer();

test('a Chinese name and its pinyin form link, company words agreeing or left out', () => {
  const none = new Map<string, string>();
  assert.deepEqual(soundLinks(['衡川半导体', 'Hengchuan Semiconductor'], none), [['衡川半导体', 'Hengchuan Semiconductor']]);
  assert.deepEqual(soundLinks(['星衍智能', 'Xingyan AI'], none), [['星衍智能', 'Xingyan AI']]);
  assert.deepEqual(soundLinks(['沧澜科技股份有限公司', 'Canglan Technology Co'], none), [
    ['沧澜科技股份有限公司', 'Canglan Technology Co'],
  ]);
  assert.deepEqual(soundLinks(['衡川半导体', 'Hengchuan'], none), [['衡川半导体', 'Hengchuan']]);
  // A polyphone reads either way (行 hang / xing).
  assert.deepEqual(soundLinks(['行云科技', 'Xingyun Technology'], none), [['行云科技', 'Xingyun Technology']]);
});

test('no link when the company words disagree, the stems differ, or two Latin names fit as well', () => {
  const none = new Map<string, string>();
  assert.deepEqual(soundLinks(['星衍资本', 'Xingyan AI'], none), []);
  assert.deepEqual(soundLinks(['星衍智能', 'Xinyan AI'], none), []);
  assert.deepEqual(soundLinks(['星衍', 'Xingyan AI', 'Xingyan Capital'], none), []);
  // Of two, the one whose company word agrees.
  assert.deepEqual(soundLinks(['星衍智能', 'Xingyan AI', 'Xingyan Capital'], none), [['星衍智能', 'Xingyan AI']]);
  // A name a gloss already linked keeps its link.
  assert.deepEqual(soundLinks(['星衍智能', 'Xingyan AI'], new Map([['星衍智能', 'Starwell AI']])), []);
});

test('only discovered names offer themselves, Latin ones when their stem reads as pinyin', () => {
  const x = extract('Revenue at Hengchuan Semiconductor and Corvane Systems rose to $1 billion each. 英伟达营收增长。', {}, gaz);
  assert.deepEqual(soundNames(x.entities), ['Hengchuan Semiconductor']);
});

test('a Chinese text and an English one about one company give its figures one subject', () => {
  const a = extract('衡川半导体2025年营收21.4亿元。', { date: '2026-08-12' }, gaz);
  const b = extract('Hengchuan Semiconductor reported 2025 revenue of 2.3 billion yuan.', { date: '2026-08-13' }, gaz);
  const [x, y] = linkAcross([a, b]);
  assert.equal(x?.figures[0]?.subject, 'Hengchuan Semiconductor');
  assert.equal(y?.figures[0]?.subject, 'Hengchuan Semiconductor');
});
