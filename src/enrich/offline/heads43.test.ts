/**
 * Decision 174: a head's company cut before its kind word is said as its story writes it, even where discovery missed
 * the name; a head the full name would push past the limit drops the descriptor before the name, not the name's kind
 * word. Heads and texts written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention } from '../../types/index.js';
import { fullNamed } from '../assemble/full-name.js';
import { sourceFullNamed, undescribed } from '../assemble/source-name.js';

const story = [
  '一家算力新贵的闭环：中国电信投15亿，岭川回头签下28亿算力大单',
  '11月中旬，岭川智算完成新一轮融资，中国电信旗下资本平台领投15亿元。几乎同时，岭川智算与中国电信签署五年算力服务合同，总额约28亿元。岭川智算在宁夏的智算中心已进入调试，岭川持股40%的项目公司负责土建。',
];

test('a cut name the story writes in full is said in full', () => {
  assert.equal(
    sourceFullNamed('中国电信投15亿元，岭川回头签下28亿元算力大单', story, [], true),
    '中国电信投15亿元，岭川智算回头签下28亿元算力大单',
  );
});

test('a cut name is left when the story does not write it in full nearly every time', () => {
  // Written cut as often as in full: the story's own short name.
  const mixed = ['岭川智算完成融资。岭川智算签约。岭川表示，岭川将扩产，岭川计划上市。'];
  assert.equal(sourceFullNamed('岭川回头签下28亿元大单', mixed, [], true), '岭川回头签下28亿元大单');
  // A known company or a place the story's entities name by the cut: that one, never expanded.
  const known: EntityMention = { name: 'Lingchuan', text: '岭川', type: 'org', start: 0, end: 2, match: 'alias' };
  assert.equal(sourceFullNamed('岭川回头签下28亿元大单', story, [known], true), '岭川回头签下28亿元大单');
  // The full name always runs on into a longer one (岭川智算云): not a name of its own.
  const longer = ['岭川智算云完成融资。岭川智算云签约。'];
  assert.equal(sourceFullNamed('岭川回头签下28亿元大单', longer, [], true), '岭川回头签下28亿元大单');
  // Not a clause's subject in the head (a word inside a phrase): unchanged.
  const data = ['算力网络建设提速。算力网络覆盖八省。'];
  assert.equal(sourceFullNamed('上海加码算力补贴，总额5亿元', data, [], true), '上海加码算力补贴，总额5亿元');
});

test('a head past the limit once named in full drops the descriptor before the name', () => {
  assert.equal(
    undescribed('思科领投，推理云公司Tessaro Systems完成12亿美元融资', 'Tessaro Systems', true, 0),
    '思科领投，Tessaro Systems完成12亿美元融资',
  );
  // No descriptor to drop: no head.
  assert.equal(undescribed('思科与英特尔资本联合领投Tessaro Systems完成12亿美元融资', 'Tessaro Systems', true, 0), undefined);
  const org: EntityMention = { name: 'Tessaro Systems', text: 'Tessaro Systems', type: 'org', start: 0, end: 15, match: 'discovered' };
  assert.equal(fullNamed('思科领投，推理云公司Tessaro完成12亿美元融资', [org], true), '思科领投，Tessaro Systems完成12亿美元融资');
});
