/** A source an earlier digest linked told only the figures that digest printed (english22's l 11-25 regression). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printedFigures } from '../render/index.js';
import type { Figure, Statement } from '../types/index.js';
import { figurePrinted, toldStatement } from './index.js';

function st(itemId: string, value: number, currency = 'CNY', kind: Figure['kind'] = 'money'): Statement {
  return {
    itemId,
    source: `https://example.com/${itemId}`,
    line: 1,
    sentence: '',
    date: null,
    figure: { text: `${value}`, start: 0, end: 1, kind, value, ...(currency ? { currency } : {}), qualifier: 'exact' },
  };
}

test('told figures: a digest printed the rating note’s target price, not the placement the note mentions', () => {
  const md = '- **某芯片公司获券商维持买入评级**：研报维持买入评级，目标价由**172元**上调至**186元**。';
  const printed = printedFigures([md]);
  assert.ok(figurePrinted(st('note', 186), printed));
  assert.ok(!figurePrinted(st('note', 60e8), printed), 'the note’s 60亿元 placement was never printed');
  assert.ok(!figurePrinted(st('note', 186, 'USD'), printed), 'another currency is another figure');
  const bundle = { toldBefore: { note: '2026-11-24' }, toldValues: { note: [186] } };
  assert.ok(toldStatement(bundle, st('note', 186)));
  assert.ok(!toldStatement(bundle, st('note', 60e8)));
  assert.ok(!toldStatement(bundle, st('other', 186)));
  // Without the digests at hand every figure of a told item counts, as before.
  assert.ok(toldStatement({ toldBefore: { note: '2026-11-24' } }, st('note', 60e8)));
});

test('told figures: a rounded figure in the digest is the source’s figure', () => {
  const printed = printedFigures(['前三季度营收**56.8亿元**，同比增长**97%**。']);
  assert.ok(figurePrinted(st('a', 56.83e8), printed));
  assert.ok(figurePrinted(st('a', 97, '', 'percent'), printed));
  assert.ok(!figurePrinted(st('a', 58e8), printed));
});
