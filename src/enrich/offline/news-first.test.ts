/**
 * The news first (issue 11, re-audit classes 导语缺新闻, 标题报错新闻, 伪分歧): background figures further down a report
 * are not told as the story's facts, a follow-up headline stays with the company the story is about, and a dispute is
 * drawn only between values of one measure. Fixtures are hand-written sentences, not copies of the batches.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { sameMeasure } from './basis.js';
import { createOfflineEngine } from './engine.js';
import { estimateFigure } from './facts.js';

const engine = createOfflineEngine();

test('English-only: a figure of a later paragraph (the report’s background) is not told as a further fact', async () => {
  const text = [
    'Anthropic has raised $13 billion in a round led by Fidelity that values the company at $183 billion, the company said on Tuesday.',
    'The round was more than twice the size Anthropic had first sought, according to people familiar with the talks.',
    'Anthropic competes with OpenAI, whose annualized revenue reached $20 billion in September, the people said.',
    'Anthropic spent about $2.7 billion on computing in the first half of the year, one of the people said.',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_news_paragraphs',
    items: [
      {
        title: 'Anthropic raises $13 billion at $183 billion valuation',
        text,
        url: 'https://www.reuters.com/technology/anthropic',
        date: '2026-09-02',
      },
    ],
    attributions: [
      { value: 1.3e10, subject: 'Anthropic', metric: 'funding', period: 'unknown' },
      { value: 1.83e11, subject: 'Anthropic', metric: 'valuation', period: 'unknown' },
      { value: 2.7e9, subject: 'Anthropic', metric: 'compute', period: '2026H1' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Anthropic', 'funding', 'unknown', [statement(it, f, 1.3e10)]),
        single('Anthropic', 'valuation', 'unknown', [statement(it, f, 1.83e11)]),
        single('Anthropic', 'compute', '2026H1', [statement(it, f, 2.7e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n');
  assert.match(`${s.headline}${body}`, /130亿美元/, body);
  assert.ok(!body.includes('27亿美元'), body);
});

test('a dispute only between values of one measure: 经调整EBITA against 净利润, a segment against the group, HBM against DRAM', () => {
  assert.equal(sameMeasure('412亿元', '本季度经调整EBITA为412亿元，同比下降9%。', '318亿元', '归属于普通股股东的净利润为318亿元。'), false);
  assert.equal(sameMeasure('436亿元', '云智能集团收入436亿元，同比增长31%。', '2710亿元', '集团本季度收入2710亿元，同比增长7%。'), false);
  assert.equal(sameMeasure('38%', '在DRAM市场，美光以38%的市占率位居第二。', '约50%', '在HBM市场，美光份额约为50%。'), false);
  assert.equal(sameMeasure('$3.1 billion', 'Operating income rose to $3.1 billion.', '28亿美元', '营业利润为28亿美元。'), true);
  // A profit a sentence does not qualify disputes a qualified one (税后净利润 and 利润 may be the same figure).
  assert.equal(sameMeasure('5120亿元', '第三季度税后净利润5120亿元新台币。', '5320亿元', '第三季度利润达到5320亿元新台币。'), true);
});

test('a forecast named after its figure (`the 9.2 trillion won average forecast of 17 analysts`) is no source’s value', () => {
  const s = 'Operating profit rose 41% to 9.8 trillion won, above the 9.2 trillion won average forecast of 17 analysts polled by LSEG.';
  assert.equal(estimateFigure(s, '9.2 trillion won'), true);
  assert.equal(estimateFigure(s, '9.8 trillion won'), false);
});

/** Two Chinese reports of one quarter: one gives the group's adjusted EBITA, the other its net profit, both held as profit. */
function profitBundle(secondSentence: string, secondValue: number): StoryBundle {
  return makeBundle({
    id: 'st_profit_kinds',
    items: [
      {
        title: '腾讯音乐第二季度收入增长',
        text: '腾讯音乐公布第二季度业绩，总收入为82亿元，同比增长12%，经调整EBITA为26亿元，同比增长18%。',
        url: 'https://www.cls.cn/detail/9001',
        date: '2026-08-12',
      },
      { title: '腾讯音乐二季度业绩', text: secondSentence, url: 'https://www.yicai.com/news/9002', date: '2026-08-12' },
    ],
    attributions: [
      { value: 2.6e9, subject: 'Tencent Music', metric: 'profit', period: '2026Q2' },
      { value: secondValue, subject: 'Tencent Music', metric: 'profit', period: '2026Q2' },
    ],
    claims: (items, figs) => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      return [
        {
          ...single('Tencent Music', 'profit', '2026Q2', [
            statement(a, figs[a.id] ?? [], 2.6e9),
            statement(b, figs[b.id] ?? [], secondValue),
          ]),
          conflict: true,
        },
      ];
    },
  });
}

test('no 说法不一 between an adjusted EBITA and a net profit; a real dispute of one measure stays', async () => {
  const fake = await engine.doWriteStory(profitBundle('腾讯音乐第二季度归母净利润为21亿元，同比增长9%。', 2.1e9), 'stories');
  assert.ok(!fake.paragraphs.join('').includes('说法不一'), fake.paragraphs.join('\n'));
  assert.ok(!fake.insights.some((i) => i.includes('说法不一')), JSON.stringify(fake.insights));
  const real = await engine.doWriteStory(profitBundle('腾讯音乐第二季度经调整EBITA为29亿元，同比增长25%。', 2.9e9), 'stories');
  assert.ok(
    [...real.paragraphs, ...real.insights].some((p) => p.includes('说法不一')),
    JSON.stringify(real),
  );
});

test('a follow-up headline is news of the company the story is about, never a supplier’s figure from its paragraph', async () => {
  const yesterday = makeItem({
    title: 'Nvidia raises second-quarter revenue forecast',
    url: 'https://www.bloomberg.com/news/nvidia-forecast',
    date: '2026-07-14',
    text: 'Nvidia raised its fiscal second-quarter revenue forecast to $90 billion.',
  });
  const yFigs: Figure[] = extractFigures(yesterday.text).map((f) => ({ ...f, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q2' }));
  const b = makeBundle({
    id: 'st_follow_supplier',
    items: [
      {
        title: '英伟达上调第二财季营收指引至900亿美元',
        url: 'https://www.cls.cn/detail/3',
        date: '2026-07-15',
        text: '英伟达将第二财季营收指引上调至900亿美元。供应链方面，台积电6月营收为3320亿元新台币，同比增长38%。',
      },
    ],
    attributions: [
      { value: 9e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q2' },
      { value: 3.32e11, subject: 'TSMC', metric: 'revenue', period: '2026-06' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Nvidia', 'revenue', 'FY2027Q2', [statement(yesterday, yFigs, 9e10), statement(it, f, 9e10)]),
        single('TSMC', 'revenue', '2026-06', [statement(it, f, 3.32e11)]),
      ];
    },
  });
  const s = await engine.doWriteStory({ ...b, toldBefore: { [yesterday.id]: '2026-07-14' } }, 'stories');
  assert.ok(!s.headline.includes('台积电'), s.headline);
});

test('English-only: the report’s own hedge holds when the title has none (`said to raise` + `is in talks to raise` → 正洽谈)', async () => {
  const text = [
    'Moonshot AI is in talks to raise about $1 billion in a new round led by Tencent, according to people familiar with the matter.',
    'The round would value the Beijing-based startup at about $12 billion, the people said.',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_sentence_hedge',
    items: [
      {
        title: 'Moonshot AI Said to Raise Funds at $12 Billion Value',
        text,
        url: 'https://www.bloomberg.com/news/moonshot',
        date: '2026-08-10',
      },
    ],
    attributions: [{ value: 1e9, subject: 'Moonshot AI', metric: 'funding', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('Moonshot AI', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 1e9)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  assert.match(s.headline, /正洽谈融资/, s.headline);
  assert.ok(!/将融资/.test(`${s.headline}${s.paragraphs.join('')}`), s.paragraphs.join('\n'));
});

test('a dateline typed with spaces (`IT之家 9 月 3 日消息，`) does not keep the news sentence out of the lead', async () => {
  const b = makeBundle({
    id: 'st_spaced_dateline',
    items: [
      {
        title: '智谱GLM-5 API降价：输入价格低至每百万 tokens 2 元',
        text: [
          'IT之家 9 月 3 日消息，智谱今日宣布，GLM-5 输入价格由每百万 tokens 4 元下调至 2 元，降幅 50%。',
          '就在上周，月之暗面宣布 Kimi API 价格最高下调 30%，百度随后跟进降价 40%。',
        ].join('\n\n'),
        url: 'https://www.ithome.com/0/900/001.htm',
        date: '2026-09-03',
      },
    ],
  });
  const s = await engine.doWriteStory(b, 'stories');
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /^智谱今日宣布/, lead);
});

test('English-only: the value before a change (`up from the $83 billion it had planned`) is history, not a further fact', async () => {
  const text =
    'Duke Energy raised its five-year capital plan to $95 billion on Tuesday, up from the $83 billion it had planned for 2025 through 2029, as data centers in the Carolinas ask for more power.';
  const b = makeBundle({
    id: 'st_before_change',
    items: [
      {
        title: 'Duke Energy lifts capital plan to $95 billion',
        text,
        url: 'https://www.cnbc.com/2026/03/10/duke.html',
        date: '2026-03-10',
      },
    ],
    attributions: [
      { value: 9.5e10, subject: 'Duke Energy', metric: 'capex', period: '2026-2030' },
      { value: 8.3e10, subject: 'Duke Energy', metric: 'capex', period: '2025-2029' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Duke Energy', 'capex', '2026-2030', [statement(it, f, 9.5e10)]),
        single('Duke Energy', 'capex', '2025-2029', [statement(it, f, 8.3e10)]),
      ];
    },
  });
  for (const style of ['stories', 'sections'] as const) {
    const s = await engine.doWriteStory(b, style);
    const all = [s.headline, ...s.paragraphs, ...s.blocks.flatMap((x) => x.bullets)].join('\n');
    assert.match(all, /950亿美元/, all);
    // The plan before the change is said only as the change's earlier value (此前为…, decision 149), never as a fact.
    assert.ok(!all.replaceAll('（此前为**830亿美元**）', '').includes('830亿美元'), all);
    assert.ok(!all.includes('年多年期'), all);
  }
});

test('a follow-up headline is never the value before a change (指引从此前的860亿美元上调至900亿美元: not 860亿)', async () => {
  const yesterday = makeItem({
    title: 'Nvidia lifts quarterly forecast',
    url: 'https://www.reuters.com/technology/nvidia-lifts-forecast',
    date: '2026-07-14',
    text: 'Nvidia raised its revenue forecast for the quarter to $90 billion.',
  });
  const yFigs: Figure[] = extractFigures(yesterday.text).map((f) => ({ ...f, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q2' }));
  const b = makeBundle({
    id: 'st_follow_before_change',
    items: [
      {
        title: '英伟达上调本财季营收指引至900亿美元',
        url: 'https://www.cls.cn/detail/5',
        date: '2026-07-15',
        text: '英伟达将本财季营收指引从此前的860亿美元上调至900亿美元，上下浮动2%。',
      },
    ],
    attributions: [
      { value: 9e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q2' },
      { value: 8.6e10, subject: 'Nvidia', metric: 'revenue', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Nvidia', 'revenue', 'FY2027Q2', [statement(yesterday, yFigs, 9e10), statement(it, f, 9e10)]),
        single('Nvidia', 'revenue', 'unknown', [statement(it, f, 8.6e10)]),
      ];
    },
  });
  const s = await engine.doWriteStory({ ...b, toldBefore: { [yesterday.id]: '2026-07-14' } }, 'stories');
  assert.ok(!s.headline.includes('860亿'), s.headline);
});

test('English-only: a number the lead’s loop says is not said again as another claim’s (据知情人士透露，…融资为20亿美元)', async () => {
  const text = [
    'Nvidia invested $2 billion in Mistral AI this month, people familiar with the matter said.',
    'Mistral AI raised $2 billion in the round, the people said, and signed a $4.2 billion cloud contract with CoreWeave.',
    'CoreWeave spent about $4.8 billion on Nvidia chips in the first quarter.',
  ].join(' ');
  const b = makeBundle({
    id: 'st_loop_once',
    items: [
      { title: "How Nvidia's money comes back to Nvidia", text, url: 'https://www.theinformation.com/articles/loop', date: '2026-05-14' },
    ],
    attributions: [
      { value: 2e9, subject: 'Mistral AI', metric: 'funding', period: 'unknown' },
      { value: 4.2e9, subject: 'Mistral AI', metric: 'contract', period: 'unknown' },
      { value: 4.8e9, subject: 'CoreWeave', metric: 'spending', period: '2026Q1' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = (figs[it.id] ?? []).filter((x) => x.value === 2e9);
      const second = f[1] as Figure;
      const st = statement(it, [second], 2e9);
      return [{ ...single('Mistral AI', 'funding', 'unknown', [{ ...st, rumoured: true } as typeof st]) }];
    },
    deals: (items, figs) => {
      const it = items[0] as ItemRecord;
      const all = figs[it.id] ?? [];
      const edge = (from: string, to: string, kind: 'invest' | 'cloud-contract' | 'purchase', value: number) => {
        const st = statement(it, all, value);
        return { from, to, kind, amount: st.figure, itemId: it.id, source: '', sentence: st.sentence };
      };
      return [
        edge('Nvidia', 'Mistral AI', 'invest', 2e9),
        edge('Mistral AI', 'CoreWeave', 'cloud-contract', 4.2e9),
        edge('CoreWeave', 'Nvidia', 'purchase', 4.8e9),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('');
  assert.equal(body.match(/20亿美元/g)?.length ?? 0, 1, body);
});

test('English-only: `near` in a report’s prose (`a campus near Amarillo`) is no hedge: a financing lined up stays done', async () => {
  const text =
    'Blackstone and CoreWeave have set up a joint venture to build an AI data center campus near Amarillo, Texas, and have lined up $18 billion in financing for the project, the companies said Thursday.';
  const b = makeBundle({
    id: 'st_near_place',
    items: [
      {
        title: 'Blackstone and CoreWeave line up $18 billion for Texas AI campus',
        text,
        url: 'https://www.cnbc.com/2026/07/16/x.html',
        date: '2026-07-16',
      },
    ],
    attributions: [{ value: 1.8e10, subject: 'CoreWeave', metric: 'funding', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('CoreWeave', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 1.8e10)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  assert.ok(!/拟|正洽谈/.test(s.headline), s.headline);
});

test('English-only: a feature opening with no figure has its news in the first paragraphs that hold figures', async () => {
  const text = [
    'As OpenAI lines up another giant round, a tally of its compute bills shows how much of the money circles back.',
    'The biggest single bill is still with Oracle.',
    'Nvidia invested $30 billion in OpenAI this month, and OpenAI has committed about $1.4 trillion to computing over eight years.',
    'OpenAI bought about $12 billion of Nvidia systems last quarter, the people said.',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_feature_lede',
    items: [
      {
        title: "How OpenAI's compute bill flows back to its backers",
        text,
        url: 'https://www.theinformation.com/articles/bill',
        date: '2026-02-24',
      },
    ],
    attributions: [{ value: 1.4e12, subject: 'OpenAI', metric: 'contract', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('OpenAI', 'contract', 'unknown', [statement(it, figs[it.id] ?? [], 1.4e12)])];
    },
    deals: (items, figs) => {
      const it = items[0] as ItemRecord;
      const all = figs[it.id] ?? [];
      const edge = (from: string, to: string, kind: 'invest' | 'purchase', value: number) => {
        const st = statement(it, all, value);
        return { from, to, kind, amount: st.figure, itemId: it.id, source: '', sentence: st.sentence };
      };
      return [edge('Nvidia', 'OpenAI', 'invest', 3e10), edge('OpenAI', 'Nvidia', 'purchase', 1.2e10)];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  assert.match(s.paragraphs.join(''), /1\.4万亿美元/, JSON.stringify(s.paragraphs));
});
