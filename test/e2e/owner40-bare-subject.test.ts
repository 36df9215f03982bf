/**
 * Decision 152: a sentence whose subject the source left bare (`截至6月末，公司合同负债为…`) printed after a sentence about
 * another company (the supplier shares of the company invested in) is written with its owner's name, so the figure
 * is not read as that other company's. Fixture written for this test: test/fixtures/owner40.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('owner40');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test('a bare 公司 printed after another company’s sentence is named', async () => {
  const story = storyOf(await day('bare-subject', '2026-10-20'));
  // The contract liabilities are never left to a 公司 after the sentence about 星禾智能's suppliers.
  assert.doesNotMatch(story, /星禾智能前五大供应商[^\n]*。(?:截至6月末，)?公司合同负债/u, story);
  // Decision 176: the investor's own contract liabilities are glued background under its subscription's head: not printed.
  assert.doesNotMatch(story, /合同负债/u, story);
  // The lead's own 公司 (right after its company's name) stays.
  assert.match(story, /岚峰半导体10月19日晚间公告，公司全资子公司/u, story);
});
