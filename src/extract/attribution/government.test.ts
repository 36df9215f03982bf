/** A subsidy, voucher or grant no recipient is named for is the granting government's figure. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';
import { entityDirectory } from '../../enrich/offline/names.js';
import { governmentNameZh, governmentPlaces } from './government.js';

const DOC = '2026-07-15';

/** text, then [figure surface, expected subject ('' = none)] pairs. Sentences written for this test. */
const CASES: SubjectCase[] = [
  // the body that issues the rules grants every subsidy figure of its sentence
  [
    '杭州市经济和信息化局昨日发布新政，企业使用国产算力的补贴比例由20%提高至40%，单家企业年度补贴上限为3000万元。',
    [
      ['20%', 'Hangzhou government'],
      ['40%', 'Hangzhou government'],
      ['3000万元', 'Hangzhou government'],
    ],
  ],
  // a place opening its clause is the actor; the next clause after '；' can name another place
  [
    '成都今年计划发放算力券约4亿元；武汉则对采购国产服务器的企业按采购额的10%给予补贴，单家最高2000万元。',
    [
      ['约4亿元', 'Chengdu government'],
      ['10%', 'Wuhan government'],
      ['2000万元', 'Wuhan government'],
    ],
  ],
  // the next sentence of the paragraph that names no one goes on with the same government
  [
    '广东省工业和信息化厅发布通知，全年安排算力补贴资金8亿元。通知同时明确，对新建智算中心按设备投资额的12%给予补助，单个项目最高5000万元。',
    [
      ['8亿元', 'Guangdong government'],
      ['12%', 'Guangdong government'],
      ['5000万元', 'Guangdong government'],
    ],
  ],
  // English: 'the X government' before the figure
  [
    'The Suzhou municipal government will provide subsidies of up to 50 million yuan per company for domestic AI chips.',
    [['50 million yuan', 'Suzhou government']],
  ],
  // a named recipient keeps its subsidy
  ['合肥市政府出台新规。蔚来获得政府补贴12亿元。', [['12亿元', 'NIO']]],
];

subjectCases('granting government', CASES, DOC);

test('granting government: a city government is named by its city in a headline', () => {
  assert.deepEqual(governmentPlaces('Hangzhou government'), ['Hangzhou', '杭州']);
  assert.deepEqual(governmentPlaces('Alibaba'), []);
});

test('a government subject is named in Chinese as media name it: 市政府, 省政府, 自治区政府, 特区政府', () => {
  assert.equal(governmentNameZh('Shanghai government'), '上海市政府');
  assert.equal(governmentNameZh('Guangdong government'), '广东省政府');
  assert.equal(governmentNameZh('Inner Mongolia government'), '内蒙古自治区政府');
  assert.equal(governmentNameZh('Hong Kong government'), '香港特区政府');
  assert.equal(governmentNameZh('Microsoft'), undefined);
  assert.equal(entityDirectory([]).zh('Shenzhen government'), '深圳市政府');
});
