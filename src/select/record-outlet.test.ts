/** A call transcript with no outlet field is cited as a transcript, never as a bare 原文链接 (editor22's S6). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOutlets, itemOutlet } from './index.js';

test('outlet: a transcript no field or address names is 业绩电话会实录; an article stays unnamed', () => {
  const item = { meta: {}, url: 'https://ir.example.org/q1-call', title: 'Q1 FY2027 results call' };
  assert.equal(itemOutlet({ ...item, kind: 'transcript' }), '业绩电话会实录');
  assert.equal(itemOutlet({ ...item, kind: 'article' }), null);
  assert.equal(itemOutlet({ ...item, meta: { outlet: 'Reuters' }, kind: 'transcript' }), '路透社');
});

test('outlet: Asian and European outlets by their field or domain take the names Chinese readers know', () => {
  const item = { meta: {}, url: 'https://example.org/a', title: 'x', kind: 'article' as const };
  assert.equal(itemOutlet({ ...item, meta: { outlet: 'Yonhap News Agency' } }), '韩联社');
  assert.equal(itemOutlet({ ...item, url: 'https://en.yna.co.kr/view/AEN20270405' }), '韩联社');
  assert.equal(itemOutlet({ ...item, meta: { outlet: 'Kyodo News' } }), '共同社');
  assert.equal(itemOutlet({ ...item, url: 'https://www.handelsblatt.com/technik/x.html' }), '《德国商报》');
});

test('outlets: the table says where an outlet writes for (a Hong Kong or Taiwan outlet by its row, others elsewhere)', () => {
  const t = defaultOutlets();
  assert.equal(t.regionOf(itemOutlet({ meta: { outlet: '信報' }, url: null, title: 'x' }, t) ?? ''), 'hk');
  assert.equal(t.regionOf(itemOutlet({ meta: {}, url: 'https://news.cnyes.com/news/id/1', title: 'x' }, t) ?? ''), 'tw');
  assert.equal(t.regionOf(itemOutlet({ meta: { outlet: '财联社' }, url: null, title: 'x' }, t) ?? ''), 'elsewhere');
  assert.equal(t.regionOf('某某周报'), undefined);
});
