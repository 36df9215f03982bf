/**
 * The compose13 audit's fixes (issue 11): a dollar amount restated in a local currency never heads, a level rate
 * (a margin) is no change, the size of each deal of a kind is no amount, an English sentence that names someone else
 * before a figure does not give it to the claim's subject, a change at constant exchange rates says so, and a title
 * that asks yields to a fact. Fixtures are hand-written sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement, storyFactOf } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, findEntities, loadGazetteer } from '../../extract/index.js';
import type { Claim, Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { withinLength } from '../assemble/tidy.js';
import { loadGazetteerEntries } from '../data-files.js';
import { claimHeadline, claimSentence, ownerElsewhere } from './compose.js';
import { conversion } from './conversion.js';
import { createOfflineEngine } from './engine.js';
import { hedgedFigure, type StoryFact } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: defaultStoryTemplates() };
const engine = createOfflineEngine();

/** One English item's bundle with the figure of `value` filed under the given claim fields, as a fact. */
function englishFact(
  sentence: string,
  value: number,
  claim: Omit<Claim, 'statements' | 'conflict' | 'latest' | 'mostCited'>,
): { fact: StoryFact; bundle: StoryBundle } {
  const bundle = makeBundle({
    id: 'st13',
    items: [{ title: 'Wire report', text: sentence, url: 'https://wire.example.com/a', date: '2026-06-02' }],
  });
  const item = bundle.items[0] as ItemRecord;
  const figures = bundle.figures[item.id] as Figure[];
  const st = statement(item, figures, value);
  const c: Claim = {
    ...single(claim.subject, claim.metric, claim.period, [st], claim.counterparty),
    ...(claim.scope ? { scope: claim.scope } : {}),
  };
  const fact = storyFactOf(item, c, st);
  return { fact, bundle: { ...bundle, claims: [c] } };
}

test('a dollar amount restated in brackets in a local currency is that amount, never a figure of its own', () => {
  const s = '某软件巨头公布第四财季业绩，收入按年增长12%至512亿美元（约4000亿港元），胜市场预期。';
  const figs = extractFigures(s);
  const hkd = figs.find((f) => f.currency === 'HKD');
  const usd = figs.find((f) => f.currency === 'USD');
  assert.ok(hkd && usd);
  assert.equal(conversion({ figure: hkd, sentence: s }), true);
  assert.equal(conversion({ figure: usd, sentence: s }), false);
  // A local amount with its dollar value in brackets stays as compose6 left it (the dollar amount may head).
  const twd = '某电子厂出资约新台币32亿元（约1亿美元），持股51%。';
  const f = extractFigures(twd).find((x) => x.currency === 'USD');
  assert.ok(f);
  assert.equal(conversion({ figure: f, sentence: twd }), false);
});

test('a margin heads as a level (利润率21.4%), a growth rate as a change (营收增长9%)', () => {
  const margin = englishFact("The IT services firm's operating margin was 21.4% in the second quarter.", 21.4, {
    subject: 'Infosys',
    metric: 'margin',
    period: 'FY2027Q2',
  });
  const h = claimHeadline(margin.fact, margin.bundle, ctx);
  assert.ok(h && /利润率21\.4%$/.test(h) && !/增长/.test(h), h);
  const growth = englishFact('Infosys said revenue grew 9% in the second quarter.', 9, {
    subject: 'Infosys',
    metric: 'revenue-growth',
    period: 'FY2027Q2',
  });
  const g = claimHeadline(growth.fact, growth.bundle, ctx);
  assert.ok(g && /增长9%$/.test(g), g);
});

test('the size of each deal of a kind bounds a class of deals: it is no amount anyone paid', () => {
  const en = 'Large deal wins - contracts worth more than $75 million each - totalled $2.4 billion in the quarter.';
  assert.equal(hedgedFigure(en, '$75 million', 'contract'), true);
  assert.equal(hedgedFigure(en, '$2.4 billion', 'contract'), false);
  const zh = '公司第三季度共签下单笔金额超过5000万美元的大单12笔，合计金额达24亿美元。';
  const [bound, total] = extractFigures(zh).filter((f) => f.kind === 'money');
  assert.ok(bound && total);
  assert.equal(hedgedFigure(zh, bound.text, 'contract'), true);
  assert.equal(hedgedFigure(zh, total.text, 'contract'), false);
});

test('an English sentence naming someone else before the figure does not give the amount to the claim subject', () => {
  const market = englishFact(
    'Shanghai listings have raised about $14 billion so far this year, putting the city on track for a record year.',
    14e9,
    { subject: 'Nvidia', metric: 'ipo', period: '2026' },
  );
  assert.ok(findEntities(market.fact.sentence, ctx.gaz).some((m) => m.name !== 'Nvidia'));
  assert.equal(ownerElsewhere(market.fact, market.bundle), true);
  assert.equal(claimSentence(market.fact, market.bundle, ctx), undefined);
  // The subject named in the sentence, or referred to (it, the company), keeps its figure.
  const own = englishFact('Nvidia said revenue in Shanghai rose to $14 billion.', 14e9, {
    subject: 'Nvidia',
    metric: 'revenue',
    period: '2026',
  });
  assert.equal(ownerElsewhere(own.fact, own.bundle), false);
  const back = englishFact('Shanghai lenders agreed to lend it about $14 billion.', 14e9, {
    subject: 'Nvidia',
    metric: 'debt',
    period: '2026',
  });
  assert.equal(ownerElsewhere(back.fact, back.bundle), false);
  // A Chinese sentence is read by the extraction's own rules.
  const zh = englishFact('上海今年IPO募资约140亿美元。', 14e9, { subject: 'Nvidia', metric: 'ipo', period: '2026' });
  assert.equal(ownerElsewhere(zh.fact, zh.bundle), false);
});

test('a change at constant exchange rates says so (按固定汇率计算增长)', () => {
  const cc = englishFact('Wipro said revenue grew 4.5% in constant currency in the quarter.', 4.5, {
    subject: 'Wipro',
    metric: 'revenue-growth',
    period: '2026Q3',
    scope: '按固定汇率计算',
  });
  const s = claimSentence(cc.fact, cc.bundle, ctx);
  assert.ok(s?.includes('按固定汇率计算增长4.5%'), s);
  const h = claimHeadline(cc.fact, cc.bundle, ctx);
  assert.ok(h?.includes('按固定汇率计算增长4.5%'), h);
});

test('a title that asks heads the story only when no undisputed fact can', async () => {
  const text = '某科技公司2027年资本开支预算初定约900亿元，较今年增长约两成。公司还与一家国产GPU厂商签署约30亿元的训练卡采购框架协议。';
  const b = makeBundle({
    id: 'st13_q',
    items: [{ title: '900亿元资本开支背后：国产GPU能拿到多大份额？', text, url: 'https://36kr.com/p/13', date: '2026-06-02' }],
    attributions: [{ value: 9e10, subject: '字节跳动', metric: 'capex', period: '2027' }],
    claims: (items, figures) => {
      const it = items[0] as ItemRecord;
      return [single('字节跳动', 'capex', '2027', [statement(it, figures[it.id] as Figure[], 9e10)])];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  assert.ok(!/多大|？/.test(s.headline), s.headline);
  assert.match(s.headline, /900亿元/);
  // With the only fact disputed, the question stays (neither value heads).
  const disputed = { ...b, claims: b.claims.map((c) => ({ ...c, conflict: true })) };
  const q = await engine.doWriteStory(disputed, 'stories');
  assert.match(q.headline, /多大份额/);
});

test('a follow-up headline cut to length keeps its （续报）', () => {
  assert.equal(
    withinLength('某服务器厂AI服务器营收同比增长逾170%，明年机柜出货预计增长一倍（续报）'),
    '某服务器厂AI服务器营收同比增长逾170%（续报）',
  );
  assert.equal(withinLength('某服务器厂AI服务器营收同比增长逾170%，明年机柜出货预计增长一倍'), '某服务器厂AI服务器营收同比增长逾170%');
});
