/**
 * story29 (issue 11, decision 076): an English-only story says how its results compare with the market's estimates; a
 * growth rate read by a verb of any measure is the measure's change (营收增长35%), never a faster growth (营收增速增至35%);
 * a follow-up's replacement headline is the story's own company's plain fact, never another company's reported round;
 * the `stories` style prints no English original. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { digestStory, money, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import { renderDigest } from '../../render/digest.js';
import { defaultOutlets } from '../../select/outlets.js';
import type { Digest, Figure, ItemRecord } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { bodyHeadline, createOfflineEngine } from './engine.js';
import { versusEstimates } from './estimates.js';
import { storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const t = defaultStoryTemplates();
const usd = (text: string, value: number): Figure => money(text, value);

test('versusEstimates: the words right after a results figure, the estimate it states, the side from the values', () => {
  const rev = usd('$27.0 billion', 27e9);
  assert.deepEqual(versusEstimates("Revenue was $27.0 billion, ahead of analysts' estimates.", rev, t), { side: 'above' });
  const beat = versusEstimates("Revenue was $27.0 billion, ahead of analysts' average estimate of $26.5 billion.", rev, t);
  assert.equal(beat?.side, 'above');
  assert.equal(beat?.estimate?.value, 26.5e9);
  assert.equal(versusEstimates('Revenue was $27.0 billion, missing estimates of $28 billion.', rev, t)?.side, 'below');
  assert.equal(versusEstimates('Revenue was $27.0 billion, compared with estimates of $28.1 billion.', rev, t)?.side, 'below');
  assert.equal(versusEstimates('Revenue was $27.0 billion, versus a consensus of $27.0 billion.', rev, t)?.side, 'inline');
  // Another figure between them: the comparison is that figure's, not this one's.
  assert.equal(versusEstimates('Revenue was $27.0 billion and profit $3 billion, above estimates.', rev, t), undefined);
  // A comparison of no stated estimate against `versus` says nothing.
  assert.equal(versusEstimates('Revenue was $27.0 billion, compared with estimates.', rev, t), undefined);
  // A later sentence's comparison is not this figure's.
  assert.equal(versusEstimates('Revenue was $27.0 billion. Shares rose above expectations.', rev, t), undefined);
});

test('a results wire says how the quarter and the guidance compare with the market estimates its sentences state', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Corvane quarterly results beat on cloud demand',
        text: [
          "Corvane reported third-quarter revenue of $27.0 billion on Tuesday, ahead of analysts' average estimate of $26.5 billion.",
          'Net income rose to $1.6 billion.',
          'For the fourth quarter, Corvane expects revenue of $28 billion, below estimates of $29.1 billion.',
        ].join('\n\n'),
      },
      [
        ['Corvane', 'revenue', '2026Q3', 27e9],
        ['Corvane', 'net-income', '2026Q3', 1.6e9],
        ['Corvane', 'revenue', '2026Q4', 28e9],
      ],
    ),
    'stories',
  );
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(body, /270亿美元，高于市场预期的265亿美元/u, body);
  assert.match(body, /280亿美元，低于市场预期的291亿美元/u, body);
});

test('a growth rate a title reads with a verb of any measure is the change of its measure, not faster growth', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Corvane cloud revenue rises 35% as AI demand booms',
        text: 'Corvane said on Tuesday its cloud revenue rose 35% in the third quarter.',
      },
      [['Corvane', 'revenue-growth', '2026Q3', 35]],
    ),
    'stories',
  );
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(s.headline, /营收增长35%/u, s.headline);
  assert.doesNotMatch(`${s.headline}${body}`, /增速(?:增至|降至)/u, `${s.headline} ${body}`);
  assert.match(body, /营收增长35%/u, body);
  // Growth that slowed is still growth: 增长5%, never 下降5% nor 增速降至5%.
  const slower = await engine.doWriteStory(
    oneItemStory(
      { title: 'Corvane cloud growth slides to 5%', text: 'Corvane said its cloud revenue growth slowed to 5% in the third quarter.' },
      [['Corvane', 'revenue-growth', '2026Q3', 5]],
    ),
    'stories',
  );
  const text = `${slower.headline}${(slower.paragraphs[0] ?? '').replace(/\*\*/g, '')}`;
  assert.doesNotMatch(text, /下降5%|增速(?:增至|降至)/u, text);
});

test('the stories style prints no English original; the sections style keeps it folded', () => {
  const file = fileURLToPath(new URL('../../../test/fixtures/render/stories-day/input.json', import.meta.url));
  const base = JSON.parse(readFileSync(file, 'utf8')) as Digest;
  const story = digestStory({
    headline: '科沃恩三季度营收270亿美元',
    paragraphs: ['据路透社报道，科沃恩公布2026年第三季度业绩，营收270亿美元。'],
    original: 'Corvane reported third-quarter revenue of $27.0 billion.',
  });
  const stories = renderDigest({ ...base, style: 'stories', stories: [story], more: [] });
  assert.doesNotMatch(stories, /<details>|Corvane reported/u);
  const sections = renderDigest({ ...base, style: 'sections', stories: [story], more: [] });
  assert.match(sections, /<details>[\s\S]*Corvane reported/u);
});

test("a headline rebuilt from the body is the story's own company's fact: never another company's round reported in passing", () => {
  const ctx = { rules: [], dir: entityDirectory(loadGazetteerEntries()), outlets: defaultOutlets(), gaz: loadGazetteer(), templates: t };
  const never = { ran: () => false, stated: () => false, printed: () => false, any: false };
  // The title names the chip maker; a later sentence reports another company's round: no headline of that round.
  const other = oneItemStory(
    {
      title: '寒武纪新一代训练芯片开始量产',
      text: '寒武纪新一代训练芯片开始量产，单价约为3万元。另据知情人士透露，月之暗面已完成约40亿美元新一轮融资。',
      url: 'https://www.36kr.com/p/cambricon-chip',
    },
    [
      ['Cambricon', 'price', 'unknown', 3e4],
      ['Moonshot AI', 'funding', 'unknown', 4e9],
    ],
  );
  const body = '寒武纪新一代训练芯片开始量产，单价约为3万元。另据知情人士透露，月之暗面已完成约40亿美元新一轮融资。';
  const h1 = bodyHeadline('算力芯片市场规模达900亿元', body, other, storyFacts(other), never, ctx, other.items[0]?.id);
  assert.ok(h1 === undefined || !/月之暗面/u.test(h1), h1);
});

test("a broker note's lead names the broker and goes on with what its target rests on (multiple, implied upside)", async () => {
  const b = oneItemStory(
    {
      title: 'Dell (DELL US): upgrade to BUY on AI server demand, TP US$240',
      text: [
        'We upgrade Dell to BUY from Hold and raise our target price to US$240 from US$200, based on 30x FY27E P/E, implying 28% upside.',
        'We expect data-centre revenue to grow faster than the market next year.',
      ].join('\n\n'),
    },
    [],
  );
  const item: ItemRecord = { ...(b.items[0] as ItemRecord), lang: 'en', meta: { outlet: 'Piper Sandler equity research' }, url: null };
  const s = await engine.doWriteStory({ ...b, items: [item] }, 'stories');
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(body, /^派杰/u, body);
  assert.match(body, /目标价由200美元上调至240美元，基于2027财年30倍预期市盈率，对应28%的上涨空间/u, body);
});
