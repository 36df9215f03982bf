/**
 * Owners by role in the clause: a bank or research house acting as a party to the money (not quoted as a source), and
 * the agent of a passive ('本轮由X领投', 'led by X'), which is not what the next sentence's 'the company' refers to.
 * Sentences written for this test.
 */
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';

const DOC = '2026-05-14';

const ACTING: SubjectCase[] = [
  [
    'The debt package is led by Goldman Sachs, which is providing $4 billion, and Mizuho, which is lending about $2 billion.',
    [
      ['$4 billion', 'Goldman Sachs'],
      ['about $2 billion', 'Mizuho'],
    ],
  ],
  ['截至一季度末，中金公司旗下基金合计持有寒武纪约1.2%的股份。', [['约1.2%', 'CICC']]],
  // a house in a list sharing the verb acts with the others
  [
    '中金公司与红杉中国分别出资约5亿美元和3亿美元。',
    [
      ['约5亿美元', 'CICC'],
      ['3亿美元', 'Sequoia China'],
    ],
  ],
  // …but a house quoted for its estimate or its target price still owns nothing
  ['Goldman Sachs estimates Nvidia revenue will reach $300 billion in 2027.', [['$300 billion', 'Nvidia']]],
  ['摩根大通维持英伟达"买入"评级，目标价250美元。', [['250美元', 'Nvidia']]],
];

subjectCases('acting sources', ACTING, DOC);

const PASSIVE_AGENT: SubjectCase[] = [
  [
    '智谱已于近日完成新一轮融资，融资额约10亿美元。本轮由腾讯领投约4亿美元，红杉中国跟投。这是该公司一年来估值首次大幅提升——2025年初其估值约30亿美元。',
    [
      ['约4亿美元', 'Tencent'],
      ['约30亿美元', 'Zhipu AI'],
    ],
  ],
  [
    'Mistral AI has closed a new funding round of $2 billion. The round was led by Nvidia, with Microsoft joining. The company was valued at about $6 billion a year ago.',
    [['about $6 billion', 'Mistral AI']],
  ],
];

subjectCases('passive agents', PASSIVE_AGENT, DOC);

/** An investment told without an amount says whose the next sentence's round and valuation are; its investors' own amounts stay theirs. */
subjectCases(
  'investment told before',
  [
    [
      '2025年6月，阿里巴巴领投月之暗面新一轮融资。本轮融资总额10亿美元，其中阿里巴巴出资4亿美元，投后估值约40亿美元。',
      [
        ['10亿美元', 'Moonshot AI'],
        ['4亿美元', 'Alibaba'],
        ['约40亿美元', 'Moonshot AI'],
      ],
    ],
    ['Thrive Capital invested in Mistral AI last month. The round totals $2 billion.', [['$2 billion', 'Mistral AI']]],
  ],
  DOC,
);

/** A figure followed by a relative clause whose subject is a name ('the $N that rival X was valued at') is that name's. */
subjectCases(
  'relative clause after the figure',
  [
    [
      'Anthropic said its new round values it at $60 billion, still well below the roughly $150 billion that rival OpenAI was valued at last year.',
      [
        ['$60 billion', 'Anthropic'],
        ['roughly $150 billion', 'OpenAI'],
      ],
    ],
    ["Oracle's offer is well below the $28 billion that Microsoft paid for the business in 2022.", [['$28 billion', 'Microsoft']]],
    // the Chinese order names the owner before its figure: unchanged
    ['智谱表示，本轮估值约400亿元，但仍远低于竞争对手月之暗面去年约1000亿元的估值。', [['约1000亿元', 'Moonshot AI']]],
  ],
  DOC,
);

/** A possessive name inside a phrase of place after a verb ('lease capacity at X's campus') is not the one acting. */
subjectCases(
  'possessive in a phrase of place',
  [
    [
      "Crusoe, the data centre developer in which Nvidia invested $500mn last year, has agreed to lease capacity at Humain's campus in Riyadh for about $3bn over 12 years.",
      [
        ['$500mn', 'Nvidia'],
        ['about $3bn', 'Crusoe'],
      ],
    ],
    ["CoreWeave will rent space at Equinix's sites for $1.2 billion over five years.", [['$1.2 billion', 'CoreWeave']]],
    // a possessive opening the clause is its subject's ('Revenue at Microsoft's cloud unit')
    ["Revenue at Microsoft's cloud unit rose 20% to $30 billion.", [['$30 billion', 'Microsoft']]],
    ['CoreWeave将在Equinix的数据中心租用机柜，合同金额约12亿美元。', [['约12亿美元', 'CoreWeave']]],
  ],
  DOC,
);
