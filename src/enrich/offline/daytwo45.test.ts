/**
 * Decision 186: a follow-up's lead figure whose other value an earlier digest printed is said beside it, once, where the
 * figure closes its clause — and never when a paragraph already prints the earlier value. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { type EarlierAside, withEarlierAside } from './earlier-aside.js';
import { sameNumber } from './facts.js';

const fig = (s: string): Figure => {
  const f = extractFigures(s)[0];
  if (!f) throw new Error(`fixture: no figure in ${s}`);
  return f;
};
const aside = (today: string, earlier: string, source: string): EarlierAside => ({
  today: fig(today),
  earlier: fig(earlier),
  clause: `，${source}此前报道为${earlier}`,
  aside: `（${source}此前报道为${earlier}）`,
});

test('a figure closing its sentence takes the earlier value as a clause', () => {
  const out = withEarlierAside(
    ['某模型公司宣布完成新一轮融资，投后估值为**260亿元**。'],
    [aside('260亿元', '约300亿元', '甲媒体')],
    sameNumber,
  );
  assert.deepEqual(out, ['某模型公司宣布完成新一轮融资，投后估值为**260亿元**，甲媒体此前报道为约300亿元。']);
});

test('a figure inside its sentence takes it in brackets', () => {
  const out = withEarlierAside(['某模型公司投后估值为**260亿元**，由乙基金领投。'], [aside('260亿元', '约300亿元', '甲媒体')], sameNumber);
  assert.deepEqual(out, ['某模型公司投后估值为**260亿元**（甲媒体此前报道为约300亿元），由乙基金领投。']);
});

test('an earlier value a paragraph prints already (a comparison line) is not said again', () => {
  const paragraphs = [
    '某模型公司投后估值为**260亿元**。',
    '与此前报道对比：甲媒体曾称某模型公司估值为**约300亿元**，乙日报称**260亿元**。',
  ];
  assert.equal(withEarlierAside(paragraphs, [aside('260亿元', '约300亿元', '甲媒体')], sameNumber), undefined);
});

test('a figure read inside a phrase keeps the phrase whole; an unprinted figure takes nothing', () => {
  assert.equal(withEarlierAside(['双方签订**26亿元**的采购合同。'], [aside('26亿元', '30亿元', '甲媒体')], sameNumber), undefined);
  assert.equal(withEarlierAside(['双方签订采购合同，金额为26亿元。'], [aside('26亿元', '30亿元', '甲媒体')], sameNumber), undefined);
});
