/**
 * Decision 086 (news31): a story's lead tells its news first — a figure's change before the level it ends at, an event
 * before a margin, the competitors' moves of one price war, both legs of a financing loop told by two outlets.
 * Hand-written fixtures (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { Claim, DealEdge, ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { changeSentence, secondaryOpening, sharedEvent } from './news-first.js';

const engine = createOfflineEngine();

test('news31: a change is told as a change, a margin is no event, a price war is shared (English and Chinese)', () => {
  assert.equal(changeSentence('澜舟微电子将全年营收指引由120亿元下调至105亿元。'), true);
  assert.equal(changeSentence('Brightfield lowered its full-year revenue forecast to $4.2 billion from $4.6 billion.'), true);
  assert.equal(changeSentence('澜舟微电子预计2026年全年营收为105亿元。'), false);
  assert.equal(changeSentence('Brightfield expects full-year revenue of $4.2 billion.'), false);
  assert.equal(secondaryOpening('星河半导体第三季度毛利率升至41.5%，创历史新高。', /公布|营收/u), true);
  assert.equal(secondaryOpening('星河半导体今日公布三季报，营收18.6亿元，毛利率41.5%。', /公布|营收/u), false);
  assert.equal(sharedEvent('星河云大模型再降价', '澜舟智能宣布旗下模型API价格最高下调70%。'), true);
  assert.equal(sharedEvent('星河云第三季度营收18亿元', '澜舟智能宣布旗下模型API价格最高下调70%。'), false);
});

/** A one-item Chinese story whose claims are stated by value. */
function story(id: string, title: string, paras: readonly string[], rows: [string, string, string, number][]) {
  return makeBundle({
    id,
    items: [{ title, text: paras.join('\n\n'), url: `https://www.cls.cn/detail/${id.length}8601`, date: '2026-12-03' }],
    attributions: rows.map(([subject, metric, period, value]) => ({ value, subject, metric, period })),
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return rows.map(([subject, metric, period, value]) => single(subject, metric, period, [statement(it, figs[it.id] ?? [], value)]));
    },
  });
}

test('news31: a forecast cut opens the lead as a cut, never only as the new level', async () => {
  const s = await engine.doWriteStory(
    story(
      'st_news31_cut',
      '澜舟微电子预计全年营收105亿元',
      [
        '澜舟微电子预计2026年全年营收为105亿元，低于市场此前预期的112亿元。',
        '澜舟微电子将全年营收指引由120亿元下调至105亿元，主要受海外客户订单推迟影响。',
        '澜舟微电子成立于2016年，主营车规级功率芯片。',
      ],
      [
        ['澜舟微电子', 'revenue', '2026', 1.05e10],
        ['澜舟微电子', 'revenue', '2026', 1.2e10],
      ],
    ),
    'stories',
  );
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /^澜舟微电子将全年营收指引由\*{0,2}120亿元\*{0,2}下调至/u, lead);
});

test('news31: a guidance raise comes before last quarter’s other figures', async () => {
  const s = await engine.doWriteStory(
    story(
      'st_news31_raise',
      '星河半导体三季度营收18.6亿元',
      [
        '星河半导体今日公布第三季度财报，营收18.6亿元，同比增长42%。',
        '星河半导体第三季度净利润3.1亿元，同比增长35%。',
        '星河半导体第三季度数据中心业务收入9.2亿元，同比增长60%。',
        '星河半导体将全年营收目标从68亿元上调至72亿元。',
      ],
      [
        ['星河半导体', 'revenue', '2026Q3', 1.86e9],
        ['星河半导体', 'net-income', '2026Q3', 3.1e8],
        ['星河半导体', 'segment-revenue', '2026Q3', 9.2e8],
        ['星河半导体', 'revenue', '2026', 7.2e9],
      ],
    ),
    'stories',
  );
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /上调至/u, lead);
});

test('news31: a lead opens on the event, not on a margin before it', async () => {
  const s = await engine.doWriteStory(
    story(
      'st_news31_margin',
      '星河半导体三季度营收增长42%',
      ['星河半导体第三季度毛利率升至41.5%，创公司历史新高。', '星河半导体今日公布第三季度财报，营收18.6亿元，同比增长42%。'],
      [
        ['星河半导体', 'gross-margin', '2026Q3', 41.5],
        ['星河半导体', 'revenue', '2026Q3', 1.86e9],
      ],
    ),
    'stories',
  );
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /^星河半导体今日公布第三季度财报/u, lead);
});

test('news31: a price war keeps the competitors’ price cuts, not a peer’s unrelated figure', async () => {
  const s = await engine.doWriteStory(
    story(
      'st_news31_pricewar',
      '星河云大模型再降价：输入价格降至每百万tokens 0.4元',
      [
        '星河云今日宣布，旗下大模型输入价格由每百万tokens 1元下调至0.4元，降幅60%。',
        '就在上周，澜舟智能宣布旗下模型API价格最高下调70%。',
        '另据统计，远帆科技第三季度营收12亿元，同比增长8%。',
      ],
      [
        ['星河云', 'price', '2026-12-03', 0.4],
        ['澜舟智能', 'price-change', '2026-12', 70],
        ['远帆科技', 'revenue', '2026Q3', 1.2e9],
      ],
    ),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.match(body, /澜舟智能宣布旗下模型API价格最高下调/u, body);
  assert.doesNotMatch(body, /远帆科技/u, body);
});

test('news31: a loop told by two outlets prints both legs', async () => {
  const b = makeBundle({
    id: 'st_news31_loop',
    items: [
      {
        title: '远帆科技向星衍智能投资20亿元',
        text: ['远帆科技今日宣布向大模型公司星衍智能投资20亿元，获得其约8%的股权。', '星衍智能成立于2023年。'].join('\n\n'),
        url: 'https://www.cls.cn/detail/8602',
        date: '2026-12-03',
      },
      {
        title: '星衍智能拟采购算力',
        text: ['据知情人士介绍，星衍智能已签约未来三年向远帆科技采购15亿元算力服务。', '星衍智能正在训练新一代模型。'].join('\n\n'),
        url: 'https://www.yicai.com/news/8603.html',
        date: '2026-12-03',
      },
    ],
    attributions: [
      { value: 2e9, subject: '远帆科技', metric: 'investment', period: '2026' },
      { value: 1.5e9, subject: '星衍智能', metric: 'purchase', period: '2026' },
    ],
    claims: (items, figs): Claim[] => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      return [
        single('远帆科技', 'investment', '2026', [statement(a, figs[a.id] ?? [], 2e9)], '星衍智能'),
        single('星衍智能', 'purchase', '2026', [statement(b, figs[b.id] ?? [], 1.5e9)], '远帆科技'),
      ];
    },
    deals: (items, figs): DealEdge[] => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      const inv = statement(a, figs[a.id] ?? [], 2e9);
      const buy = statement(b, figs[b.id] ?? [], 1.5e9);
      return [
        { from: '远帆科技', to: '星衍智能', kind: 'invest', amount: inv.figure, itemId: a.id, source: '', sentence: inv.sentence },
        { from: '星衍智能', to: '远帆科技', kind: 'purchase', amount: buy.figure, itemId: b.id, source: '', sentence: buy.sentence },
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /投资/u, lead);
  assert.match(lead, /向远帆科技采购/u, lead);
});

test('news31: a raise taken into a results lead is told on top, never cutting off the quarter’s measures', async () => {
  const s = await engine.doWriteStory(
    story(
      'st_news31_whole',
      '星河半导体公布第三季度业绩',
      [
        '星河半导体今日公布截至9月30日的第三季度业绩。本季度公司营收18.6亿元，同比增长42%；经调整净利润3.1亿元，同比下降12%。',
        '星河半导体同时将全年营收目标从68亿元上调至72亿元。星河半导体第三季度数据中心业务收入9.2亿元，同比增长60%。',
      ],
      [
        ['星河半导体', 'revenue', '2026Q3', 1.86e9],
        ['星河半导体', 'net-income', '2026Q3', 3.1e8],
        ['星河半导体', 'segment-revenue', '2026Q3', 9.2e8],
        ['星河半导体', 'revenue', '2026', 7.2e9],
      ],
    ),
    'stories',
  );
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /上调至/u, lead);
  assert.match(lead, /经调整净利润/u, lead);
});
