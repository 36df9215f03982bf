/** Told before however rounded (issue 11, decision 057): a digest's 约7.5亿美元 printed a source's 7.45亿, not its 7.3亿. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printedFigures, printedHalf } from '../render/index.js';
import type { Figure, Statement } from '../types/index.js';
import { figurePrinted } from './index.js';

function st(value: number, currency = 'USD', kind: Figure['kind'] = 'money'): Statement {
  return {
    itemId: 'a',
    source: 'https://example.com/a',
    line: 1,
    sentence: '',
    date: null,
    figure: { text: `${value}`, start: 0, end: 1, kind, value, ...(currency ? { currency } : {}), qualifier: 'exact' },
  };
}

test('told figures: a figure the digest printed rounded to its last digit is the source’s figure', () => {
  const printed = printedFigures(['募资**约7.5亿美元**，营收增长**3%**，市值**约680亿港元**。']);
  assert.ok(figurePrinted(st(7.45e8), printed), '7.45亿 printed as 约7.5亿');
  assert.ok(!figurePrinted(st(7.3e8), printed), '7.3亿 is another figure');
  assert.ok(figurePrinted(st(681.2e8, 'HKD'), printed), '681.2亿 printed as 约680亿');
  assert.ok(!figurePrinted(st(3.1, '', 'percent'), printed), '3% is no source’s 3.1% (the tolerance caps a rounding)');
  assert.ok(!figurePrinted(st(7.45e8, 'HKD'), printed), 'another currency is another figure');
});

test('printedHalf: half the unit of the last printed digit', () => {
  assert.equal(printedHalf('约7.5亿美元', 7.5e8), 5e6);
  assert.equal(printedHalf('3.1%', 3.1), 0.05);
  assert.equal(printedHalf('58亿港元', 58e8), 5e7);
  assert.equal(printedHalf('亿美元', 1), undefined);
});
