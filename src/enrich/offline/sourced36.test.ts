/**
 * Decision 122: a figure keeps its standing on every path. A party's denial in a later sentence (or in another outlet's
 * report of the same claim) reaches the head (传…，X否认) and the lead; a figure every source gives on unnamed people's
 * word heads 传 wherever it sits (a follow-up's 续报 head, a figure past the lead's first sentence); a figure some source
 * states on its own word never does. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Claim, ItemRecord } from '../../types/index.js';
import { denialOf, deniedHead, unnamedSentence } from './denial.js';
import { createOfflineEngine } from './engine.js';
import { sameNumber } from './facts.js';
import { type HeadStandingContext, headStanding, itemTextOf, unnamedFor, withStanding } from './standing-head.js';

test('what a denial is: a party denying the report, in English and Chinese; declining to comment is none', () => {
  const own = { names: ['北辰云计算', 'Beichen Cloud'] };
  assert.equal(denialOf('对此，北辰云计算回应称相关报道不实。', own)?.head, '称不实');
  assert.equal(denialOf('北辰云计算否认了上述收购传闻。', own)?.head, '否认');
  assert.equal(denialOf('公司相关负责人表示，相关信息不准确，但未具体说明。', own)?.head, '称不准确');
  assert.equal(denialOf('A Beichen Cloud spokesperson called the figure inaccurate.', own)?.head, '称不准确');
  assert.equal(denialOf('Beichen Cloud denied the report in a statement on Tuesday.', own)?.head, '否认');
  assert.equal(denialOf('Beichen Cloud said it had no such plans.', own)?.head, '称无此计划');
  // Declining to comment, someone else's denial, a correction of the company's own data, the author's clarification.
  assert.equal(denialOf('Beichen Cloud declined to comment.', own), undefined);
  assert.equal(denialOf('Beichen Cloud declined to comment, while Starway Data denied the report.', own), undefined);
  assert.equal(denialOf('北辰云计算表示，上季度披露的毛利率有误，已更正为31%。', own), undefined);
  assert.equal(denialOf('需要澄清的是，北辰云计算的投资并非一次性到位。', own), undefined);
  // A denial of the valuation answers no purchase amount.
  assert.equal(denialOf('北辰云计算回应称有关估值的报道不准确。', { ...own, metric: 'purchase' }), undefined);
  assert.ok(unnamedSentence('Beichen has agreed to buy about 5 billion yuan of chips from Starway, one of the people said.'));
  assert.ok(!unnamedSentence('Beichen said on its call it would buy 5 billion yuan of chips.'));
});

test('a denied head says so before a follow-up mark, and shortens the party when the head is long', () => {
  const d = { head: '否认', lead: '否认了相关报道', sentence: '' };
  assert.equal(deniedHead('北辰云计算拟以30亿元收购星途数据', ['北辰云计算'], d, 30), '传北辰云计算拟以30亿元收购星途数据，北辰云计算否认');
  assert.equal(deniedHead('传北辰云计算收购星途数据（续报）', ['北辰云计算'], d, 30), '传北辰云计算收购星途数据，北辰云计算否认（续报）');
  assert.equal(
    deniedHead('北辰云计算将以约30亿元人民币收购星途数据全部股权', ['北辰云计算', '北辰云'], d, 30),
    '传北辰云计算将以约30亿元人民币收购星途数据全部股权，公司否认',
  );
  assert.equal(deniedHead('传北辰云计算收购星途数据，公司否认', ['北辰云计算'], d, 30), '传北辰云计算收购星途数据，公司否认');
});

/** A claim of `value` stated in each item's sentence holding it. */
function claimOf(subject: string, metric: string, value: number, items: readonly ItemRecord[], counterparty?: string): Claim {
  return single(
    subject,
    metric,
    'unknown',
    items.map((it) => statement(it, extractFigures(it.text), value)),
    counterparty,
  );
}

function ctxOf(claims: readonly Claim[], items: readonly ItemRecord[]): HeadStandingContext {
  const byId = new Map(items.map((i) => [i.id, i]));
  return {
    claims,
    same: sameNumber,
    itemText: itemTextOf(byId),
    itemSentences: (id) => byId.get(id)?.sentences.map((s) => s.text) ?? [],
    namesOf: (e) => (e === 'Beichen Cloud' ? ['Beichen Cloud', '北辰云计算', '北辰云'] : [e]),
    parties: ['Starway Data', '星途数据'],
    max: 30,
  };
}

const wire = makeItem({
  title: 'Beichen Cloud plans 30 billion yuan capex next year - sources',
  url: 'https://www.reuters.com/technology/beichen-capex-2026-12-01/',
  date: '2026-12-01',
  text: [
    'Beichen Cloud plans to spend about 30 billion yuan on capital expenditure next year, two people familiar with the matter said.',
    'Beichen Cloud has agreed to buy roughly 5 billion yuan of accelerators from Starway Data over two years, one of the people said.',
    'Beichen Cloud declined to comment.',
  ].join(' '),
});
const denied = makeItem({
  title: '北辰云计算明年资本开支或达300亿元',
  url: 'https://36kr.com/p/beichen-capex',
  date: '2026-12-01',
  text: '36氪从多位知情人士处获悉，北辰云计算已与星途数据签署一份约60亿元的加速卡采购框架协议。该协议分两年交付。对此，北辰云计算回应称“相关信息不准确”。',
});
const call = makeItem({
  title: 'Beichen Cloud Q3 earnings call (transcript)',
  url: 'https://ir.beichen.example/q3-call',
  date: '2026-11-30',
  text: 'Chief Executive Officer: We have agreed to buy roughly 5 billion yuan of accelerators from Starway Data over two years.',
});

test('a head figure every source gives on unnamed people heads 传, past the lead’s first sentence and on a 续报 head', () => {
  const claims = [claimOf('Beichen Cloud', 'purchase', 5e9, [wire], 'Starway Data')];
  const ctx = ctxOf(claims, [wire]);
  assert.equal(headStanding('北辰云计算将向星途数据采购约50亿元加速卡（续报）', ctx), 'rumour');
  const lead = '据路透社报道，北辰云计算明年资本开支约300亿元。北辰云计算将向星途数据采购约50亿元加速卡。';
  assert.equal(
    withStanding('北辰云计算将向星途数据采购约50亿元加速卡（续报）', lead, ctx, (p) => p).headline,
    '传北辰云计算将向星途数据采购约50亿元加速卡（续报）',
  );
  // Told as a report already (细节曝光): no 传 before it.
  assert.equal(withStanding('北辰云计算约50亿元采购细节曝光', lead, ctx, (p) => p).headline, '北辰云计算约50亿元采购细节曝光');
  // Hedged already (拟): left.
  assert.equal(
    withStanding('北辰云计算拟向星途数据采购约50亿元加速卡', lead, ctx, (p) => p).headline,
    '北辰云计算拟向星途数据采购约50亿元加速卡',
  );
  // The company's call stating the same figure: no rumour.
  const firm = ctxOf([claimOf('Beichen Cloud', 'purchase', 5e9, [wire, call], 'Starway Data')], [wire, call]);
  assert.equal(headStanding('北辰云计算将向星途数据采购约50亿元加速卡', firm), 'firm');
  assert.equal(
    withStanding('北辰云计算将向星途数据采购约50亿元加速卡', lead, firm, (p) => p).headline,
    '北辰云计算将向星途数据采购约50亿元加速卡',
  );
});

test('a denial in another outlet’s report of the same claim reaches the head and the lead', () => {
  const claim = claimOf('Beichen Cloud', 'purchase', 5e9, [wire], 'Starway Data');
  claim.statements.push(statement(denied, extractFigures(denied.text), 6e9));
  const ctx = ctxOf([claim], [wire, denied]);
  const lead = '据路透社报道，北辰云计算将向星途数据采购约**50亿元**加速卡，分两年交付。';
  const out = withStanding('北辰云计算将向星途数据采购约50亿元加速卡', lead, ctx, () => '北辰云计算');
  assert.equal(out.headline, '传北辰云计算将向星途数据采购约50亿元加速卡，北辰云称不准确');
  assert.match(out.lead ?? '', /北辰云计算回应称“相关信息不准确”。$/u);
  // A lead telling the denial already is left.
  const told = `${lead}北辰云计算回应称相关信息不准确。`;
  assert.equal(withStanding('北辰云计算将向星途数据采购约50亿元加速卡', told, ctx, () => '北辰云计算').lead, told);
  // Declining to comment is no denial: the head is a rumour, no more.
  const onlyWire = ctxOf([claimOf('Beichen Cloud', 'purchase', 5e9, [wire], 'Starway Data')], [wire]);
  assert.equal(
    withStanding('北辰云计算将向星途数据采购约50亿元加速卡', lead, onlyWire, () => '北辰云计算').headline,
    '传北辰云计算将向星途数据采购约50亿元加速卡',
  );
});

test('a story whose report the company denied in a later sentence heads and leads with the denial', async () => {
  const bundle = makeBundle({
    id: 'st_denied_122',
    items: [
      {
        title: '北辰云计算将以30亿元收购星途数据',
        url: 'https://www.cls.cn/detail/beichen-starway',
        date: '2026-12-02',
        text: [
          '北辰云计算将以30亿元收购星途数据全部股权，交易预计明年一季度完成。',
          '星途数据去年营收约4.2亿元。',
          '记者就此向北辰云计算求证，北辰云计算相关负责人表示，上述报道不实。',
        ].join(''),
      },
    ],
    attributions: [{ value: 3e9, subject: '北辰云计算', metric: 'acquisition', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('北辰云计算', 'acquisition', 'unknown', [statement(it, figs[it.id] ?? [], 3e9)], '星途数据')];
    },
  });
  const s = await createOfflineEngine().doWriteStory(bundle, 'stories');
  assert.match(s.headline, /^传.*30亿元.*，(?:北辰云计算|公司)称不实$/u, s.headline);
  assert.match(s.paragraphs[0] ?? '', /不实/u, s.paragraphs[0]);
});

test('a denial of another matter in the same article does not reach the head', () => {
  const loan = (denial: string) =>
    makeItem({
      title: 'Beichen Cloud Lines Up $9 Billion Bridge Loan',
      url: 'https://www.wsj.com/tech/beichen-bridge-loan',
      date: '2026-12-02',
      text: `Beichen Cloud has secured a $9 billion bridge loan from a group of banks, according to people familiar with the matter. Its shares fell 3% on Friday. ${denial}`,
    });
  const head = '北辰云计算获得90亿美元过桥贷款';
  for (const denial of [
    // Another company's shares: a party outside the claim.
    'A Beichen Cloud spokeswoman said the company is not planning to sell more Helio Networks shares, denying a report on the sale.',
    // Another amount: a report of a sale of $2 billion, not of the loan.
    'A Beichen Cloud spokeswoman denied a report that it sought $2 billion from a share sale.',
  ]) {
    const it = loan(denial);
    const ctx = { ...ctxOf([claimOf('Beichen Cloud', 'debt', 9e9, [it])], [it]), parties: ['Helio Networks'] };
    assert.equal(
      withStanding(head, '据《华尔街日报》援引知情人士报道，北辰云计算获得**90亿美元**过桥贷款。', ctx, () => '北辰云计算').headline,
      `传${head}`,
    );
  }
  // The loan itself denied: the denial reaches the head.
  const it = loan('A Beichen Cloud spokeswoman denied the report.');
  const ctx = ctxOf([claimOf('Beichen Cloud', 'debt', 9e9, [it])], [it]);
  assert.equal(withStanding(head, '北辰云计算获得**90亿美元**过桥贷款。', ctx, () => '北辰云计算').headline, `传${head}，北辰云计算否认`);
});

test('a figure one outlet states plainly is no rumour, though another gives it on unnamed people', () => {
  const plain = makeItem({
    title: '北辰云计算将向星途数据采购约50亿元加速卡',
    url: 'https://36kr.com/p/beichen-starway-plain',
    date: '2026-12-01',
    text: '36氪获悉，北辰云计算已与星途数据签署约50亿元的加速卡采购协议。据知情人士透露，北辰云计算今年营收约120亿元。',
  });
  const ctx = ctxOf([claimOf('Beichen Cloud', 'purchase', 5e9, [wire, plain], 'Starway Data')], [wire, plain]);
  assert.equal(headStanding('北辰云计算将向星途数据采购约50亿元加速卡', ctx), 'unknown');
  assert.equal(
    withStanding('北辰云计算将向星途数据采购约50亿元加速卡', '', ctx, (p) => p).headline,
    '北辰云计算将向星途数据采购约50亿元加速卡',
  );
});

test('a reply stating no amount answers the sentence before it: a reply to another rumour denies no head figure', () => {
  const filing = makeItem({
    title: '北辰云计算签下约50亿元加速卡订单',
    url: 'https://www.cls.cn/detail/beichen-order',
    date: '2026-12-01',
    text: '北辰云计算公告称，已与星途数据签署约50亿元加速卡采购合同。市场传闻北辰云计算还将向星途数据追加投资20亿元至30亿元。对此，北辰云计算回应称“暂无相关计划”。',
  });
  const claim = claimOf('Beichen Cloud', 'purchase', 5e9, [filing], 'Starway Data');
  const ctx = ctxOf([claim], [filing]);
  const lead = '北辰云计算公告称，已与星途数据签署约**50亿元**加速卡采购合同。';
  const out = withStanding('北辰云计算签下约50亿元加速卡订单', lead, ctx, () => '北辰云计算');
  assert.equal(out.headline, '北辰云计算签下约50亿元加速卡订单');
  assert.equal(out.lead, lead);
});

test('a rumour told of another figure in the same sentence (低于此前市场传闻的…) is no rumour of the head’s figure', () => {
  assert.equal(unnamedFor('董事会批准回购1650亿卢比，低于此前市场传闻的1800亿卢比。', '1650亿卢比'), false);
  assert.equal(unnamedFor('据知情人士透露，董事会将批准回购1650亿卢比。', '1650亿卢比'), true);
  assert.equal(unnamedFor('董事会将批准回购1650亿卢比，知情人士称。', '1650亿卢比'), true);
});
