/**
 * Decision 100: a head clause is told by what it says of its companies, never by their names alone; a count or a
 * multiple in digits (`超额认购300倍`) is told only by a body giving it; an English feature's or question's title is no
 * news head. Items written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import type { DigestStory } from '../../types/index.js';
import { clauseTold, headlineClausesUntold } from '../assemble/headline-told.js';
import { createOfflineEngine } from './engine.js';
import { headUntoldParts } from './head-told.js';
import { asksQuestion, featureTitle } from './headline-shape.js';
import { wholeName } from './names.js';

const engine = createOfflineEngine();
const body = (s: DigestStory) => s.paragraphs.join('').replace(/\*\*/g, '');

test('a clause told only by its company’s name is untold', () => {
  const text = '澜芯科技今日公布三季报，营收18.2亿元，同比增长35%。';
  assert.ok(!clauseTold('澜芯科技同行跟涨', text, 1 / 5, ['澜芯科技']));
  assert.ok(!clauseTold('澜芯科技产品价格减半', text, 1 / 5, ['澜芯科技']));
  // …and one the body tells in its own words still is.
  assert.ok(clauseTold('澜芯科技同行跟涨', `${text}同行个股午后跟涨。`, 1 / 5, ['澜芯科技']));
  assert.ok(clauseTold('澜芯科技', text, 1 / 5, ['澜芯科技']));
  assert.ok(clauseTold('Northwind一季度业绩超预期', 'Northwind第一财季营收6.9亿美元，高于市场预期。', 1 / 5, ['Northwind']));
  assert.deepEqual(headlineClausesUntold('澜芯科技营收增长35%，同行跟涨', text, ['澜芯科技']), ['同行跟涨']);
  // The head's opening clause (its subject and event) is read with its names, as a body retells it in its own words.
  assert.deepEqual(
    headlineClausesUntold('恒云数科发债百亿，澜芯科技等同行跟涨', '恒云数科董事会决议发行100亿元公司债。澜芯科技股价平盘。', [
      '恒云数科',
      '澜芯科技',
    ]),
    ['澜芯科技等同行跟涨'],
  );
});

test('a count or a multiple in digits is told only by a body giving it', () => {
  const text = '恒云数科今日起招股，拟募资20亿港元，每股发行价12港元。';
  assert.deepEqual(headUntoldParts('恒云数科公开发售获超额认购300倍', text, ['恒云数科']), ['恒云数科公开发售获超额认购300倍']);
  assert.deepEqual(headUntoldParts('恒云数科公开发售获超额认购300倍', `${text}公开发售部分获超额认购约300倍。`, ['恒云数科']), []);
});

test('an English feature or question title is no news head', () => {
  assert.ok(featureTitle('How far can the AI chip rally go?'));
  assert.ok(featureTitle('Inside Northwind’s bet on custom silicon'));
  assert.ok(featureTitle('Analysis: What the capex boom means for power grids'));
  assert.ok(asksQuestion('Will hyperscalers keep spending?'));
  assert.ok(!featureTitle('Northwind raises $2 billion in Series C led by Apex'));
  assert.ok(!featureTitle('Northwind Q3 revenue rises 35% to $1.8 billion'));
});

test('a head whose second clause the body never tells loses it, though the body names the company', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '星衡智算新一代训练芯片出货12万片，澜芯科技等同行跟涨',
        text: '星衡智算11月3日发布新一代训练芯片，公司预计明年出货12万片，营收将达48亿元。作为对比，澜芯科技今年上半年营收9.6亿元。',
        url: 'https://www.cls.cn/detail/9100001',
        date: '2026-11-04',
      },
      [
        ['星衡智算', 'revenue', '2027', 4.8e9],
        ['澜芯科技', 'revenue', '2026H1', 9.6e8],
      ],
    ),
    'stories',
  );
  assert.doesNotMatch(s.headline, /跟涨/u, `${s.headline} / ${body(s)}`);
  assert.match(s.headline, /星衡智算/u, s.headline);
});

test('a party’s name comes whole: a one-word Latin short form is the longer name the story writes', () => {
  assert.equal(wholeName('Meridian', ['Meridian', 'Meridian Infrastructure Trust']), 'Meridian Infrastructure Trust');
  assert.equal(wholeName('Halvorsen', ['Halvorsen', 'Halvorsen Digital Trust', 'Halvorsen Digital Trust II']), 'Halvorsen Digital Trust');
  // A legal form or a group word adds nothing a reader needs; a Chinese name is left as written.
  assert.equal(wholeName('Northwind', ['Northwind', 'Northwind Corp.', 'Northwind Group']), 'Northwind');
  assert.equal(wholeName('星衡', ['星衡', '星衡智算']), '星衡');
});
