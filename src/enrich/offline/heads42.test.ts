/**
 * Decision 167: a head of a rating kept says the target move its source states, and a company cut to its name before its
 * kind word is named in full. Heads written for this test (invented companies and brokers).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention } from '../../types/index.js';
import { cutForm, fullNamed } from '../assemble/full-name.js';
import { keptRating, targetMove, targetMoveHead } from './target-head.js';

test('a kept-rating head is read into broker, action, company and rating', () => {
  assert.deepEqual(keptRating('国信证券维持岳川电子买入评级'), {
    broker: '国信证券',
    action: '维持',
    company: '岳川电子',
    rating: '买入',
  });
  assert.equal(keptRating('国信证券将岳川电子目标价上调至72元'), undefined);
  assert.equal(keptRating('岳川电子三季度营收增长41%'), undefined);
});

test('a target move is read from its sentence, up or down', () => {
  assert.deepEqual(targetMove('维持买入评级，将其目标价由58元上调至72元，对应30倍市盈率。'), { move: '上调', amount: '72元' });
  assert.deepEqual(targetMove('华创证券下调瀚川科技目标价至38.5元。'), { move: '下调', amount: '38.5元' });
  assert.equal(targetMove('维持买入评级，目标价72元。'), undefined);
});

test('a head of a rating kept says the target move its source states', () => {
  const s = ['国信证券12月2日发布研报，维持岳川电子买入评级，将其目标价由58元上调至72元，对应2027年30倍市盈率。'];
  assert.equal(targetMoveHead('国信证券维持岳川电子买入评级', s), '国信证券将岳川电子目标价上调至72元，维持买入评级');
  // No move stated: the head stays.
  assert.equal(
    targetMoveHead('国信证券维持岳川电子买入评级', ['国信证券维持岳川电子买入评级，目标价72元。']),
    '国信证券维持岳川电子买入评级',
  );
  // A move of another company's target is not this note's.
  assert.equal(
    targetMoveHead('国信证券维持岳川电子买入评级', ['国信证券将恒岳光电目标价由30元上调至36元。']),
    '国信证券维持岳川电子买入评级',
  );
});

const org = (name: string, text = name): EntityMention => ({ name, text, type: 'org', start: 0, end: text.length, match: 'discovered' });

test('a company cut before its kind word is named in full', () => {
  assert.equal(cutForm('岭川智算'), '岭川');
  assert.equal(cutForm('Tessaro Systems'), 'Tessaro');
  assert.equal(cutForm('阿里巴巴'), undefined);
  assert.equal(
    fullNamed('中国电信投15亿元，岭川回头签下28亿元算力大单', [org('岭川智算')], true),
    '中国电信投15亿元，岭川智算回头签下28亿元算力大单',
  );
  assert.equal(fullNamed('Tessaro获3亿美元融资', [org('Tessaro Systems')], true), 'Tessaro Systems获3亿美元融资');
  // Named in full already, or the cut form another company's own name: unchanged.
  assert.equal(
    fullNamed('澜川科技向岭川智算投资8亿元，岭川向其采购', [org('岭川智算'), org('澜川科技')], true),
    '澜川科技向岭川智算投资8亿元，岭川向其采购',
  );
  assert.equal(fullNamed('华岳领投岭川新一轮融资', [org('华岳科技'), org('Huayue', '华岳')], true), '华岳领投岭川新一轮融资');
});

test('a known company’s short name is its name: not said in full', () => {
  const known: EntityMention = { name: 'Tencent', text: '腾讯控股', type: 'org', start: 0, end: 4, match: 'alias' };
  assert.equal(fullNamed('腾讯领投岭川新一轮融资', [known], true), '腾讯领投岭川新一轮融资');
});
