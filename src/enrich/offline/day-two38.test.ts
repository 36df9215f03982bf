/**
 * Decision 133: day two reads what the digest printed as printed — a range as a range (a point of it told again is not
 * news), a retold clause closed by ； carrying the disputed figure after it, and a subject's 同时 that points at a
 * release no longer printed before it. Items and digests written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { printedItemFigures } from '../../render/index.js';
import { figurePrinted } from '../../select/index.js';
import type { Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { sameTimeAfterSubject, withoutSameTime } from '../assemble/sentence-shape.js';
import { chineseLead } from './lead.js';
import { pointOfRange, rangeRan } from './printed-range.js';
import { withoutDanglingSameTime } from './same-time.js';
import { sourceSentences } from './sentences.js';

const DAY_ONE = {
  title: '启衡存储第二财季营收86亿元，预计下季营收92亿至100亿元',
  url: 'https://www.example-wire.cn/a/qiheng-q2',
  date: '2026-09-10',
  text: '启衡存储9月9日盘后公布第二财季业绩，营收86亿元，同比增长31%。公司预计第三财季营收为92亿至100亿元，新股发行价区间为20至24元。',
};

/** Yesterday's story printed the revenue and the guidance range (not the growth). */
const YESTERDAY = [
  '---',
  'title: 启衡存储第二财季营收86亿元',
  'date: 2026-09-10',
  '---',
  '',
  '# 启衡存储第二财季营收86亿元',
  '',
  '## 启衡存储第二财季营收86亿元',
  '',
  '启衡存储第二财季营收**86亿元**，预计第三财季营收为**92亿至100亿元**，新股发行价区间为**20至24元**。',
  '',
  `来源：[财经通讯社](${DAY_ONE.url})`,
  '',
].join('\n');

const DAY_TWO = {
  title: '存储股走强，启衡存储大涨9%',
  url: 'https://www.example-market.cn/b/storage-rally',
  date: '2026-09-11',
  text: '存储股10日走强，启衡存储大涨9%。启衡存储预计第三财季营收约96亿元，定价为22元，另一档指引为93亿元。',
};

function figs(item: ItemRecord): Figure[] {
  return extractFigures(item.text);
}

test('a printed range keeps both ends: a range is printed when both match, a value when it is either end', () => {
  const one = makeItem(DAY_ONE);
  const printed = printedItemFigures([one], [YESTERDAY]).get(one.id) ?? [];
  const range = printed.find((p) => p.low !== undefined && p.kind === 'money' && (p.high ?? 0) > 1e9);
  assert.deepEqual([range?.low, range?.high, range?.value], [9.2e9, 1e10, 1e10]);
  const f = (text: string) => extractFigures(text)[0] as Figure;
  assert.equal(figurePrinted({ figure: f('92亿至100亿元') }, printed), true);
  // Another range sharing its high end was not printed.
  assert.equal(figurePrinted({ figure: f('95亿至100亿元') }, printed), false);
  // Its low end, as a value, was printed.
  assert.equal(figurePrinted({ figure: f('92亿元') }, printed), true);
});

test('a point of a printed range: approximate or its midpoint, inside it, same kind and currency', () => {
  const range = extractFigures('92亿至100亿元')[0] as Figure;
  const point = (t: string) => extractFigures(t)[0] as Figure;
  assert.equal(pointOfRange(point('约96亿元'), range), true);
  assert.equal(pointOfRange(point('96亿元'), range), true);
  assert.equal(pointOfRange(point('93亿元'), range), false);
  assert.equal(pointOfRange(point('约96亿美元'), range), false);
  assert.equal(pointOfRange(point('约120亿元'), range), false);
});

test('a point of a range a digest printed of the same company, measure and period ran; a settled price inside it did not', () => {
  const one = makeItem(DAY_ONE);
  const two = makeItem(DAY_TWO);
  const [f1, f2] = [figs(one), figs(two)];
  const earlierPrinted = Object.fromEntries(printedItemFigures([one], [YESTERDAY]));
  const guidance = single('启衡存储', 'revenue', '2026-Q3', [
    { ...statement(one, f1, 1e10) },
    statement(two, f2, 9.6e9),
    statement(two, f2, 9.3e9),
  ]);
  const price = single('启衡存储', 'price', 'unknown', [statement(one, f1, 24), statement(two, f2, 22)]);
  const bundle = { claims: [guidance, price], earlier: [{ day: DAY_ONE.date, items: [one] }], earlierPrinted };
  const mid = guidance.statements[1]?.figure as Figure;
  const other = guidance.statements[2]?.figure as Figure;
  assert.equal(rangeRan(bundle, { claim: guidance, figure: mid }), true);
  // An exact value elsewhere in the range is another figure.
  assert.equal(rangeRan(bundle, { claim: guidance, figure: other }), false);
  // The offer priced at the range's midpoint settles it: news.
  assert.equal(rangeRan(bundle, { claim: price, figure: price.statements[1]?.figure as Figure }), false);
  // Another period's figure is not this range told again.
  const q4 = single('启衡存储', 'revenue', '2026-Q4', [statement(two, f2, 9.6e9)]);
  assert.equal(rangeRan({ ...bundle, claims: [guidance, q4] }, { claim: q4, figure: mid }), false);
  // Nothing printed of the earlier item: the range never ran.
  assert.equal(rangeRan({ ...bundle, earlierPrinted: { [one.id]: [] } }, { claim: guidance, figure: mid }), false);
});

/** Day two of a results story: another outlet's results sentence, split at ；, its second half a disputed profit. */
const RESULTS = {
  title: '朔风科技第二季度营收120亿元 净利润分歧',
  url: 'https://www.example-daily.cn/c/shuofeng-q2',
  date: '2026-08-21',
  text: [
    '8月20日盘后，朔风科技公布第二季度业绩。当季营收120亿元，同比增长25%，高于市场预期；净利润达到18亿元，每股收益0.9元。',
    '朔风科技预计第三季度营收为130亿元。',
  ].join('\n\n'),
};

function resultsPool() {
  const item = makeItem(RESULTS);
  const bundle = { items: [item], figures: { [item.id]: figs(item) } } as unknown as StoryBundle;
  return { item, pool: sourceSentences(bundle, null) };
}

test('a retold clause closed by ； carries the clause after it when that one gives a disputed figure', () => {
  const { item, pool } = resultsPool();
  const has = (s: (typeof pool)[number], t: string) => s.sentence.text.includes(t);
  // Yesterday printed the revenue, its growth and another outlet's net profit (16亿).
  const stale = (s: (typeof pool)[number]) => has(s, '120亿元') || has(s, '130亿元');
  const opts = {
    maxSentences: 3,
    maxChars: 260,
    isKey: (f: Figure) => f.kind === 'money' || f.kind === 'percent',
    fresh: (s: (typeof pool)[number]) => !stale(s) && s.figures.length > 0,
    stale,
  };
  const text = (l: typeof pool) => l.map((s) => s.sentence.text).join('');
  // The profit in dispute travels with the clause it continues.
  const lead = chineseLead(pool, item, { ...opts, disputes: (s) => has(s, '18亿元') });
  assert.match(text(lead), /120亿元[^。]*；净利润达到18亿元/u, text(lead));
  // A second half only unprinted (no dispute) stays out with its retold first half.
  const quiet = chineseLead(pool, item, { ...opts, disputes: () => false });
  assert.doesNotMatch(text(quiet), /18亿元/u, text(quiet));
});

test('a subject’s 同时 opening a lead, away from the release it continues, loses the word', () => {
  assert.equal(sameTimeAfterSubject('朔风科技同时预估第三季度每股收益0.8至0.9元。'), true);
  assert.equal(sameTimeAfterSubject('朔风科技与启衡存储同时宣布扩大合作。'), false);
  assert.equal(sameTimeAfterSubject('同时期，朔风科技营收增长25%。'), false);
  assert.equal(withoutSameTime('朔风科技同时预估第三季度每股收益0.8至0.9元。'), '朔风科技预估第三季度每股收益0.8至0.9元。');
  const item = makeItem({
    ...RESULTS,
    text: '朔风科技公布第二季度业绩，营收120亿元。朔风科技同时预估第三季度每股收益0.8至0.9元，盘后股价下跌6%。',
  });
  const pool = sourceSentences({ items: [item], figures: { [item.id]: figs(item) } } as unknown as StoryBundle, null);
  const [results, same] = [pool[0], pool[1]] as [(typeof pool)[number], (typeof pool)[number]];
  // Opening the lead (its results sentence left out as told yesterday): 同时 goes, its figures keep their place.
  const alone = withoutDanglingSameTime([same]);
  assert.equal(alone[0]?.sentence.text, '朔风科技预估第三季度每股收益0.8至0.9元，盘后股价下跌6%。');
  const figure = alone[0]?.figures.find((f) => f.kind === 'percent') as Figure;
  const at = figure.start - (alone[0]?.sentence.start ?? 0);
  assert.equal(alone[0]?.sentence.text.slice(at, at + figure.text.length), figure.text);
  // After its own results sentence, it reads as its source wrote it.
  assert.equal(withoutDanglingSameTime([results, same])[1], same);
});
