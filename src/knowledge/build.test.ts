import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { usd } from '../../test/fixtures/knowledge/records.js';
import { extract, loadGazetteer } from '../extract/index.js';
import type { ItemExtraction } from '../store/types.js';
import type { ItemRecord } from '../types/item.js';
import { buildKnowledge } from './index.js';

interface CorpusItem {
  id: string;
  source: string;
  date: string;
  lang: 'en' | 'zh';
  title: string;
  text: string;
}
const corpus = JSON.parse(readFileSync(new URL('../../test/fixtures/knowledge/corpus.json', import.meta.url), 'utf8')) as {
  items: CorpusItem[];
  expectedCycles: string[][];
  acyclicItems: string[];
  plantedClaims: { subject: string; metric: string; period: string; conflict: boolean }[];
};

function record(i: CorpusItem): ItemRecord {
  return {
    ...i,
    kind: 'article',
    format: 'markdown',
    url: null,
    author: null,
    raw: i.text,
    meta: {},
    pairs: [],
    links: [],
    messages: [],
    sentences: [],
    hash: i.id,
    sourceId: 1,
    story: null,
    ingestedAt: '2026-03-01T00:00:00Z',
  };
}

const gaz = loadGazetteer();
const items = corpus.items.map(record);
const extractions: ItemExtraction[] = items.map((it) => ({
  itemId: it.id,
  ...extract(it.text, { date: it.date, lang: it.lang as 'en' | 'zh' }, gaz),
}));
const snapshot = buildKnowledge({ items, extractions });

test('end to end: extract() + buildKnowledge() find every planted loop', () => {
  assert.deepEqual(snapshot.cycles, corpus.expectedCycles);
});

test('end to end: a corpus whose flows do not close reports no loop (but has deals)', () => {
  const only = (ids: string[]) => ({
    items: items.filter((i) => ids.includes(i.id)),
    extractions: extractions.filter((e) => ids.includes(e.itemId)),
  });
  const k = buildKnowledge(only(corpus.acyclicItems));
  assert.ok(k.deals.length >= 3, JSON.stringify(k.deals.map((d) => [d.from, d.to])));
  assert.deepEqual(k.cycles, []);
  assert.ok(!k.deals.some((d) => d.from === 'OpenAI' && d.to === 'Anthropic'), 'a sentence merely naming two companies gives no edge');
});

test('end to end: planted claims are grouped across sources and classified', () => {
  for (const p of corpus.plantedClaims) {
    const c = snapshot.claims.find((x) => x.subject === p.subject && x.metric === p.metric && x.period === p.period);
    assert.ok(c, `claim ${p.subject}/${p.metric}/${p.period}`);
    assert.equal(new Set(c.statements.map((s) => s.itemId)).size, 2, 'stated by both sources');
    assert.equal(c.conflict, p.conflict, `${p.subject} ${p.period}`);
  }
});

test('statements carry item, source, 1-based line of the sentence start, sentence and date', () => {
  const c = snapshot.claims.find((x) => x.subject === 'Google' && x.metric === 'capex');
  const s = c?.statements.find((x) => x.itemId === 'it_c01');
  assert.ok(s);
  assert.equal(s.source, 'fixtures/wire-capex.md');
  assert.equal(s.line, 5);
  assert.equal(s.sentence, 'Google expects capital expenditures of $85 billion in 2026.');
  assert.equal(s.date, '2026-02-20');
  const item = corpus.items.find((i) => i.id === 'it_c01');
  assert.equal(item?.text.slice(s.figure.start, s.figure.end), s.figure.text, 'figure offsets stay item offsets');
});

test('deal amounts keep item offsets', () => {
  const d = snapshot.deals.find((x) => x.from === 'Nvidia' && x.to === 'OpenAI' && x.amount);
  assert.ok(d?.amount);
  const item = corpus.items.find((i) => i.id === d.itemId);
  assert.equal(item?.text.slice(d.amount.start, d.amount.end), d.amount.text);
  assert.equal(d.amount.qualifier, 'max');
});

test('re-ingesting the same items (duplicated, shuffled) gives an identical snapshot: no duplicate claims, edges or derived facts', () => {
  const again = buildKnowledge({ items: [...items, ...items].reverse(), extractions: [...extractions, ...[...extractions].reverse()] });
  assert.deepEqual(again, snapshot);
});

test('derived facts are computed in buildKnowledge with item-offset inputs', () => {
  const text = 'Nvidia will invest $5 billion today and up to $20 billion more, building on $8 billion it put in last year.';
  const it = record({ id: 'it_d01', source: 'd.md', date: '2026-03-01', lang: 'en', title: 't', text: `Title\n\n${text}` });
  const off = 7;
  const figs = [usd(text, '$5 billion', 5e9), usd(text, 'up to $20 billion', 2e10, 'max'), usd(text, '$8 billion', 8e9)].map((f) => ({
    ...f,
    start: f.start + off,
    end: f.end + off,
  }));
  const k = buildKnowledge({ items: [it, it], extractions: [{ itemId: 'it_d01', figures: figs, entities: [] }] });
  assert.equal(k.derived.length, 1);
  assert.equal(k.derived[0]?.value, 33e9);
  assert.equal(k.derived[0]?.inputs[0]?.start, figs[0]?.start);
});

/** Short articles written for this test: the facts of a funding round spread over sentences, in both languages. */
const ROUND_ITEMS: CorpusItem[] = [
  {
    id: 'it_round_en',
    source: '/news/mistral-round.md',
    date: '2026-03-02',
    lang: 'en',
    title: 'Mistral raises $3 billion',
    text: 'Mistral AI is close to closing a $3 billion funding round.\n\nSamsung and Cisco are expected to commit a combined $1 billion. Intel is negotiating an investment of as much as $500 million.\n\nIt is also lining up $2 billion of loans from a group of banks led by Blackstone.',
  },
  {
    id: 'it_round_zh',
    source: '/news/zhipu-round.md',
    date: '2026-03-02',
    lang: 'zh',
    title: '智谱完成新一轮融资',
    text: '智谱近日完成新一轮 30 亿元融资。\n\n本轮由腾讯与美团联合领投，两家合计出资 20 亿元；红杉中国跟投。',
  },
];

test('end to end: investors named after the round pay the company raising money; joint payers marked; file lines kept', () => {
  const its = ROUND_ITEMS.map(record);
  const ex = its.map((it) => ({ itemId: it.id, ...extract(it.text, { date: it.date, lang: it.lang as 'en' | 'zh' }, gaz) }));
  const snap = buildKnowledge({ items: its, extractions: ex });
  const edges = snap.deals.map((d) => `${d.from} → ${d.to}${d.joint ? ' +joint' : ''} @${d.line}`).sort();
  assert.deepEqual(edges, [
    'Blackstone → Mistral AI @5',
    'Cisco → Mistral AI +joint @3',
    'Intel → Mistral AI @3',
    'Meituan → Zhipu AI +joint @3',
    'Samsung Electronics → Mistral AI +joint @3',
    'Sequoia China → Zhipu AI @3',
    'Tencent → Zhipu AI +joint @3',
  ]);
});

test('an investment arm stands for its parent in deals (Intel Capital → Intel), as a product does', () => {
  const it = record({
    id: 'it_arm',
    source: 'arm.md',
    date: '2026-02-10',
    lang: 'en',
    title: 'Robot maker raises funds',
    text: 'Intel Capital invested $300 million in Figure AI, the robot maker said on Tuesday.',
  });
  const ex: ItemExtraction = { itemId: it.id, ...extract(it.text, { date: it.date, lang: 'en' }, gaz) };
  const k = buildKnowledge({ items: [it], extractions: [ex] }, { ownerOf: (n) => (n === 'Intel Capital' ? 'Intel' : undefined) });
  const pairs = k.deals.map((d) => `${d.from}->${d.to}`);
  assert.ok(pairs.includes('Intel->Figure AI'), pairs.join(', '));
  assert.ok(!pairs.some((p) => p.startsWith('Intel Capital')), pairs.join(', '));
});

test('a financing vehicle named in apposition is a party of its own: its equity investors and lenders pay it, not the sponsor', () => {
  const it = record({
    id: 'it_named_spv',
    source: 'prairie.md',
    date: '2026-04-02',
    lang: 'en',
    title: 'Oracle campus financing',
    text: 'Oracle is raising $8 billion for a data-center campus in Kansas through a special purpose vehicle.\n\nThe vehicle, Prairie Compute Funding LLC, will be funded with $6 billion of debt and $2 billion of equity.\n\nBlackstone will contribute $1.6 billion of equity for an 80% stake, with Oracle holding the remaining 20%.\n\nBarclays and Morgan Stanley are providing the loans.',
  });
  const ex: ItemExtraction = { itemId: it.id, ...extract(it.text, { date: it.date, lang: 'en' }, gaz) };
  const k = buildKnowledge({ items: [it], extractions: [ex] });
  const edges = k.deals.map((d) => `${d.from} → ${d.to} (${d.kind})`).sort();
  assert.deepEqual(edges, [
    'Barclays → Prairie Compute Funding (invest)',
    'Blackstone → Prairie Compute Funding (invest)',
    'Morgan Stanley → Prairie Compute Funding (invest)',
    'Oracle → Prairie Compute Funding (stake)',
  ]);
});

test('an investor’s amount in a story of one company’s raise is its stake in that raise (cornerstone subscriptions)', () => {
  const item = (id: string, date: string, text: string): CorpusItem => ({ id, source: `${id}.md`, date, lang: 'zh', title: '', text });
  const build = (list: CorpusItem[]) => {
    const its = list.map(record);
    return buildKnowledge({
      items: its,
      extractions: its.map((it) => ({ itemId: it.id, ...extract(it.text, { date: it.date, lang: 'zh' }, gaz) })),
    });
  };
  // The listing story names the investor's amount but not whose shares it buys; the investor's own filing does.
  const listing = item(
    'cls-ipo',
    '2026-03-02',
    '财联社3月2日电，摩尔线程今日起在港招股，以招股价上限计，募资约80亿港元。\n\n招股书显示，公司引入5家基石投资者，其中腾讯认购1亿美元。',
  );
  const filing = item(
    'stcn-tencent',
    '2026-03-03',
    '腾讯3月2日晚间公告，公司全资子公司拟以自有资金1.2亿美元作为基石投资者认购摩尔线程港股IPO股份。',
  );
  const tencent = build([listing, filing]).claims.filter((c) => c.subject === 'Tencent' && c.metric === 'investment');
  assert.equal(tencent.length, 1, 'one claim: Tencent’s subscription in Moore Threads');
  assert.equal(tencent[0]?.counterparty, 'Moore Threads');
  assert.equal(tencent[0]?.conflict, true, '1亿美元 vs 1.2亿美元');
  // A story of two companies’ raises says nothing about whose shares an unnamed amount buys.
  const two = item(
    'cls-two',
    '2026-03-02',
    '摩尔线程今日起在港招股，募资约80亿港元；壁仞科技同日招股，募资约50亿港元。\n\n其中腾讯认购1亿美元。',
  );
  const unpaired = build([two, filing]).claims.filter((c) => c.subject === 'Tencent' && c.metric === 'investment');
  assert.equal(
    unpaired.some((c) => c.conflict),
    false,
  );
});
