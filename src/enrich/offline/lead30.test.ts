/**
 * Issue 11 (decision 082, lead30): a headline clause naming a participant by its role is told only by a sentence giving
 * it that role (`由…领投`, `基石投资者包括…`), never by one that puts the investor's name before the company, and a
 * dropped participant clause never leaves the investor's name in front of the company. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { ItemRecord } from '../../types/index.js';
import { clauseTold, toldInRole } from '../assemble/headline-told.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { createOfflineEngine, untoldClauses } from './engine.js';
import { acronymIntroducedEarlier } from './lead.js';

const engine = createOfflineEngine();

test('lead30: an investor is told in its role, never as a name before the company', () => {
  assert.equal(toldInRole('澜舟资本', '本轮融资由澜舟资本领投，红杉中国跟投。'), true);
  assert.equal(toldInRole('淡马锡', '此次发行的基石投资者包括高瓴、淡马锡等5家机构。'), true);
  assert.equal(toldInRole('淡马锡', '淡马锡加持的星衡智算今日公布招股结果。'), false);
  assert.equal(toldInRole('淡马锡', '淡马锡星衡智算IPO定价每股12港元。'), false);
  assert.equal(toldInRole('淡马锡', '淡马锡也参与了此次认购。'), true);
  assert.equal(clauseTold('淡马锡等基石捧场', '淡马锡星衡智算IPO定价每股12港元，基石认购踊跃。'), false);
  assert.equal(clauseTold('淡马锡等基石捧场', '星衡智算IPO定价每股12港元，基石投资者包括淡马锡。'), true);
});

test('lead30: a dropped participant clause leaves no investor before the company', () => {
  const gaz = loadGazetteer();
  const out = untoldClauses('淡马锡等基石捧场 星衡智算IPO定价每股12港元', (c) => c.startsWith('淡马锡'), { gaz });
  assert.equal(out, '星衡智算IPO定价每股12港元');
});

const ipo = (title: string, text: readonly string[]) =>
  makeBundle({
    id: 'st_lead30_ipo',
    items: [{ title, text: text.join('\n\n'), url: 'https://www.cls.cn/detail/99301', date: '2026-12-02' }],
    attributions: [{ value: 3.6e9, subject: '星衡智算', metric: 'ipo-proceeds', period: '2026' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星衡智算', 'ipo-proceeds', '2026', [statement(it, figs[it.id] ?? [], 3.6e9)])];
    },
  });

test('lead30: a participant clause the body tells only as a name before the company goes from the headline', async () => {
  const s = await engine.doWriteStory(
    ipo('星衡智算香港IPO募资36亿港元，淡马锡等基石认购', [
      '12月2日，算力租赁服务商星衡智算公布香港IPO定价，募资36亿港元，将于12月5日挂牌。',
      '星衡智算成立于2021年，目前在全国运营六座智算中心。',
      '淡马锡星衡智算此前曾参与两轮私募融资。',
    ]),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.doesNotMatch(s.headline, /淡马锡/u, s.headline);
  assert.doesNotMatch(body, /淡马锡星衡智算/u, body);
});

test('lead30: a participant clause the body tells in its role stays, its sentence brought along', async () => {
  const s = await engine.doWriteStory(
    ipo('星衡智算香港IPO募资36亿港元，淡马锡等基石认购', [
      '12月2日，算力租赁服务商星衡智算公布香港IPO定价，募资36亿港元，将于12月5日挂牌。',
      '星衡智算成立于2021年，目前在全国运营六座智算中心。',
      '基石投资者包括淡马锡、高瓴等5家机构，合计认购约12亿港元。',
    ]),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.match(s.headline, /淡马锡/u, s.headline);
  assert.match(body, /基石投资者包括淡马锡/u, body);
});

test('lead30: a sentence whose antecedent is another sentence leans on it (对此, 就此, 客户以, 给予…目标价, no comment, a question)', () => {
  for (const t of [
    '澜舟微电子对此回应称，相关合作仍在推进。',
    '星衡智算就此表示，不会影响交付进度。',
    '客户以国内头部云厂商为主，前五大客户收入占比约六成。',
    '前五大客户占公司营收的62%。',
    '给予2026年30倍PE，目标价120元。',
    '维持买入评级，目标价上调至85港元。',
    '截至发稿，澜舟微电子未回应置评请求。',
    'The company declined to comment.',
    '算力的尽头是电力吗？',
    '降价之后，该系列产品的毛利率预计下滑约5个百分点。',
  ])
    assert.equal(leansOn(t), true, t);
  for (const t of [
    '澜舟微电子第三季度营收12.4亿元，同比增长56%。',
    '中信证券给予澜舟微电子买入评级，目标价120元。',
    '客户端月活跃用户突破1亿。',
    '公司法修订草案今日提请审议。',
    '收盘后，澜舟微电子发布公告称拟回购股份。',
    '澜舟微电子宣布，拟回购不超过5亿元股份。',
  ])
    assert.equal(leansOn(t), false, t);
});

test('lead30: an acronym its source introduced earlier leans on that introduction', () => {
  assert.equal(acronymIntroducedEarlier('ARC预计明年全球智算装机翻倍。', '先进算力研究联盟（ARC）今日发布年度报告。'), true);
  assert.equal(acronymIntroducedEarlier('先进算力研究联盟（ARC）预计明年装机翻倍。', '先进算力研究联盟（ARC）今日发布报告。'), false);
  assert.equal(acronymIntroducedEarlier('英伟达GPU出货量预计明年翻倍。', '星衡智算今日发布报告。'), false);
});

test('lead30: a lead never glues in another company’s result naming none of the headline’s companies', async () => {
  const b = makeBundle({
    id: 'st_lead30_filler',
    items: [
      {
        title: '澜舟微电子第三季度营收12.4亿元',
        text: [
          '澜舟微电子10月28日晚间披露三季报，第三季度实现营收12.4亿元，同比增长56%。',
          '同为芯片企业的寒武纪第三季度营收为350亿元。',
          '澜舟微电子前三季度研发投入合计3.1亿元，占营收比重超过一成。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/99302',
        date: '2026-10-29',
      },
    ],
    attributions: [
      { value: 1.24e9, subject: '澜舟微电子', metric: 'revenue', period: '2026Q3' },
      { value: 3.5e10, subject: '澜舟微电子', metric: 'market-size', period: '2026' },
      { value: 3.1e8, subject: '澜舟微电子', metric: 'rd-spend', period: '2026Q1-Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('澜舟微电子', 'revenue', '2026Q3', [statement(it, f, 1.24e9)]),
        single('澜舟微电子', 'market-size', '2026', [statement(it, f, 3.5e10)]),
        single('澜舟微电子', 'rd-spend', '2026Q1-Q3', [statement(it, f, 3.1e8)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('');
  assert.doesNotMatch(body, /寒武纪/u, body);
  assert.match(body, /研发投入/u, body);
});

test('lead30: a sentence naming no company that continues the news sentence in its paragraph stays in the lead', async () => {
  const b = makeBundle({
    id: 'st_lead30_continued',
    items: [
      {
        title: '澜舟微电子下调云端推理服务价格',
        text: [
          '澜舟微电子今日宣布，自12月1日起下调云端推理服务价格。调整后，每百万次调用价格从20元降至12元，降幅为40%。',
          '行业机构测算，全球推理芯片市场规模今年将达到350亿美元。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/99303',
        date: '2026-11-28',
      },
    ],
    attributions: [
      { value: 40, subject: '澜舟微电子', metric: 'price-cut', period: '2026' },
      { value: 3.5e10, subject: '澜舟微电子', metric: 'market-size', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('澜舟微电子', 'price-cut', '2026', [statement(it, f, 40)]),
        single('澜舟微电子', 'market-size', '2026', [statement(it, f, 3.5e10)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('');
  assert.match(body, /降幅为\*?\*?40%/u, body);
});

test('lead30: a further paragraph keeps a sentence about a company the printed body names (a group’s member)', async () => {
  const b = makeBundle({
    id: 'st_lead30_group',
    items: [
      {
        title: '三大云厂商明年资本开支合计约5000亿美元',
        text: [
          '据机构汇总，亚马逊、微软和谷歌明年的资本开支合计约5000亿美元，较今年增长约40%。',
          '行业人士认为，算力投入仍处于上升周期。',
          '按卖方测算，微软明年投入在1500亿美元左右。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/99304',
        date: '2026-11-28',
      },
    ],
    attributions: [
      { value: 5e11, subject: '三大云厂商', metric: 'capex', period: '2027' },
      { value: 1.5e11, subject: '三大云厂商', metric: 'capex', period: '2027' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [single('三大云厂商', 'capex', '2027', [statement(it, f, 5e11), statement(it, f, 1.5e11)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('');
  assert.match(body, /微软明年投入/u, body);
});

test('lead30: a further paragraph keeps the event told on with no company named, the company’s own 公司 clause and its unit', async () => {
  const b = makeBundle({
    id: 'st_lead30_told_on',
    items: [
      {
        title: '澜舟微电子港股上市首日涨逾三成',
        text: [
          '澜舟微电子今日在港交所主板挂牌，开盘报52港元，较招股价40港元高开30%，收盘报53港元。',
          '招股书显示，公司引入5家基石投资者，合计认购约1.2亿美元，其中高瓴认购3000万美元。',
          '香港公开发售部分获超额认购约2100倍，冻结资金逾3600亿港元。',
          '同日上市的另一家公司星河科技收跌8%，市值约45亿港元。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/99305',
        date: '2026-11-28',
      },
    ],
    attributions: [
      { value: 30, subject: '澜舟微电子', metric: 'share-price-change', period: '2026-11-28' },
      { value: 1.2e8, subject: '澜舟微电子', metric: 'cornerstone-subscription', period: '2026' },
      { value: 3.6e11, subject: '澜舟微电子', metric: 'frozen-funds', period: '2026' },
      { value: 4.5e9, subject: '星河科技', metric: 'market-cap', period: '2026-11-28' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('澜舟微电子', 'share-price-change', '2026-11-28', [statement(it, f, 30)]),
        single('澜舟微电子', 'cornerstone-subscription', '2026', [statement(it, f, 1.2e8)]),
        single('澜舟微电子', 'frozen-funds', '2026', [statement(it, f, 3.6e11)]),
        single('星河科技', 'market-cap', '2026-11-28', [statement(it, f, 4.5e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('');
  assert.match(body, /超额认购/u, body);
  assert.match(body, /基石投资者/u, body);
  assert.doesNotMatch(body, /星河科技/u, body);
});
