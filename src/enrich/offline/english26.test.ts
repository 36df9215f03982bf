/**
 * english26 (issue 11): an English-only top story opens on a Chinese who-did-what sentence of its event — the title's,
 * else the one its report's opening sentence tells with roles the knowledge layer holds (a deal edge's payer and payee, a
 * round, a listing). A story whose lead is only a figure (`据…报道，A营收为N`) is no top story. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import type { Figure } from '../../types/index.js';
import { roleBearing, verbNumbers } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { defaultStoryTemplates, metricWord } from './story-templates.js';

const engine = createOfflineEngine();

test('roleBearing: deal, venture and named-measure rules carry roles; bare verbs, guidance, objects and share moves do not', () => {
  assert.equal(roleBearing('deal:acquisition'), true);
  assert.equal(roleBearing('deal:invest'), true);
  assert.equal(roleBearing('venture'), true);
  assert.equal(roleBearing('guidance'), false);
  assert.equal(roleBearing('claim:funding'), true);
  assert.equal(roleBearing('claim'), false);
  assert.equal(roleBearing('object'), false);
  assert.equal(roleBearing('claim:share-price'), false);
});

test('a title with no event verb: the opening sentence tells the deal, payer and target from the edge', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Oracle and Cohere: what the tie means for enterprise AI',
        text: 'Oracle agreed to buy Cohere for $2 billion in cash, the companies said on Tuesday. Cohere had revenue of $300 million last year.',
      },
      [['Cohere', 'revenue', '2025', 3e8]],
      [['Oracle', 'Cohere', 'acquisition', 2e9]],
    ),
    'stories',
  );
  const text = `${s.headline}｜${(s.paragraphs[0] ?? '').replace(/\*\*/g, '')}`;
  assert.match(s.headline, /^甲骨文[^，]*以20亿美元收购Cohere/u, text);
  assert.match(text, /｜据[^，]+，甲骨文[^。]*收购Cohere/u, text);
});

test('a story whose lead is only a figure of its company is no top story; the same figure after an event verb is', async () => {
  const plain = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Inside Cohere, the warehouse robot maker',
        text: 'Cohere had revenue of $300 million in 2026, according to a person familiar with the matter. Cohere employs engineers in Ohio.',
      },
      [['Cohere', 'revenue', '2026', 3e8]],
    ),
    'stories',
  );
  assert.equal(plain.thin, true, JSON.stringify(plain.paragraphs));
  // The opening sentence's bare verb of any measure (`rose`) is no event read from a report: only a title's is.
  const rose = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Inside Cohere, the warehouse robot maker',
        text: 'Cohere revenue rose to $300 million in 2026 as orders grew. Cohere employs engineers in Ohio.',
      },
      [['Cohere', 'revenue', '2026', 3e8]],
    ),
    'stories',
  );
  assert.equal(rose.thin, true, JSON.stringify(rose.paragraphs));
  const titled = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Cohere revenue jumps as warehouse orders grow',
        text: 'Cohere revenue rose to $300 million in 2026 as orders grew. Cohere said its backlog reached $900 million.',
      },
      [
        ['Cohere', 'revenue', '2026', 3e8],
        ['Cohere', 'orders', '2026', 9e8],
      ],
    ),
    'stories',
  );
  assert.notEqual(titled.thin, true, JSON.stringify(titled.paragraphs));
});

test('verbNumbers: a rate and the level it reached are one statement; a later clause’s number is not the verb’s', () => {
  const fig = (text: string, start: number, kind: 'money' | 'percent'): Figure => ({
    text,
    start,
    end: start + text.length,
    kind,
    qualifier: 'exact',
  });
  const title = 'Cohere revenue jumps 46% to $1.1 billion';
  const rate = fig('46%', title.indexOf('46%'), 'percent');
  const level = fig('$1.1 billion', title.indexOf('$1.1'), 'money');
  assert.deepEqual(
    verbNumbers(title, [rate, level]).map((f) => f.text),
    ['46%', '$1.1 billion'],
  );
  const other = 'Cohere tops estimates with $68 million quarter, guides to $78 million';
  const a = fig('$68 million', other.indexOf('$68'), 'money');
  const b = fig('$78 million', other.indexOf('$78'), 'money');
  assert.deepEqual(
    verbNumbers(other, [a, b]).map((f) => f.text),
    ['$68 million'],
  );
});

test('an adjusted (non-GAAP) profit says so in its clause (经调整净利润); a plain one beside an adjusted word elsewhere does not', () => {
  const t = defaultStoryTemplates();
  assert.equal(metricWord('net-income', 'Cohere said adjusted net income was $200 million.', t, undefined, '$200 million'), '经调整净利润');
  assert.equal(metricWord('profit', 'Non-GAAP net profit rose to $200 million.', t, undefined, '$200 million'), '经调整净利润');
  assert.equal(
    metricWord('net-income', 'Net income was $200 million, while adjusted EBITDA rose sharply.', t, undefined, '$200 million'),
    '净利润',
  );
});

test('a lender is told as one (向…提供贷款), the borrower as its receiver — never an investment, never the lender’s debt', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Oracle lends $2 billion to Cohere for data centers',
        text: 'Oracle will lend $2 billion to Cohere to build data centers, the companies said.',
      },
      [],
      [['Oracle', 'Cohere', 'invest', 2e9]],
    ),
    'stories',
  );
  assert.match(s.headline, /^甲骨文[^，]*向Cohere提供20亿美元贷款/u, s.headline);
});

test('a plain lead that tells its title measure’s change, or a forecast under a title that forecasts, says what happened', async () => {
  const grew = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Cohere revenue more than doubles on enterprise demand',
        text: 'Cohere reported first-quarter revenue of $300 million on Tuesday, up 124% from a year earlier. Cohere said its backlog stood at $900 million.',
      },
      [
        ['Cohere', 'revenue', '2026Q1', 3e8],
        ['Cohere', 'revenue-growth', '2026Q1', 124],
        ['Cohere', 'orders', '2026Q1', 9e8],
      ],
    ),
    'stories',
  );
  assert.match(grew.paragraphs[0] ?? '', /增长\**124%\**至/u, grew.paragraphs[0]);
  assert.notEqual(grew.thin, true, JSON.stringify(grew.paragraphs));
  const ahead = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Cohere forecasts revenue above estimates',
        text: 'Cohere forecast second-quarter revenue of about $400 million on Thursday. Cohere said its backlog stood at $900 million at the end of the first quarter.',
      },
      [
        ['Cohere', 'revenue', '2026Q2', 4e8],
        ['Cohere', 'orders', '2026Q1', 9e8],
      ],
    ),
    'stories',
  );
  assert.match(ahead.paragraphs[0] ?? '', /Cohere预计/u, ahead.paragraphs[0]);
  assert.notEqual(ahead.thin, true, JSON.stringify(ahead.paragraphs));
});

test('a report sentence whose verb is an analyst’s (raised targets) tells no event of the company', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Wall Street warms to Cohere after record quarter',
        text: 'Analysts raised their price targets and forecasts for Cohere on Thursday after it reported revenue of $300 million. Cohere expects revenue of $400 million next quarter.',
      },
      [
        ['Cohere', 'revenue', '2026Q3', 3e8],
        ['Cohere', 'revenue', '2026Q4', 4e8],
      ],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /上调/u, s.headline);
  assert.equal(s.thin, true, JSON.stringify(s.paragraphs));
});
