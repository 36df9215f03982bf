/**
 * One rule of a sentence leaning on what came before it (issue 11, editor26 "Worse": a 则 clause without its first half,
 * 该<unit> never named, a 按此测算 / 若…则 calculation standing for a guidance the story never states, 其 after an
 * interposed sentence). Hand-written sentences, not copies of the batches.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dependent } from '../../render/check/cohesion.js';
import { dated, leansOn, selfContained } from './sentence-shape.js';

test('a contrast second half (则 in its first clause) leans on its first half; a 则 within the sentence does not', () => {
  assert.equal(leansOn('机构投资者则更为谨慎，认为估值已经偏高。'), true);
  assert.equal(leansOn('港股方面，恒生科技指数则下跌1.2%。'), true);
  assert.equal(leansOn('星河半导体出资30亿元，晨光电子则出资20亿元。'), false);
  // A condition's 则 is the sentence's own; a word ending in 则 (原则, 规则) is no contrast.
  assert.equal(leansOn('根据交易规则，星河半导体须在三日内披露进展。'), false);
});

test('该<unit> whose unit the sentence never names leans back; named before it in the sentence it stands', () => {
  assert.equal(leansOn('据悉，该基金首期规模为50亿元。'), true);
  assert.equal(leansOn('资料显示，该项目总投资约120亿元。'), true);
  assert.equal(leansOn('该股今日收涨5.2%。'), true);
  assert.equal(leansOn('晨光产业基金成立于2024年，该基金首期规模为50亿元。'), false);
  assert.equal(leansOn('商务部新闻发言人表示，该部门将加强出口管制。'), false);
  // 应该 is a modal, not a demonstrative.
  assert.equal(leansOn('星河半导体董事长表示，行业应该回归理性定价。'), false);
});

test('a calculation on a figure stated before (按此测算, 照此, 按这一增速计算) or a hypothetical (若…则) leans back', () => {
  assert.equal(leansOn('按此测算，星河半导体全年营收将超过120亿元。'), true);
  assert.equal(leansOn('照此计算，明年出货量有望翻倍。'), true);
  assert.equal(leansOn('按这一增速计算，全年净利润约为8亿元。'), true);
  // A calculation naming its own basis (按卖方测算) is an attribution, not a pointer.
  assert.equal(leansOn('按卖方测算，星河半导体全年资本开支在90亿元左右。'), false);
  assert.equal(leansOn('若全年维持这一增速，则营收将达到100亿元。'), true);
  assert.equal(leansOn('如果订单如期交付，公司明年收入将增长三成。'), true);
  // 此前 is a time, not a pointer; 如今 is no 如果.
  assert.equal(leansOn('按此前公布的计划，晨光电子新工厂将于明年投产。'), false);
  assert.equal(leansOn('如今，国产算力芯片的交付周期已缩短至8周。'), false);
  // A calculation after its base in one sentence stands.
  assert.equal(leansOn('星河半导体上半年营收50亿元，按此节奏推算，全年将超过100亿元。'), false);
});

test('其 as the subject after an opening phrase points at the company named before', () => {
  assert.equal(leansOn('受益于数据中心需求，其光模块收入同比增长80%。'), true);
  assert.equal(leansOn('随着新产线投产，其产能将提升一倍。'), true);
  assert.equal(leansOn('星河半导体表示，其产能将提升一倍。'), false);
  assert.equal(leansOn('随着新产线投产，其实产能压力已经缓解。'), false);
});

test('the check reads the engine rule: dependent is leansOn; openings stay selfContained', () => {
  for (const s of ['按此测算，全年营收将超过120亿元。', '据悉，该基金首期规模为50亿元。', '机构投资者则更为谨慎。'])
    assert.equal(dependent(s), true, s);
  assert.equal(selfContained('按此测算，全年营收将超过120亿元。'), false);
});

test('a bare 公司 or a bare measure after an unnamed frame (据介绍, 以收盘价计) or a period leans back; a named subject stands', () => {
  assert.equal(leansOn('据介绍，公司今年研发投入预计将超过15亿元。'), true);
  assert.equal(leansOn('以收盘价计，公司市值约820亿港元。'), true);
  assert.equal(leansOn('累计今年前三季度营收新台币1.2万亿元，同比增长9%。'), true);
  assert.equal(leansOn('作为对比，公司去年同期净利润为3亿元。'), true);
  assert.equal(leansOn('据介绍，晨光电子今年研发投入将超过15亿元。'), false);
  assert.equal(leansOn('数据显示，一季度全国集成电路出口额约380亿美元。'), false);
});

test('a Traditional source sentence of a bare measure (今年首季營收…) leans back too; 10日 dates a lead', () => {
  assert.equal(leansOn('今年首季營收人民幣5.4億元，年增逾八成。'), true);
  assert.equal(dated('美股10日三大指数收高。'), true);
  assert.equal(dated('截至收盘，纳斯达克指数收涨1.1%。'), false);
});

test('该股 after the sentence names its company stands', () => {
  assert.equal(leansOn('某券商将晨光电子目标价上调至52元，较该股昨日收盘价有约26%的上行空间。'), false);
});
