/**
 * Who lends is not who borrows (decision 173): in a Chinese loan sentence the name after a receiving verb ('获得', '获')
 * or between '向' / '从' and a borrowing word ('借款') is the lender; the borrower named before it owns the amount. A
 * lender that is the sentence's subject ('B向A提供…贷款') stays as it was. Sentences written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function owned(text: string): string[] {
  return extract(text, { date: '2026-09-15', lang: 'zh' }, gaz)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => `${f.subject ?? '-'}:${f.metric ?? '-'}`);
}

test('the borrower named before its lender owns the loan', () => {
  assert.deepEqual(owned('百度向招商银行借款50亿元，用于数据中心建设。'), ['Baidu:debt']);
  assert.deepEqual(owned('据悉，百度已获得招商银行80亿元贷款。'), ['Baidu:debt']);
  assert.deepEqual(owned('百度获招商银行提供的60亿元授信。'), ['Baidu:debt']);
});

test('a lender that is the sentence’s subject, or a loan with no borrower named before, stays as it was', () => {
  assert.deepEqual(owned('招商银行向百度提供50亿元贷款。'), ['Baidu:debt']);
  assert.deepEqual(owned('招商银行今年已发放贷款500亿元。'), ['China Merchants Bank:debt']);
});
