/**
 * Deals not done (docs/decisions/035): a deal in talks or rumoured is kept as an edge with its status, never dropped,
 * and never read as a deal done — no loop leg, no stated flow, 正洽谈 / 或将 in the digest. A denial, a negation or a
 * rumour dismissed later in its clause still gives no edge, and a generic payer's deal under consideration (a bond sale)
 * none either.
 * Every sentence here was written for these tests (English, Simplified and Traditional Chinese).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleItem } from '../../../test/support/deals.js';
import { dealModal } from '../../enrich/offline/compose.js';
import { hasLoop } from '../../enrich/offline/impacts.js';
import { storyLoop } from '../../enrich/offline/loop.js';
import { extract, loadGazetteer } from '../../extract/index.js';
import { toSimplified } from '../../ingest/chinese-script.js';
import { formatGraph } from '../../render/graph.js';
import { edgeDelta } from '../../store/deal-edges.js';
import type { DealEdge, DealStatus } from '../../types/knowledge.js';
import { buildKnowledge } from '../build.js';
import { findCycles, flowSummaries } from '../graph.js';

const gazetteer = loadGazetteer();

/** The deals of one article, whole path (extract then buildKnowledge). */
function dealsOf(text: string, lang: 'en' | 'zh'): DealEdge[] {
  const body = toSimplified(text);
  const item = articleItem('it_s', lang, body, '2026-10-12');
  const ex = { itemId: item.id, ...extract(body, { date: item.date, lang }, gazetteer) };
  return buildKnowledge({ items: [item], extractions: [ex] }).deals;
}

/** "payer → payee [status]" of each deal. */
function described(text: string, lang: 'en' | 'zh'): string[] {
  return dealsOf(text, lang)
    .map((d) => `${d.from} → ${d.to}${d.status ? ` [${d.status}]` : ''}`)
    .sort();
}

test('a deal in talks is kept with status talks (English and Chinese)', () => {
  assert.deepEqual(described('Samsung Electronics is in advanced talks to invest about $600 million in Mistral AI.', 'en'), [
    'Samsung Electronics → Mistral AI [talks]',
  ]);
  assert.deepEqual(described('Meta is weighing investing $2 billion in Scale AI, two people said.', 'en'), ['Meta → Scale AI [talks]']);
  assert.deepEqual(described('腾讯正考虑向智谱投资约5亿美元，双方尚在沟通细节。', 'zh'), ['Tencent → Zhipu AI [talks]']);
});

test('a rumoured deal is kept with status rumoured (或将, 可能, 據傳, rumoured)', () => {
  assert.deepEqual(described('Apple is rumoured to buy $3 billion of chips from TSMC next year.', 'en'), ['Apple → TSMC [rumoured]']);
  assert.deepEqual(described('据传阿里巴巴将向月之暗面投资8亿美元。', 'zh'), ['Alibaba → Moonshot AI [rumoured]']);
  assert.deepEqual(described('市場人士指出，鴻海明年向輝達採購的金額可能上看新台幣500億元。', 'zh'), ['Foxconn → Nvidia [rumoured]']);
});

test('a deal done stays firm beside a deal in talks of the same sentence', () => {
  assert.deepEqual(
    described('Nvidia invested $2 billion in xAI last year and is in talks to invest another $1 billion in Mistral AI.', 'en'),
    ['Nvidia → Mistral AI [talks]', 'Nvidia → xAI'],
  );
});

test('a denial, a negation, a rumour dismissed or a generic payer under consideration still gives no edge', () => {
  for (const [lang, text] of [
    ['en', 'Nvidia denied that it would invest $5 billion in Mistral AI.'],
    ['en', 'Intel has no plans to invest $1 billion in Mistral AI, a spokesperson said.'],
    ['zh', '腾讯否认将向智谱投资5亿美元。'],
    ['en', 'Speculation that Apple would buy $3 billion of chips from TSMC was dismissed by both companies.'],
    ['zh', '据传阿里巴巴将向月之暗面投资8亿美元的消息已被双方辟谣。'],
    ['en', 'Amazon is considering a bond sale of as much as $15 billion.'],
    ['zh', '亚马逊正考虑发债募资最多150亿美元。'],
  ] as const)
    assert.deepEqual(described(text, lang), [], text);
});

function edge(from: string, to: string, status?: DealStatus): DealEdge {
  return { from, to, kind: 'invest', itemId: 'it_x', source: 'x.md', sentence: `${from} pays ${to}.`, ...(status ? { status } : {}) };
}

test('a deal in talks closes no loop: graph cycles, stored edge counts, the story loop and hasLoop', () => {
  const deals = [edge('Acme', 'Borealis'), edge('Borealis', 'Cobalt'), edge('Cobalt', 'Acme', 'talks')];
  assert.deepEqual(findCycles(deals), []);
  assert.deepEqual(findCycles(deals.map((d) => ({ ...d, status: undefined }))), [['Acme', 'Borealis', 'Cobalt']]);
  assert.equal(storyLoop(deals), undefined);
  assert.equal(hasLoop(deals), false);
  assert.deepEqual(
    edgeDelta(
      [],
      deals.map((d) => JSON.stringify(d)),
    ).map((p) => `${p.from} → ${p.to}`),
    ['Acme → Borealis', 'Borealis → Cobalt'],
  );
});

test('a flow keeps its status only while no source states it done; the CLI graph tells it', () => {
  const talks = edge('Acme', 'Borealis', 'talks');
  const done = { ...edge('Acme', 'Borealis'), source: 'y.md' };
  assert.equal(flowSummaries([talks])[0]?.status, 'talks');
  assert.equal(flowSummaries([talks, done])[0]?.status, undefined);
  assert.equal(flowSummaries([done, edge('Acme', 'Borealis', 'rumoured')])[0]?.status, undefined);
  assert.match(formatGraph([talks], [], []), /invest → Borealis {2}\(in talks\)/);
  assert.doesNotMatch(formatGraph([talks, done], [], []), /in talks/);
});

test('the digest writes a deal not done as 正洽谈 / 或将 unless the title or sentence gives its own word', () => {
  assert.equal(dealModal({ status: 'talks' }, ''), '正洽谈');
  assert.equal(dealModal({ status: 'rumoured' }, '将'), '或将');
  assert.equal(dealModal({ status: 'talks' }, '拟'), '拟');
  assert.equal(dealModal({}, ''), '');
});
