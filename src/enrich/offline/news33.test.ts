/**
 * Decision 099: the clauses a source's opening announces, told by the source's own sentence when the lead does not; an
 * industry total naming no party of the headline out of the lead; a sentence on 该公司 read as the lead's company.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { zhSentences } from '../../../test/support/figures.js';
import { extractFigures } from '../../extract/index.js';
import { leansOn } from '../assemble/sentence-shape.js';
import { openingBacking, openingClausesUntold, openingOf, ownPointer, withoutGluedBackground } from './event-clause.js';
import { hedgedFigure } from './facts.js';

const zh = zhSentences('it_news33');

const names = (xs: readonly { name: string }[]) => xs.map((x) => x.name);

test('news33: an opening’s clauses the lead does not tell; a denied one is none', () => {
  assert.deepEqual(names(openingClausesUntold('星岚科技：前三季度预亏1.2亿元', '星岚科技前三季度营收8.6亿元。')), ['loss']);
  assert.deepEqual(names(openingClausesUntold('星岚科技：前三季度预亏1.2亿元', '星岚科技预亏1.2亿元。')), []);
  // 不存在关联交易 says there is none: nothing to tell.
  assert.deepEqual(names(openingClausesUntold('澄川动力：本次交易不存在关联交易', '澄川动力签订12亿元合同。')), []);
  // A guided quarter tells the guidance the title names (预计第四财季营收…), with no word 指引 of its own.
  assert.deepEqual(names(openingClausesUntold('科磐：下季营收指引中值41.5亿美元', '科磐预计第四财季营收41.5亿美元。')), []);
});

test('news33: the opening’s loss warning comes from the source’s own sentence, with its figure', () => {
  const s0 = zh('星岚科技10月28日晚间发布业绩预告，公司将出现上市以来首次年度亏损。', 0);
  const s1 = zh('三季报显示，星岚科技前三季度实现营业收入12.6亿元，同比增长18%。', 1);
  const s2 = zh('公司表示，亏损主要源于存货跌价准备。', 2);
  const s3 = zh('根据业绩预告，星岚科技预计2026年归母净利润亏损2.8亿元至3.4亿元。', 3);
  const opening = openingOf('星岚科技前三季度营收12.6亿元', [s0, s1, s2, s3]);
  const got = openingBacking(opening, [s1], [s0, s2, s3], (x) => !leansOn(x.sentence.text));
  // The first sentence holds no figure, the second none either: the range is told.
  assert.deepEqual(
    got.map((s) => s.sentence.text),
    [s3.sentence.text],
  );
});

test('news33: an industry total naming no party of the headline leaves the lead; its own company’s stays', () => {
  const a = zh('澄川动力公告，公司与北汽集团签订电驱系统供货合同，合同金额约12亿元。', 0);
  const b = zh('据不完全统计，今年以来国内电驱系统市场规模已超过900亿元。', 1);
  const c = zh('截至11月9日收盘，澄川动力股价上涨3.1%。', 2);
  const out = withoutGluedBackground([a, b, c], ['澄川动力', '北汽集团'], leansOn);
  assert.deepEqual(out, [a, c]);
  // A total of the headline's own party is the event's.
  const own = zh('据统计，澄川动力今年电驱系统出货量已超过40万台。', 1);
  assert.deepEqual(withoutGluedBackground([a, own, c], ['澄川动力'], leansOn), [a, own, c]);
  // The lead's first sentence stays whatever it opens on.
  assert.deepEqual(withoutGluedBackground([b, c], ['澄川动力'], leansOn), [b, c]);
});

test('news33: a sentence on 该公司 reads as the company named in its place', () => {
  assert.equal(ownPointer('该公司预计第四财季营收约41.5亿美元。', '科磐半导体'), '科磐半导体预计第四财季营收约41.5亿美元。');
  assert.equal(ownPointer('其中第三季度营收4.7亿元。', '科磐半导体'), undefined);
});

test('news33: an industry total stays when the lead’s next sentence goes on from it', () => {
  const a = zh('澄川动力公告，公司与北汽集团签订电驱系统供货合同，合同金额约12亿元。', 0);
  const b = zh('据不完全统计，今年以来国内电驱系统市场规模已超过900亿元。', 1);
  const c = zh('其中商用车占比约为18%。', 2);
  assert.deepEqual(withoutGluedBackground([a, b, c], ['澄川动力'], leansOn), [a, b, c]);
});

test('news33: a guided profit per share is profit per share, its unit no hedge; another hedge word still hedges it', () => {
  const s = 'The company expects adjusted profit per share of 58 cents to 66 cents for the quarter ending in January.';
  const f = extractFigures(s).find((x) => x.text === '58 cents to 66 cents');
  assert.ok(f);
  assert.equal(hedgedFigure(s, '58 cents to 66 cents', 'profit'), false);
  // A price per share is no measure of the company's: still hedged.
  assert.equal(hedgedFigure(s, '58 cents to 66 cents', 'share-price'), true);
  // Analysts' numbers stay theirs.
  const est = 'Analysts expect profit per share of 71 cents.';
  assert.equal(hedgedFigure(est, '71 cents', 'profit'), true);
});

test('news33: a guided earnings per share is no hedged figure; its midpoint, with no per-share words of its own, is', () => {
  const s = 'The company now expects operating earnings of $6.15 to $6.35 per share in 2026, a midpoint of $6.25.';
  assert.equal(hedgedFigure(s, '$6.15 to $6.35', 'profit'), false);
  assert.equal(hedgedFigure(s, '$6.25', 'profit'), true);
});

test('news33: a market wrap’s opening (an index record) is no event of the story: nothing is backed from it', async () => {
  const { oneItemStory } = await import('../../../test/fixtures/enrich/bundles.js');
  const { createOfflineEngine } = await import('./engine.js');
  const text = [
    '亚太股市周二普遍走高，日经225指数收涨1.8%，报42150点，创历史新高。',
    '北风系统周二盘后公布第三季度业绩，营收52亿美元，同比增长31%。',
    '公司预计第四季度营收为54亿至56亿美元。',
    '韩国综合指数上涨1.1%。',
  ].join('');
  const story = (title: string) => oneItemStory({ title, text, date: '2026-11-20' }, [['Northwind Systems', 'revenue', '2026Q3', 5.2e9]]);
  const wrap = await createOfflineEngine().doWriteStory(story('见闻早餐：北风系统营收52亿美元'), 'stories');
  assert.doesNotMatch(wrap.paragraphs.join(''), /日经225指数/, wrap.paragraphs.join('\n'));
});
