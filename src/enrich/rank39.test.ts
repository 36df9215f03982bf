/**
 * Decision 141: an investment told by its giver and amount only is no sentence of a story (a figure without its event),
 * and a follow-up is read against the recent digests' heads, not the previous digest's alone. Invented fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isFollowUp, printedHeads, recentHeads } from './follow-up-rank.js';
import { objectlessFlow } from './offline/objectless-flow.js';

test('an investment told by its giver and amount only is a figure without its event', () => {
  assert.equal(objectlessFlow('Korvane投资**8亿美元**。', 'Korvane', '8亿美元'), true);
  assert.equal(objectlessFlow('Korvane将投资8亿美元。', 'Korvane', '8亿美元'), true);
  assert.equal(objectlessFlow('Korvane2027年投资8亿美元。', 'Korvane', '8亿美元'), true);
});

test('an investment with its receiver, a round raised, a cumulative or held amount stay', () => {
  assert.equal(objectlessFlow('Korvane将向Lumora投资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane融资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane累计投资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane投资余额8亿美元。', 'Korvane', '8亿美元'), false);
  // Another party's sentence, or an amount other than the claim's, is not this claim's telling.
  assert.equal(objectlessFlow('Lumora投资8亿美元。', 'Korvane', '8亿美元'), false);
  assert.equal(objectlessFlow('Korvane投资8亿美元，换取合资公司25%股权。', 'Korvane', '8亿美元'), false);
});

const digestOf = (heads: string[], more: string[] = []) =>
  `---\ntitle: x\n---\n\n# ${heads[0]}\n\n${heads.map((h) => `## ${h}\n\n正文。\n\n`).join('')}${
    more.length > 0 ? `## 更多动态\n\n${more.map((m) => `- ${m}（来源：[x](https://x)）`).join('\n')}\n` : ''
  }`;

test('the heads of the last days are read, not the previous digest alone', () => {
  const digests = [
    { date: '2026-11-20', md: digestOf(['Brightwell配售新股募资12亿新元']) },
    { date: '2026-12-01', md: digestOf(['Harbourline数据中心信托拟配售新股募资15亿新元']) },
    { date: '2026-12-02', md: digestOf(['甲公司第三季度营收增长20%'], ['乙公司发布新模型。']) },
  ];
  const heads = recentHeads(digests, '2026-12-03', 3);
  assert.deepEqual(heads, ['Harbourline数据中心信托拟配售新股募资15亿新元', '甲公司第三季度营收增长20%', '乙公司发布新模型。']);
  // A placement headed two days ago, upsized today, is a follow-up (with the previous digest's heads alone it was not).
  const upsized = 'Harbourline数据中心信托上调配售规模至18亿新元';
  assert.equal(isFollowUp({ earlier: [] }, 'deal', [], heads, upsized), true);
  assert.equal(isFollowUp({ earlier: [] }, 'deal', [], printedHeads(digests[2]?.md ?? ''), upsized), false);
});

test('a digest of a week ago is news again, the previous digest is read however old', () => {
  const digests = [
    { date: '2026-11-20', md: digestOf(['Brightwell配售新股募资12亿新元']) },
    { date: '2026-11-25', md: digestOf(['丙公司发布新模型']) },
  ];
  assert.deepEqual(recentHeads(digests, '2026-12-03', 3), ['丙公司发布新模型']);
  // A digest of the day itself or later is no earlier digest.
  assert.deepEqual(recentHeads([{ date: '2026-12-03', md: digestOf(['丁公司']) }], '2026-12-03', 3), []);
});
