/**
 * Decision 123: a head clause is told only by a sentence carrying its fact (a figure, or its event with its measure or
 * object), never by words a lead shares with it; a column title so untold is rebuilt from the lead's fact. Articles
 * written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory, sourceSentenceAt } from '../../../test/fixtures/enrich/bundles.js';
import { checkDigest } from '../../render/check/index.js';
import { clauseFact, headlineClausesUntold } from '../assemble/headline-told.js';
import { bareMarketMove, leansOn, selfContained } from '../assemble/sentence-shape.js';
import { backgroundLast } from './background.js';
import { createOfflineEngine } from './engine.js';
import { headFirst } from './head-first.js';

const engine = createOfflineEngine();

test('a doubling, a win or a shift is told by one sentence carrying it, not by shared words', () => {
  const backlog = '星河半导体披露，截至一季度末积压订单总额达118亿美元，其中AI相关约73亿美元。股价方面，星河半导体盘后一度涨超6%。';
  assert.deepEqual(headlineClausesUntold('星河半导体一季度AI收入翻倍，积压订单达118亿美元', backlog), ['星河半导体一季度AI收入翻倍']);
  const told = `${backlog}星河半导体一季度AI收入同比增长106%至41亿美元。`;
  assert.deepEqual(headlineClausesUntold('星河半导体一季度AI收入翻倍，积压订单达118亿美元', told), []);
  const nocomment = '澜芯科技对单一客户订单不予评论。机构指出，某云厂商今年资本开支将上调至约1800亿元。';
  assert.deepEqual(headlineClausesUntold('澜芯科技夺下某云厂商AI芯片订单', nocomment), ['澜芯科技夺下某云厂商AI芯片订单']);
  assert.deepEqual(headlineClausesUntold('澜芯科技夺下某云厂商AI芯片订单', '据供应链消息，澜芯科技已拿下某云厂商新一代AI芯片订单。'), []);
  // A halving is carried by its from→to amounts; a shift by the new arrangement.
  const column = '岚峰智能从“卖卡”走向“卖算力”，推理价格腰斩';
  assert.deepEqual(headlineClausesUntold(column, '岚峰智能今日发布新一代推理服务，推理价格较上一代明显下调。'), [
    '岚峰智能从“卖卡”走向“卖算力”',
    '推理价格腰斩',
  ]);
  assert.deepEqual(
    headlineClausesUntold(column, '岚峰智能宣布不再单独销售加速卡，改为按小时出租算力。推理价格由每百万Tokens 8元降至4元。'),
    [],
  );
  assert.equal(clauseFact('星衡智算完成B轮融资'), undefined, 'a clause stating none of them is read by its words');
});

test('check: a head clause told only by shared words is headline-clause-untold', () => {
  const front = '---\ntitle: 某日AI动态\ndate: 2026-11-18\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const story = (head: string, body: string) =>
    `${front}## ${head}\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/88102)\n\n---\n\n`;
  const body = '星河半导体11月17日披露，截至三季度末积压订单总额达**118亿美元**，其中AI相关约**73亿美元**。';
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  assert.ok(rules(story('星河半导体AI收入翻倍，积压订单达118亿美元', body)).includes('headline-clause-untold'));
  assert.ok(!rules(story('星河半导体积压订单达118亿美元', body)).includes('headline-clause-untold'));
});

test('a column title whose clauses no sentence carries is rebuilt from the lead’s fact', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '岚峰智能从“卖卡”走向“卖算力”，推理价格腰斩',
        text: '岚峰智能11月19日发布第三季度财报，季度营收12.6亿元，同比增长48%。公司推理服务客户数超过3000家，推理价格较年初明显下调。\n\n岚峰智能董事长表示，明年将新建两座智算中心。',
        url: 'https://www.cls.cn/detail/7100205',
        date: '2026-11-20',
      },
      [['岚峰智能', 'revenue', '2026-Q3', 1.26e9]],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /走向|腰斩/u, s.headline);
  assert.match(s.headline, /岚峰智能/u, s.headline);
  assert.match(s.headline, /12\.6亿元/u, s.headline);
});

const at = sourceSentenceAt;

test('a bare market move is an index’s move with no day', () => {
  assert.ok(bareMarketMove('创业板指涨2.87%，报2310点。'));
  assert.ok(!bareMarketMove('5月14日，创业板指涨2.87%。'));
  assert.ok(!bareMarketMove('星河智芯股价大涨9%。'));
});

test('a no-comment line (不予评论) leans on the report it answers', () => {
  assert.ok(!selfContained('澜芯科技对单一客户订单不予评论。'));
});

test('a bare market move brought to tell a head clause follows the sentence giving its day', () => {
  // Brought to tell the head's clause, the bare move follows the sentence giving its day.
  const dated = at('a', 0, '5月14日，A股算力硬件股午后集体拉升，中际光芯大涨12.6%。');
  const move = at('b', 3, '创业板指涨2.87%，报2310点。');
  assert.deepEqual(
    headFirst([dated], [move], () => false),
    [dated, move],
  );
});

test('check: a lead opening on a bare market move or a no-comment line is a dependent opening', () => {
  const front = '---\ntitle: 某日AI动态\ndate: 2026-05-14\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const story = (head: string, body: string) =>
    `${front}## ${head}\n\n${body}\n\n来源：[证券时报](https://www.stcn.com/article/detail/2100001.html)\n\n---\n\n`;
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  const head = 'A股算力硬件股午后集体拉升';
  assert.ok(rules(story(head, '创业板指涨**2.87%**。5月14日，A股算力硬件股午后集体拉升。')).includes('dependent-opening'));
  assert.ok(!rules(story(head, '5月14日，A股算力硬件股午后集体拉升。创业板指涨**2.87%**。')).includes('dependent-opening'));
  assert.ok(
    rules(story('澜芯科技获某云厂商订单', '澜芯科技对单一客户订单不予评论。澜芯科技8月营收**12亿元**。')).includes('dependent-opening'),
  );
});

test('a market overview glued between the news sentences goes after them', () => {
  const event = at('a', 0, '星衡智算将于11月28日在港交所挂牌，募资约62亿港元。');
  const overview = at('a', 1, '据一家券商测算，2026年国内智算租赁市场规模约680亿元，星衡约占7%。');
  const jv = at('a', 2, '星衡与某云厂商合资的智算中心计划投入约120亿元。');
  assert.deepEqual(backgroundLast([event, overview, jv], leansOn), [event, jv, overview]);
  assert.deepEqual(backgroundLast([event, jv, overview], leansOn), [event, jv, overview]);
  assert.deepEqual(backgroundLast([overview, event], leansOn), [overview, event], 'the first sentence never moves');
});

test('a Taiwan dollar amount is written with 新台币 before the number', async () => {
  const { renderFigureZh } = await import('./figure-zh.js');
  assert.equal(
    renderFigureZh({ kind: 'money', value: 5.123e10, currency: 'TWD', qualifier: 'exact', text: '新台币512.3亿元' }),
    '新台币512.3亿元',
  );
  assert.equal(renderFigureZh({ kind: 'money', value: 5e9, currency: 'USD', qualifier: 'exact', text: '50亿美元' }), '50亿美元');
});

test('check: a lead opening on a 本轮 / 该 whose referent is not printed is a dependent opening', () => {
  const front = '---\ntitle: 某日AI动态\ndate: 2026-11-18\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
  const story = (head: string, body: string) =>
    `${front}## ${head}\n\n${body}\n\n来源：[36氪](https://36kr.com/p/3100000000000001)\n\n---\n\n`;
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  const head = '星衡智算完成20亿元B轮融资';
  assert.ok(rules(story(head, '知情人士称，本轮由某产业基金领投，融资额**20亿元**。')).includes('dependent-opening'));
  assert.ok(!rules(story(head, '星衡智算完成**20亿元**B轮融资，本轮由某产业基金领投。')).includes('dependent-opening'));
});
