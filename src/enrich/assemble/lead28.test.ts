/**
 * Issue 11 (decision 072, lead28): a Hong Kong listing's price in its market's dollar, a range's currency named once,
 * one currency unit per amount; own fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { ItemRecord, Sentence } from '../../types/index.js';
import { boldFigures } from '../offline/sentences.js';
import { mainlandStyle, regionalWords, singleUnit } from './mainland.js';

const item = (outlet: string) => ({ id: 'i1', meta: { outlet }, url: null, title: 'x' }) as unknown as ItemRecord;
const bolded = (doc: string, outlet = '财联社') => {
  const sentence: Sentence = { index: 0, para: 0, start: 0, end: doc.length, text: doc };
  return boldFigures({ item: item(outlet), sentence, figures: extractFigures(doc), lang: 'zh', score: 0 });
};

test('lead28: a 港股 IPO’s offer price and raise print in 港元 from a mainland outlet; its accounts stay 元', () => {
  const out = bolded('星衡智算今日在港交所挂牌，发售价每股12.5元，募资约9.6亿元，去年营收3.2亿元。');
  assert.match(out, /\*\*12\.5港元\*\*/u);
  assert.match(out, /\*\*约9\.6亿港元\*\*/u);
  assert.match(out, /\*\*3\.2亿元\*\*/u);
});

test('lead28: a range names its currency once, at its high end', () => {
  const out = bolded('澄川医药拟于联交所主板上市，招股价介于6.2元至7.0元。');
  assert.match(out, /6\.2至7\.0港元/u);
  assert.doesNotMatch(out, /6\.2元至/u);
});

test('lead28: one currency unit per amount, whatever printed it twice', () => {
  assert.equal(singleUnit('发售价每股12.5港元元'), '发售价每股12.5港元');
  assert.equal(singleUnit('募资40亿美元美元'), '募资40亿美元');
  assert.equal(singleUnit('每股**12.5元**港元'), '每股**12.5港元**');
  assert.equal(singleUnit('每股**12.5港元**元，'), '每股**12.5港元**，');
  assert.equal(singleUnit('投资10亿美元元宇宙项目'), '投资10亿美元元宇宙项目');
  assert.equal(mainlandStyle('募资约9亿港元元。'), '募资约9亿港元。');
});

test('lead28: a Hong Kong source’s 间 for a firm is 家, whatever words stand between', () => {
  assert.equal(mainlandStyle(regionalWords('一间芯片公司宣布在港上市', 'hk')), '一家芯片公司宣布在港上市');
  assert.equal(mainlandStyle(regionalWords('该间公司表示', 'hk')), '该公司表示');
  assert.equal(mainlandStyle(regionalWords('数间内地企业', 'hk')), '数家内地企业');
  // Not a measure word: 房间, 期间.
  assert.equal(mainlandStyle(regionalWords('期间公司股价上涨', 'hk')), '期间公司股价上涨');
  // Another outlet's text keeps its words to the digest-wide table.
  assert.equal(regionalWords('一间芯片公司', 'elsewhere'), '一间芯片公司');
});
