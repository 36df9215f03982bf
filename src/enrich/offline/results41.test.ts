/**
 * Decision 156: the clause after a chosen sentence's `；` (the period's profit and its record, a loss narrowing beside
 * last year's) is told right after it when the lead's length allows — added after the selection, so no chosen sentence
 * gives way to it. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Figure, StoryBundle } from '../../types/index.js';
import { continuationOf, withContinuations } from './continuation.js';
import { opensOnOther } from './engine.js';
import { chineseLead } from './lead.js';
import { type SourceSentence, sourceSentences } from './sentences.js';

const RELEASE = {
  title: '岚峰科技上半年营收86亿元',
  url: 'https://www.example-daily.cn/d/lanfeng-h1',
  date: '2026-08-21',
  text: [
    '8月20日晚间，岚峰科技公布半年报，AI服务器出货量同比翻倍。',
    '公司上半年营业收入86亿元，同比增长31%；归母净利润12亿元，同比增长58%，扣非净利润10.5亿元，同比增长61%，均创同期新高。',
    '岚峰科技预计第三季度营收为50亿元至52亿元，高于市场预期的48亿元。',
  ].join('\n\n'),
};

function pool() {
  const item = makeItem(RELEASE);
  const bundle = { items: [item], figures: { [item.id]: extractFigures(item.text) } } as unknown as StoryBundle;
  return { item, pool: sourceSentences(bundle, null) };
}

const text = (l: readonly SourceSentence[]) => l.map((s) => s.sentence.text).join('');

test('continuationOf: the clause after a `；` of the same paragraph; none after a full stop', () => {
  const { pool: p } = pool();
  const first = p.find((s) => s.sentence.text.includes('营业收入86亿元')) as SourceSentence;
  assert.match(continuationOf(first, p)?.sentence.text ?? '', /^归母净利润12亿元/u);
  const guide = p.find((s) => s.sentence.text.startsWith('岚峰科技预计')) as SourceSentence;
  assert.equal(continuationOf(guide, p), undefined);
  // A clause after someone's words is theirs: not carried.
  const said = { ...first, sentence: { ...first.sentence, text: `分析师表示，${first.sentence.text}` } };
  assert.equal(continuationOf(said, p), undefined);
  // Nothing chosen is dropped; the clause goes right after its sentence, only when `takes` allows.
  assert.deepEqual(
    withContinuations([first, guide], p, () => false),
    [first, guide],
  );
  assert.equal(withContinuations([first, guide], p, () => true)[1], continuationOf(first, p));
});

test('the lead tells the profit clause after the revenue clause on top of its sentences, within its length', () => {
  const { item, pool: p } = pool();
  const opts = {
    maxSentences: 3,
    maxChars: 260,
    isKey: (f: Figure) => f.kind === 'money' || f.kind === 'percent',
    results: true,
  };
  const lead = chineseLead(p, item, opts);
  assert.match(text(lead), /同比增长31%；归母净利润12亿元，同比增长58%，扣非净利润10.5亿元，同比增长61%，均创同期新高。/u, text(lead));
  // The sentences the selection chose stay: the guidance and its beat.
  assert.match(text(lead), /高于市场预期的48亿元/u, text(lead));
  // With no room left, the clause stays out and nothing else moves.
  const without = text(lead).replace(/归母净利润12亿元，同比增长58%，扣非净利润10.5亿元，同比增长61%，均创同期新高。/u, '');
  const tight = chineseLead(p, item, { ...opts, maxChars: without.length });
  assert.equal(text(tight), without);
  // A clause the engine says opens on another company (`another`) stays out; the chosen sentences stay.
  const other = chineseLead(p, item, { ...opts, another: (s: SourceSentence) => s.sentence.text.startsWith('归母净利润') });
  assert.equal(text(other), without);
});

test("a clause opening on a company the item names and the headline does not is another's (decision 156, at the merge)", () => {
  const text = '霁川智能则公告称，公司三季度营收同比增长64%。';
  const s = {
    item: { id: 'it_1' },
    sentence: { text, index: 1, para: 0, start: 0, end: text.length },
    figures: [],
  } as unknown as SourceSentence;
  const mention = (name: string, at: number) => ({
    name,
    type: 'org' as const,
    start: at,
    end: at + name.length,
    text: name,
    match: 'discovered' as const,
  });
  const mentions = [mention('澄芯科技', 0), mention('霁川智能', 40)];
  assert.equal(opensOnOther(s, '澄芯科技市值接近1900亿元', mentions), true);
  assert.equal(opensOnOther(s, '霁川智能获澄芯科技供货承诺', mentions), false);
  // A headline naming none of the item's companies: nothing is another's.
  assert.equal(opensOnOther(s, '半导体板块领涨', mentions), false);
});
