/**
 * Decision 107: a head made by dropping a title's untold clauses is read whole again (every clause by what it says
 * beyond its companies' names), and headed by the lead's fact when it is still untold; what is left of a pruned head
 * keeps its figure's owner; a head's count or multiple brings its sentence. Items written for this test (invented
 * companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteer } from '../../extract/index.js';
import type { DigestStory } from '../../types/index.js';
import { keepsOwner, trimmedClausesUntold, trimmedFrom } from '../assemble/head-trim.js';
import { claimHeadline } from './compose.js';
import { createOfflineEngine, untoldClauses } from './engine.js';
import { storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const body = (s: DigestStory) => s.paragraphs.join('').replace(/\*\*/g, '');

test('a head cut from its title is read whole, its opening clause beyond its names too', () => {
  assert.ok(trimmedFrom('澜芯科技涨势延续', '澜芯科技涨势延续，同行跟涨'));
  assert.ok(!trimmedFrom('澜芯科技涨势延续，同行跟涨', '澜芯科技涨势延续，同行跟涨'));
  const text = '澜芯科技今日公告，DDR5合约价格本月上调15%。';
  assert.deepEqual(trimmedClausesUntold('澜芯科技涨势延续', text, ['澜芯科技']), ['澜芯科技涨势延续']);
  assert.deepEqual(trimmedClausesUntold('澜芯科技涨势延续', `${text}公司股价涨势延续。`, ['澜芯科技']), []);
  // Its predicate told in the body's own words tells it; a sector word alone does not.
  assert.deepEqual(trimmedClausesUntold('恒云数科启动港股招股', '恒云数科今日起在港招股，每股12港元。', ['恒云数科']), []);
  assert.deepEqual(trimmedClausesUntold('存储芯片涨势延续', '澜芯科技称存储芯片合约价格本月上调。', ['澜芯科技']), ['存储芯片涨势延续']);
});

test('a trimmed head still untold is headed by the lead’s fact, never left as the rest of the title', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '澜芯科技涨势延续，同行跟涨',
        text: '澜芯科技11月19日晚间公告，公司预计四季度营收12亿元，同比增长40%。公司称，DDR5合约价格本月已上调15%。',
        url: 'https://www.cls.cn/detail/7100002',
        date: '2026-11-20',
      },
      [['澜芯科技', 'revenue', '2026Q4', 1.2e9]],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /涨势|跟涨/u, `${s.headline} / ${body(s)}`);
  assert.match(s.headline, /澜芯科技/u, s.headline);
});

test('a trimmed head’s clause a later sentence of its source tells brings that sentence', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '澜芯科技涨势延续，同行跟涨',
        text: '澜芯科技11月19日晚间公告，公司10月营收4.2亿元，同比增长40%。公司称，DDR5合约价格本月已上调15%，四季度订单能见度较高。公司董事长表示，明年将扩充两条产线，并加大车规存储投入。\n\n二级市场上，公司股价涨势延续，本周已连续第四个交易日收涨。',
        url: 'https://www.cls.cn/detail/7100005',
        date: '2026-11-20',
      },
      [['澜芯科技', 'revenue', '2026-10', 4.2e8]],
    ),
    'stories',
  );
  assert.equal(s.headline, '澜芯科技涨势延续', body(s));
  assert.match(body(s), /公司股价涨势延续/u, body(s));
});

test('what is left of a pruned head keeps its figure’s owner', () => {
  const head = '华岳证券：北辰软件一季度业绩超预期，上调目标价至420元';
  assert.ok(!keepsOwner('华岳证券：上调目标价至420元', head, () => ['北辰软件']));
  assert.ok(keepsOwner('北辰软件目标价上调至420元', head, () => ['北辰软件']));
  const gaz = loadGazetteer();
  const stale = (c: string) => c.includes('超预期');
  assert.equal(
    untoldClauses(head, stale, { gaz }, [], () => ['北辰软件']),
    undefined,
    'the dropped clause held the owner of the target price',
  );
});

test('a head’s multiple brings the sentence giving it, with the sentence it leans on', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '恒云数科募资20亿港元，公开发售获超额认购300倍',
        text: '恒云数科11月19日公布配发结果，全球发售募资20亿港元，每股发行价12港元。公司将于11月21日在港交所挂牌，所得款项将主要用于研发及扩充算力，公司预计明年营收增长30%。公司董事长表示，上市后将加大自研芯片投入，并在华南新建两座数据中心。\n\n恒云数科同日公布了各部分的分配详情。其中，香港公开发售部分获超额认购约300倍。',
        url: 'https://www.cls.cn/detail/7100003',
        date: '2026-11-20',
      },
      [['恒云数科', 'ipo', '2026', 2e9]],
    ),
    'stories',
  );
  assert.match(s.headline, /300倍/u, `${s.headline} / ${body(s)}`);
  assert.match(body(s), /分配详情。其中，香港公开发售部分获超额认购约300倍/u, body(s));
});

test('a fact’s head keeps the deal edge’s payer and kind: a capacity purchase is not an investment', () => {
  const story = (deals: [string, string, 'purchase' | 'invest', number][]) =>
    oneItemStory(
      {
        title: '澜芯科技大单',
        text: '星衡智算招股书显示，澜芯科技今年前三季度向星衡智算投资约32亿元。',
        url: 'https://www.cls.cn/detail/7100004',
        date: '2026-11-20',
      },
      [['澜芯科技', 'investment', '2026', 3.2e9, '星衡智算']],
      deals,
    );
  const gaz = loadGazetteer();
  const heads = (b: ReturnType<typeof story>) =>
    storyFacts(b).map((f) => claimHeadline(f, b, { dir: entityDirectory(gaz.entries), gaz, templates: defaultStoryTemplates() }));
  // The knowledge layer holds the 32亿元 as 星衡智算's purchase from 澜芯科技: the head says so.
  assert.deepEqual(heads(story([['星衡智算', '澜芯科技', 'purchase', 3.2e9]])), ['星衡智算向澜芯科技采购约32亿元']);
  // An edge agreeing with the claim leaves its head as composed.
  assert.match(heads(story([['澜芯科技', '星衡智算', 'invest', 3.2e9]]))[0] ?? '', /^澜芯科技向星衡智算.*投资约32亿元$/u);
});
