/**
 * Decision 140: a release's `公司同时…` sentence whose sentence before only retells (yesterday's digest printed it) is
 * told with the company's name, so the day's new figure (a buyback) is not lost with the retold guidance. Items written
 * for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Figure, StoryBundle } from '../../types/index.js';
import { chineseLead } from './lead.js';
import { namedSameTime } from './same-time.js';
import { sourceSentences } from './sentences.js';

const RELEASE = {
  title: '朔风科技第二季度营收120亿元 新增回购授权',
  url: 'https://www.example-daily.cn/d/shuofeng-buyback',
  date: '2026-08-21',
  text: [
    '8月20日盘后，朔风科技公布第二季度业绩，净利润达到18亿元，同比增长40%。',
    '展望下一季度，朔风科技预计第三季度营收为130亿元。公司同时宣布新增50亿元股票回购授权。',
  ].join('\n\n'),
};

function pool() {
  const item = makeItem(RELEASE);
  const bundle = { items: [item], figures: { [item.id]: extractFigures(item.text) } } as unknown as StoryBundle;
  return { item, pool: sourceSentences(bundle, null) };
}

test('公司同时 said with the company’s name; its figures keep their place', () => {
  const { pool: p } = pool();
  const s = p.find((x) => x.sentence.text.startsWith('公司同时')) as (typeof p)[number];
  const named = namedSameTime(s, '朔风科技');
  assert.equal(named?.sentence.text, '朔风科技宣布新增50亿元股票回购授权。');
  const figure = named?.figures.find((f) => f.kind === 'money') as Figure;
  const at = figure.start - (named?.sentence.start ?? 0);
  assert.equal(named?.sentence.text.slice(at, at + figure.text.length), figure.text);
  // Another opening is left alone.
  const other = p.find((x) => x.sentence.text.startsWith('展望')) as (typeof p)[number];
  assert.equal(namedSameTime(other, '朔风科技'), undefined);
});

test('a buyback after a retold guidance sentence is told, named; without a retold sentence before it, as before', () => {
  const { item, pool: p } = pool();
  const has = (s: (typeof p)[number], t: string) => s.sentence.text.includes(t);
  const opts = {
    maxSentences: 3,
    maxChars: 260,
    isKey: (f: Figure) => f.kind === 'money' || f.kind === 'percent',
    stale: (s: (typeof p)[number]) => has(s, '130亿元'),
    ownName: '朔风科技',
  };
  const text = (l: typeof p) => l.map((s) => s.sentence.text).join('');
  const lead = chineseLead(p, item, opts);
  assert.match(text(lead), /朔风科技宣布新增50亿元股票回购授权/u, text(lead));
  assert.doesNotMatch(text(lead), /130亿元|公司同时/u, text(lead));
  // With no name to give it, the sentence leaning on the retold one stays out.
  const { ownName: _, ...unnamed } = opts;
  assert.doesNotMatch(text(chineseLead(p, item, unnamed)), /回购/u);
});
