/**
 * Decision 101: the value the company's statement or the offer's arithmetic settles chooses the head's and the lead's
 * figure; the overruled outlet's value is printed in the settled line only. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, withoutEarlierItem } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Claim, Figure } from '../../types/index.js';
import { allowedFigures } from '../numeric-guard/allowed.js';
import { guardStory } from '../numeric-guard/index.js';
import { createOfflineEngine } from './engine.js';
import { reconcilingSentence } from './reconcile.js';
import { settledHead, settledLead, withReconciled } from './settled-head.js';

const backlog = { winner: '960亿美元', loser: '1060亿美元', losers: ['华尔街见闻'] };

test('a head printing the overruled value prints the settled one, never inside a longer number', () => {
  assert.equal(settledHead('北风系统订单大增，积压订单达1060亿美元', [backlog]), '北风系统订单大增，积压订单达960亿美元');
  // Another number ending in the same digits is not the value.
  assert.equal(settledHead('北风系统积压订单达21060亿美元', [backlog]), '北风系统积压订单达21060亿美元');
  // A hedge the head printed stays; the settled value's own hedge is not doubled.
  assert.equal(
    settledHead('星岚科技港股IPO募资约66亿港元', [{ winner: '约60亿港元', loser: '约66亿港元', losers: ['经济日报'] }]),
    '星岚科技港股IPO募资约60亿港元',
  );
});

test('a lead sentence telling the overruled value on an outlet’s word tells the settled one without that word', () => {
  assert.equal(
    settledLead('据华尔街见闻整理，北风系统披露截至三季度末的积压订单总额达**1060亿美元**，其中AI相关**约610亿美元**。股价盘后涨**5%**。', [
      backlog,
    ]),
    '北风系统披露截至三季度末的积压订单总额达**960亿美元**，其中AI相关**约610亿美元**。股价盘后涨**5%**。',
  );
  assert.equal(
    settledLead('據招股文件，星岚科技此次IPO募资上限**约66亿港元**，基石投资者合计认购**约3亿美元**。', [
      { winner: '约60亿港元', loser: '约66亿港元', losers: ['经济日报'] },
    ]),
    '星岚科技此次IPO募资上限**约60亿港元**，基石投资者合计认购**约3亿美元**。',
  );
  // The outlet's voice runs through the sentence: it is the outlet's, left as it is beside the settled line.
  const voiced = '北风系统积压订单达**1060亿美元**，华尔街见闻称此为存量口径。';
  assert.equal(settledLead(voiced, [backlog]), voiced);
  const sourced = '据报道，知情人士称北风系统积压订单达**1060亿美元**。';
  assert.equal(settledLead(sourced, [backlog]), sourced);
  // A sentence without the overruled value is untouched.
  assert.equal(settledLead('北风系统股价盘后涨**5%**。', [backlog]), '北风系统股价盘后涨**5%**。');
});

test('a story whose outlet compiled a figure the company stated otherwise heads and leads on the company’s figure', async () => {
  const story = conflictedClaimBundle({
    id: 'st_days33',
    metric: 'orders',
    path: 'tech',
    date: '2026-11-20',
    title: '北风系统三季度AI收入翻倍 积压订单达1060亿美元',
    reports: [
      {
        outlet: 'reuters.com',
        text: 'Northwind Systems said its consolidated backlog stood at $96 billion at the end of the quarter, with about $61 billion tied to AI products.',
        date: '2026-11-19',
      },
      {
        outlet: 'wallstreetcn.com',
        text: '北风系统三季度AI收入同比翻倍。据华尔街见闻整理，北风系统披露截至三季度末的积压订单总额达1060亿美元，其中AI相关约610亿美元。北风系统盘后一度涨超5%。',
        date: '2026-11-20',
      },
    ],
    values: [9.6e10, 1.06e11],
  });
  const today = withoutEarlierItem(story);
  const written = await createOfflineEngine().doWriteStory(today, 'stories');
  const guarded = guardStory(written, today, allowedFigures(today)).story;
  const settled = guarded.paragraphs.find((p) => p.includes('公司披露为'));
  assert.ok(settled, JSON.stringify(guarded.paragraphs));
  assert.match(settled, /华尔街见闻报道[^。]*为\*\*1060亿美元\*\*，公司披露为\*\*960亿美元\*\*/);
  // The overruled value is printed in the settled line only.
  const rest = [guarded.headline, ...guarded.paragraphs.filter((p) => p !== settled)].join('\n');
  assert.doesNotMatch(rest, /1060亿/, rest);
  assert.match(guarded.paragraphs.join(''), /积压订单总额达\*\*960亿美元\*\*/);
  assert.doesNotMatch(guarded.paragraphs[0] ?? '', /据华尔街见闻整理/);
});

test('the article’s own sentence on what became of the earlier value is found; a sentence without a change word is not', () => {
  const earlier = extractFigures('约30亿元')[0] as Figure;
  const article = '北风系统已完成35亿元C轮融资。公司此前估值约30亿元的说法来自去年。国投创业领投。';
  // 此前 + the earlier value: found (the first such sentence).
  assert.equal(reconcilingSentence([article], earlier), '公司此前估值约30亿元的说法来自去年。');
  assert.equal(
    reconcilingSentence(['北风系统已完成35亿元C轮融资。有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。'], earlier),
    '有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。',
  );
  // The earlier value without a word on how it changed, or a change word without the earlier value: nothing.
  assert.equal(reconcilingSentence(['北风系统去年营收约30亿元。本轮规模最终扩大。'], earlier), undefined);
  assert.equal(
    withReconciled(['北风系统完成**35亿元**C轮融资。', '其他。'], '此前有媒体报道本轮规模约30亿元，最终扩大。', '35亿元')?.[0],
    '北风系统完成**35亿元**C轮融资。此前有媒体报道本轮规模**约30亿元**，最终扩大。',
  );
  assert.equal(withReconciled(['北风系统完成融资。'], '此前有媒体报道本轮规模约30亿元。', '35亿元'), undefined);
});

test('a round larger than the talks-stage report tells what changed in its source’s words, not a template line', async () => {
  const story = conflictedClaimBundle({
    id: 'st_days33_round',
    metric: 'funding',
    path: 'tech',
    date: '2026-11-20',
    title: '北风系统完成35亿元C轮融资',
    reports: [
      {
        outlet: 'bloomberg.com',
        text: 'Northwind Systems is in talks to raise about 3 billion yuan in a new funding round, according to people familiar with the matter.',
        date: '2026-11-17',
      },
      {
        outlet: '36kr.com',
        text: '36氪获悉，上海芯片公司北风系统已完成35亿元C轮融资，由国投创业领投，中金资本、红杉中国跟投，老股东继续加码。本轮投前估值180亿元，投后估值达215亿元，较一年前B轮时的投后估值增长超过两倍。知情人士透露，国投创业在本轮中出资10亿元。此前有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。北风系统成立于2021年，主要产品为推理芯片，今年出货量预计超过10万片。',
        date: '2026-11-20',
      },
    ],
    values: [3e9, 3.5e9],
  });
  // The earlier value the article cites (此前有媒体报道…约30亿元) is no statement of the round's size: the claim holds the
  // talks-stage report and today's size.
  const claim = story.claims[0] as Claim;
  claim.statements = claim.statements.filter((s) => !s.figure.text.includes('30亿'));
  const today = withoutEarlierItem(story);
  const written = await createOfflineEngine().doWriteStory(today, 'stories');
  const text = written.paragraphs.join('\n');
  assert.doesNotMatch(text, /与此前报道对比/, text);
  assert.match(text, /\*\*35亿元\*\*[^\n]*此前有媒体报道本轮规模\*\*约30亿元\*\*，最终因老股东超额认购而扩大。/, text);
});

test('a lead that already tells the change in its source’s words is left as it is, its comparison line kept', () => {
  const lead = '据知情人士透露，北风系统本轮融资总额或将达到**110亿美元**，而非此前市场普遍流传的100亿美元。';
  assert.equal(
    withReconciled([lead], '据知情人士透露，北风系统本轮融资总额或将达到110亿美元，而非此前市场普遍流传的100亿美元。', '110亿美元'),
    undefined,
  );
});
