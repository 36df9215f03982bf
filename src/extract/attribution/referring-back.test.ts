/**
 * Owners of figures in sentences whose subject refers back ('该公司', '公司', 'Its', 'the Austin-based company') instead
 * of naming a company: the names later in such a sentence are objects or bystanders, and what the next sentence's 'the
 * company' refers to stays the company referred to. Sentences written for this test.
 */
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';

const DOC = '2026-05-14';

const CASES: SubjectCase[] = [
  // '公司已与X签订…': X joined by '与' to no name before it is the deal's other party
  [
    '摩尔线程一季度收入增长 签订采购框架协议\n\n摩尔线程今日披露，一季度收入约9.6亿元。\n\n值得注意的是，公司已与海光信息签订为期两年的采购框架协议，约定采购加速卡及配套服务，总额不超过20亿元。',
    [['不超过20亿元', 'Moore Threads']],
  ],
  // '被X罚款': the regulator fining is not the one fined
  [
    '摩尔线程今日披露，一季度收入约9.6亿元。2024年，公司因收购一家数据中心运营商时未依法申报，被市场监管总局罚款60万元。',
    [['60万元', 'Moore Threads']],
  ],
  // a parent named only to describe its unit is not what the next sentence's '该公司' refers to
  [
    '百度旗下昆仑芯方面，据知情人士透露，其港股IPO拟募资约10亿美元。该公司2025年营收约12亿元，同比增长超过一倍。',
    [
      ['约10亿美元', 'Kunlunxin'],
      ['约12亿元', 'Kunlunxin'],
    ],
  ],
  // 'Its stake in Arm, worth …': the pronoun owns the stake's worth; the sentence goes on speaking of SoftBank
  [
    'SoftBank shares fell 3.1% in Tokyo on Friday. Its stake in Arm, worth about $95 billion at current prices, remains the main collateral for its loans. Analysts at Jefferies estimate the company will need to raise a further $10 billion by the end of 2027.',
    [
      ['3.1%', 'SoftBank'],
      ['about $95 billion', 'SoftBank'],
      ['$10 billion', 'SoftBank'],
    ],
  ],
  // 'Shares of the Livingston-based company, in which Nvidia holds …': the sentence speaks of the company the text is
  // about; the next one's 'the stock' is its stock, not Nvidia's
  [
    'CoreWeave shares slide after results\n\nCoreWeave reported first-quarter revenue of $2.1 billion on Wednesday, above estimates.\n\nShares of the Livingston-based company, in which Nvidia holds a stake of about 6%, fell 6.2% in extended trading. The stock has still gained about 35% so far this year.',
    [
      ['about 6%', 'Nvidia'],
      ['6.2%', 'CoreWeave'],
      ['about 35%', 'CoreWeave'],
    ],
  ],
];

subjectCases('referring back', CASES, DOC);

/** A unit named with a generic phrase ('旗下智能云业务') is its parent's, never another company's unit of that name. */
subjectCases(
  'generic unit phrase',
  [
    [
      '百度二季度财报：总营收约320亿元\n\n百度二季度总营收约320亿元，同比增长3%；旗下智能云业务营收同比增长42%至约87亿元。',
      [
        ['约320亿元', 'Baidu'],
        ['约87亿元', 'Baidu'],
      ],
    ],
  ],
  DOC,
);
