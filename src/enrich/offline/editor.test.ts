/** What a Chinese financial editor refuses in an offline digest: follow-ups that repeat, leads out of context, misfiled bullets. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { selfContained } from '../assemble/sentence-shape.js';
import { createOfflineEngine, joinConflicts, sameHeadline } from './engine.js';
import { chineseLead } from './lead.js';
import { sourceSentences } from './sentences.js';
import { completeUnits } from './titles.js';

const engine = createOfflineEngine();

test('leads: a sentence that leans on the one before it (此外, 另一, 该公司, 其, Also, It) does not stand alone', () => {
  for (const s of [
    '此外，公司还将回购100亿美元股票。',
    '另一家云厂商微软则给出了更高的指引。',
    '该公司预计明年营收增长30%。',
    '其中亚马逊2000亿美元领跑。',
    '与此同时，甲骨文股价下跌5%。',
    '这意味着，AI基础设施投资正在转向融资驱动。',
    '1月29日，该公司股价大跌10%。',
    'Also, the company said it would buy back $10 billion of stock.',
    'It expects revenue of $78 billion.',
  ])
    assert.ok(!selfContained(s), s);
  for (const s of [
    '英伟达第四财季营收681亿美元，同比增长71%。',
    '1月29日，微软股价大跌10%。',
    '财联社2月6日电，亚马逊2026年资本开支指引约2000亿美元。',
    '并购市场今年明显回暖。',
    'Nvidia reported revenue of $68.1 billion.',
  ])
    assert.ok(selfContained(s), s);
});

test('leads: the lead opens on the best self-contained sentence, never on one lifted out of its context', () => {
  const item = makeItem({
    title: '云厂商资本开支',
    url: 'https://www.cls.cn/detail/9',
    date: '2026-02-06',
    text: '另一家云厂商微软的资本开支为375亿美元，含融资租赁。\n\n亚马逊2026年资本开支指引约2000亿美元，居四家之首。',
  });
  const bundle: StoryBundle = {
    story: { id: 'st_x', title: item.title, date: item.date, items: [item.id] },
    items: [item],
    figures: {},
    entities: {},
    claims: [],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
  const lead = chineseLead(sourceSentences(bundle, null), item, { maxSentences: 2, maxChars: 260, isKey: () => true });
  assert.ok(lead[0], 'a lead');
  assert.match(lead[0].sentence.text, /^亚马逊/);
  assert.ok(!lead.some((s) => s.sentence.text.startsWith('另一')), 'the dependent sentence is not printed before its context');
});

/** Nvidia's quarter on two days: CNBC-like Chinese report the first day, a second report the next day. */
function nvidiaDays(secondText: string, secondTitle: string): { first: StoryBundle; second: StoryBundle } {
  const day1 = {
    title: '英伟达第四财季营收681亿美元',
    url: 'https://www.yicai.com/news/1.html',
    date: '2026-02-25',
    text: '英伟达公布第四财季业绩，当季营收681亿美元，同比增长71%。',
  };
  const day2 = { title: secondTitle, url: 'https://www.cls.cn/detail/2', date: '2026-02-26', text: secondText };
  const attributions = [
    { value: 6.81e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2026Q4' },
    { value: 4.12e10, subject: 'Nvidia', metric: 'net-income', period: 'FY2026Q4' },
  ];
  const both = makeBundle({
    id: 'st_nvda',
    items: [day1, day2],
    attributions,
    claims: (items, figs) => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      const fb = figs[b.id] ?? [];
      const has = (v: number) => fb.some((f: Figure) => f.value === v);
      return [
        single('Nvidia', 'revenue', 'FY2026Q4', [
          statement(a, figs[a.id] ?? [], 6.81e10),
          ...(has(6.81e10) ? [statement(b, fb, 6.81e10)] : []),
        ]),
        ...(has(4.12e10) ? [single('Nvidia', 'net-income', 'FY2026Q4', [statement(b, fb, 4.12e10)])] : []),
      ];
    },
  });
  const [a, b] = both.items as [ItemRecord, ItemRecord];
  const first = { ...both, items: [a] };
  const second = { ...both, items: [b], earlier: [{ day: '2026-02-25', items: [a] }] };
  return { first, second };
}

test('follow-ups: a story that ran yesterday is not headlined the same today; it leads with what is new', async () => {
  const { first, second } = nvidiaDays('英伟达第四财季营收681亿美元，净利润达到412亿美元。', '英伟达第四财季营收681亿美元');
  const h1 = (await engine.doWriteStory(first, 'stories')).headline;
  const s2 = await engine.doWriteStory(second, 'stories');
  assert.ok(!sameHeadline(h1, s2.headline), `${h1} / ${s2.headline}`);
  assert.match(s2.headline, /412亿美元/, 'the new figure leads');
  // Without the earlier day the same item keeps its own title.
  const alone = await engine.doWriteStory({ ...second, earlier: [] }, 'stories');
  assert.equal(alone.headline, '英伟达第四财季营收681亿美元');
});

test('follow-ups: with nothing new, the repeated headline is marked as a follow-up report', async () => {
  const { first, second } = nvidiaDays('英伟达第四财季营收681亿美元，超出市场预期。', '英伟达第四财季营收681亿美元');
  const h1 = (await engine.doWriteStory(first, 'stories')).headline;
  const h2 = (await engine.doWriteStory(second, 'stories')).headline;
  assert.notEqual(h2, h1);
  assert.match(h2, /续报/);
});

test('follow-ups: two headlines with the same words or the same figures say the same', () => {
  assert.ok(sameHeadline('英伟达第四财季营收681亿美元', '英伟达第四财季营收681亿美元！'));
  assert.ok(sameHeadline('英伟达第四财季营收681亿美元', '英伟达第四财季营收681亿美元超预期'));
  assert.ok(!sameHeadline('英伟达第四财季营收681亿美元', '英伟达第四财季净利润412亿美元'));
  assert.ok(!sameHeadline('英伟达股价一度下跌5.1%', '英伟达第四财季营收681亿美元'));
});

test('headings: 合作与交易 holds sentences that state a deal, not every sentence that says 投资 or 订单', async () => {
  const bundle = makeBundle({
    id: 'st_deals',
    items: [
      {
        title: '软银向OpenAI投资300亿美元',
        url: 'https://wallstreetcn.com/articles/7',
        date: '2026-02-21',
        text: [
          '软银向OpenAI投资300亿美元，为本轮最大单笔出资。',
          '摩根士丹利估算，到2028年全球数据中心相关投资需求约为2.9万亿美元。',
          '亚马逊与OpenAI签下为期七年、价值380亿美元的云服务合同。',
        ].join('\n\n'),
      },
    ],
    attributions: [{ value: 3e10, subject: 'SoftBank', metric: 'investment', period: '2026' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('SoftBank', 'investment', '2026', [statement(it, figs[it.id] ?? [], 3e10)], 'OpenAI')];
    },
    deals: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const third = it.sentences.find((s) => s.text.startsWith('亚马逊'))?.text ?? '';
      return [
        {
          from: 'OpenAI',
          to: 'AWS',
          kind: 'cloud-contract',
          amount: statement(it, f, 3.8e10).figure,
          itemId: it.id,
          source: it.url ?? '',
          sentence: third,
        },
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'sections');
  const deals = s.blocks.find((b) => b.label === '合作与交易');
  assert.ok(deals, JSON.stringify(s.blocks));
  assert.ok(
    deals.bullets.some((b) => b.includes('云服务合同')),
    'the contract the knowledge layer read is a deal',
  );
  assert.ok(!deals.bullets.some((b) => b.includes('摩根士丹利')), 'an estimate of demand is no deal');
});

test('headlines: an amount the title wrote without its currency gets it; a count does not', () => {
  assert.equal(
    completeUnits('四大云厂商资本开支合计约6600亿美元，亚马逊2000亿领跑'),
    '四大云厂商资本开支合计约6600亿美元，亚马逊2000亿美元领跑',
  );
  assert.equal(completeUnits('OpenAI融资1100亿美元，投前估值约7300亿'), 'OpenAI融资1100亿美元，投前估值约7300亿美元');
  assert.equal(completeUnits('营收1.4万亿美元，用户2亿'), '营收1.4万亿美元，用户2亿');
  assert.equal(completeUnits('寒武纪净利18.6亿元'), '寒武纪净利18.6亿元');
});

test('leads: a quotation with no speaker is someone’s words out of context; with its speaker it stands', () => {
  assert.ok(!selfContained('“亚马逊2000亿这个数，比我们模型里高出将近400亿美元。”'));
  assert.ok(selfContained('“这是一个自我强化的循环。”一位美元基金合伙人说。'));
});

test('english titles: a beat states the nearest number after its verb, a guidance in the title is said as a forecast', async () => {
  const bundle = makeBundle({
    id: 'st_nvda_en',
    items: [
      {
        title: 'Nvidia tops estimates with $68 billion quarter, guides to $78 billion as data center sales surge',
        url: 'https://www.cnbc.com/2026/02/25/nvidia.html',
        date: '2026-02-25',
        text: 'Nvidia reported fourth-quarter revenue of $68.13 billion. The company expects first-quarter revenue of $78 billion, plus or minus 2%.',
      },
    ],
    attributions: [
      { value: 6.813e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2026Q4' },
      { value: 7.8e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q1' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Nvidia', 'revenue', 'FY2026Q4', [statement(it, f, 6.813e10)]),
        single('Nvidia', 'revenue', 'FY2027Q1', [statement(it, f, 7.8e10)]),
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'stories');
  assert.equal(
    s.headline,
    '英伟达第四财季营收681.3亿美元，超出市场预期',
    'a headline of 30 characters at most: the quarter without its year',
  );
  assert.match(s.paragraphs[0] ?? '', /超出市场预期，预计2027财年第一财季营收\*\*780亿美元\*\*/, 'the forecast is said as one in the lead');
});

test('更多动态: an English story whose title is all it has gets a Chinese line from a count of users it states', async () => {
  const bundle = makeBundle({
    id: 'st_gpt',
    minor: true,
    items: [
      {
        title: 'OpenAI launches GPT-5.5 with a built-in agent mode for every ChatGPT user',
        url: 'https://www.theverge.com/2026/11/22/gpt-5-5',
        date: '2026-11-22',
        text: 'OpenAI is rolling out GPT-5.5, a new flagship model.\n\nChatGPT now has more than 900 million weekly active users, OpenAI said in its announcement.',
      },
    ],
    attributions: [{ value: 9e8, subject: 'OpenAI', metric: 'users' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('OpenAI', 'users', 'unknown', [statement(it, figs[it.id] ?? [], 9e8)])];
    },
  });
  const s = await engine.doWriteStory(bundle, 'stories');
  assert.equal(s.headline, 'OpenAI发布GPT-5.5');
  // The lead's owner named once: the figure after the event opens on 公司 (english24).
  assert.match(s.oneLine, /OpenAI发布GPT-5\.5。公司拥有超过9亿周活跃用户。$/);
});

test('leads: a clause after a ； of its paragraph continues its sentence and does not open the lead', () => {
  const item = makeItem({
    title: '英伟达财报',
    url: 'https://www.cls.cn/detail/10',
    date: '2026-02-26',
    text: '当季营收681.3亿美元，高于市场预期；\n净利润达到412亿美元，调整后每股收益1.62美元。\n\n英伟达盘后一度下跌3%，市值蒸发约1400亿美元。',
  });
  const bundle: StoryBundle = {
    story: { id: 'st_y', title: item.title, date: item.date, items: [item.id] },
    items: [item],
    figures: {},
    entities: {},
    claims: [],
    derived: [],
    deals: [],
    score: 1,
    section: '资本与市场',
    minor: false,
  };
  const lead = chineseLead(sourceSentences(bundle, null), item, { maxSentences: 1, maxChars: 260, isKey: () => true });
  assert.match(lead[0]?.sentence.text ?? '', /^英伟达盘后/);
});

test('conflicts: two comparisons with earlier reports in a row share one lead-in', () => {
  assert.equal(
    joinConflicts([
      '与此前报道对比：甲曾称A为**1**，本次报道为**2**。',
      '与此前报道对比：甲曾称B为**3**，本次报道为**4**。',
      'C各方说法不一：乙称**5**，丙称**6**。',
    ]),
    '与此前报道对比：甲曾称A为**1**，本次报道为**2**；甲曾称B为**3**，本次报道为**4**。C各方说法不一：乙称**5**，丙称**6**。',
  );
});

test('english titles: a tentative verb phrase (nears … round) is said with 拟', async () => {
  const bundle = makeBundle({
    id: 'st_round',
    items: [
      {
        title: 'OpenAI nears record $100 billion round at $730 billion valuation, sources say',
        url: 'https://www.reuters.com/technology/openai-round',
        date: '2026-02-19',
        text: 'OpenAI is close to finalising a funding round of up to $100 billion that would value the ChatGPT maker at $730 billion before the new money, three people familiar with the matter told Reuters.',
      },
    ],
    attributions: [
      { value: 1e11, subject: 'OpenAI', metric: 'funding', period: '2026' },
      { value: 7.3e11, subject: 'OpenAI', metric: 'valuation', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('OpenAI', 'funding', '2026', [statement(it, f, 1e11)]),
        single('OpenAI', 'valuation', '2026', [statement(it, f, 7.3e11)]),
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'stories');
  assert.equal(s.headline, 'OpenAI拟融资最多1000亿美元，投前估值7300亿美元');
});
