/** shape17 (issue 11): sentences lifted from mid-paragraph that lean on one not printed (editor21's S4 shapes). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leansBack, selfContained } from './sentence-shape.js';

test('a person pointed at (这位CFO, 该名高管) leans on the sentence that introduced them', () => {
  assert.equal(leansBack('对于刚刚开始的2027财年，这位CFO表示，资本开支增速将低于今年。'), true);
  assert.equal(leansBack('该名高管透露，公司明年将扩建两座数据中心。'), true);
  // Introduced in the sentence itself: it stands.
  assert.equal(leansBack('公司首席财务官表示，这位高管此前曾在英伟达任职。'), false);
});

test('an arrangement or a quarter pointed at (这种安排, 该季度, 当季) leans back unless the sentence names it', () => {
  assert.equal(leansBack('据悉，这种安排让资金最终回流供应商。'), true);
  assert.equal(leansBack('公司该季度营收同比增长12%。'), true);
  assert.equal(leansBack('公司当季毛利率回升至41%。'), true);
  assert.equal(leansBack('2026年第三季度，公司当季营收同比增长12%。'), false);
  assert.equal(leansBack('英伟达第四财季营收681亿美元。'), false);
});

test('an example opening (以…为例, 例如) has no topic sentence of its own', () => {
  assert.equal(selfContained('以某云厂商为例，其GPU租金已下降三成。'), false);
  assert.equal(selfContained('例如，阿里云把旗舰模型价格降了一半。'), false);
  assert.equal(selfContained('阿里云宣布旗舰模型价格下调50%。'), true);
});
