/**
 * Decision 087: a head says who did what. A broker's call names the broker (a Latin broker no table names in Chinese by
 * its name and its kind in Chinese; a Chinese head of a call naming no broker takes the one its source names). Items
 * written for this test (invented companies and brokers).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, oneItemStory, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, loadGazetteer } from '../../extract/index.js';
import { checkDigest } from '../../render/check/index.js';
import type { Claim, DigestStory, ItemRecord } from '../../types/index.js';
import { brokerFirst, latinBrokerZh } from './broker-head.js';
import { createOfflineEngine } from './engine.js';
import { newsBeforeFrame } from './headline-shape.js';
import { trimTitle } from './titles.js';

const engine = createOfflineEngine();
const gaz = loadGazetteer();

function allText(s: DigestStory): string {
  return [s.headline, s.oneLine, ...s.paragraphs, ...s.blocks.flatMap((b) => b.bullets)].join('\n');
}

test('a Latin broker no table names in Chinese is its name and its kind of firm in Chinese; a bare name stays unnamed', () => {
  assert.equal(latinBrokerZh('Northwind Securities'), 'Northwind证券');
  assert.equal(latinBrokerZh('Harbor Lane Capital Markets'), 'Harbor Lane资本市场');
  assert.equal(latinBrokerZh('Eastgate Capital'), 'Eastgate资本');
  // No kind word: no name a Chinese reader reads as a broker's (the head keeps 券商).
  assert.equal(latinBrokerZh('Needham'), undefined);
  assert.equal(latinBrokerZh('the securities'), undefined);
});

test("an English broker note's head and citation name the broker (Northwind证券将…), never 券商", async () => {
  const b = oneItemStory(
    {
      title: 'Marvell Technology (MRVL US): AI demand broadens; upgrade to Overweight, PT to $120',
      text: [
        'Marvell Technology (MRVL) | Rating: Overweight (from Neutral) | Price target: $120 (from $95) | Price (17 Sep close): $101.40',
        'We upgrade Marvell to Overweight as custom AI chips ramp. Revenue grew 24% to $1.8 billion in the fiscal second quarter.',
      ].join('\n\n'),
    },
    [
      ['Marvell', 'price', 'unknown', 120],
      ['Marvell', 'revenue', 'FY2026Q2', 1.8e9],
    ],
  );
  const item = b.items[0] as ItemRecord;
  const s = await engine.doWriteStory(
    { ...b, items: [{ ...item, url: null, meta: { outlet: 'Northwind Securities equity research' } }] },
    'stories',
  );
  assert.match(s.headline, /^Northwind证券/u, s.headline);
  const text = allText(s);
  assert.doesNotMatch(text, /券商/u, text);
  assert.doesNotMatch(text, /Northwind Securities/u, text);
});

test('a Chinese head of a target-price move naming no broker takes the broker its source names', () => {
  const sentences = ['中金公司发布研报，将澜芯科技目标价由400元上调至520元，维持跑赢行业评级。', '中金预计澜芯科技2026年净利润约18亿元。'];
  assert.equal(brokerFirst('澜芯科技目标价上调至520元', sentences, gaz), '中金公司：澜芯科技目标价上调至520元');
  // A head naming its broker, or a head of no call, is left as it is.
  assert.equal(brokerFirst('中金上调澜芯科技目标价至520元', sentences, gaz), '中金上调澜芯科技目标价至520元');
  assert.equal(brokerFirst('澜芯科技2026年净利润约18亿元', sentences, gaz), '澜芯科技2026年净利润约18亿元');
  // No sentence of the call names a broker: nothing to add.
  assert.equal(brokerFirst('澜芯科技目标价上调至520元', ['澜芯科技股价今日上涨5%。'], gaz), '澜芯科技目标价上调至520元');
  // English brokers in a Chinese source (摩根士丹利).
  assert.equal(
    brokerFirst('北风系统目标价上调至120美元', ['摩根士丹利将北风系统目标价由95美元上调至120美元，评级增持。'], gaz),
    '摩根士丹利：北风系统目标价上调至120美元',
  );
});

test('a Chinese story headed by a target-price title names the broker in its head', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '澜芯科技目标价上调至520元',
        text: '中金公司发布研报，将澜芯科技目标价由400元上调至520元，维持跑赢行业评级。中金预计澜芯科技2026年净利润约18亿元，同比增长95%。',
        url: 'https://finance.sina.com.cn/stock/lanxin.shtml',
      },
      [
        ['澜芯科技', 'price', 'unknown', 520],
        ['澜芯科技', 'net-income', '2026', 1.8e9],
      ],
    ),
    'stories',
  );
  assert.equal(s.headline, '中金公司：澜芯科技目标价上调至520元');
  assert.match(s.paragraphs[0] ?? '', /中金/u);
});

/** Yesterday's report of a round (another story's item an earlier digest printed). */
const roundYesterday = makeItem({
  title: '澄海智能完成6亿美元B轮融资',
  url: 'https://36kr.com/p/chenghai-b',
  date: '2026-10-21',
  text: '大模型公司澄海智能宣布完成6亿美元B轮融资，由北辰资本领投。',
});

/** Today's report of the same round with a new valuation: its title opens on yesterday's amount. */
function roundToday(told: boolean) {
  const b = makeBundle({
    id: `st_round_${told}`,
    items: [
      {
        title: '澄海智能融资6亿美元，投后估值45亿美元',
        url: 'https://www.cls.cn/detail/chenghai',
        date: '2026-10-22',
        text: '据知情人士透露，澄海智能本轮6亿美元融资的投后估值为45亿美元，较上一轮翻倍。公司计划将资金用于算力采购。',
      },
    ],
    attributions: [
      { value: 6e8, subject: '澄海智能', metric: 'funding', period: 'unknown' },
      { value: 4.5e9, subject: '澄海智能', metric: 'valuation', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const yFigs = extractFigures(roundYesterday.text);
      const claim = (metric: string, value: number, earlier: boolean): Claim => ({
        subject: '澄海智能',
        metric,
        period: 'unknown',
        statements: [statement(it, f, value), ...(earlier ? [statement(roundYesterday, yFigs, 6e8)] : [])],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      return [claim('funding', 6e8, true), claim('valuation', 4.5e9, false)];
    },
  });
  return told ? { ...b, toldBefore: { [roundYesterday.id]: '2026-10-21' } } : b;
}

test("a follow-up's head drops the clause retelling yesterday's figure and keeps its owner (澄海智能投后估值45亿美元)", async () => {
  const s = await engine.doWriteStory(roundToday(true), 'stories');
  // The valuation stands on 知情人士 (decision 114): its head says so.
  assert.equal(s.headline, '传澄海智能投后估值45亿美元');
  // Not told before (no earlier digest printed the round), the title heads the story whole.
  const fresh = await engine.doWriteStory(roundToday(false), 'stories');
  assert.equal(fresh.headline, '传澄海智能融资6亿美元，投后估值45亿美元');
});

test('check: a head of a target-price move naming no broker where its body names one is refused (headline-broker)', () => {
  const front = '---\ntitle: 某日AI动态\ndate: 2026-05-14\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const story = (headline: string, body: string) =>
    `${front}## ${headline}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/9)\n\n---\n\n`;
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  const note = '摩根士丹利将北风系统目标价由95美元上调至**120美元**，维持增持评级。';
  assert.ok(rules(story('北风系统目标价上调至120美元', note)).includes('headline-broker'));
  assert.ok(!rules(story('摩根士丹利：北风系统目标价上调至120美元', note)).includes('headline-broker'));
  // A body naming no broker: nothing the head could name (a company's own share price is no call).
  const own = '北风系统股价今日上涨**6%**，收于**120美元**。';
  assert.ok(!rules(story('北风系统股价涨6%，收于120美元', own)).includes('headline-broker'));
});

test('a feature title framed after its colon heads with the news before it; a question title keeps its mark', () => {
  assert.equal(newsBeforeFrame('北风系统借道合资公司发债：300亿美元表外融资背后的算力账'), '北风系统借道合资公司发债');
  assert.equal(newsBeforeFrame('星河智芯冲刺科创板：国产GPU还能涨多久'), '星河智芯冲刺科创板');
  // The part before the colon is itself a feature's (…背后), or the part after it is news: nothing to take.
  assert.equal(newsBeforeFrame('字节千亿资本开支背后：国产GPU拿到多大份额'), undefined);
  assert.equal(newsBeforeFrame('北风系统：三季度营收增长45%至120亿元'), undefined);
  // A statement before a question keeps the statement; a title that only asks keeps its question mark (never a
  // question read as news: 英伟达要收购Arm).
  assert.equal(trimTitle('星河智芯完成30亿元融资，钱从哪来？'), '星河智芯完成30亿元融资');
  assert.equal(trimTitle('英伟达要收购Arm？'), '英伟达要收购Arm？');
  assert.equal(trimTitle('国产GPU还能涨多久？'), '国产GPU还能涨多久？');
});
