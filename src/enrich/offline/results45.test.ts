/** Decision 185: a results lead tells its title's cause from a table. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCause, withTitleCause } from './results-cause.js';

test('a title’s cause is read from the table when it pushes the title’s news its way', () => {
  assert.deepEqual(titleCause('Infosys raises annual revenue forecast as AI-led deals pick up'), {
    phrase: 'AI相关订单回升',
    effect: 'lift',
  });
  assert.deepEqual(titleCause('HP forecasts quarterly profit below estimates as memory costs bite'), {
    phrase: '内存成本上涨',
    effect: 'drag',
  });
  assert.deepEqual(titleCause('Acme forecasts first-quarter profit below estimates as memory costs bite; shares fall'), {
    phrase: '内存成本上涨',
    effect: 'drag',
  });
  assert.deepEqual(titleCause('受内存价格上涨拖累，某公司下调全年指引'), { phrase: '内存成本上涨', effect: 'drag' });
});

test('silent for a cause against the news, a news of no direction or a cause not in the table', () => {
  assert.equal(titleCause('Acme raises annual forecast as memory costs bite'), undefined);
  assert.equal(titleCause('Acme reports quarterly results as memory costs bite'), undefined);
  assert.equal(titleCause('Acme cuts annual forecast as its chief executive steps down'), undefined);
});

const sentences = { 'resultsCause.lift': '{clause}，主要受{cause}带动', 'resultsCause.drag': '{clause}，主要受{cause}拖累' };

test('the cause follows a lead going its way, never one going the other way or giving its own cause', () => {
  const drag = { phrase: '内存成本上涨', effect: 'drag' as const };
  assert.equal(withTitleCause('甲下调全年营收指引至43亿美元', drag, sentences), '甲下调全年营收指引至43亿美元，主要受内存成本上涨拖累');
  assert.equal(
    withTitleCause('甲公布第四财季业绩，营收约146亿美元，同比增长3%', drag, sentences),
    '甲公布第四财季业绩，营收约146亿美元，同比增长3%',
  );
  assert.equal(withTitleCause('受关税影响，甲下调全年营收指引', drag, sentences), '受关税影响，甲下调全年营收指引');
  assert.equal(withTitleCause('甲下调全年营收指引', undefined, sentences), '甲下调全年营收指引');
  const lift = { phrase: 'AI需求强劲', effect: 'lift' as const };
  assert.equal(
    withTitleCause('甲预计营收约为205亿美元，高于市场预期的198亿美元，股价盘后上涨约6%', lift, sentences),
    '甲预计营收约为205亿美元，高于市场预期的198亿美元，主要受AI需求强劲带动，股价盘后上涨约6%',
  );
});
