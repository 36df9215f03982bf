import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countHan, HAN, HAN_RANGES, hanChars, isHanCode } from './han.js';

test('one Han class: the basic block, Extension A and the compatibility ideographs; not kana, hexagrams or punctuation', () => {
  for (const ch of ['英', '㐀', '䶵', '豈', '鿿']) assert.ok(HAN.test(ch) && isHanCode(ch.charCodeAt(0)), ch);
  for (const ch of ['。', '，', 'あ', 'ア', '䷀', 'Ａ', 'a', '5']) assert.ok(!HAN.test(ch) && !isHanCode(ch.charCodeAt(0)), ch);
  assert.ok(new RegExp(`^[${HAN_RANGES}·]{2,8}$`).test('黄仁勋·访谈'));
  assert.equal(countHan('英伟达 Nvidia 发布，H200。'), 5);
  assert.deepEqual(hanChars('輝達 GPU 擴產'), ['輝', '達', '擴', '產']);
});
