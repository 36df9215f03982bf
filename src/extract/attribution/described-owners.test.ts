/**
 * Owners named inside a description of another company: a Chinese attributive clause ending in '的' ('A与B合资的C'),
 * a sponsor inside a financing vehicle's phrase ('The vehicle xAI is setting up … will borrow'), a sponsor's unnamed
 * unit borrowing ('A Nebius subsidiary has closed a loan'). Sentences written for this test.
 */
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';

const DOC = '2026-05-14';

const CASES: SubjectCase[] = [
  // the names inside '…的' describe the company after it, which owns the figure
  ['去年被阿里巴巴收购的云启科技，今年营收约12亿元。云启科技表示将继续扩张。', [['约12亿元', '云启科技']]],
  ['商汤与中国移动合资的云启科技，计划在内蒙古投入约80亿元建设智算中心。云启科技成立于2024年。', [['约80亿元', '云启科技']]],
  // the sponsor named inside the opening vehicle phrase does not own the later clauses' amounts
  [
    'The special purpose vehicle Anthropic is setting up to finance chips for its Texas data center will borrow $9 billion, split between $6 billion of secured notes and a $3 billion term loan, two people said. The vehicle, Mesa Compute Funding LLC, will own the servers.',
    [
      ['$9 billion', 'Mesa Compute Funding'],
      ['$6 billion', 'Mesa Compute Funding'],
      ['$3 billion', 'Mesa Compute Funding'],
    ],
  ],
  // a sponsor's unnamed unit borrowing is the vehicle the text names after the sponsor
  [
    'A Nebius subsidiary has closed a $4.1 billion delayed-draw term loan to build capacity for Microsoft, the company said. The loan was taken out by Nebius Compute Finance Co. II, a special-purpose vehicle.',
    [['$4.1 billion', 'Nebius Compute Finance']],
  ],
];

subjectCases('described owners', CASES, DOC);

/** A description naming a kind of company refers back to the company of that kind, not to the sentence's opener. */
subjectCases(
  'typed descriptions',
  [
    [
      'Nvidia, which owns about 7% of Nebius, is also its biggest supplier: the cloud company bought roughly $6 billion of Nvidia hardware last year.',
      [
        ['about 7%', 'Nvidia'],
        ['roughly $6 billion', 'Nebius'],
      ],
    ],
    // the opener is of the kind named: it stays the referent
    [
      'Nvidia, a major backer of Nebius, raised its outlook, and the chipmaker now expects revenue of about $54 billion.',
      [['about $54 billion', 'Nvidia']],
    ],
  ],
  DOC,
);
