/**
 * Headline wording (issue 11, docs/decisions/067): a column or newsletter label before a bar and a research report's
 * label (`<X>点评报告：`, `事件：`) never head a story as is; a broker's note names the broker the outlet table knows.
 * Titles written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brokerNameZh, defaultOutlets } from '../../select/outlets.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import { featureTitle, unframed } from './headline-shape.js';
import { trimTitle } from './titles.js';

const t = (s: string, orgs: string[] = []) => trimTitle(s, defaultOutlets(), (x) => orgs.filter((o) => x.includes(o)));

test('a column label before a bar goes; a company before a bar stays', () => {
  assert.equal(t('科技观察｜北风系统完成6亿美元B轮融资', ['北风系统']), '北风系统完成6亿美元B轮融资');
  assert.equal(t('星岚周报 | 北风系统本周股价上涨12%', ['北风系统']), '北风系统本周股价上涨12%');
  assert.equal(t('北风系统｜第三季度营收增长30%至32亿元', ['北风系统']), '北风系统｜第三季度营收增长30%至32亿元');
});

test('a research report’s label goes, its covered company opens the news', () => {
  assert.equal(t('北风系统点评报告：三季度营收高增，盈利拐点临近'), '北风系统三季度营收高增，盈利拐点临近');
  assert.equal(t('北风系统2026年三季报点评：净利润增长30%，毛利率改善'), '北风系统净利润增长30%，毛利率改善');
  assert.equal(t('北风系统深度报告：北风系统算力订单饱满'), '北风系统算力订单饱满');
  assert.equal(featureTitle('北风系统点评报告：营收高增'), true);
  assert.equal(dropOutletTag('事件：北风系统发布三季报，营收同比增长30%。'), '北风系统发布三季报，营收同比增长30%。');
});

test('a broker’s Chinese name from the table by its core name (Capital Markets, Securities, Research)', () => {
  assert.equal(brokerNameZh('CICC Global Research'), '中金公司');
  assert.equal(brokerNameZh('Huatai Securities Research'), '华泰证券');
  assert.equal(brokerNameZh('Northwind Capital Markets'), undefined);
  // Brokers English notes cite, by the names mainland media use (data/company-names-zh.json, Brokers21).
  assert.equal(brokerNameZh('Oppenheimer & Co.'), '奥本海默');
  assert.equal(brokerNameZh('BOC International Research'), '中银国际');
  assert.equal(brokerNameZh('Mirae Asset Securities'), '未来资产');
});

test('no comma right after the subject: a company name alone before a space or a comma is closed up', () => {
  assert.equal(t('北风系统 斥资30亿元收购康拓软件', ['北风系统', '康拓软件']), '北风系统斥资30亿元收购康拓软件');
  assert.equal(t('北风系统，斥资30亿元收购康拓软件', ['北风系统', '康拓软件']), '北风系统斥资30亿元收购康拓软件');
  // Two companies in a row are a list, not a subject and its verb.
  assert.equal(t('北风系统 康拓软件 双双发布新款芯片', ['北风系统', '康拓软件']), '北风系统，康拓软件，双双发布新款芯片');
  // A phrase before the comma is no subject alone.
  assert.equal(t('算力需求持续旺盛，北风系统斥资30亿元扩产', ['北风系统']), '算力需求持续旺盛，北风系统斥资30亿元扩产');
});

test('a feature title framing news before its colon gives the news, the framing phrase dropped (decision 074)', () => {
  assert.equal(unframed('北风系统扭亏背后：净利9.2亿元，存货攀升'), '北风系统扭亏，净利9.2亿元，存货攀升');
  assert.equal(unframed('北风系统的算力账：三年投入300亿元'), '北风系统，三年投入300亿元');
  // No framing phrase before the colon, or nothing left of it: not this shape.
  assert.equal(unframed('北风系统：净利9.2亿元'), undefined);
  assert.equal(unframed('背后：净利9.2亿元'), undefined);
  // What remains still asks: no head.
  assert.equal(unframed('北风系统扭亏背后：还能走多远'), undefined);
});

test('a framing phrase reads through quotation marks; an anxiety frame is a feature’s, not news', () => {
  assert.equal(featureTitle('国产GPU厂商的“底气”'), true);
  assert.equal(featureTitle('云厂商的“电力焦虑”来了'), true);
  assert.equal(featureTitle('北风系统完成20亿元B轮融资'), false);
  assert.equal(featureTitle('北风系统“星河”芯片量产'), false);
});
