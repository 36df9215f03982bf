/** Sentences that lean on the one before them (a measure with no name, a bare 公司) and feature or column titles. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featureTitle } from '../offline/headline-shape.js';
import { selfContained } from './sentence-shape.js';

test('a measure and its value with no one named leans on the sentence before it', () => {
  assert.ok(!selfContained('营收为12.3亿元。'));
  assert.ok(!selfContained('净利润同比增长20%，高于市场预期。'));
  assert.ok(!selfContained('10月19日晚间，毛利率达45%。'));
  assert.ok(selfContained('某芯科技一季度营收为12.3亿元。'));
  // A measure word opening a sentence that names its subject after it is no bare measure.
  assert.ok(selfContained('营收排名前五的公司均来自北美。'));
});

test('a bare 公司 subject leans on the sentence before it; a name before a time phrase stands', () => {
  assert.ok(!selfContained('公司预计明年数据中心收入翻倍。'));
  assert.ok(!selfContained('10月19日晚间，公司发布公告称拟回购股份。'));
  assert.ok(selfContained('某芯科技10月19日晚间公告，公司全资子公司拟认购某机器人公司港股IPO股份。'));
  assert.ok(selfContained('公司法修订草案今日提交审议。'));
});

test('a column or question title is a feature title, a news headline is not', () => {
  assert.ok(featureTitle('算力观察｜某芯科技的出海账本'));
  assert.ok(featureTitle('某芯科技专栏：算力租赁还能涨吗'));
  assert.ok(featureTitle('国产GPU拿到多大份额？'));
  assert.ok(!featureTitle('某芯科技完成20亿元B轮融资'));
});
