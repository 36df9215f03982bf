/**
 * Decision 138: where a story prints a company's denial of a report, the company's own figure another source gives
 * (its guidance on a call, its statement; a wire in English too) is printed right after the denial; a denial from
 * another item stands after the figure it denies, never at the lead's end. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, loadGazetteer } from '../../extract/index.js';
import type { Claim, ItemRecord } from '../../types/index.js';
import { afterDeniedFigure } from './denial-place.js';
import { createOfflineEngine } from './engine.js';
import { sameNumber } from './facts.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';
import { ownStatement, withOwnFigures } from './own-figure.js';
import { itemTextOf, withStanding } from './standing-head.js';
import { versionsOf } from './versions.js';

const REPORT = {
  title: '青禾科技明年资本开支或达900亿元',
  url: 'https://36kr.com/p/qinghe-capex-2027',
  date: '2026-12-03',
  text: [
    '36氪从多位知情人士处获悉，青禾科技已将2027年资本开支预算初定为约900亿元人民币，其中约400亿元将用于采购AI芯片。',
    '赤岩半导体今年前三季度营收16.2亿元，同比增长88%。',
    '对此，青禾科技回应称“相关报道不准确”。',
  ].join(''),
};

/** The company's own figure in another outlet's article, outside the story (a wire of the same day). */
const guidanceZh = makeItem({
  title: '青禾科技：预计明年资本开支约700亿元',
  url: 'https://www.stcn.com/article/detail/qinghe-capex',
  date: '2026-12-03',
  text: '青禾科技在投资者交流会上表示，公司预计2027年资本开支约为700亿元人民币，主要投向数据中心。',
});
const guidanceEn = makeItem({
  title: 'Qinghe Tech guides 2027 capex below media reports',
  url: 'https://www.reuters.com/technology/qinghe-capex-2026-12-03/',
  date: '2026-12-03',
  text: 'The company expects capital expenditure of about 70 billion yuan in 2027, its chief financial officer told analysts on Wednesday.',
});

function storyWith(outside: ItemRecord) {
  return makeBundle({
    id: 'st_own_138',
    items: [REPORT],
    attributions: [
      { value: 9e10, subject: '青禾科技', metric: 'capex', period: '2027' },
      { value: 4e10, subject: '青禾科技', metric: 'capex', period: '2027' },
      { value: 1.62e9, subject: '赤岩半导体', metric: 'revenue', period: '2026Q1-Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const capex: Claim = single('青禾科技', 'capex', '2027', [
        statement(it, figs[it.id] ?? [], 9e10),
        statement(outside, extractFigures(outside.text), 7e10),
      ]);
      capex.conflict = true;
      return [capex, single('赤岩半导体', 'revenue', '2026Q1-Q3', [statement(it, figs[it.id] ?? [], 1.62e9)])];
    },
  });
}

test('the company’s own word: it speaks the figure with a verb of saying or guiding, on no unnamed people', () => {
  const names = ['青禾科技', 'Qinghe Tech'];
  assert.ok(ownStatement('青禾科技在投资者交流会上表示，公司预计2027年资本开支约为700亿元。', '约为700亿元', names));
  assert.ok(ownStatement('The company expects capital expenditure of about 70 billion yuan in 2027.', 'about 70 billion yuan', names));
  assert.ok(ownStatement('Qinghe Tech said it would spend 70 billion yuan next year.', '70 billion yuan', names));
  // Unnamed people's word, an estimator's, a report that names the company only as its object: none.
  assert.ok(!ownStatement('据知情人士透露，青禾科技预计明年资本开支约900亿元。', '约900亿元', names));
  assert.ok(!ownStatement('摩根士丹利预计青禾科技明年资本开支约800亿元。', '约800亿元', names));
  assert.ok(!ownStatement('36氪获悉，赤岩半导体将向青禾科技供货约40亿元。', '约40亿元', names));
});

test('a denied report’s figure is followed, after the denial, by the company’s own figure (Chinese and English source)', async () => {
  for (const outside of [guidanceZh, guidanceEn]) {
    const s = await createOfflineEngine().doWriteStory(storyWith(outside), 'stories');
    const body = s.paragraphs.join('');
    const denial = body.indexOf('相关报道不准确');
    assert.ok(denial >= 0, body);
    const next = body.slice(denial).split('。')[1] ?? '';
    assert.equal(next, '青禾科技预计2027年资本开支**约700亿元**，低于36氪报道的约900亿元', body);
  }
});

test('no own figure when the company only declined to comment, or its figure agrees with the report', async () => {
  const quiet = makeBundle({
    id: 'st_quiet_138',
    items: [{ ...REPORT, text: REPORT.text.replace('回应称“相关报道不准确”', '未予置评') }],
    attributions: [{ value: 9e10, subject: '青禾科技', metric: 'capex', period: '2027' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [
        single('青禾科技', 'capex', '2027', [
          statement(it, figs[it.id] ?? [], 9e10),
          statement(guidanceZh, extractFigures(guidanceZh.text), 7e10),
        ]),
      ];
    },
  });
  const s = await createOfflineEngine().doWriteStory(quiet, 'stories');
  assert.doesNotMatch(s.paragraphs.join(''), /低于.*报道的/u, s.paragraphs.join(''));
  // A comparison line printing both values already: the line is not printed twice.
  const f = extractFigures('约700亿元 约900亿元');
  const figures = [
    { subject: '青禾科技', own: f[0] as never, reported: f[1] as never, line: '青禾科技预计资本开支约700亿元，低于报道的约900亿元。' },
  ];
  const printed = [
    '据36氪报道，青禾科技资本开支约**900亿元**。对此，青禾科技回应称相关报道不准确。',
    '青禾科技2027年资本开支：公司称**约700亿元**，36氪称**约900亿元**。',
  ];
  assert.deepEqual(withOwnFigures(printed, figures), printed);
  assert.ok(sameNumber(f[0] as never, extractFigures('700亿元')[0] as never));
});

test('a denial from another item stands right after the figure it denies, not at the lead’s end', () => {
  const fifty = extractFigures('约50亿元')[0];
  assert.ok(fifty);
  const lead = '据路透社报道，北辰云计算将向星途数据采购约**50亿元**加速卡，分两年交付。星途数据股价周一收涨9.4%。';
  assert.equal(
    afterDeniedFigure(lead, '对此，北辰云计算回应称“相关信息不准确”。', fifty),
    '据路透社报道，北辰云计算将向星途数据采购约**50亿元**加速卡，分两年交付。对此，北辰云计算回应称“相关信息不准确”。星途数据股价周一收涨9.4%。',
  );
  // Through the head's standing: the other outlet's denial follows the purchase, not the share move.
  const wire = makeItem({
    title: 'Beichen Cloud to buy accelerators from Starway - sources',
    url: 'https://www.reuters.com/technology/beichen-starway-2026-12-01/',
    date: '2026-12-01',
    text: 'Beichen Cloud has agreed to buy roughly 5 billion yuan of accelerators from Starway Data over two years, one of the people said. Beichen Cloud declined to comment.',
  });
  const denied = makeItem({
    title: '北辰云计算采购传闻',
    url: 'https://36kr.com/p/beichen-starway',
    date: '2026-12-01',
    text: '36氪从多位知情人士处获悉，北辰云计算已与星途数据签署一份约50亿元的加速卡采购框架协议。对此，北辰云计算回应称“相关信息不准确”。',
  });
  const claim = single(
    'Beichen Cloud',
    'purchase',
    'unknown',
    [wire, denied].map((it) => statement(it, extractFigures(it.text), 5e9)),
    'Starway Data',
  );
  const byId = new Map([wire, denied].map((i) => [i.id, i]));
  const ctx = {
    claims: [claim],
    same: sameNumber,
    itemText: itemTextOf(byId),
    itemSentences: (id: string) => byId.get(id)?.sentences.map((s) => s.text) ?? [],
    namesOf: (e: string) =>
      e === 'Beichen Cloud' ? ['Beichen Cloud', '北辰云计算'] : e === 'Starway Data' ? ['Starway Data', '星途数据'] : [e],
    parties: ['Starway Data', '星途数据'],
    max: 30,
  };
  const out = withStanding('北辰云计算将向星途数据采购约50亿元加速卡', lead, ctx, () => '北辰云计算');
  assert.equal(
    out.lead,
    '据路透社报道，北辰云计算将向星途数据采购约**50亿元**加速卡，分两年交付。对此，北辰云计算回应称“相关信息不准确”。星途数据股价周一收涨9.4%。',
  );
});

test('no comparison line between a value and an article’s other measure when that article states the first value too', () => {
  const call = makeItem({
    title: 'Lumen Cloud Q3 2026 earnings call (transcript)',
    url: 'https://ir.lumencloud.example/q3-2026-call',
    date: '2026-11-19',
    text: 'Chief Financial Officer: So, for the third quarter, total revenue was RMB 2,764.5 million, up 31.2% year over year.',
  });
  const paper = makeItem({
    title: '澜云三季度AI收入占比升至四成',
    url: 'https://www.stcn.com/article/detail/lanyun-q3.html',
    date: '2026-11-19',
    text: '财报显示，澜云当季实现营收27.6亿元，同比增长31.2%；据证券时报记者统计，当季AI相关收入约12.4亿元，占总营收的比重首次突破四成。',
  });
  const at = (it: ItemRecord, v: number) => statement(it, extractFigures(it.text), v);
  const total = at(call, 2.7645e9);
  const paperTotal = at(paper, 2.76e9);
  // Knowledge splits the article's sentence at its semicolon: the AI part's statement is the second half.
  const ai = { ...at(paper, 1.24e9), sentence: '据证券时报记者统计，当季AI相关收入约12.4亿元，占总营收的比重首次突破四成。' };
  const all = [total, paperTotal, ai];
  // The paper gives both the total and its AI part: its 12.4亿 is no second version of the 27.645亿 total.
  assert.equal(versionsOf([total], [ai], 'revenue', all), false);
  // Two outlets' totals remain versions of one number.
  assert.equal(versionsOf([total], [paperTotal], 'revenue', all), true);
  const claim = single('澜云', 'revenue', '2026Q3', all);
  claim.conflict = true;
  const bundle = makeBundle({
    id: 'st_parts_138',
    items: [
      { title: paper.title, url: paper.url ?? '', date: '2026-11-19', text: paper.text },
      { title: call.title, url: call.url ?? '', date: '2026-11-19', text: call.text },
    ],
  });
  const inBundle = (it: ItemRecord) => bundle.items.find((x) => x.url === it.url) as ItemRecord;
  bundle.claims = [
    {
      ...claim,
      statements: [
        { ...total, itemId: inBundle(call).id },
        { ...paperTotal, itemId: inBundle(paper).id },
        { ...ai, itemId: inBundle(paper).id },
      ],
    },
  ];
  assert.deepEqual(conflictSentences(bundle, entityDirectory(loadGazetteer().entries)), []);
});
