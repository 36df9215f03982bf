import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';

const DOC = '2026-07-15';

/** text, then [figure surface, expected subject] pairs. Sentences written for this test. */
const CASES: SubjectCase[] = [
  [
    'Nvidia is in talks to invest about $500 million in Mistral AI. Existing investors are set to add another $100 million alongside Nvidia, bringing the round to about $600 million.',
    [['about $600 million', 'Mistral AI']],
  ],
  [
    'Samsung will invest $400 million in Perplexity. Existing backers such as Nvidia will also take part, lifting the round to $650 million.',
    [['$650 million', 'Perplexity']],
  ],
];

subjectCases('round joiners', CASES, DOC);
