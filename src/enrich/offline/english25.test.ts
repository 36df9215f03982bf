/**
 * english25 (issue 11): an English-only story is a top story only when its lead is a "who did what" sentence about the
 * title's company, and no template sentence opens on an owner its figure's sentence cannot vouch for (an investor as
 * the owner of the startup's valuation, a metric word taken from a name, an earlier round's, a further or an
 * after-hours figure); one owner's measure with two values is said once. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { money, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { Claim } from '../../types/index.js';
import { otherValueOfSame } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { aboutTitleCompany, metricFromName, secondaryFigure } from './english-owner.js';
import { sentencePeriodZh } from './fiscal-label.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const t = defaultStoryTemplates();

const claim = (subject: string, metric: string, period = '2026', extra: Partial<Claim> = {}): Claim => ({
  subject,
  metric,
  period,
  statements: [],
  conflict: false,
  latest: 0,
  mostCited: 0,
  ...extra,
});

test('secondaryFigure: a further, an earlier round, an after-hours figure is no plain value; a flow keeps its ceiling', () => {
  const fact = (sentence: string, text: string, c: Claim = claim('Cohere', 'valuation')) => ({
    sentence,
    figure: money(text, 1e9),
    claim: c,
  });
  assert.equal(secondaryFigure(fact('The startup could raise a further $1 billion next year.', '$1 billion'), t), true);
  assert.equal(secondaryFigure(fact('Its previous funding round valued it at $1 billion.', '$1 billion'), t), true);
  assert.equal(secondaryFigure(fact('That compares with $1 billion in its last round in March.', '$1 billion'), t), true);
  assert.equal(secondaryFigure(fact('Shares added $1 billion in market value in after-hours trading.', '$1 billion'), t), true);
  assert.equal(secondaryFigure(fact('The round values the startup at $1 billion.', '$1 billion'), t), false);
  // A flow to a named party is told with its verb, ceiling and all.
  const flow = claim('Amazon', 'investment', '2026', { counterparty: 'Anthropic' });
  assert.equal(secondaryFigure(fact('Amazon will invest up to $1 billion more in Anthropic.', '$1 billion', flow), t), false);
});

test('metricFromName: a measure word that stands only inside a name gives no such measure', () => {
  const fact = (sentence: string) => ({ sentence, figure: money('$12 million', 1.2e7), claim: claim('Revenue Grid', 'revenue') });
  assert.equal(metricFromName(fact('Revenue Grid hired engineers with a $12 million grant.'), ['Revenue Grid']), true);
  assert.equal(metricFromName(fact('Revenue Grid said its revenue reached $12 million.'), ['Revenue Grid']), false);
  assert.equal(metricFromName(fact('The grant of $12 million was announced on Monday.'), ['Revenue Grid']), false);
  // An investor's flow to a named company (its metric from the deal's words) is no measure word of its name.
  const flow = {
    sentence: 'Gulf Investment Fund is set to lead the round with $12 million.',
    figure: money('$12 million', 1.2e7),
    claim: claim('Gulf Investment Fund', 'investment', '2026', { counterparty: 'Cohere' }),
  };
  assert.equal(metricFromName(flow, ['Gulf Investment Fund']), false);
});

test('otherValueOfSame: the same owner, measure and period in two claims with two values; another period is not', () => {
  const a = { claim: claim('Cohere', 'revenue'), figure: money('$400 million', 4e8) };
  const b = { claim: claim('Cohere', 'revenue'), figure: money('$350 million', 3.5e8) };
  assert.equal(otherValueOfSame(a, b), true);
  assert.equal(otherValueOfSame(a, { ...b, claim: claim('Cohere', 'revenue', 'unknown') }), true);
  assert.equal(otherValueOfSame(a, { ...b, claim: claim('Cohere', 'revenue', '2025') }), false);
  assert.equal(otherValueOfSame(a, { ...b, claim: claim('Oracle', 'revenue') }), false);
  assert.equal(otherValueOfSame(a, { ...b, figure: money('$400 million', 4e8) }), false);
});

test('aboutTitleCompany: a lead of a company the title names (by its first word too); of another company it is not', () => {
  const gaz = loadGazetteer();
  const title = 'Nvidia-backed Cohere weighs a listing';
  assert.equal(aboutTitleCompany('Cohere', title, '', gaz), true);
  assert.equal(aboutTitleCompany('Oracle', title, 'Oracle said on Monday it would buy more chips.', gaz), false);
  assert.equal(aboutTitleCompany('Oracle + Cohere', title, '', gaz), true);
  assert.equal(aboutTitleCompany(undefined, title, '', gaz), false);
  // A startup the gazetteer does not know, named in a title by its first word.
  assert.equal(aboutTitleCompany('Brightwater Robotics', 'Brightwater raises $50 million', '', gaz), true);
  // A title naming no known company: its first sentence says whom it is about.
  const first = 'Brightwater Robotics, a warehouse startup, raised $50 million from Fidelity.';
  assert.equal(aboutTitleCompany('Brightwater Robotics', 'Warehouse robot maker lands new round', first, gaz), true);
});

test('an investor filed as the owner of the startup valuation opens no template sentence', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Nvidia invests $500 million in Cohere',
        text: 'Nvidia invested $500 million in Cohere on Monday. The deal, led by Nvidia, values Cohere at $6.8 billion. Cohere expects revenue of $200 million in 2026.',
      },
      [
        ['Nvidia', 'investment', '2026', 5e8, 'Cohere'],
        ['Nvidia', 'valuation', '2026', 6.8e9],
        ['Cohere', 'revenue', '2026', 2e8],
      ],
      [['Nvidia', 'Cohere', 'invest', 5e8]],
    ),
    'stories',
  );
  const body = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(body, /英伟达[^。]*向Cohere投资/u, body);
  assert.doesNotMatch(body, /英伟达估值|68亿美元/u, body);
});

test('an English story led by another company than its title names is one 更多动态 line, its lead only', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Cohere weighs a listing as customers grow',
        text: 'Oracle, a Cohere customer, reported revenue of $15 billion for the quarter. Oracle said its cloud backlog rose to $130 billion. Oracle shares were little changed.',
      },
      [
        ['Oracle', 'revenue', '2026Q1', 1.5e10],
        ['Oracle', 'orders', '2026Q1', 1.3e11],
      ],
    ),
    'stories',
  );
  assert.equal(s.thin, true, JSON.stringify(s.paragraphs));
  assert.doesNotMatch(s.oneLine, /。[^。]+。/u, s.oneLine);
  // The same figures under a title about the company they belong to make a top story.
  const own = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Oracle revenue jumps as cloud backlog swells',
        text: 'Oracle reported revenue of $15 billion for the quarter. Oracle said its cloud backlog rose to $130 billion. Oracle shares were little changed.',
      },
      [
        ['Oracle', 'revenue', '2026Q1', 1.5e10],
        ['Oracle', 'orders', '2026Q1', 1.3e11],
      ],
    ),
    'stories',
  );
  assert.notEqual(own.thin, true, JSON.stringify(own.paragraphs));
});

test('sentencePeriodZh: a fiscal quarter of no known calendar is said as the sentence names it, never a calendar quarter', () => {
  assert.equal(sentencePeriodZh('2026Q1', 'Acme reported revenue of $1.2 billion in its fiscal first quarter.'), '第一财季');
  assert.equal(sentencePeriodZh('2026Q2', 'Acme expects fiscal Q2 revenue of $1.3 billion.'), '第二财季');
  assert.equal(sentencePeriodZh('2026Q3', 'Revenue was $1.2 billion in the three months ended Oct. 31.'), '截至10月31日的季度');
  // A calendar quarter the sentence names, a fiscal label the knowledge layer gave, a Chinese sentence: kept.
  assert.equal(sentencePeriodZh('2026Q3', 'Revenue was $1.2 billion in the quarter ended Sept. 30.'), undefined);
  assert.equal(sentencePeriodZh('2026Q1', 'Acme reported first-quarter revenue of $1.2 billion.'), undefined);
  assert.equal(sentencePeriodZh('FY2027Q1', 'Acme reported revenue of $1.2 billion in its fiscal first quarter.'), undefined);
  assert.equal(sentencePeriodZh('2026Q1', '公司第一财季营收12亿美元。'), undefined);
  // A fiscal year's guide filed as the calendar year before it.
  assert.equal(sentencePeriodZh('2026', 'Acme now expects fiscal 2027 revenue of $5 billion.'), '2027财年');
  assert.equal(sentencePeriodZh('2026', 'Acme expects FY27 revenue of $5 billion.'), '2027财年');
  assert.equal(sentencePeriodZh('2026', 'Acme expects 2026 revenue of $5 billion.'), undefined);
  assert.equal(sentencePeriodZh('2026', 'Acme expects fiscal 2026 revenue of $5 billion, above fiscal 2025.'), undefined);
});

test('an English story of a fiscal quarter says 财季, not the calendar quarter its label maps it to', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Cohere revenue jumps on enterprise demand',
        text: 'Cohere reported revenue of $1.2 billion in its fiscal first quarter. Cohere said net income was $200 million in its fiscal first quarter.',
        date: '2026-12-02',
      },
      [
        ['Cohere', 'revenue', '2026Q1', 1.2e9],
        ['Cohere', 'profit', '2026Q1', 2e8],
      ],
    ),
    'stories',
  );
  const text = `${s.headline}${(s.paragraphs[0] ?? '').replace(/\*\*/g, '')}`;
  assert.match(text, /第一财季/u, text);
  assert.doesNotMatch(text, /2026年第一季度|一季度/u, text);
});

test('a startup round beside its cloud contract with its investor is still its own (a payer of a contract owns no round)', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Oracle-backed Cohere raises $500 million at $6.8 billion valuation',
        text: 'Cohere raised $500 million in a round led by Oracle, valuing the company at $6.8 billion. Oracle put in $200 million. Cohere signed a $2 billion cloud contract with Oracle.',
      },
      [
        ['Cohere', 'funding', '2026', 5e8],
        ['Cohere', 'valuation', '2026', 6.8e9],
      ],
      [
        ['Oracle', 'Cohere', 'invest', 2e8],
        ['Cohere', 'Oracle', 'cloud-contract', 2e9],
      ],
    ),
    'stories',
  );
  const text = `${s.headline}${(s.paragraphs[0] ?? '').replace(/\*\*/g, '')}`;
  assert.notEqual(s.thin, true, text);
  assert.match(text, /Cohere[^。]*融资5亿美元/u, text);
});
