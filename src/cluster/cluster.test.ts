// clusterStories: exact and near duplicates, date window, determinism and order independence, story fields.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { type ClusterInput, clusterStories } from './index.js';

const EN_BODY =
  'Nvidia on Wednesday forecast fourth-quarter revenue of $65 billion, plus or minus 2%, above Wall Street estimates, as demand for its Blackwell chips kept outrunning supply.\n\n' +
  'Revenue for the third quarter rose 62% from a year earlier to $57.01 billion. The data center unit brought in $51.2 billion, and gross margin held near 73.6%.\n\n' +
  'Chief executive Jensen Huang said cloud GPUs were sold out and that orders from hyperscalers and sovereign AI projects kept growing.';

const ZH_BODY =
  '阿里巴巴集团宣布，未来三年将投入超过3800亿元，用于建设云和AI硬件基础设施，总额超过过去十年的总和。\n\n' +
  '阿里巴巴集团CEO吴泳铭表示，AI是一代人一遇的机会，公司将围绕云计算和大模型加大投入，并持续开放通义千问系列模型。';

function en(id: string, date: string | null, body = EN_BODY, title = 'Nvidia forecasts revenue above estimates'): ClusterInput {
  return { id, title, text: body, lang: 'en', date, entities: ['Nvidia'], figures: [] };
}
function zh(id: string, date: string | null, body = ZH_BODY, title = '阿里巴巴未来三年投入超3800亿元建设AI基础设施'): ClusterInput {
  return { id, title, text: body, lang: 'zh', date, entities: [], figures: [] };
}

const UNRELATED: ClusterInput = {
  id: 'it_unrelated',
  title: 'Apple opens its first store in Saudi Arabia',
  text: 'Apple opened its first retail store in Riyadh on Saturday, with queues forming hours before the doors opened. The company said more stores will follow in the kingdom over the next two years.',
  lang: 'en',
  date: '2025-11-19',
  entities: ['Apple', 'Saudi Arabia'],
  figures: [],
};

function storyOf(stories: ReturnType<typeof clusterStories>, id: string): string | undefined {
  return stories.find((s) => s.items.includes(id))?.id;
}

test('exact duplicates join, an unrelated item stays apart', () => {
  const stories = clusterStories([en('it_a', '2025-11-19'), en('it_b', '2025-11-19'), UNRELATED]);
  assert.equal(stories.length, 2);
  assert.equal(storyOf(stories, 'it_a'), storyOf(stories, 'it_b'));
  assert.notEqual(storyOf(stories, 'it_a'), storyOf(stories, 'it_unrelated'));
});

test('near-duplicates (syndication with small edits) join, in English and in Chinese, without entities', () => {
  const edited = EN_BODY.replace('Chief executive', 'CEO')
    .replace('kept outrunning supply', 'continued to outrun supply')
    .concat(' Shares rose about 4% in extended trading.');
  const zhEdited = `${ZH_BODY.replace('宣布', '今日宣布').replace('持续开放', '继续开源')}（来源：证券时报）`;
  const items = [
    { ...en('it_en1', '2025-11-19T21:30:00Z'), entities: [] },
    { ...en('it_en2', '2025-11-20T02:00:00Z', edited, 'Nvidia forecasts Q4 revenue above estimates'), entities: [] },
    zh('it_zh1', '2025-02-24'),
    zh('it_zh2', '2025-02-24', zhEdited, '阿里巴巴宣布未来三年投入超3800亿元建设云和AI基础设施'),
  ];
  const stories = clusterStories(items);
  assert.equal(stories.length, 2);
  assert.equal(storyOf(stories, 'it_en1'), storyOf(stories, 'it_en2'));
  assert.equal(storyOf(stories, 'it_zh1'), storyOf(stories, 'it_zh2'));
});

test('items further apart than the window never join, even exact copies', () => {
  const items = [en('it_a', '2025-11-01'), en('it_b', '2025-11-05')];
  assert.equal(clusterStories(items).length, 2);
  assert.equal(clusterStories(items, { windowDays: 4 }).length, 1);
  // A chain of copies a day apart each still cannot span more than the window.
  const chain = ['01', '02', '03', '04', '05', '06'].map((d) => en(`it_${d}`, `2025-11-${d}`));
  for (const s of clusterStories(chain)) {
    const days = s.items.map((id) => Number(id.slice(3)));
    assert.ok(Math.max(...days) - Math.min(...days) <= 3, `story spans ${days.join(',')}`);
  }
});

test('story fields: id from the earliest member, its date, one story per item', () => {
  const items = [en('it_late', '2025-11-20T08:00:00Z'), en('it_early', '2025-11-19T21:30:00Z'), UNRELATED];
  const stories = clusterStories(items);
  const s = stories.find((x) => x.items.includes('it_late'));
  assert.ok(s);
  assert.equal(s.id, `st_${createHash('sha256').update('it_early').digest('hex').slice(0, 16)}`);
  assert.match(s.id, /^st_[0-9a-f]{16}$/);
  assert.equal(s.date, '2025-11-19');
  assert.deepEqual(s.items, ['it_early', 'it_late']);
  assert.equal(s.title, 'Nvidia forecasts revenue above estimates');
  assert.deepEqual(stories.flatMap((x) => x.items).sort(), ['it_early', 'it_late', 'it_unrelated']);
});

test('undated items and empty texts are still placed in exactly one story', () => {
  const items: ClusterInput[] = [
    en('it_nodate', null),
    en('it_dated', '2025-11-19'),
    { id: 'it_empty', title: '', text: '', lang: 'en', date: null },
  ];
  const stories = clusterStories(items);
  assert.deepEqual(stories.flatMap((s) => s.items).sort(), ['it_dated', 'it_empty', 'it_nodate']);
  assert.equal(storyOf(stories, 'it_nodate'), storyOf(stories, 'it_dated'));
  assert.equal(clusterStories([]).length, 0);
});

test('deterministic and independent of input order (property)', () => {
  const pool: ClusterInput[] = [
    en('it_1', '2025-11-19'),
    en('it_2', '2025-11-19', `${EN_BODY} Analysts called the quarter a relief.`),
    en('it_3', '2025-11-21'),
    en('it_4', '2025-11-25'),
    zh('it_5', '2025-02-24'),
    zh('it_6', '2025-02-25'),
    UNRELATED,
    { ...UNRELATED, id: 'it_8', date: '2025-11-20' },
  ];
  const reference = JSON.stringify(clusterStories(pool));
  fc.assert(
    fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
      assert.equal(JSON.stringify(clusterStories(shuffled)), reference);
    }),
    { numRuns: 50 },
  );
});
