/**
 * compose24: comparisons that add nothing (a value the story's body never prints, a pair an earlier day printed, an
 * earlier report no outlet is named for) and a 更多动态 line citing the outlet its own 来源 names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, oneItemStory, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { renderDigest } from '../../render/digest.js';
import type { Digest, DigestStory, ItemRecord } from '../../types/index.js';
import { ownCitationDropped } from '../assemble/voice.js';
import { createOfflineEngine, printsValueOf } from './engine.js';

const engine = createOfflineEngine();

/** An earlier report of a valuation, outside the story (another day's item). */
function earlierReport(url: string, date: string, text: string) {
  const item = makeItem({ title: 'Nimbus Labs valuation', text, url, date });
  const figs = extractFigures(item.text).map((f) => ({ ...f, subject: 'Nimbus Labs', metric: 'valuation', period: '2026' }));
  return { item, figs };
}

/** Today's Chinese story of a valuation, with the earlier reports' statements in its claim. */
function valuationStory(earlier: { item: ItemRecord; figs: ReturnType<typeof extractFigures>; value: number }[]) {
  return makeBundle({
    id: 'st_nimbus',
    items: [
      {
        title: '星云实验室完成新一轮融资，投后估值约180亿美元',
        text: '据某财经媒体报道，星云实验室近日完成新一轮融资，投后估值约180亿美元，本轮由两家云厂商联合领投。',
        url: 'https://www.cls.cn/detail/880001',
        date: '2026-03-04',
      },
    ],
    attributions: [{ value: 1.8e10, subject: 'Nimbus Labs', metric: 'valuation', period: '2026' }],
    claims: (items, f) => {
      const it = items[0] as ItemRecord;
      return [
        {
          subject: 'Nimbus Labs',
          metric: 'valuation',
          period: '2026',
          statements: [statement(it, f[it.id] ?? [], 1.8e10), ...earlier.map((e) => statement(e.item, e.figs, e.value))],
          conflict: true,
          latest: 0,
          mostCited: 0,
        },
      ];
    },
  });
}

const TWENTY = earlierReport(
  'https://www.theinformation.com/articles/nimbus',
  '2026-03-03',
  'Nimbus Labs is valued at $20 billion in the round, people familiar said.',
);

test('an update on an earlier report is printed when today’s value is new', async () => {
  const s = await engine.doWriteStory(valuationStory([{ ...TWENTY, value: 2e10 }]), 'stories');
  assert.ok(
    s.paragraphs.some((p) => p.startsWith('与此前报道对比：')),
    JSON.stringify(s.paragraphs),
  );
});

test('no update when today’s value was reported before the earlier one (the pair ran that day the other way round)', async () => {
  const first = earlierReport(
    'https://36kr.com/p/nimbus',
    '2026-03-02',
    'Nimbus Labs is valued at about $18 billion after the round, people familiar said.',
  );
  // The earlier digest printed that report (another story's item, told on its day).
  const s = await engine.doWriteStory(
    {
      ...valuationStory([
        { ...TWENTY, value: 2e10 },
        { ...first, value: 1.8e10 },
      ]),
      toldBefore: { [first.item.id]: '2026-03-02' },
    },
    'stories',
  );
  assert.ok(!s.paragraphs.some((p) => p.includes('与此前报道对比')), JSON.stringify(s.paragraphs));
});

test('no update against an earlier report no outlet is named for (另一来源曾称 tells a reader nothing)', async () => {
  const unnamed = earlierReport('file:///archive/nimbus-notes.md', '2026-03-03', 'Nimbus Labs is valued at $20 billion, people said.');
  const s = await engine.doWriteStory(valuationStory([{ ...unnamed, value: 2e10 }]), 'stories');
  assert.ok(!s.paragraphs.some((p) => p.includes('另一来源曾称')), JSON.stringify(s.paragraphs));
});

test('printsValueOf: a comparison is kept only when the body prints one of its values', () => {
  const cmp = '与此前报道对比：甲媒体曾称某公司第一季度资本开支为**201.4亿元**，乙媒体称**约180亿元**。';
  assert.equal(printsValueOf(cmp, ['某公司第一季度资本开支约**180亿元**，同比增长约四成。']), true);
  assert.equal(printsValueOf(cmp, ['算力板块午后拉升，某光模块公司大涨**12.6%**。']), false);
  // The same number written another way (亿 and 万亿, a bold split) is the same value.
  assert.equal(printsValueOf('某公司营收各方说法不一：甲称**1.2万亿元**，乙称**1.3万亿元**。', ['某公司营收**12000亿元**。']), true);
});

test('ownCitationDropped: the outlet of the line’s 来源 is not cited again; another outlet stays', () => {
  assert.equal(ownCitationDropped('据36氪报道，某芯片公司完成6亿美元融资。', ['36氪']), '某芯片公司完成6亿美元融资。');
  assert.equal(ownCitationDropped('据财联社消息，某公司拟回购股份。', ['财联社', '路透社']), '某公司拟回购股份。');
  assert.equal(ownCitationDropped('据路透社报道，某芯片公司完成6亿美元融资。', ['36氪']), '据路透社报道，某芯片公司完成6亿美元融资。');
  assert.equal(ownCitationDropped('某芯片公司完成6亿美元融资。', ['36氪']), '某芯片公司完成6亿美元融资。');
});

test('render: a 更多动态 line does not cite the outlet its 来源 names', () => {
  const story = (headline: string, oneLine: string, outlet: string): DigestStory => ({
    storyId: headline,
    headline,
    section: '资本与市场',
    sources: [{ title: headline, url: 'https://36kr.com/p/1', outlet, itemId: 'i1' }],
    paragraphs: [oneLine],
    blocks: [],
    insights: [],
    impacts: [],
    oneLine,
    keyFigure: null,
    minor: true,
  });
  const digest: Digest = {
    date: '2026-06-10',
    title: '某日AI动态',
    category: 'AI 日报',
    tags: [],
    seo: [],
    coverImage: '',
    summary: [],
    style: 'stories',
    stories: [],
    more: [story('某芯片公司完成D轮融资', '据36氪报道，某芯片公司近日完成6亿美元D轮融资，由某基金领投。', '36氪')],
    footer: null,
    engine: 'offline',
    guard: [],
  };
  const md = renderDigest(digest);
  assert.match(md, /\*\*某芯片公司完成D轮融资\*\*：某芯片公司近日完成6亿美元D轮融资/u, md);
  assert.doesNotMatch(md, /据36氪报道/u, md);
});

test('a broker note’s first-person sentence (我们将…上调) is never a paragraph of the digest', async () => {
  const text = [
    '某券商发布研报称，某软件公司第一财季营收6.9亿美元，同比增长25%，高于市场一致预期。',
    '公司预计第二财季营收7.2亿美元。',
    '我们将公司全年营收预测上调3%至29.7亿美元，维持跑赢行业评级。',
    '公司全年营收指引上调至29.5亿美元，中值同比增长21%。',
  ].join('');
  const s = await engine.doWriteStory(
    oneItemStory({ title: '某券商：某软件公司一季度业绩超预期', text, url: 'https://finance.sina.com.cn/stock/x.shtml' }, [
      ['某软件公司', 'revenue', '2026-Q1', 6.9e8],
      ['某软件公司', 'revenue', '2026-Q2', 7.2e8],
      ['某软件公司', 'revenue', '2026', 2.97e9],
      ['某软件公司', 'revenue', '2026', 2.95e9],
    ]),
    'stories',
  );
  assert.ok(!s.paragraphs.join('').includes('我们'), JSON.stringify(s.paragraphs));
});

/** Yesterday's results report, and today's Chinese retelling of them with (or without) a figure of its own. */
function followUpStory(extra: string) {
  const yesterday = makeItem({
    title: 'Nimbus Cloud quarterly revenue rises 16% to $88.4 billion',
    url: 'https://www.reuters.com/technology/nimbus-results',
    date: '2026-07-15',
    text: 'Nimbus Cloud said quarterly revenue rose 16% to $88.4 billion.',
  });
  const yFigs = extractFigures(yesterday.text).map((f) => ({ ...f, subject: 'Nimbus Cloud', metric: 'revenue', period: 'FY2026Q4' }));
  const b = makeBundle({
    id: `st_follow_${extra.length}`,
    items: [
      {
        title: '星云云季度营收884亿美元，同比增长16%',
        url: 'https://www.cls.cn/detail/77',
        date: '2026-07-17',
        text: `星云云公布第四财季业绩，营收同比增长16%至884亿美元，超市场预期。${extra}`,
      },
    ],
    attributions: [
      { value: 8.84e10, subject: 'Nimbus Cloud', metric: 'revenue', period: 'FY2026Q4' },
      { value: 1.41e11, subject: 'Nimbus Cloud', metric: 'capex', period: 'FY2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        {
          subject: 'Nimbus Cloud',
          metric: 'revenue',
          period: 'FY2026Q4',
          statements: [statement(yesterday, yFigs, 8.84e10), statement(it, f, 8.84e10)],
          conflict: false,
          latest: 0,
          mostCited: 0,
        },
        ...(extra.includes('1410')
          ? [
              {
                subject: 'Nimbus Cloud',
                metric: 'capex',
                period: 'FY2026',
                statements: [statement(it, f, 1.41e11)],
                conflict: false,
                latest: 0,
                mostCited: 0,
              },
            ]
          : []),
      ];
    },
  });
  return { ...b, toldBefore: { [yesterday.id]: '2026-07-15' } };
}

test('a follow-up’s line says what is new, and a follow-up with nothing new is no item at all', async () => {
  const retold = await engine.doWriteStory(followUpStory(''), 'stories');
  assert.ok(retold.toldBefore, retold.headline);
  assert.ok(retold.empty, retold.oneLine);
  const news = await engine.doWriteStory(followUpStory('星云云上财年资本开支约1410亿美元，创历史新高。'), 'stories');
  assert.ok(!news.empty, news.oneLine);
  // Still a follow-up (its headline told before), its line is the new figure; else the new figure heads it.
  const line = news.toldBefore ? news.oneLine : news.headline;
  assert.match(line, /1410亿美元/u, `${news.headline} / ${news.oneLine}`);
  if (news.toldBefore) assert.doesNotMatch(news.oneLine, /884亿美元/u, news.oneLine);
});

test('selfContained: 据其… and a subject then 则 / 也 lean on the sentence before; 规则 / 细则 do not', async () => {
  const { selfContained } = await import('../assemble/sentence-shape.js');
  assert.equal(selfContained('据其5月发布的财报，当季资本开支为386亿元。'), false);
  assert.equal(selfContained('按其指引，全年营收将增长两成。'), false);
  assert.equal(selfContained('机构则更为乐观，预计某晶圆厂一季度营收增长约26%。'), false);
  assert.equal(selfContained('价格也很有诚意：输入价格为每百万tokens 2元。'), false);
  assert.equal(selfContained('新规则显示，补贴比例提高至50%。'), true);
  assert.equal(selfContained('细则同时明确，单个项目补助最高1亿元。'), true);
  assert.equal(selfContained('某芯片公司第四财季营收681亿美元，同比增长71%。'), true);
});
