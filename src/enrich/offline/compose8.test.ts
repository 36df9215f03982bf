/**
 * The compose8 audit's fixes (issue 11): a listing told as its step, never a place as the actor of money, no story of a
 * generic `X相关动态`, leads that open on the news (never a scene, a framing sentence, or a demonstrative whose referent
 * is not printed), bridge loans as 过桥, 新台币 for a title's rounded TWD amount. Fixtures are hand-written sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClaimRow, makeBundle, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { leansBack, newsSentence, sceneSetting } from '../assemble/sentence-shape.js';
import { sameMeasure } from './basis.js';
import { raisedByOffering } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { foreignYuan, trimTitle } from './titles.js';

const engine = createOfflineEngine();

/** A story of one item: claims as [subject, metric, period, value, counterparty?]. */
function story(title: string, text: string, claims: ClaimRow[] = [], url = 'https://www.reuters.com/technology/x') {
  return oneItemStory({ title, text, url, date: '2026-11-17' }, claims, [], 'st8');
}

test('a listing is told as the step the title reports, with the money the offering raises (never a valuation headline)', async () => {
  const s = await engine.doWriteStory(
    story(
      'Biren prices Shanghai IPO at top of range as chip listings heat up',
      'Biren Technology priced its initial public offering on the STAR Market at 41 yuan a share, the top of the marketed range, raising 5.2 billion yuan. The offering values the GPU designer at about 48 billion yuan.',
      [['Biren', 'valuation', 'unknown', 48e9]],
    ),
    'stories',
  );
  assert.equal(s.headline, '壁仞科创板IPO定价于区间上限，募资52亿元');
  assert.ok(!/估值/.test(s.headline), s.headline);
  // A listing with no amount anywhere is told as its step, never as 推进IPO when the title says it debuted.
  const d = await engine.doWriteStory(
    story(
      'MetaX shares debut in Hong Kong after oversubscribed offering',
      'MetaX shares started trading in Hong Kong on Thursday after a retail tranche drew heavy demand.',
    ),
    'stories',
  );
  assert.equal(d.headline, '沐曦港股上市首日');
});

test('the money an offering raises is read after a raise word in a sentence about the listing (English and Chinese)', () => {
  const en = story('X', 'Acme Chips priced its IPO at $20 a share, raising $1.2 billion.\n\nIt is valued at $9 billion.');
  assert.equal(raisedByOffering(en.items[0])?.value, 1.2e9);
  const zh = story('X', '某芯片公司今日在港招股，拟募资约58亿港元，市值约680亿港元。');
  assert.equal(raisedByOffering(zh.items[0])?.value, 5.8e9);
  const none = story('X', 'Acme Chips raised $300 million from venture investors last year.');
  assert.equal(raisedByOffering(none.items[0]), undefined);
});

test('a place is never the actor of money (`Vietnam’s builders borrow`: the borrower is told, not 越南大举借债)', async () => {
  const s = await engine.doWriteStory(
    story(
      "Vietnam's data center builders borrow heavily to chase AI demand",
      'Vietnamese data center developers are taking on record debt. FPT Corp. raised $450 million in loans this year, people familiar said.',
      [['FPT', 'funding', 'unknown', 4.5e8]],
    ),
    'stories',
  );
  assert.ok(!/越南/.test(s.headline), s.headline);
  // On people familiar's word (decision 114): 传….
  assert.match(s.headline, /^传FPT/);
});

test('a story with nothing of its own (no event, no fact) is left out: no `X相关动态` headline or line', async () => {
  const s = await engine.doWriteStory(
    story('Live: Asian markets open mixed as traders weigh Fed path', 'Stocks in Tokyo and Seoul opened mixed on Thursday.'),
    'stories',
  );
  assert.equal(s.empty, true);
});

test('a bridge loan is 过桥: told as one, and never disputes the round it comes before', async () => {
  const s = await engine.doWriteStory(
    story(
      'Northwind lines up $3 billion bridge loan ahead of bond sale',
      'Northwind Energy has lined up a $3 billion bridge loan from three banks, according to a filing.',
      [['Northwind', 'debt', 'unknown', 3e9]],
    ),
    'stories',
  );
  assert.match(s.headline, /过桥贷款/);
  // 本轮融资包括此前到位的20亿美元过桥资金 measures the bridge, not the round's 200亿美元.
  const zh = '本轮融资规模包括此前已到位的8亿美元过桥资金。';
  const en = 'The company is raising about $9 billion in the round.';
  assert.equal(sameMeasure('8亿美元', zh, '$9 billion', en), false);
  assert.equal(sameMeasure('$9 billion', en, '$9.5 billion', 'Its round is worth $9.5 billion.'), true);
});

test('capital appropriations are a budget (资本预算), never a contract amount', async () => {
  const s = await engine.doWriteStory(
    story(
      'Chipmaker board approves $12 billion in capital spending',
      'The board of Powerchip approved capital appropriations of about $12 billion on Tuesday, the company said.',
      [['Powerchip', 'contract', 'unknown', 1.2e10]],
    ),
    'stories',
  );
  const body = `${s.headline}\n${s.paragraphs.join('\n')}`;
  assert.ok(!/合同金额/.test(body), body);
  assert.match(body, /资本预算/);
});

test('a demonstrative whose referent its sentence does not name leans on the sentence before (Chinese and English)', () => {
  assert.equal(leansBack('知情人士称，本轮由某产业基金领投，老股东跟投。'), true);
  assert.equal(leansBack('根据这份合同，供应商将在三年内交付全部设备。'), true);
  assert.equal(leansBack('按每股18港元计，这家成立六年的公司将募资40亿港元。'), true);
  assert.equal(leansBack('Under the contract, the supplier will deliver the racks over three years.'), true);
  assert.equal(leansBack('某云厂商承诺投资300亿元，并将用这笔资金采购国产加速卡。'), false);
  assert.equal(leansBack('Acme signed a $2 billion contract, and the deal runs for five years.'), false);
  assert.equal(leansBack('公司本季度营收增长12%。'), false);
  assert.equal(leansBack('云岭此次IPO获8家基石投资者认购。'), false);
  assert.equal(leansBack('据了解，本轮投前估值为60亿元。'), true);
  // a purpose or a deed before the demonstrative names no referent
  assert.equal(leansBack('为了履行这份合同，该云厂商正向设备商追加采购服务器。'), true);
  assert.equal(leansBack('为兑现这笔承诺，公司计划发行债券。'), true);
});

test('a scene or a framing sentence is no news sentence; a report of money or an announcement is', () => {
  assert.equal(sceneSetting('在内蒙古乌兰察布，一座新建的算力中心正在接入电网。'), true);
  assert.equal(sceneSetting('记者近日走访多家算力租赁公司发现，GPU租价已明显回落。'), true);
  assert.equal(sceneSetting('On a rainy Tuesday in Austin, engineers wheeled the first racks into the hall.'), true);
  assert.equal(sceneSetting('某公司今日宣布完成20亿元融资。'), false);
  assert.equal(newsSentence('市场最关心的，是两家公司之间的关系。'), false);
  assert.equal(newsSentence('某公司今日宣布完成20亿元融资。'), true);
  assert.equal(newsSentence('Acme said on Monday it raised $500 million.'), true);
});

test('a Chinese lead opens on the news: not on the scene, and a 本轮 sentence only after the one naming the round', async () => {
  const text = [
    '在内蒙古乌兰察布，一座新建的算力中心正在接入电网。',
    '据了解，本轮投前估值为60亿元。',
    '近日，算力服务商云岭智算完成新一轮融资，某产业基金领投15亿元。本轮投后估值约75亿元，较上一轮翻倍。',
  ].join('\n\n');
  const s = await engine.doWriteStory(
    makeBundle({
      id: 'st8_zh_lead',
      items: [{ title: '云岭智算完成15亿元融资', text, url: 'https://www.cls.cn/detail/1', date: '2026-11-17' }],
      attributions: [{ value: 1.5e9, subject: '云岭智算', metric: 'funding', period: 'unknown' }],
    }),
    'stories',
  );
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /^近日，算力服务商云岭智算完成新一轮融资/, lead);
  assert.ok(!/^在内蒙古/.test(lead) && !/^据了解，本轮/.test(lead), lead);
});

test('a title’s rounded amount in 元 its source states in 新台币 names the currency; a cut-off subject does not end a title', () => {
  const twd = extractFigures('外资卖超新台币312.4亿元。');
  assert.equal(foreignYuan('外资卖超312亿元 台股重挫', twd), '外资卖超新台币312亿元 台股重挫');
  // 1% apart at most: a 元 amount that only looks like another is left alone.
  assert.equal(foreignYuan('外资卖超290亿元', twd), '外资卖超290亿元');
  assert.equal(
    trimTitle('某芯片设计公司拿下海外大客户ASIC订单，法人 估明年营收贡献逾新台币800亿元'),
    '某芯片设计公司拿下海外大客户ASIC订单',
  );
});

test('an amount of a few thousand is never a company’s deal or revenue (a price per share filed as one is not told)', async () => {
  const s = await engine.doWriteStory(
    story(
      'Wipro 3Q: large deals steady, margins hold',
      'Wipro signed large deals worth $1.9 billion in the quarter. We value the stock at Rs 3,150 on 24x forward earnings.',
      [
        ['Wipro', 'contract', 'unknown', 3150],
        ['Wipro', 'contract', '2026Q3', 1.9e9],
      ],
      'https://research.example-broker.com/wipro-3q',
    ),
    'stories',
  );
  const body = `${s.headline}\n${s.paragraphs.join('\n')}`;
  assert.ok(!/3150|3,150/.test(body), body);
});
