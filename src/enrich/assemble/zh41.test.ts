/**
 * Conversions a mainland reader does not need, and Hong Kong subscription phrasing (decision 162; editor39 / 40's
 * mechanisms "a currency conversion added for no reader", "较公开发售部分募资额超额逾40倍"). Own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainlandStyle } from './mainland.js';

test('zh41: a dollar or Hong Kong dollar amount restated in renminbi loses the restatement', () => {
  assert.equal(mainlandStyle('公司完成**约8亿美元**（**约合人民币57亿元**）新一轮融资。'), '公司完成**约8亿美元**新一轮融资。');
  assert.equal(mainlandStyle('子公司拟出资**3000万美元**（**约合2.1亿元人民币**）认购股份。'), '子公司拟出资**3000万美元**认购股份。');
  assert.equal(mainlandStyle('发行4亿美元（约28亿元）可转债。'), '发行4亿美元可转债。');
  assert.equal(mainlandStyle('募资约40亿港元（约合5.1亿美元），用于扩产。'), '募资约40亿港元，用于扩产。');
  assert.equal(mainlandStyle('订单金额约9亿美元，约合人民币64亿元，为公司最大单笔订单。'), '订单金额约9亿美元，为公司最大单笔订单。');
});

test('zh41: a conversion of a currency a mainland reader does not read stays, and so does a bracket that is no conversion', () => {
  assert.equal(
    mainlandStyle('出资**约新台币25亿元**（**约8000万美元**），持股51%。'),
    '出资**约新台币25亿元**（**约8000万美元**），持股51%。',
  );
  assert.equal(mainlandStyle('总投资约8万亿韩元（约合58亿美元）。'), '总投资约8万亿韩元（约合58亿美元）。');
  assert.equal(mainlandStyle('投后估值**52亿美元**（上一轮为**20亿美元**）。'), '投后估值**52亿美元**（上一轮为**20亿美元**）。');
  assert.equal(mainlandStyle('资本开支**约300亿美元**（含融资租赁）。'), '资本开支**约300亿美元**（含融资租赁）。');
});

test('zh41: Hong Kong 较公开发售部分募资额超额逾N倍 is 公开发售部分获超额认购逾N倍; 部份 is 部分', () => {
  assert.equal(
    mainlandStyle('首日获得约90亿港元保证金融资认购，较公开发售部分募资额超额逾25倍。'),
    '首日获得约90亿港元保证金融资认购，公开发售部分获超额认购逾25倍。',
  );
  assert.equal(mainlandStyle('较公开发售部份超购约12倍。'), '公开发售部分获超额认购约12倍。');
  assert.equal(mainlandStyle('其中大部份用于研发。'), '其中大部分用于研发。');
});

test('a Taiwan fund named 国家… is written in quotation marks after its region (decision 162, at the merge)', () => {
  assert.equal(
    mainlandStyle('台湾地区行政院国家发展基金宣布，将出资新台币200亿元，其中国发基金出资新台币80亿元。'),
    '台湾地区“国家发展基金”宣布，将出资新台币200亿元，其中“国发基金”出资新台币80亿元。',
  );
  assert.equal(mainlandStyle('国安基金今日进场。'), '“国安基金”今日进场。');
  assert.equal(mainlandStyle('“国发基金”已出资。'), '“国发基金”已出资。');
});
