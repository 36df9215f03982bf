/**
 * regional25 (issue 11): Hong Kong / Taiwan words that replacement sentences brought in (为因应, 机械人, 营运商, 上修),
 * and a broker note's own voice and promotion in a news body (我们认为, 有望迎来), as mainland copy writes them. Inputs are
 * our own sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mainlandWords } from './mainland.js';

test('regional 25: Hong Kong / Taiwan words of a replacement sentence read as a mainland editor writes them', () => {
  const cases: [string, string][] = [
    ['公司为因应客户需求，扩建封装产能。', '公司为应对客户需求，扩建封装产能。'],
    ['厂商因应关税变化调整出货节奏。', '厂商应对关税变化调整出货节奏。'],
    ['集团旗下机械人业务营收增长两成。', '集团旗下机器人业务营收增长两成。'],
    ['当地电信营运商采购基站设备。', '当地电信运营商采购基站设备。'],
    ['分析师上修全年营收预估至120亿元。', '分析师上调全年营收预估至120亿元。'],
    ['公司下修第四季度业绩指引。', '公司下调第四季度业绩指引。'],
    ['新资金挹注研发。', '新资金注入研发。'],
    ['据外电报道，双方接近达成协议。', '据外媒报道，双方接近达成协议。'],
    ['若超额认购，将触发回补机制。', '若超额认购，将触发回拨机制。'],
    // Neither a word that only looks alike: 相因应, 顺因应 stay.
    ['两者相因应。', '两者相因应。'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandWords(input), want, input);
});

test("regional 25: a broker note's own voice and promotion in a news body are the digest's plain report of it", () => {
  const cases: [string, string][] = [
    ['我们认为公司AI服务器出货将加速。', '该机构认为公司AI服务器出货将加速。'],
    ['据中信证券研报，我们预计公司明年营收增长30%。', '据中信证券研报，该机构预计公司明年营收增长30%。'],
    ['行业有望迎来新一轮扩产周期。', '行业或将迎来新一轮扩产周期。'],
    ['强烈推荐关注算力板块。', '建议关注算力板块。'],
    // A rating named 强烈推荐 is the broker's rating, and a chief executive's quoted 我们 is the company speaking.
    ['维持“强烈推荐”评级。', '维持“强烈推荐”评级。'],
    ['黄仁勋表示：“我们预计需求将持续。”', '黄仁勋表示：“我们预计需求将持续。”'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandWords(input), want, input);
});
