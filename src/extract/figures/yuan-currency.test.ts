/** A bare 元 by the outlet's place (issue 11, decision 062): a Hong Kong or Taiwan outlet's dollar, renminbi elsewhere. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OutletRegion } from '../../types/figure.js';
import { extractFigures } from './index.js';

const money = (text: string, region?: OutletRegion, traditional = false) =>
  extractFigures(text, { traditional, ...(region ? { region } : {}) })
    .filter((f) => f.kind === 'money')
    .map((f) => [f.text, f.currency]);

test('yuan: a Hong Kong outlet that never names 港元 means Hong Kong dollars by a bare 元', () => {
  const hk = '海澄科技今起招股，招股价每股8.6元，一手入场费4343元，集资最多15亿元。';
  assert.deepEqual(money(hk, 'hk'), [
    ['8.6元', 'HKD'],
    ['4343元', 'HKD'],
    ['最多15亿元', 'HKD'],
  ]);
  // The same words from an outlet not known to the table keep the old reading (renminbi).
  assert.deepEqual(
    money(hk).map((x) => x[1]),
    ['CNY', 'CNY', 'CNY'],
  );
});

test('yuan: a bare 元 in a sentence that named 人民币 outright is renminbi, a restatement aside', () => {
  const hk = '海澄科技计划集资约20亿港元。去年收入8.4亿元人民币，亏损2.1亿元；每股售价由3.5元人民币降至2.8元。';
  assert.deepEqual(money(hk, 'hk', true), [
    ['约20亿港元', 'HKD'],
    ['8.4亿元人民币', 'CNY'],
    ['2.1亿元', 'CNY'],
    ['3.5元人民币', 'CNY'],
    ['2.8元', 'CNY'],
  ]);
  // A conversion in brackets is an aside: the next bare 元 is the outlet's own dollar.
  const tw = '鸿图电子11月营收新台币310亿元（约合人民币70亿元），前11月营收3100亿元。';
  assert.deepEqual(
    money(tw, 'tw').map((x) => x[1]),
    ['TWD', 'CNY', 'TWD'],
  );
});

test('yuan: a mainland outlet on a Taiwan parent still means renminbi by a bare 元', () => {
  const cn = '鸿图精密股价报31.2元，总市值约6200亿元。其母公司鸿图电子第三季营收新台币1.9万亿元。';
  assert.deepEqual(money(cn, 'elsewhere'), [
    ['31.2元', 'CNY'],
    ['约6200亿元', 'CNY'],
    ['新台币1.9万亿元', 'TWD'],
  ]);
  // From an outlet not in the table the text's first-named local dollar still decides (as before).
  assert.deepEqual(
    money(cn).map((x) => x[1]),
    ['TWD', 'TWD', 'TWD'],
  );
});

test('yuan: a Hong Kong outlet writing renminbi accounts names 人民币 first, and 元 stays renminbi', () => {
  const hk = '腾越控股公布，中期收入人民币52亿元。纯利按年升18%至9.6亿元。';
  assert.deepEqual(
    money(hk, 'hk').map((x) => x[1]),
    ['CNY', 'CNY'],
  );
});

test('yuan: a Taiwan outlet quoting a mainland-listed company writes its 元 as renminbi in that sentence', () => {
  const tw = '鸿图电子11月营收3100亿元。旗下A股上市子公司鸿图精密（601288）股价收在31.2元，市值约6200亿元。';
  assert.deepEqual(
    money(tw, 'tw').map((x) => x[1]),
    ['TWD', 'CNY', 'CNY'],
  );
});

test('yuan: a Hong Kong listing prices and raises in Hong Kong dollars whoever writes its bare 元 (lead28)', () => {
  // A mainland outlet on a 港股 IPO: the offer price, the board lot and the raise are the listing's market's; the
  // company's accounts (营收, 每股收益) stay renminbi.
  const cn = '星衡智算今日在港交所挂牌，发售价每股12.5元，募资约9.6亿元。公司去年营收3.2亿元，每股收益0.4元。';
  assert.deepEqual(money(cn, 'elsewhere'), [
    ['12.5元', 'HKD'],
    ['约9.6亿元', 'HKD'],
    ['3.2亿元', 'CNY'],
    ['0.4元', 'CNY'],
  ]);
  // An outlet not in the table: the same.
  assert.deepEqual(
    money(cn).map((x) => x[1]),
    ['HKD', 'HKD', 'CNY', 'CNY'],
  );
  // A Hong Kong outlet that named 人民币 first (renminbi accounts) still prices the shares in Hong Kong dollars.
  const hk = '澄川医药中期收入人民币5.1亿元。公司拟于联交所主板上市，招股价介于6.2元至7.0元。';
  assert.deepEqual(
    money(hk, 'hk').map((x) => x[1]),
    ['CNY', 'HKD'],
  );
  // An A+H company's A股 price stays renminbi.
  const ah = '澄川医药A股收报20.5元，其H股在港交所上市首日收报15.2港元。';
  assert.deepEqual(
    money(ah, 'elsewhere').map((x) => x[1]),
    ['CNY', 'HKD'],
  );
});
