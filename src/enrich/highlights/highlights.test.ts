import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalSubject, extract, loadGazetteer, lookupEntry } from '../../extract/index.js';
import { buildKnowledge } from '../../knowledge/index.js';
import { normalizeItem } from '../../normalize/index.js';
import { checkHighlights, renderHighlights } from '../../render/index.js';
import type { ItemRecord } from '../../types/index.js';
import { untraceable } from '../numeric-guard/index.js';
import { entityDirectory } from '../offline/names.js';
import { allowedForQuote, analyzeQuote, defaultHighlightRules, type KnowledgeView, offlineInsight } from './index.js';

const gaz = loadGazetteer(undefined);
const rules = defaultHighlightRules();
const dir = entityDirectory(gaz.entries);
const kopts = { canonicalSubject: (n: string) => canonicalSubject(n, gaz), ownerOf: (n: string) => lookupEntry(n, gaz)?.parent };

/** A knowledge base built from our own small articles, each named by an outlet. */
function kbOf(articles: { text: string; date: string; outlet: string }[]): KnowledgeView {
  const items: ItemRecord[] = articles.map((a, i) => {
    const n = normalizeItem({
      kind: 'article',
      format: 'markdown',
      title: `a${i}`,
      url: null,
      date: a.date,
      author: null,
      raw: a.text,
      text: a.text,
      meta: {},
      pairs: [],
      links: [],
      messages: [],
    });
    return { ...n, sourceId: i + 1, source: `/fixtures/${i}.md`, story: null, ingestedAt: '' };
  });
  const extractions = items.map((it) => ({ itemId: it.id, ...extract(it.text, { date: it.date, kind: 'article' }, gaz) }));
  const snap = buildKnowledge({ items, extractions }, kopts);
  const outlet = new Map(items.map((it, i) => [it.id, articles[i]?.outlet ?? '另一来源']));
  return { claims: snap.claims, deals: snap.deals, label: (s) => outlet.get(s.itemId) ?? '另一来源' };
}

const EMPTY: KnowledgeView = { claims: [], deals: [], label: () => '另一来源' };

function annotate(quote: string, note = '', kb: KnowledgeView = EMPTY, date = '2026-11-20') {
  const a = analyzeQuote({ quote, note, date }, kb, gaz, rules, kopts);
  const insight = offlineInsight(a, kb, dir, rules);
  // Every number of every insight traces to a figure of the quote, the note, the store or arithmetic on them.
  assert.deepEqual(untraceable(insight.text, allowedForQuote(a)), [], `untraceable numbers in ${insight.text}`);
  return { a, insight };
}

test('derived total: $4B now, up to $10B more, $2B earlier → 合计最高160亿美元', () => {
  const { insight } = annotate(
    'Amazon is putting $4 billion into the startup now, with up to $10 billion more to follow, after $2 billion earlier.',
  );
  assert.ok(insight.text.includes('合计最高160亿美元'), insight.text);
  assert.ok(insight.text.includes('40亿美元＋最多100亿美元＋20亿美元'), insight.text);
  assert.ok(insight.text.includes('确定的部分为60亿美元'), insight.text);
  assert.equal(insight.kinds[0], 'derived-total');
});

test('ratio: a stated multiple checked against its two amounts, written Chinese-style', () => {
  const ok = annotate("The lab's order book reached $90 billion in June, 3 times the $30 billion it held a year earlier.");
  assert.ok(ok.insight.text.includes('900亿美元约为300亿美元的3倍'), ok.insight.text);
  assert.deepEqual(ok.insight.kinds, ['ratio']);
  const wrong = annotate("The lab's order book reached $90 billion in June, 5 times the $30 billion it held a year earlier.");
  assert.ok(wrong.insight.text.includes('只有3倍') && wrong.insight.text.includes('5倍不符'), wrong.insight.text);
});

test('growth and surprising: two periods in the quote, and an earlier value in the store', () => {
  const g = annotate("Oracle's capital expenditures will reach about $33 billion in fiscal 2026, up from $30 billion in fiscal 2025.");
  assert.deepEqual(g.insight.kinds, ['growth']);
  assert.ok(g.insight.text.includes('增长约10%'), g.insight.text);
  const kb = kbOf([{ text: 'Meta spent $20 billion on capital expenditures in 2025.', date: '2025-12-30', outlet: '路透社' }]);
  const s = annotate('Meta will spend $45 billion on capital expenditures in 2026.', '', kb, '2026-11-20');
  assert.ok(s.insight.kinds.includes('surprising'), JSON.stringify(s.insight));
  assert.ok(s.insight.text.includes('2025年的200亿美元（路透社）') && s.insight.text.includes('增长约125%'), s.insight.text);
});

test('conflict: another source in the store states a different value for the same claim', () => {
  const kb = kbOf([
    { text: 'Google will spend about $85 billion on capital expenditures in 2026, analysts estimate.', date: '2026-11-18', outlet: '彭博' },
  ]);
  const { insight } = annotate('Google will spend more than $100 billion on capital expenditures in 2026.', '', kb);
  assert.equal(insight.kinds[0], 'conflict');
  assert.ok(insight.text.includes('彭博称谷歌2026年资本开支约为850亿美元') && insight.text.includes('超过1000亿美元'), insight.text);
});

test('corroborated and single source: the same value elsewhere, or nowhere else', () => {
  const kb = kbOf([{ text: '微软2026年资本开支约为1200亿美元。', date: '2026-11-18', outlet: '财新网' }]);
  const c = annotate('Microsoft will spend about $120 billion on capital expenditures in 2026.', '', kb);
  assert.ok(c.insight.kinds.includes('corroborated'), JSON.stringify(c.insight));
  assert.ok(c.insight.text.includes('另有财新网印证'), c.insight.text);
  const s = annotate('Microsoft will spend about $120 billion on capital expenditures in 2026.');
  assert.deepEqual(s.insight.kinds, ['single-source']);
  assert.ok(s.insight.text.startsWith('微软2026年资本开支约1200亿美元'), s.insight.text);
});

test('stated baseline: a figure of the reader’s note is the baseline; the reader’s own arithmetic is not', () => {
  const s = annotate(
    'Cloud providers will spend more than $500 billion on data centers in 2026.',
    'Compare with the $250 billion of last year.',
  );
  assert.ok(s.insight.kinds.includes('stated-baseline') && s.insight.kinds.includes('surprising'), JSON.stringify(s.insight));
  assert.ok(s.insight.text.includes('参照值2500亿美元高出约100%'), s.insight.text);
  const own = annotate('The startup expects revenue of $8 billion this year, four times its 2025 level.', 'So about $2 billion in 2025?');
  assert.deepEqual(own.insight.kinds, ['baseline']);
  assert.ok(own.insight.text.includes('2025年的基数约20亿美元'), own.insight.text);
});

test('implied: what a fall leaves, and a multi-year sum per year', () => {
  const r = annotate('The price of inference fell by more than 80% in eighteen months.');
  assert.ok(r.insight.text.includes('只剩原来的不到20%'), r.insight.text);
  const y = annotate('The utility signed a power deal worth $12 billion over four years with the data-center operator.');
  assert.ok(y.insight.text.includes('平均每年约30亿美元'), y.insight.text);
});

test('loop and deal: a flow that closes a loop with the stored flows', () => {
  const kb = kbOf([{ text: 'Nvidia will invest up to $50 billion in OpenAI.', date: '2026-11-18', outlet: '金融时报' }]);
  const { insight } = annotate('OpenAI agreed to buy $30 billion of Nvidia chips next year.', '', kb);
  assert.deepEqual(insight.kinds.slice(0, 2), ['loop', 'deal'], insight.text);
  assert.ok(insight.text.includes('英伟达与OpenAI之间循环') || insight.text.includes('OpenAI与英伟达之间循环'), insight.text);
  assert.ok(insight.text.includes('OpenAI向英伟达采购，金额300亿美元'), insight.text);
});

test('no number: a claim without a figure says so, and points at a stored figure of what it names', () => {
  const bare = annotate('Nobody knows who will be left holding the risk when the spending slows.');
  assert.deepEqual(bare.insight.kinds, ['no-number']);
  assert.ok(bare.insight.text.includes('无量化依据'), bare.insight.text);
  const kb = kbOf([{ text: 'Anthropic expects revenue of $9 billion in 2026.', date: '2026-11-18', outlet: '路透社' }]);
  const ctx = annotate('Anthropic is the lab investors trust most with enterprise customers.', '', kb);
  assert.deepEqual(ctx.insight.kinds, ['no-number']);
  assert.ok(ctx.insight.text.includes('可对照：Anthropic 2026年营收为90亿美元（路透社）'), ctx.insight.text);
});

test('the rendered file passes the highlights publishability check; a bad one does not', () => {
  const quotes = [
    'Amazon is putting $4 billion into the startup now, with up to $10 billion more to follow, after $2 billion earlier.',
    'Nobody knows who will be left holding the risk when the spending slows.',
  ];
  const done = quotes.map((q) => annotate(q));
  const md = renderHighlights({
    title: 'Capex notes',
    date: '2026-11-20',
    pairs: done.map((d) => ({ quote: d.a.pair.quote, insight: d.insight.text })),
  });
  const allowed = done.flatMap((d) => allowedForQuote(d.a));
  assert.deepEqual(checkHighlights(md, { allowed }), []);
  const bad = `${md}\n${quotes[0]}\n合计约999亿美元,需要核对。\n\n${quotes[1]}\nThis quote has no number behind it at all, sadly.\n`;
  const rules = checkHighlights(bad, { allowed }).map((p) => p.rule);
  assert.ok(rules.includes('figure-untraced') && rules.includes('half-width-punctuation'), rules.join());
  assert.ok(rules.includes('english-paragraph') || rules.includes('missing-insight'), rules.join());
});
