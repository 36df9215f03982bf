/**
 * An estimate or a target price is the estimated company's figure: the market ('the Wall Street consensus') or the class
 * of investors ('外资券商') named before it is who estimates, so it is no market figure. A flow of that class, or a figure
 * of a whole market, still is. Sentences written for this test.
 */
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';

const DOC = '2026-05-14';

const ESTIMATED: SubjectCase[] = [
  [
    '中信证券上调寒武纪目标价\n\n中信证券5月13日发布研报，维持寒武纪“买入”评级，目标价由300元上调至360元。\n\n另有一家外资券商在本周的报告中给出280元的目标价。',
    [
      ['360元', 'Cambricon'],
      ['280元', 'Cambricon'],
    ],
  ],
  [
    'Micron earnings preview\n\nMicron is expected to report revenue of $4.1 billion for the quarter, above the Wall Street consensus of $3.9 billion.',
    [
      ['$4.1 billion', 'Micron'],
      ['$3.9 billion', 'Micron'],
    ],
  ],
  [
    'Micron earnings preview\n\nMicron reported revenue of $4.1 billion.\n\nWall Street had expected $3.9 billion.',
    [['$3.9 billion', 'Micron']],
  ],
  // …a flow of foreign investors, an index's move and a whole market stay no company's
  ['寒武纪股价上涨5%。\n\n当天外资净买入A股约120亿元。', [['约120亿元', '']]],
  ['Micron shares rose 3%. Wall Street fell 1.2% on the day.', [['1.2%', '']]],
  ['Micron expects revenue of $4.1 billion. Analysts expect global AI chip spending of $400 billion next year.', [['$400 billion', '']]],
];

subjectCases('estimates and target prices', ESTIMATED, DOC);
