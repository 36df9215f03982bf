/**
 * The check's cross-day rules (issue 11, decision 057): a figure an earlier day's digest printed for the same company,
 * and two values of one disputed measure printed as plain facts (today, or today and an earlier day) with no comparison
 * line. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { Claim } from '../../types/index.js';
import { earlierDigests } from './context.js';
import { checkDigest } from './index.js';
import { bodyLines, sameTold, toldBeforeProblems } from './told-before.js';

const front = (day: string) => `---\ntitle: 某日AI动态\ndate: ${day}\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n`;
const story = (headline: string, paragraphs: string[], n: number) =>
  `## ${headline}\n\n${paragraphs.join('\n\n')}\n\n来源：[财联社](https://www.cls.cn/detail/${n})\n\n---\n\n`;
const dayOne =
  front('2026-03-02') +
  story('英伟达拟在得州投建数据中心', ['英伟达宣布拟投资**50亿美元**在得州建设AI数据中心，预计2027年投产。'], 1) +
  '## 更多动态\n\n- **AMD发布新款加速卡**：AMD发布MI500系列加速卡，单卡售价**约2.5万美元**。（来源：[路透社](https://example.com/r)）\n';

const rulesOf = (md: string, earlier: string[], claims: Claim[] = []) =>
  checkDigest(md, { earlierDigests: earlier, claims }).map((p) => p.rule);

test('check: a figure an earlier day printed for the same company is told before, however it is rounded', () => {
  const repeat = story('英伟达得州数据中心获批', ['英伟达此前宣布的**约50.2亿美元**数据中心项目获当地批准，将创造**1200个**就业岗位。'], 2);
  assert.ok(rulesOf(front('2026-03-03') + repeat, [dayOne]).includes('figure-told-before'));
  // Only what is new: no figure of the day before.
  const fresh = story('英伟达得州数据中心获批', ['英伟达得州数据中心项目获当地批准，当地政府提供**3亿美元**税收减免。'], 3);
  assert.ok(!rulesOf(front('2026-03-03') + fresh, [dayOne]).includes('figure-told-before'));
  // A told figure beside a new one is the new one's context, as a follow-up writes it; the line alone told again is not.
  const context = story('英伟达得州数据中心获补贴', ['英伟达**50亿美元**得州数据中心项目获州政府**3亿美元**补贴。'], 6);
  assert.ok(!rulesOf(front('2026-03-03') + context, [dayOne]).includes('figure-told-before'));
  const bullet = `${front('2026-03-03')}## 更多动态\n\n- **英伟达得州项目**：英伟达得州数据中心投资**50亿美元**。（来源：[路透社](https://example.com/r2)）\n`;
  assert.ok(rulesOf(bullet, [dayOne]).includes('figure-told-before'));
  // The same amount of another company is no repeat, and a comparison line sets values side by side on purpose.
  const other = story('微软追加欧洲投资', ['微软宣布在欧洲追加投资**50亿美元**。'], 4);
  assert.ok(!rulesOf(front('2026-03-03') + other, [dayOne]).includes('figure-told-before'));
  const compared = story(
    '英伟达得州项目规模上调',
    ['英伟达将得州数据中心投资上调至**60亿美元**。', '与此前报道对比：财联社曾称英伟达投资为**50亿美元**，路透社称**60亿美元**。'],
    5,
  );
  assert.ok(!rulesOf(front('2026-03-03') + compared, [dayOne]).includes('figure-told-before'));
  // With the claims at hand, one measure: the same amount of another of the company's measures is no repeat.
  const figure = (text: string) => extractFigures(text)[0] as Claim['statements'][number]['figure'];
  const claim = (metric: string, text: string): Claim => ({
    subject: 'Nvidia',
    metric,
    period: '2026',
    kind: 'money',
    statements: [{ figure: figure(text), itemId: metric, source: metric, line: 1, sentence: text, date: null }],
    conflict: false,
    latest: 0,
    mostCited: 0,
  });
  assert.ok(rulesOf(front('2026-03-03') + repeat, [dayOne], [claim('investment', '50亿美元')]).includes('figure-told-before'));
  assert.ok(!rulesOf(front('2026-03-03') + repeat, [dayOne], [claim('revenue', '30亿美元')]).includes('figure-told-before'));
});

test('check: two values of one disputed measure printed as plain facts, across days, are a conflict unshown', () => {
  const figure = (text: string) => extractFigures(text)[0] as Claim['statements'][number]['figure'];
  const st = (text: string, itemId: string) => ({ figure: figure(text), itemId, source: itemId, line: 1, sentence: text, date: null });
  const claim: Claim = {
    subject: 'Nvidia',
    metric: 'investment',
    period: '2026',
    kind: 'money',
    statements: [st('50亿美元', 'a'), st('60亿美元', 'b')],
    conflict: true,
    latest: 1,
    mostCited: 0,
  };
  const plainly = story('英伟达得州项目规模上调', ['英伟达得州数据中心投资规模为**60亿美元**。'], 6);
  assert.ok(rulesOf(front('2026-03-03') + plainly, [dayOne], [claim]).includes('conflict-unshown'));
  const shown = story(
    '英伟达得州项目规模上调',
    ['英伟达得州数据中心投资规模为**60亿美元**。', '与此前报道对比：财联社曾称英伟达投资为**50亿美元**，路透社称**60亿美元**。'],
    7,
  );
  assert.ok(!rulesOf(front('2026-03-03') + shown, [dayOne], [claim]).includes('conflict-unshown'));
  // Today's sentence naming the earlier value beside its own (decisions 149, 157) sets them side by side.
  const beside = story('英伟达得州项目规模上调', ['英伟达得州数据中心投资规模为**60亿美元**，高于财联社此前报道的50亿美元。'], 6);
  assert.ok(!rulesOf(front('2026-03-03') + beside, [dayOne], [claim]).includes('conflict-unshown'));
  // The day before set them side by side already: today's plain value is no dispute unshown.
  const shownBefore =
    front('2026-03-02') +
    story(
      '英伟达得州项目',
      ['英伟达得州数据中心投资**50亿美元**。', '与此前报道对比：财联社曾称英伟达投资为**50亿美元**，路透社称**60亿美元**。'],
      9,
    );
  assert.ok(!rulesOf(front('2026-03-03') + plainly, [shownBefore], [claim]).includes('conflict-unshown'));
  // An undisputed claim of the same values (two bases the knowledge layer told apart) is no conflict.
  assert.ok(!rulesOf(front('2026-03-03') + plainly, [dayOne], [{ ...claim, conflict: false }]).includes('conflict-unshown'));
  // An amount restated in another currency is the amount before it, no second value.
  const converted = story('英伟达得州项目', ['英伟达得州数据中心投资**50亿美元**（**约合人民币360亿元**）。'], 10);
  const cny: Claim = { ...claim, statements: [...claim.statements, st('360亿元', 'c')] };
  assert.ok(!rulesOf(front('2026-03-03') + converted, [], [cny]).includes('conflict-unshown'));
  // Without earlier digests the rules are silent.
  assert.deepEqual(toldBeforeProblems(front('2026-03-03') + story('甲', ['乙'], 8), []), []);
});

test('check: body lines and the earlier digests window', () => {
  const lines = bodyLines(dayOne);
  assert.deepEqual(
    lines.map((l) => [l.heading, l.figures.map((f) => f.text)]),
    [
      ['英伟达拟在得州投建数据中心', ['50亿美元']],
      ['AMD发布新款加速卡', ['约2.5万美元']],
    ],
  );
  const digests = new Map([
    ['2026-02-20', 'old'],
    ['2026-03-01', 'b'],
    ['2026-02-28', 'a'],
    ['2026-03-03', 'today'],
  ]);
  assert.deepEqual(earlierDigests(digests, '2026-03-03'), ['a', 'b']);
});

test('check: a bound is the same bound only (最多1000亿美元 is no 7300亿美元, 超过 is no 约)', () => {
  const f = (t: string) => extractFigures(t)[0] as Claim['statements'][number]['figure'];
  assert.ok(sameTold(f('约7.5亿美元'), f('7.45亿美元')));
  assert.ok(!sameTold(f('最多1000亿美元'), f('7300亿美元')));
  assert.ok(!sameTold(f('超过1000亿美元'), f('2500亿美元')));
  assert.ok(sameTold(f('最多1000亿美元'), f('最多1000亿美元')));
  assert.ok(!sameTold(f('7.5亿美元'), f('7.5亿港元')));
});

test('check: a conflict unshown pairs only two versions of one number (same measure and basis, as the digest compares)', () => {
  const figure = (text: string) =>
    extractFigures(text).find((f) => f.kind === 'money' || f.kind === 'percent') as Claim['statements'][number]['figure'];
  const st = (value: string, sentence: string, itemId: string) => ({
    figure: figure(value),
    itemId,
    source: itemId,
    line: 1,
    sentence,
    date: null,
  });
  const round = (statements: Claim['statements']): Claim => ({
    subject: 'Anthropic',
    metric: 'funding',
    period: '2026',
    kind: 'money',
    statements,
    conflict: true,
    latest: 0,
    mostCited: 0,
  });
  const earlier = front('2026-03-02') + story('Anthropic完成新一轮融资', ['Anthropic完成新一轮融资，融资额为**40亿美元**。'], 11);
  const today = (line: string) => front('2026-03-03') + story('Anthropic融资细节披露', [line], 12);
  // A co-investor's cheque filed under the round: the round and the cheque are two measures, no dispute unshown.
  const cheque = round([
    st('40亿美元', 'Anthropic完成新一轮融资，融资额为40亿美元。', 'a'),
    st('5亿美元', '本轮融资中，其中南岭资本出资5亿美元。', 'b'),
  ]);
  assert.ok(!rulesOf(today('Anthropic本轮融资中，南岭资本出资**5亿美元**。'), [earlier], [cheque]).includes('conflict-unshown'));
  // An upsize option against the base raise: the option's amount is no version of the raise.
  const upsize = round([
    st('40亿美元', 'Anthropic完成新一轮融资，融资额为40亿美元。', 'a'),
    st('48亿美元', '若超额配售权获悉数行使，融资额可增至48亿美元。', 'b'),
  ]);
  assert.ok(
    !rulesOf(today('若超额配售权获悉数行使，Anthropic融资额可增至**48亿美元**。'), [earlier], [upsize]).includes('conflict-unshown'),
  );
  // Two outlets' versions of the round itself are a dispute unshown.
  const two = round([
    st('40亿美元', 'Anthropic完成新一轮融资，融资额为40亿美元。', 'a'),
    st('45亿美元', 'Anthropic新一轮融资规模达45亿美元。', 'b'),
  ]);
  assert.ok(rulesOf(today('Anthropic新一轮融资规模达**45亿美元**。'), [earlier], [two]).includes('conflict-unshown'));
});
