/**
 * A text about several companies (no main organisation) goes on speaking of the one it spoke of last across a
 * paragraph break: a company's own measure naming no one, or any figure referring back ('the company', '公司'), is that
 * company's; a measure a market has too stays no one's. Sentences
 * written for this test.
 */
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';

const DOC = '2026-05-14';

const EARLIER: SubjectCase[] = [
  [
    'Micron and Nvidia report\n\nNvidia said demand is strong. Micron said on Wednesday that its memory sales are strong.\n\nRevenue rose 20% to $5 billion in the quarter.',
    [
      ['20%', 'Micron'],
      ['$5 billion', 'Micron'],
    ],
  ],
  [
    '寒武纪与海光信息业绩\n\n海光信息表示需求旺盛。寒武纪周三发布财报。\n\n公司一季度营收约20亿元，同比增长30%。',
    [
      ['约20亿元', 'Cambricon'],
      ['30%', 'Cambricon'],
    ],
  ],
  // …but the paragraph's own subject comes first, and a market figure stays no one's
  [
    'Micron and Nvidia report\n\nNvidia said demand is strong. Micron said its memory sales are strong.\n\nNvidia added that its revenue rose 30%.',
    [['30%', 'Nvidia']],
  ],
  [
    'Micron and Nvidia report\n\nNvidia said demand is strong. Micron said its memory sales are strong.\n\nGlobal chip sales rose 18% in the quarter.',
    [['18%', '']],
  ],
  [
    'Micron and Nvidia report\n\nNvidia said demand is strong. Micron said its memory sales are strong.\n\nThe index fell 1.2% on the day, and chip imports grew 8%.',
    [
      ['1.2%', ''],
      ['8%', ''],
    ],
  ],
];

subjectCases('what the text spoke of last', EARLIER, DOC);
