import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement, storyFactOf } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { Claim, Figure, ItemRecord } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { claimSentence } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { factWord, storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates, metricWord } from './story-templates.js';

const t = defaultStoryTemplates();
const engine = createOfflineEngine();

test('metric labels: a contract-kind figure is labelled with the word its source uses, 合同 only where the source says contract', () => {
  const cases: [string, string, string][] = [
    ['双方2025年签署的合同金额高达三千亿美元。', '三千亿美元', '合同金额'],
    ['月之暗面承诺在未来三年内向阿里云采购总额不低于70亿元人民币的算力服务。', '不低于70亿元人民币', '算力采购承诺'],
    ['甲骨文则为此追加了约400亿美元的英伟达GB300整机柜订单。', '约400亿美元', '采购'],
    [
      'Samsung SDS said separately it would buy 650 billion won of Nvidia Corp. GPU servers for a new data center.',
      '650 billion won',
      '采购GPU',
    ],
    [
      'As part of the deal, Moonshot agreed to spend about 10 billion yuan ($1.4 billion) on Alibaba Cloud computing over three years.',
      'about 10 billion yuan',
      '采购算力',
    ],
    ['Mistral signed a $4.2 billion, five-year agreement with CoreWeave.', '$4.2 billion', '协议金额'],
    ['Orders peaked at more than $70 billion, allowing the borrower to tighten pricing.', 'more than $70 billion', '认购订单'],
    ['We signed a fifth customer. Initial order north of $1 billion.', '$1 billion', '订单金额'],
    // Nothing names the instrument: a neutral label, never 合同.
    ['两家公司宣布了一笔约50亿美元的合作。', '约50亿美元', '交易金额'],
  ];
  for (const [sentence, figure, word] of cases) assert.equal(metricWord('contract', sentence, t, undefined, figure), word, sentence);
});

test('metric labels: a figure restated without a measure word keeps the word of the sentence that stated it first', () => {
  const restated = '以当前汇率计算，70亿元人民币约合9.8亿美元，与阿里巴巴本轮的出资额相当接近。';
  const first = { sentence: '月之暗面承诺在未来三年内向阿里云采购总额不低于70亿元人民币的算力服务。', figureText: '不低于70亿元人民币' };
  assert.equal(metricWord('contract', restated, t, undefined, '70亿元人民币', [first]), '算力采购承诺');
  assert.equal(metricWord('contract', restated, t, undefined, '70亿元人民币'), '交易金额');

  const b = makeBundle({
    id: 'st_moonshot',
    items: [
      {
        title: '月之暗面完成新一轮融资',
        text: [
          '月之暗面完成新一轮融资，阿里巴巴领投。作为交易的一部分，月之暗面承诺在未来三年内向阿里云采购总额不低于70亿元人民币的算力服务。',
          '以当前汇率计算，70亿元人民币约合9.8亿美元，与阿里巴巴本轮的出资额相当接近。',
        ].join('\n\n'),
        url: 'https://36kr.com/p/1',
        date: '2026-07-14',
      },
    ],
    attributions: [{ value: 7e9, subject: 'Moonshot AI', metric: 'contract', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = (figs[it.id] ?? []).filter((x) => x.value === 7e9);
      const sts = f.map((x) => ({ ...statement(it, [x], 7e9) }));
      return [{ subject: 'Moonshot AI', metric: 'contract', period: 'unknown', statements: sts, conflict: false, latest: 0, mostCited: 0 }];
    },
  });
  const facts = storyFacts(b);
  assert.equal(facts.length, 2);
  for (const fact of facts) assert.equal(factWord(fact, b, t), '算力采购承诺', fact.sentence);
});

test('metric labels: a pair claim labelled 订单 is told with its verb: 甲骨文向英伟达下单', async () => {
  const b = makeBundle({
    id: 'st_oracle_orders',
    items: [
      {
        title: 'OpenAI lines up compute as Oracle spends on Nvidia',
        text: 'OpenAI expects revenue of about $30 billion in 2026. One person close to Oracle put its Nvidia orders for OpenAI-related sites at roughly $40 billion so far.',
        url: 'https://www.theinformation.com/articles/x',
        date: '2026-02-24',
      },
    ],
    attributions: [
      { value: 3e10, subject: 'OpenAI', metric: 'revenue', period: '2026' },
      { value: 4e10, subject: 'Oracle', metric: 'contract', period: 'unknown' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const claim = (subject: string, metric: string, period: string, value: number, counterparty?: string) => ({
        subject,
        metric,
        period,
        ...(counterparty ? { counterparty } : {}),
        statements: [statement(it, f, value)],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      return [claim('OpenAI', 'revenue', '2026', 3e10), claim('Oracle', 'contract', 'unknown', 4e10, 'Nvidia')];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const text = s.paragraphs.join('\n');
  assert.ok(text.includes('甲骨文向英伟达下单**约400亿美元**'), text);
  assert.ok(!text.includes('合同'), text);
});

test("metric labels: a broker's target price written short or in traditional script is 目标价, never a bare 价格", () => {
  const cases: [string, string][] = [
    ['We raise our PT on Contoso Cloud to $420 (from $360) on stronger AI demand.', '$420'],
    ['Northgate Securities lifted its TP on Contoso Cloud to HK$7.20.', 'HK$7.20'],
    ['華辰證券將星辰半導體目標價由450元上調至520元。', '520元'],
    ['华辰证券将星辰半导体目标股价上调至520元。', '520元'],
  ];
  for (const [sentence, figure] of cases) assert.equal(metricWord('price', sentence, t, undefined, figure), '目标价', sentence);
  assert.equal(metricWord('price', '该型号GPU售价约3万美元。', t, undefined, '约3万美元'), '价格');
});

test('metric labels: an amount returned through dividends and buybacks together is their sum, never 股息 or 回购 alone', () => {
  const cases: [string, string, string, string][] = [
    [
      'dividend',
      'The company returned $10.7 billion to shareholders through dividends and buybacks during the quarter.',
      '$10.7 billion',
      '股息及回购合计',
    ],
    ['buyback', 'Kestrel returned $2.1 billion via share repurchases and dividends in the first half.', '$2.1 billion', '股息及回购合计'],
    ['dividend', '公司上半年通过派息及股份回购向股东返还约86亿港元。', '约86亿港元', '股息及回购合计'],
    // Each amount with its own measure keeps its own word.
    ['dividend', 'It paid dividends of $1.1 billion and bought back $2 billion of shares.', '$1.1 billion', '股息'],
    ['buyback', 'The board approved an additional $20 billion buyback.', '$20 billion', '回购授权'],
  ];
  for (const [metric, sentence, figure, word] of cases) assert.equal(metricWord(metric, sentence, t, undefined, figure), word, sentence);
});

test('metric labels: a loan still being arranged is told as one (拟获得), a loan taken as taken', () => {
  const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: t };
  const loan = (text: string): string | undefined => {
    const bundle = makeBundle({
      id: 'st_loan',
      items: [{ title: 'Harbor Data vehicle', text, url: 'https://wire.example.com/l', date: '2026-05-04' }],
    });
    const item = bundle.items[0] as ItemRecord;
    const st = statement(item, bundle.figures[item.id] as Figure[], 2e9);
    const c: Claim = single('Harbor Power', 'debt', 'unknown', [st]);
    const fact = storyFactOf(item, c, st);
    return claimSentence(fact, { ...bundle, claims: [c] }, ctx);
  };
  const arranging = loan(
    'A group of banks is arranging a $2 billion project-finance loan for Harbor Power, a sister vehicle building the plant.',
  );
  assert.match(arranging ?? '', /^Harbor Power拟获得20亿美元(?:项目)?贷款。$/);
  const taken = loan('Harbor Power, a sister vehicle building the plant, secured a $2 billion project-finance loan from a group of banks.');
  assert.match(taken ?? '', /^Harbor Power获得20亿美元(?:项目)?贷款。$/);
});
