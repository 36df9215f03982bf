/**
 * Decision 130: a reply and the claim it answers are printed as a pair. A company's answer (对此，…回应称…, declined to
 * comment, 未予置评) stands right after the 知情人士 / 传闻 sentence it answers, goes when that claim is not printed, and a
 * printed claim brings the reply its source puts right after it; an additive connective (此外, 另外, 与此同时) after
 * another sentence than its source's previous one loses the connective or the sentence. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { responseSentence } from './dispute.js';
import { createOfflineEngine } from './engine.js';
import { withoutDanglingConnective } from './event-clause.js';
import { answeredClaim, pairedReplies, replySentence } from './reply-pair.js';
import { type SourceSentence, sourceSentences } from './sentences.js';

const round = makeBundle({
  id: 'st_reply_130',
  items: [
    {
      title: '星澜智能完成5亿美元C轮融资',
      url: 'https://36kr.com/p/xinglan-series-c',
      date: '2026-12-03',
      text: [
        '星澜智能近日完成5亿美元C轮融资，投后估值30亿美元，由远川资本领投。',
        '公司年化收入已突破8000万美元，较年初增长约200%。',
        '星澜智能预计2026年算力支出约3亿美元，约为收入的4倍。',
        '今年以来，星澜智能两次下调API价格，累计降幅超过60%。',
        '据知情人士透露，星澜智能已开始与投行接触，最早可能于2027年赴港上市，目标估值不低于80亿美元。',
        '对此，星澜智能方面表示暂无相关计划。',
      ].join(''),
    },
  ],
  attributions: [
    { value: 5e8, subject: '星澜智能', metric: 'funding', period: 'unknown' },
    { value: 3e9, subject: '星澜智能', metric: 'valuation', period: 'unknown' },
    { value: 8e7, subject: '星澜智能', metric: 'revenue', period: 'unknown' },
    { value: 8e9, subject: '星澜智能', metric: 'ipo', period: 'unknown' },
    { value: 3e8, subject: '星澜智能', metric: 'capex', period: '2026' },
  ],
  claims: (items, figs) => {
    const it = items[0] as ItemRecord;
    return [
      single('星澜智能', 'funding', 'unknown', [statement(it, figs[it.id] ?? [], 5e8)]),
      single('星澜智能', 'valuation', 'unknown', [statement(it, figs[it.id] ?? [], 3e9)]),
      single('星澜智能', 'revenue', 'unknown', [statement(it, figs[it.id] ?? [], 8e7)]),
      single('星澜智能', 'ipo', 'unknown', [statement(it, figs[it.id] ?? [], 8e9)]),
      single('星澜智能', 'capex', '2026', [statement(it, figs[it.id] ?? [], 3e8)]),
    ];
  },
});

const all = sourceSentences(round, null);
const at = (needle: string) => all.find((s) => s.sentence.text.includes(needle)) as SourceSentence;
const claim = at('据知情人士透露');
const reply = at('对此');
const opening = at('完成5亿美元');
const revenue = at('年化收入');

test('what a reply is and what it answers', () => {
  assert.ok(replySentence('对此，星澜智能方面表示暂无相关计划。'));
  assert.ok(replySentence('对此，澄江科技方面未予置评。'));
  // …which the rumour's answer search reads too (data/deal-events.json response).
  assert.ok(responseSentence('对此，澄江科技方面未予置评。'));
  assert.ok(replySentence('Representatives for Lumen Forge declined to comment.'));
  // A company's own guidance is no answer to a claim.
  assert.ok(!replySentence('公司给出的官方指引为第四季度营收约12亿元。'));
  assert.equal(answeredClaim(reply, all), claim);
});

test('a reply stands right after the claim it answers, goes without it, and comes with it', () => {
  // Placed before its claim (对此 would point at the revenue): moved right after the claim.
  assert.deepEqual(pairedReplies([opening, reply, revenue, claim], all), [opening, revenue, claim, reply]);
  // Its claim not printed: the reply goes.
  assert.deepEqual(pairedReplies([opening, revenue, reply], all), [opening, revenue]);
  // A claim printed with no reply: its source's reply comes right after it.
  assert.deepEqual(pairedReplies([opening, claim, revenue], all), [opening, claim, reply, revenue]);
  // An answer opener that is no reply (对此，分析师认为…) is held to the sentence before it too.
  const view = sourceSentences(
    makeBundle({
      id: 'st_view_130',
      items: [
        {
          title: '星澜智能拟赴港上市',
          url: 'https://36kr.com/p/xinglan-ipo',
          date: '2026-12-03',
          text: '星澜智能年化收入已突破8000万美元。据知情人士透露，星澜智能计划明年赴港上市。对此，有分析师认为其估值偏高。',
        },
      ],
    }),
    null,
  );
  const [income, plan, analyst] = view as [SourceSentence, SourceSentence, SourceSentence];
  assert.deepEqual(pairedReplies([analyst, income], view), [income]);
  assert.deepEqual(pairedReplies([income, analyst, plan], view), [income, plan, analyst]);
  // A 对此 reply answers the nearest claim printed, past a voice of its source the story leaves out; a market move
  // opening on 截至发稿 is no reply and stays where it stands.
  const report = sourceSentences(
    makeBundle({
      id: 'st_report_130',
      items: [
        {
          title: '青禾科技明年资本开支或达900亿元',
          url: 'https://36kr.com/p/qinghe-capex',
          date: '2026-12-03',
          text: [
            '多位知情人士透露，青禾科技已与赤岩半导体签署约40亿元的芯片采购框架协议。',
            '“一边投资一边采购已很常见。”一位接近赤岩半导体的人士说。',
            '赤岩半导体今年上半年营收9.6亿元。',
            '对此，青禾科技回应称相关信息不准确。',
            '截至发稿，青禾科技美股盘前涨超3%。',
          ].join(''),
        },
      ],
    }),
    null,
  );
  const find = (needle: string) => report.find((x) => x.sentence.text.includes(needle)) as SourceSentence;
  const deal = find('框架协议');
  const chipRevenue = find('上半年营收');
  const denial = find('对此');
  const premarket = find('截至发稿');
  assert.deepEqual(pairedReplies([deal, chipRevenue, denial, premarket], report), [deal, denial, chipRevenue, premarket]);
  assert.deepEqual(pairedReplies([chipRevenue, premarket], report), [chipRevenue, premarket]);
  // Nothing to pair: the chosen sentences as they are.
  assert.deepEqual(pairedReplies([opening, revenue], all), [opening, revenue]);
});

test('a story printing the rumour prints the company’s reply right after it', async () => {
  const s = await createOfflineEngine().doWriteStory(round, 'stories');
  const body = s.paragraphs.join('');
  const rumour = body.indexOf('据知情人士透露');
  assert.ok(rumour >= 0, body);
  const next = body.slice(rumour).split('。')[1] ?? '';
  assert.match(next, /^对此，星澜智能方面表示暂无相关计划$/u, body);
  assert.doesNotMatch(s.headline, /无此计划|暂无/u, s.headline);
});

test('此外 / 另外 after another sentence than its source’s previous one loses the connective, or the sentence', () => {
  const b = makeBundle({
    id: 'st_connective_130',
    items: [
      {
        title: '北岭半导体三季度营收增长',
        url: 'https://www.cls.cn/detail/beiling-q3',
        date: '2026-12-03',
        text: [
          '北岭半导体三季度营收18.6亿元，同比增长42%。',
          '公司毛利率升至36%。',
          '此外，北岭半导体宣布拟回购不超过5亿元股份。',
          '另外，公司还计划在合肥新建一座封装厂。',
        ].join(''),
      },
    ],
  });
  const ss = sourceSentences(b, null);
  const first = ss[0] as SourceSentence;
  const buyback = ss.find((s) => s.sentence.text.includes('此外')) as SourceSentence;
  const plant = ss.find((s) => s.sentence.text.includes('另外')) as SourceSentence;
  const out = withoutDanglingConnective([first, buyback, plant], leansOn).map((s) => s.sentence.text);
  // The buyback names its company: it stands without 此外; the plant leans on 公司 and stands right after the buyback.
  assert.deepEqual(out, [
    '北岭半导体三季度营收18.6亿元，同比增长42%。',
    '北岭半导体宣布拟回购不超过5亿元股份。',
    '另外，公司还计划在合肥新建一座封装厂。',
  ]);
  // Right after its source's previous sentence, 此外 stays.
  const margin = ss.find((s) => s.sentence.text.includes('毛利率')) as SourceSentence;
  assert.equal(withoutDanglingConnective([first, margin, buyback], leansOn)[2]?.sentence.text, buyback.sentence.text);
  // Opening the lead with a bare 公司 left: the sentence goes.
  assert.deepEqual(
    withoutDanglingConnective([plant, first], leansOn).map((s) => s.sentence.text),
    [first.sentence.text],
  );
});
