/**
 * Issue 11 (decision 072, lead28): a source title that is no news head (a broker note's own title naming no one, a
 * feature's framing, a question hook) yields to a head built from the lead fact; a Taiwan title's short subject before a
 * space is closed up, not commaed. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { defaultOutlets } from '../../select/outlets.js';
import type { ItemRecord } from '../../types/index.js';
import { bareSubject, leansOn } from '../assemble/sentence-shape.js';
import { reportHeadline } from './colour.js';
import { createOfflineEngine, roleNames } from './engine.js';
import { asksQuestion, featureTitle } from './headline-shape.js';
import { ratioWithoutBase } from './lead.js';
import { trimTitle } from './titles.js';

const engine = createOfflineEngine();

const results = (title: string) =>
  makeBundle({
    id: 'st_lead28_title',
    items: [
      {
        title,
        text: [
          '澜舟微电子10月28日晚间披露三季报，第三季度实现营收12.4亿元，同比增长56%。',
          '公司预计全年营收将达到45亿元，高于此前指引。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/77201',
        date: '2026-10-29',
      },
    ],
    attributions: [
      { value: 1.24e9, subject: '澜舟微电子', metric: 'revenue', period: '2026Q3' },
      { value: 56, subject: '澜舟微电子', metric: 'revenue-growth', period: '2026Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('澜舟微电子', 'revenue', '2026Q3', [statement(it, figs[it.id] ?? [], 1.24e9)])];
    },
  });

test('lead28: a broker note’s own title naming no one yields to the lead fact (owner + event + figure)', async () => {
  const s = await engine.doWriteStory(results('AI驱动成长加速，业绩拐点已至'), 'stories');
  assert.match(s.headline, /澜舟微电子/u, s.headline);
  assert.doesNotMatch(s.headline, /拐点已至/u, s.headline);
});

test('lead28: a feature’s framing title (…背后的算力账) yields to the lead fact', async () => {
  assert.equal(featureTitle('借道合资公司发债：300亿美元表外融资背后的算力账'), true);
  assert.equal(asksQuestion('国产GPU的性价比优势还能走多远'), true);
  assert.equal(featureTitle('澜舟微电子第三季度营收12.4亿元'), false);
  const s = await engine.doWriteStory(results('澜舟微电子高增背后：国产芯片替代还能走多远'), 'stories');
  assert.match(s.headline, /12\.4亿元/u, s.headline);
});

test('lead28: a Taiwan title’s short subject before a space is closed up, not commaed', () => {
  const t = (x: string) => trimTitle(x, defaultOutlets(), () => []);
  assert.equal(t('外资 连五日卖超台股逾千亿元'), '外资连五日卖超台股逾千亿元');
  assert.equal(t('纬创 加码AI服务器 拟在美设新厂'), '纬创加码AI服务器，拟在美设新厂');
  // A phrase of four characters or more before the space stays a clause; a list of short names stays a list.
  assert.equal(t('芯片涨价 台厂受惠'), '芯片涨价，台厂受惠');
  assert.equal(t('鸿海 广达 纬创齐涨'), '鸿海，广达，纬创齐涨');
});

test('lead28: a margin sentence with no subject (综合毛利率…) leans on the sentence before it', () => {
  assert.equal(leansOn('综合毛利率为45.2%，同比提升3.1个百分点。'), true);
  assert.equal(leansOn('澜舟微电子第三季度综合毛利率为45.2%。'), false);
});

test('lead28: a payout ratio needs the profit it is a ratio of', () => {
  assert.equal(ratioWithoutBase('公司拟每10股派发现金红利5元，分红比例为35%。', []), true);
  assert.equal(ratioWithoutBase('公司拟每10股派发现金红利5元，分红比例为35%。', ['全年归母净利润12.6亿元，同比增长21%。']), false);
  assert.equal(ratioWithoutBase('全年归母净利润12.6亿元，派息率35%。', []), false);
});

test('lead28: no 公司 / 其 sentence right after a sentence about another company (owner drift), no payout ratio alone', async () => {
  const text = [
    '澜舟微电子3月28日晚间发布年报，2026年实现营收86.5亿元，同比增长31%。',
    '同为芯片设计企业的寒武纪同日公布，全年营收增长45%至52亿元。公司全年研发投入12.3亿元，同比增长40%。',
    '澜舟微电子拟每10股派发现金红利5元，分红比例为30%。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_lead28_drift',
    items: [{ title: '澜舟微电子2026年营收86.5亿元', text, url: 'https://www.cls.cn/detail/77301', date: '2026-03-29' }],
    attributions: [
      { value: 8.65e9, subject: '澜舟微电子', metric: 'revenue', period: '2026' },
      { value: 31, subject: '澜舟微电子', metric: 'revenue-growth', period: '2026' },
      { value: 5.2e9, subject: '寒武纪', metric: 'revenue', period: '2026' },
      { value: 1.23e9, subject: '澜舟微电子', metric: 'rd-expense', period: '2026' },
      { value: 30, subject: '澜舟微电子', metric: 'payout-ratio', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('澜舟微电子', 'revenue', '2026', [statement(it, f, 8.65e9)]),
        single('寒武纪', 'revenue', '2026', [statement(it, f, 5.2e9)]),
        single('澜舟微电子', 'rd-expense', '2026', [statement(it, f, 1.23e9)]),
        single('澜舟微电子', 'payout-ratio', '2026', [statement(it, f, 30)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n').replace(/\*\*/g, '');
  assert.match(body, /86\.5亿元/u, body);
  assert.doesNotMatch(body, /52亿元。公司全年研发/u, body);
  assert.doesNotMatch(body, /分红比例为30%/u, body);
});

test('lead28: the lead / cornerstone investors a headline names by role are named in the body', async () => {
  assert.deepEqual(roleNames('星河智芯完成10亿元B轮融资，澜舟资本领投'), ['澜舟资本']);
  assert.deepEqual(roleNames('某芯科技启动招股 高瓴、淡马锡等5名基石认购3亿美元'), ['高瓴', '淡马锡']);
  assert.deepEqual(roleNames('星河智芯获澜舟资本领投'), ['澜舟资本']);
  const text = [
    '星河智芯11月5日宣布完成10亿元B轮融资，投后估值约80亿元。',
    '星河智芯成立于2021年，主营云端推理芯片，今年出货量预计超过5万片。',
    '本轮融资由澜舟资本领投，老股东云杉创投跟投，资金将用于下一代芯片流片。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_lead28_round',
    items: [{ title: '星河智芯完成10亿元B轮融资，澜舟资本领投', text, url: 'https://www.cls.cn/detail/77401', date: '2026-11-05' }],
    attributions: [
      { value: 1e9, subject: '星河智芯', metric: 'funding', period: 'unknown' },
      { value: 8e9, subject: '星河智芯', metric: 'valuation', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星河智芯', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 1e9)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n').replace(/\*\*/g, '');
  assert.ok(!s.headline.includes('澜舟资本') || body.includes('澜舟资本'), `${s.headline} / ${body}`);
});

test('lead28: another source’s 对此… answer (to what that source said) is not printed under a rumour', async () => {
  const rumour = '据知情人士透露，星岚智能正在洽谈新一轮融资，融资规模约为15亿元。\n\n星岚智能成立于2021年，主要研发工业视觉检测系统。';
  const other = '星岚智能上周发布第三代检测设备，售价较上一代下调两成。\n\n对此，星岚智能相关负责人回应称，降价是为了扩大市场份额。';
  const b = makeBundle({
    id: 'st_lead28_answer',
    items: [
      { title: '星岚智能洽谈新一轮融资，规模约15亿元', url: 'https://www.jiemian.com/article/2.html', date: '2026-11-12', text: rumour },
      { title: '星岚智能新品降价两成', url: 'https://www.cls.cn/detail/77501', date: '2026-11-12', text: other },
    ],
    attributions: [{ value: 1.5e9, subject: '星岚智能', metric: 'funding' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星岚智能', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 1.5e9)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n');
  assert.match(body, /15亿元/u, body);
  assert.doesNotMatch(body, /对此，星岚智能相关负责人回应称，降价/u, body);
});

test('lead28: a year-end lead takes revenue and profit before R&D and the dividend', async () => {
  const text = [
    '澜舟微电子3月28日晚间发布2026年年度报告。澜舟微电子全年研发投入12.3亿元，同比增长40%。澜舟微电子拟每10股派发现金红利5元，合计派发3.1亿元。',
    '澜舟微电子全年实现营业收入86.5亿元，同比增长31%，归母净利润10.2亿元。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_lead28_annual',
    items: [{ title: '澜舟微电子发布2026年年报', text, url: 'https://www.cls.cn/detail/77601', date: '2026-03-29' }],
    attributions: [
      { value: 1.23e9, subject: '澜舟微电子', metric: 'rd-expense', period: '2026' },
      { value: 3.1e8, subject: '澜舟微电子', metric: 'dividend', period: '2026' },
      { value: 8.65e9, subject: '澜舟微电子', metric: 'revenue', period: '2026' },
      { value: 1.02e9, subject: '澜舟微电子', metric: 'net-income', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('澜舟微电子', 'rd-expense', '2026', [statement(it, f, 1.23e9)]),
        single('澜舟微电子', 'dividend', '2026', [statement(it, f, 3.1e8)]),
        single('澜舟微电子', 'revenue', '2026', [statement(it, f, 8.65e9)]),
        single('澜舟微电子', 'net-income', '2026', [statement(it, f, 1.02e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const lead = (s.paragraphs[0] ?? '').replace(/\*\*/g, '');
  assert.match(lead, /营业收入86\.5亿元/u, lead);
  // R&D and the dividend share what room is left.
  assert.ok(!(/研发投入/u.test(lead) && /派发现金红利/u.test(lead)), lead);
});

test('lead28: 其 right after a period (2025年其营收…) leans; the results order is a results story’s only', () => {
  assert.equal(leansOn('2025年其营收约130亿美元，公司内部目标是2026年做到300亿美元。'), true);
  assert.equal(leansOn('2025年其实已有布局。'), false);
  assert.equal(reportHeadline('澜舟微电子发布2026年年报'), true);
  assert.equal(reportHeadline('月之暗面完成约20亿美元新一轮融资'), false);
});

test('lead28: owner drift is a bare subject’s (公司 / 其 / a measure), not a list’s continuation', () => {
  assert.equal(bareSubject('公司全年研发投入12.3亿元，同比增长40%。'), true);
  assert.equal(bareSubject('其近一年收益率达到35%。'), true);
  assert.equal(bareSubject('综合毛利率为45.2%。'), true);
  assert.equal(bareSubject('其中亚马逊2000亿美元领跑。'), false);
  assert.equal(bareSubject('值得买收涨7.1%。'), false);
});
