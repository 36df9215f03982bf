/**
 * Decision 159: a head's shape. An outlet's phrase in quotes (no event, no figure) and a title cut before its object
 * never head a story (the lead fact heads it), a head cut for length never ends open, and a listed company is named
 * without its exchange's tag or stock code. Articles written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { findEntities, loadGazetteer } from '../../extract/index.js';
import { defaultOutlets } from '../../select/outlets.js';
import type { ItemRecord } from '../../types/index.js';
import { misshapenHead, openEnded, quotedPhraseHead, untagged } from '../assemble/head-shape.js';
import { withinLength } from '../assemble/tidy.js';
import { createOfflineEngine } from './engine.js';
import { actorKicker, trimTitle } from './titles.js';

const engine = createOfflineEngine();

test('an outlet’s quoted phrase with no event and no figure is no head; a quote in news is', () => {
  assert.ok(quotedPhraseHead('算力租赁的“冰与火”'));
  assert.ok(quotedPhraseHead('国产大模型的“安卓时刻”来了'));
  assert.ok(!quotedPhraseHead('甲骨文股价再跌，“循环融资”争议升温'));
  assert.ok(!quotedPhraseHead('多地加码“算力券”，上海单家企业年度补贴上限提至5000万元'));
  assert.ok(!quotedPhraseHead('岚峰智能完成20亿元融资'));
});

test('a head ending on a word that needs its object is open', () => {
  assert.ok(openEnded('岚峰智能拟向'));
  assert.ok(openEnded('岚峰智能与'));
  assert.ok(openEnded('岚峰智能、云擎科技等（续报）'));
  assert.ok(!openEnded('岚峰智能拟发50亿元公司债'));
  assert.equal(misshapenHead('岚峰智能联手'), 'open');
  assert.equal(misshapenHead('岚峰智能完成20亿元融资'), undefined);
});

test('a listed company is named without its exchange tag or its code', () => {
  assert.equal(untagged('华泰证券将岚峰智能-W目标价上调至36港元'), '华泰证券将岚峰智能目标价上调至36港元');
  assert.equal(untagged('岚峰智能（02718.HK）首日涨32%'), '岚峰智能首日涨32%');
  assert.equal(untagged('岚峰智能-U一季度营收4.2亿元'), '岚峰智能一季度营收4.2亿元');
  assert.equal(untagged('岚峰-KY 11月营收年增逾五成'), '岚峰11月营收年增逾五成');
  // A hyphen inside a Latin name or a model's name is no tag.
  assert.equal(untagged('岚峰发布Lan-U2大模型'), '岚峰发布Lan-U2大模型');
});

test('a head cut for length never keeps a leading clause that ends open', () => {
  const long = '岚峰智能控股子公司将与，云擎科技合资建设华东智算中心并计划三年内投入资金合计约120亿元';
  assert.doesNotMatch(withinLength(long), /与$/u);
});

const results = (title: string) =>
  makeBundle({
    id: 'st_heads41_shape',
    items: [
      {
        title,
        text: [
          '岚峰智能11月19日晚间披露三季报，第三季度实现营收8.6亿元，同比增长42%。',
          '公司表示，算力租赁业务订单饱满，四季度交付量将继续提升。',
        ].join('\n\n'),
        url: 'https://www.example-news.cn/detail/88120',
        date: '2026-11-20',
      },
    ],
    attributions: [
      { value: 8.6e8, subject: '岚峰智能', metric: 'revenue', period: '2026Q3' },
      { value: 42, subject: '岚峰智能', metric: 'revenue-growth', period: '2026Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      return [single('岚峰智能', 'revenue', '2026Q3', [statement(it, figs[it.id] ?? [], 8.6e8)])];
    },
  });

test('a title that is an outlet’s quoted phrase, or is cut before its object, yields to the lead fact', async () => {
  for (const title of ['岚峰智能的“算力焦渴”', '岚峰智能三季报出炉，算力租赁订单饱满的']) {
    const s = await engine.doWriteStory(results(title), 'stories');
    assert.match(s.headline, /岚峰智能/u, s.headline);
    assert.match(s.headline, /8\.6亿元/u, s.headline);
  }
  // A title of news keeps its head.
  const kept = await engine.doWriteStory(results('岚峰智能三季度营收8.6亿元，同比增长42%'), 'stories');
  assert.equal(kept.headline, '岚峰智能三季度营收8.6亿元，同比增长42%');
});

test('a place or a government body before a colon is the actor of what follows and stays', () => {
  const gaz = loadGazetteer();
  const orgsIn = (s: string) => findEntities(s, gaz).flatMap((m) => (m.type === 'org' ? [m.name] : []));
  const placesIn = (s: string) => findEntities(s, gaz).flatMap((m) => (m.type === 'place' ? [m.text] : []));
  const t = (x: string) => trimTitle(x, defaultOutlets(), orgsIn, placesIn);
  assert.equal(t('深圳：单家企业算力券补贴上限提至2000万元'), '深圳：单家企业算力券补贴上限提至2000万元');
  assert.equal(t('杭州加码：单家企业最高补贴3000万元'), '杭州加码：单家企业最高补贴3000万元');
  assert.equal(t('欧盟：对岚峰智能罚款4.8亿欧元'), '欧盟：对岚峰智能罚款4.8亿欧元');
  // A kicker that is a phrase about a place (a column, a mood) still goes; so does a place the rest names itself.
  assert.equal(t('算力军备竞赛：深圳单家企业补贴上限提至2000万元'), '深圳单家企业补贴上限提至2000万元');
  assert.equal(t('深圳：深圳单家企业补贴上限提至2000万元'), '深圳单家企业补贴上限提至2000万元');
  assert.ok(!actorKicker('硅谷观察', '岚峰智能完成融资', placesIn));
});
