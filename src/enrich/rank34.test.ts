/**
 * What the day's biggest item gets (decision 109): a story's weight is its kind (a company's results, a deal where
 * money moves, a policy, a price war, a supplier's monthly sales) × its headline's scale × novelty × AI relevance; the
 * weightiest story of the day, when an English wire tells its results thinly (a one-line 更多动态 brief by decision 066),
 * keeps a full story and opens the day above a retold deal. A one-sentence telling, a thin deal (its parties from a
 * template), and a story not clearly the biggest stay lines. Fixtures are invented reports.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, writtenStory } from '../../test/fixtures/enrich/bundles.js';
import { headlineScale, storyKind, storyWeight } from '../select/story-weight.js';
import type { DigestStory, StoryBundle } from '../types/index.js';
import { newsFirst, type StoryStanding, storyStanding } from './digest.js';

const DAY = '2026-09-24';

const written = writtenStory;

test('storyKind and storyWeight: results and deals above monthly sales; the scale of the headline amount; novelty and AI angle halve', () => {
  assert.equal(storyKind('Helix Systems quarterly revenue rises 22% to $48 billion').kind, 'results');
  assert.equal(storyKind('澜海芯片完成30亿元C轮融资，国投创合领投').kind, 'deal');
  assert.equal(storyKind('瀚宇精密10月营收新台币812亿元，同比增长18%').kind, 'monthly');
  // A results report named as such is results, whatever supplier's month the headline adds.
  assert.equal(storyKind('星岚存储财报报喜，内存板块齐涨，华芯科10月营收环比增12%').kind, 'results');
  assert.equal(storyKind('工信部加码算力补贴，单家企业上限提至3000万元').kind, 'policy');
  assert.equal(storyKind('星河云大模型API降价六成').kind, 'price');
  // A headline of no kind takes the kind most titles name.
  assert.equal(storyKind('Helix Systems: what the quarter says', ['Helix Systems third-quarter results beat estimates']).kind, 'results');
  assert.equal(headlineScale('营收增长22%至480亿美元'), Math.log10(480));
  assert.equal(headlineScale('融资5000万美元'), 0);
  const results = storyWeight({ headline: 'Helix Systems第三财季营收480亿美元', titles: [], stale: false, tech: true });
  const monthly = storyWeight({ headline: '瀚宇精密10月营收新台币812亿元', titles: [], stale: false, tech: true });
  const round = storyWeight({ headline: '澜海芯片完成30亿元C轮融资', titles: [], stale: false, tech: true });
  assert.ok(results > round && round > monthly, JSON.stringify({ results, round, monthly }));
  assert.equal(storyWeight({ headline: 'Helix Systems第三财季营收480亿美元', titles: [], stale: true, tech: true }), results / 2);
  assert.equal(storyWeight({ headline: 'Helix Systems第三财季营收480亿美元', titles: [], stale: false, tech: false }), results / 2);
});

/** A megacap's results day told by one English wire and its call (two outlets): the day's biggest item. */
function helixResults(): StoryBundle {
  return makeBundle({
    id: 'helix',
    items: [
      {
        title: 'Helix Systems revenue tops estimates as AI cloud demand surges',
        text: 'Helix Systems reported third-quarter revenue of $48.2 billion on Thursday, up 22% from a year earlier and above the $46.9 billion analysts expected. Its AI cloud unit grew 41%. Capital spending reached $31.5 billion in the quarter.',
        url: 'https://www.reuters.com/technology/helix-systems-q3-2026-09-24/',
        date: DAY,
      },
      {
        title: 'Helix Systems Q3 fiscal 2026 earnings call (transcript excerpt)',
        text: 'Chief financial officer: Revenue was $48.2 billion, up 22%. AI cloud grew 41% and we expect capital spending to keep rising next year.',
        url: 'https://investors.helixsystems.example/events/q3-2026-call',
        date: DAY,
      },
    ],
  });
}

/** A retold round (an outlet's angle on last week's deal): a full story, but no figure in its headline. */
function loopRound(): StoryBundle {
  return makeBundle({
    id: 'loop',
    items: [
      {
        title: "Nimbus Labs' new backer is also its cloud supplier",
        text: 'Nimbus Labs, the AI model developer, raised $900 million last week led by Stratus Cloud, people familiar said; the start-up has agreed to spend about $600 million on Stratus Cloud computing over three years.',
        url: 'https://www.theinformation.com/articles/nimbus-labs-backer-supplier',
        date: DAY,
      },
    ],
  });
}

const HELIX_HEAD = 'Helix Systems第三财季营收482亿美元';
const HELIX_TWO = [
  '据路透社报道，Helix Systems第三财季营收增长**22%**至**482亿美元**，高于市场预期的469亿美元。公司第三财季资本开支为**315亿美元**，AI云业务增长**41%**。',
];
const LOOP = written('loop', 'Stratus Cloud投资Nimbus Labs，资金回流Stratus Cloud', [
  '据The Information报道，Stratus Cloud领投Nimbus Labs**9亿美元**融资，Nimbus Labs将在三年内向Stratus Cloud采购约**6亿美元**算力，资金由此回流Stratus Cloud。',
]);

function order(helix: DigestStory, helixBundle: StoryBundle = helixResults()): [string, boolean][] {
  const standing = new Map<string, StoryStanding>([
    ['helix', storyStanding(helixBundle, helix)],
    ['loop', storyStanding(loopRound(), LOOP)],
  ]);
  return newsFirst([helix, LOOP], standing).map((s) => [s.storyId, s.minor]);
}

test('newsFirst: the day’s biggest item — a megacap’s results an English wire tells thinly in two sentences — keeps a full story and opens the day; a one-sentence telling, a thin deal, a small company stay lines', () => {
  const thin = written('helix', HELIX_HEAD, HELIX_TWO, { thin: true, original: 'Helix Systems reported…' });
  assert.deepEqual(order(thin), [
    ['helix', false],
    ['loop', false],
  ]);
  // A one-sentence telling, a thin deal and a story not clearly the biggest stay 更多动态 lines.
  // One sentence (brief): the line tells as much.
  const brief = written('helix', HELIX_HEAD, ['据路透社报道，Helix Systems第三财季营收增长**22%**至**482亿美元**。'], {
    thin: true,
    brief: true,
    original: 'Helix Systems reported…',
  });
  assert.deepEqual(order(brief), [
    ['helix', true],
    ['loop', false],
  ]);
  // A deal told thinly from a template (its parties may be the wrong way round): a line whatever its size.
  const deal = written(
    'helix',
    'Helix Systems向Arclight投资120亿美元',
    ['据路透社报道，Helix Systems向Arclight投资**120亿美元**。Arclight将向Helix Systems采购**80亿美元**算力。'],
    { thin: true, original: 'Helix Systems agreed…' },
  );
  assert.deepEqual(order(deal), [
    ['helix', true],
    ['loop', false],
  ]);
  // Results of a small company (US$120 million) are no bigger than the day's full story.
  const small = written(
    'helix',
    'Helix Systems第三财季营收1.2亿美元',
    ['据路透社报道，Helix Systems第三财季营收增长**22%**至**1.2亿美元**。公司AI云业务增长**41%**。'],
    { thin: true, original: 'Helix Systems reported…' },
  );
  assert.deepEqual(order(small), [
    ['helix', true],
    ['loop', false],
  ]);
});
