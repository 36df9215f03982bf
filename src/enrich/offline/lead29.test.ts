/**
 * Issue 11 (decision 077, lead29): every clause of a story's headline is told by its body — the sentence telling a
 * title's second clause (a market reaction, a participant) comes along with the lead, and a clause no sentence tells
 * goes from the headline; `digest --check` reports such a clause. Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { ItemRecord } from '../../types/index.js';
import { clauseTold, headlineClausesUntold } from '../assemble/headline-told.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { aboutOther, createOfflineEngine, eventBacking } from './engine.js';
import { type SourceSentence, sourceSentences } from './sentences.js';

const engine = createOfflineEngine();

const funding = (title: string, text: readonly string[]) =>
  makeBundle({
    id: 'st_lead29_clause',
    items: [{ title, text: text.join('\n\n'), url: 'https://www.cls.cn/detail/88101', date: '2026-11-18' }],
    attributions: [{ value: 2e9, subject: '星衡智算', metric: 'funding', period: '2026' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('星衡智算', 'funding', '2026', [statement(it, figs[it.id] ?? [], 2e9)])];
    },
  });

test('lead29: a clause of words is told when a fifth of its words are the body’s; a figure’s clause by its figure', () => {
  assert.equal(clauseTold('股价午后涨停', '星衡智算今日宣布完成融资，公司股价午后涨停。'), true);
  assert.equal(clauseTold('投资者开始追问回报', '星衡智算今日宣布完成20亿元融资。'), false);
  assert.equal(clauseTold('完成20亿元融资', '星衡智算今日宣布完成**20亿元**融资。'), true);
  assert.equal(clauseTold('完成30亿元融资', '星衡智算今日宣布完成20亿元融资。'), false);
  // A body says it in its own words: 盈利创新高 over 利润同创单季新高.
  assert.equal(clauseTold('澜舟微电子上季获利创高', '澜舟微电子第三季度营收与净利润同创单季新高。'), true);
  assert.deepEqual(headlineClausesUntold('星衡智算完成20亿元融资，投资者开始追问回报', '星衡智算今日宣布完成20亿元融资。'), [
    '投资者开始追问回报',
  ]);
});

test('lead29: the sentence telling a headline’s second clause (a market reaction) comes along with the lead', async () => {
  const s = await engine.doWriteStory(
    funding('星衡智算完成20亿元B轮融资，概念股午后集体涨停', [
      '11月18日，算力租赁服务商星衡智算宣布完成20亿元B轮融资，由某产业基金领投。',
      '星衡智算成立于2021年，主要为大模型企业提供算力租赁服务，目前在全国运营六座智算中心。',
      '公司创始人表示，本轮资金将主要用于新建智算中心和采购GPU。',
      '融资消息公布后，A股算力租赁概念股午后集体涨停，板块指数收涨6.3%。',
    ]),
    'stories',
  );
  const body = s.paragraphs.join('');
  assert.match(s.headline, /涨停/u, s.headline);
  assert.match(body, /集体涨停/u, body);
});

test('lead29: a headline clause no sentence of the story tells goes; the headline keeps its subject and event', async () => {
  const s = await engine.doWriteStory(
    funding('星衡智算完成20亿元B轮融资，投资者开始追问回报', [
      '11月18日，算力租赁服务商星衡智算宣布完成20亿元B轮融资，由某产业基金领投。',
      '星衡智算成立于2021年，主要为大模型企业提供算力租赁服务，目前在全国运营六座智算中心。',
    ]),
    'stories',
  );
  assert.match(s.headline, /^星衡智算完成20亿元B轮融资$/u, s.headline);
});

test('lead29: the event sentence a lead lacks is never brought in as 公司… right after a sentence about another company', () => {
  const b = makeBundle({
    id: 'st_lead29_drift',
    items: [
      {
        title: '英伟达拟收购一家网络芯片公司',
        text: [
          '11月18日，英伟达第三财季营收570亿美元，同比增长62%。',
          '微软同日表示将继续扩建数据中心。公司拟以现金方式完成收购。',
          '英伟达随后确认，将以现金收购一家网络芯片公司的全部股权。',
        ].join('\n\n'),
        url: 'https://www.cls.cn/detail/88103',
        date: '2026-11-18',
      },
    ],
  });
  const all = sourceSentences(b, null);
  const item = b.items[0] as ItemRecord;
  const at = (t: string) => all.find((s) => s.sentence.text.startsWith(t)) as SourceSentence;
  const lead = [at('11月18日'), at('微软同日')];
  const foreign = aboutOther('英伟达拟收购一家网络芯片公司', loadGazetteer());
  const got = eventBacking('英伟达拟收购一家网络芯片公司', lead, all, item, foreign).map((s) => s.sentence.text);
  assert.deepEqual(got, ['英伟达随后确认，将以现金收购一家网络芯片公司的全部股权。']);
});

test('lead29: a bare ratio with no subject (占比, 市场份额, 增速) leans on the sentence before it; named, it stands', () => {
  assert.equal(leansOn('占比升至35%，较去年提高8个百分点。'), true);
  assert.equal(leansOn('市场份额约为18%。'), true);
  assert.equal(leansOn('增速放缓至12%。'), true);
  assert.equal(leansOn('星衡智算海外收入占比升至35%。'), false);
  assert.equal(leansOn('占比最高的是数据中心业务。'), false);
});

test('lead29: a comma between digits (1,200亿元) is no clause of a headline', () => {
  assert.deepEqual(headlineClausesUntold('星衡智算电网投资冲破新台币1,200亿元', '星衡智算今年将投入逾新台币1200亿元强化电网。'), []);
});

test('lead29: a feature title is not cut to a shorter kicker by dropping its untold clause', async () => {
  // No fact may head it (no claim): the title stays whole, and the check reports it as a feature's.
  const title = '星衡智算上市前夜：一本既是股东又是供应商的循环账本';
  const b = makeBundle({
    id: 'st_lead29_feature',
    items: [
      {
        title,
        text: '11月18日，算力租赁服务商星衡智算宣布完成新一轮融资，由某产业基金领投。\n\n星衡智算成立于2021年，主要为大模型企业提供算力租赁服务。',
        url: 'https://www.cls.cn/detail/88104',
        date: '2026-11-18',
      },
    ],
  });
  const s = await engine.doWriteStory(b, 'stories');
  assert.notEqual(s.headline, '星衡智算上市前夜', s.headline);
});
