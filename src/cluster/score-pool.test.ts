// Clustering's candidate scoring on two threads (score-pool.ts, decision 051): the walk split in two ranges is the one
// walk, a range scored on the worker thread is the range scored here, and the stories of the two-thread path are the
// one-thread path's (English and Chinese reports of our own, several stories, copies and rewrites).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { candidateTable, walkCandidates } from './candidates.js';
import { compareInputs, prepareFeatures, scoreCandidates } from './cluster.js';
import { countFeatures, type FeatureCounts, featuresOf, type ItemFeatures, itemShingles } from './features.js';
import type { ClusterInput } from './input.js';
import { scoreOnWorker, splitPoint } from './score-pool.js';
import { clusterFeatureSet, freshFeatures, ShingleFrequency } from './stored.js';

const EVENTS: { en: [string, string]; zh: [string, string]; entities: string[]; money: number }[] = [
  {
    en: [
      'Northwind Systems raises $2.4 billion to build data centers',
      'Northwind Systems said on Monday it raised $2.4 billion from investors to build three data centers in Texas, its largest round so far.',
    ],
    zh: [
      '北风系统融资24亿美元建设数据中心',
      '北风系统周一表示，公司完成24亿美元融资，将用于在得克萨斯州建设三座数据中心，这是其迄今最大一轮融资。',
    ],
    entities: ['Northwind Systems'],
    money: 2.4e9,
  },
  {
    en: [
      'Contoso Chips posts record quarterly revenue of $9.1 billion',
      'Contoso Chips reported revenue of $9.1 billion for the quarter, up 41% from a year earlier, on demand for its accelerator boards.',
    ],
    zh: ['康拓芯片季度营收创纪录达91亿美元', '康拓芯片公布季度营收91亿美元，同比增长41%，加速卡需求强劲。'],
    entities: ['Contoso Chips'],
    money: 9.1e9,
  },
  {
    en: [
      'Fabrikam agrees to buy Litware for $730 million',
      'Fabrikam agreed to acquire software maker Litware for about $730 million in cash, the companies said in a joint statement.',
    ],
    zh: ['法布里坎同意以7.3亿美元收购利特软件', '法布里坎与利特软件发布联合声明称，法布里坎同意以约7.3亿美元现金收购这家软件公司。'],
    entities: ['Fabrikam', 'Litware'],
    money: 7.3e8,
  },
  {
    en: [
      'Tailspin Cloud plans $15 billion capex next year',
      'Tailspin Cloud expects capital expenditure of $15 billion next year as it adds GPU capacity for enterprise customers.',
    ],
    zh: ['尾旋云计划明年资本开支150亿美元', '尾旋云预计明年资本开支约150亿美元，用于为企业客户扩充GPU算力。'],
    entities: ['Tailspin Cloud'],
    money: 1.5e10,
  },
];

/** Several reports of each event over a few days: copies, rewrites in each language, undated ones. */
function corpus(): ClusterInput[] {
  const out: ClusterInput[] = [];
  EVENTS.forEach((e, k) => {
    for (let c = 0; c < 6; c++) {
      const day = 10 + ((k * 2 + c) % 5);
      const date = c === 5 ? null : `2026-11-${day}`;
      const figures = [{ value: e.money, kind: 'money', currency: 'USD' }];
      const tail = c % 2 === 0 ? '' : ' Shares rose in early trading after the news.';
      out.push({ id: `it_${k}_en${c}`, title: e.en[0], text: e.en[1] + tail, lang: 'en', date, entities: e.entities, figures });
      const zhTail = c % 2 === 0 ? '' : '消息公布后，相关股票早盘上涨。';
      out.push({ id: `it_${k}_zh${c}`, title: e.zh[0], text: e.zh[1] + zhTail, lang: 'zh', date, entities: e.entities, figures });
    }
  });
  return out;
}

const emptyCounts = (): FeatureCounts => ({ docs: 0, entities: new Map(), figures: new Map() });

function prepared(): { feats: ItemFeatures[]; table: ReturnType<typeof prepareFeatures> } {
  const items = corpus();
  const sorted = items
    .map((item) => ({ item, day: featuresOf(item, 0).day, id: item.id }))
    .sort(compareInputs)
    .map((x) => x.item);
  const df = new ShingleFrequency();
  const shingles = sorted.map(itemShingles);
  for (const sh of shingles) df.add(sh);
  const feats = sorted.map((item, i) => featuresOf(item, i, df.rare(shingles[i] as Uint32Array)));
  const table = prepareFeatures(feats, countFeatures(feats));
  return { feats, table };
}

test('the walks of two adjacent ranges, one after the other, are the walk of the whole window', () => {
  const { feats, table } = prepared();
  const whole: number[] = [];
  walkCandidates(table, 3, 0, feats.length, (i, j) => whole.push(i, j));
  const mid = splitPoint(table);
  assert.ok(mid > 0 && mid < feats.length, `split at ${mid}`);
  const parts: number[] = [];
  walkCandidates(table, 3, 0, mid, (i, j) => parts.push(i, j));
  walkCandidates(table, 3, mid, feats.length, (i, j) => parts.push(i, j));
  assert.ok(whole.length > 0);
  assert.deepEqual(parts, whole);
  assert.deepEqual(candidateTable(feats).slotStart, table.slotStart);
});

test('a range scored on the worker thread is that range scored in this thread', async () => {
  const { feats, table } = prepared();
  const mid = splitPoint(table);
  const here = scoreCandidates(feats, 0, table, 3, 0.5, mid, feats.length);
  const there = await scoreOnWorker(feats, table, 3, 0.5, mid, feats.length);
  assert.ok(there !== undefined, 'the worker answered');
  assert.ok(here.keys.length > 0, 'the later range keeps some pairs');
  assert.deepEqual(there, here);
});

test('the two-thread path gives the one-thread path’s stories', async () => {
  const items = corpus();
  const fresh = () =>
    freshFeatures(
      items.map((input) => ({ input, shingles: itemShingles(input), day: 0 })),
      new ShingleFrequency(),
      emptyCounts(),
    );
  const one = fresh();
  const two = fresh();
  const counts = () => countFeatures(one.feats.map((f) => ({ ...f })));
  const single = await clusterFeatureSet(one.feats, {}, counts());
  const threaded = await clusterFeatureSet(two.feats, {}, counts(), 2);
  assert.ok(
    single.some((s) => s.items.length > 2),
    'some stories gather several reports',
  );
  assert.ok(single.length >= EVENTS.length);
  assert.deepEqual(threaded, single);
});
