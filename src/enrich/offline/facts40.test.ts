/**
 * Decision 150: a value the offer's arithmetic settles (shares × price per share) is the digest's own sum, never a
 * source's word. The settled line says which value the terms give; the source's sentence keeps its own figure (a
 * sentence of the outlet's article telling the sum would misquote it). Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, withoutEarlierItem } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { allowedFigures } from '../numeric-guard/allowed.js';
import { guardStory } from '../numeric-guard/index.js';
import { futurePair } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { settledLead } from './settled-head.js';
import { defaultStoryTemplates, metricWord } from './story-templates.js';

test('a value the arithmetic settled leaves the source sentence as it is; a statement still rewrites it', () => {
  const sentence = '據招股文件，南桥智能此次IPO募资上限**约71亿港元**，基石投资者合计认购**约2亿美元**。';
  const sum = { winner: '约64亿港元', loser: '约71亿港元', losers: ['经济日报'], by: 'arithmetic' as const };
  assert.equal(settledLead(sentence, [sum]), sentence);
  assert.equal(
    settledLead(sentence, [{ ...sum, by: 'statement' }]),
    '南桥智能此次IPO募资上限**约64亿港元**，基石投资者合计认购**约2亿美元**。',
  );
});

test('a story of the outlet the offer’s terms would overrule prints its figure as the outlet gave it, beside the other outlet’s', async () => {
  const story = conflictedClaimBundle({
    id: 'st_facts40',
    metric: 'ipo',
    path: 'tech',
    date: '2026-11-20',
    reports: [
      {
        outlet: 'cls.cn',
        text: '南桥智能今日起在港招股，拟发行1.6亿股H股，招股价区间为每股36港元至40港元，以招股价上限计，募资约64亿港元。',
        date: '2026-11-19',
      },
      { outlet: 'udn.com', text: '据招股文件，南桥智能此次IPO募资上限约71亿港元，基石投资人合计认购约2亿美元。', date: '2026-11-20' },
    ],
    values: [6.4e9, 7.1e9],
  });
  const today = withoutEarlierItem(story);
  const written = await createOfflineEngine().doWriteStory(today, 'stories');
  const guarded = guardStory(written, today, allowedFigures(today)).story;
  // The story's own source states 71亿港元: no sum in the editor's voice against it (decision 170); the outlets'
  // values stand side by side.
  assert.ok(!guarded.paragraphs.some((p) => p.startsWith('按1.6亿股')), JSON.stringify(guarded.paragraphs));
  const settled = guarded.paragraphs.find((p) => /^与此前报道对比|说法不一/u.test(p));
  assert.match(settled ?? '', /64亿港元.*71亿港元/u, JSON.stringify(guarded.paragraphs));
  const lead = guarded.paragraphs.find((p) => p !== settled && /募[资資]上限/u.test(p));
  assert.ok(lead, JSON.stringify(guarded.paragraphs));
  assert.match(lead, /71[亿億]港元/u);
  assert.doesNotMatch(lead, /64[亿億]港元/u);
});

test('a multi-year capital plan is worded as one, never as a year’s capital spending', () => {
  const t = defaultStoryTemplates();
  const plan = 'Harbor Power Co. lifted its five-year capital plan to $48 billion on Tuesday, citing data-center demand.';
  assert.equal(metricWord('capex', plan, t, undefined, '$48 billion'), '多年期资本开支计划');
  assert.equal(
    metricWord('capex', '北港能源将2027年至2031年的三年期投资计划上调至900亿元。', t, undefined, '900亿元'),
    '多年期资本开支计划',
  );
  // A span that is no plan (a five-year high) and a year's spending keep the plain word.
  assert.equal(
    metricWord('capex', 'Capital spending hit a five-year high of $9 billion in the quarter.', t, undefined, '$9 billion'),
    '资本开支',
  );
  assert.equal(metricWord('capex', 'Harbor Power spent $6 billion on capital projects last year.', t, undefined, '$6 billion'), '资本开支');
});

test('a purchase under way (is buying) is told as one still to come, never as a deal done', () => {
  const at = (sentence: string, text: string) => {
    const [figure] = extractFigures(sentence).filter((f) => f.text.includes(text));
    assert.ok(figure, sentence);
    return futurePair({ sentence, figure });
  };
  assert.equal(
    at(
      'Lakeside Cloud, in which the chipmaker holds a small stake, is buying about $1.8 billion of its systems to serve the deal.',
      '$1.8 billion',
    ),
    true,
  );
  assert.equal(at('两家公司签约后，湖畔云正在采购约12亿元的加速卡。', '12亿元'), true);
  // A purchase made is told as made.
  assert.equal(at('Lakeside Cloud bought about $1.8 billion of the systems last year.', '$1.8 billion'), false);
});
