/**
 * Decision 160: a deal story's lead loses a glued tally (a broker's market estimate, a year-to-date count) and another
 * measure's monthly report; a source's tie sentence stands before the first sentence leaning on the party it introduces.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { withoutDanglingConnective } from './event-clause.js';
import { dealOnlyHead, monthlyReport, tallySentence, tieAt } from './glued-tally.js';
import { unintroduced, withoutUnintroduced } from './introduced.js';
import type { SourceSentence } from './sentences.js';

const round = (extra: string[], title = '青岚智能完成15亿元C轮融资，启川资本领投') =>
  makeBundle({
    id: `st_lean41_${extra.length}_${title.length}`,
    items: [
      {
        title,
        url: 'https://www.example.cn/detail/qinglan-round',
        date: '2026-12-04',
        text: [
          '青岚智能周四宣布完成15亿元C轮融资，由启川资本领投，多家老股东跟投。',
          '本轮融资后，青岚智能投后估值约120亿元。',
          ...extra,
          '青岚智能成立于2020年，总部位于深圳。',
        ].join(''),
      },
    ],
    attributions: [
      { value: 1.5e9, subject: '青岚智能', metric: 'funding', period: 'unknown' },
      { value: 1.2e10, subject: '青岚智能', metric: 'valuation', period: 'unknown' },
      { value: 9e10, subject: '青岚智能', metric: 'market_size', period: '2026' },
      { value: 4.1e10, subject: '启川资本', metric: 'revenue', period: '2026-11' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('青岚智能', 'funding', 'unknown', [statement(it, f, 1.5e9)]),
        single('青岚智能', 'valuation', 'unknown', [statement(it, f, 1.2e10)]),
        ...(f.some((x) => x.value === 9e10) ? [single('青岚智能', 'market_size', '2026', [statement(it, f, 9e10)])] : []),
        ...(f.some((x) => x.value === 4.1e10) ? [single('启川资本', 'revenue', '2026-11', [statement(it, f, 4.1e10)])] : []),
      ];
    },
  });

test('lean41: a broker’s market estimate is not glued onto a round’s lead', async () => {
  const s = await createOfflineEngine().doWriteStory(
    round(['据一家券商测算，2026年国内具身智能市场规模约900亿元，青岚智能约占5%。']),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.match(body, /15亿元/u, body);
  assert.doesNotMatch(body, /900亿元|市场规模/u, body);
});

test('lean41: an investor’s monthly revenue is not glued onto a round’s lead', async () => {
  const s = await createOfflineEngine().doWriteStory(round(['启川资本11月营收410亿元，环比增长8.2%。']), 'stories');
  const body = s.paragraphs.join('');
  assert.match(body, /15亿元/u, body);
  assert.doesNotMatch(body, /410亿元/u, body);
});

test('lean41: the shapes of a tally, a monthly report and a deal-only head', () => {
  assert.equal(tallySentence('据一家券商测算，2026年国内智算租赁市场规模约680亿元，前五家厂商合计份额不足40%。'), true);
  assert.equal(tallySentence('今年以来，港股已有18家AI企业上市，合计募资逾600亿港元。'), true);
  assert.equal(tallySentence('年内已有12家公司完成超10亿元融资。'), true);
  // A company's own count, its own market guidance and its purchase are its news.
  assert.equal(tallySentence('青岚智能年内已签约3家车企客户。'), false);
  assert.equal(tallySentence('管理层同时将2026年全球设备市场规模预期上调至约1250亿美元。'), false);
  assert.equal(tallySentence('星河今年前九个月向澄川采购加速卡约32亿元。'), false);
  assert.equal(monthlyReport('启川电子9月营收新台币2186亿元，环比增长12.4%。'), true);
  assert.equal(monthlyReport('据招股书，星河此次IPO募资上限约62亿港元。'), false);
  // A record is the company's news, never background (decision 160, at the merge).
  assert.equal(monthlyReport('启川电子9月营收新台币2186亿元，创历史新高。'), false);
  assert.equal(monthlyReport('青岚智能称，其客户启川电子的9月营收创下新高。'), false);
  assert.equal(dealOnlyHead('启川电子成为星河智能基石投资者'), true);
  assert.equal(dealOnlyHead('青岚智能完成15亿元C轮融资'), true);
  // A head on sales, on a market or on a tally keeps its tally or its monthly figure.
  assert.equal(dealOnlyHead('启川电子9月营收增长12.4%'), false);
  assert.equal(dealOnlyHead('今年以来港股AI企业IPO募资逾600亿港元'), false);
  assert.equal(dealOnlyHead('阿里云大模型API再降价最高85%'), false);
});

test('lean41: a tie sentence stands before the first sentence leaning on the party it introduces', () => {
  const lead = [{ names: ['Xinghe'] }, { names: ['Xinghe', 'Chengchuan'] }, { names: ['Xinghe'] }];
  // 澄川 is first named by the second sentence: the tie goes before it.
  assert.equal(tieAt(lead, ['Xinghe', 'Chengchuan'], 1), 1);
  // Both named by the first sentence: right after the last sentence naming both (decision 148's place).
  assert.equal(tieAt([{ names: ['Xinghe', 'Chengchuan'] }, { names: ['Xinghe', 'Chengchuan'] }], ['Xinghe', 'Chengchuan'], 1), 2);
});

test('lean41: a pointer at a customer, a round or a deal nothing printed names', () => {
  assert.equal(unintroduced('该客户今年将采购约5万张加速卡。', '星河智算启动港股招股。'), '该客户');
  assert.equal(unintroduced('该客户今年将采购约5万张加速卡。', '星河智算最大客户为北辰云。'), undefined);
  assert.equal(unintroduced('作为本轮融资的一部分，北辰云承诺三年内采购20亿元算力。', '星河智算与北辰云签署合作。'), '本轮融资');
  assert.equal(unintroduced('作为本轮融资的一部分，北辰云承诺三年内采购20亿元算力。', '星河智算完成C轮融资。'), undefined);
  // The sentence's own words before the pointer introduce it.
  assert.equal(unintroduced('北辰云是星河智算最大客户，该客户今年将采购约5万张加速卡。', ''), undefined);
  assert.equal(unintroduced('星河智算今年营收约12亿元。', ''), undefined);
});

test('lean41: a story’s sentence pointing at a round never printed goes, the lead’s first stays', () => {
  const mk = (text: string, index: number) =>
    ({ item: { id: 'i1' }, sentence: { text, index, start: 0, end: text.length }, figures: [], score: 1 }) as unknown as SourceSentence;
  const first = mk('星河智算与北辰云签署三年算力合作协议。', 0);
  const leaning = mk('作为本轮融资的一部分，北辰云承诺采购20亿元算力。', 3);
  const own = mk('星河智算今年营收约12亿元。', 4);
  assert.deepEqual(withoutUnintroduced([first, leaning, own], '星河智算与北辰云签署算力合作', [], true), [first, own]);
  assert.deepEqual(withoutUnintroduced([leaning], '星河智算完成C轮融资', [], true), [leaning]);
  // In the figure paragraph the lead's printed sentences introduce it.
  assert.deepEqual(withoutUnintroduced([leaning], '星河智算与北辰云签署算力合作', ['星河智算完成20亿元C轮融资。'], false), [leaning]);
  assert.deepEqual(withoutUnintroduced([leaning], '星河智算与北辰云签署算力合作', [], false), []);
});

test('lean41: a bare 同时 away from its source’s previous sentence loses the word', () => {
  const mk = (id: string, text: string, index: number) =>
    ({ item: { id }, sentence: { text, index, start: 0, end: text.length }, figures: [], score: 1 }) as unknown as SourceSentence;
  const a = mk('a', '星河智算今日起在港招股，拟募资约40亿港元。', 0);
  const b = mk('b', '同时，招股书显示星河智算前三季度营收约12亿元。', 4);
  const out = withoutDanglingConnective([a, b], () => false);
  assert.equal(out[1]?.sentence.text, '招股书显示星河智算前三季度营收约12亿元。');
  // Right after its own source's previous sentence it reads as its source wrote it.
  const c = mk('b', '星河智算披露了前三季度业绩。', 3);
  assert.equal(withoutDanglingConnective([c, b], () => false)[1]?.sentence.text, b.sentence.text);
});
