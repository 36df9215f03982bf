/**
 * Decision 107's note (fixhead): a head rebuilt from a fact never prints the market's estimate of a quarter not yet
 * reported as its result. A sentence opening on a forecast lead-in (`市场预估，…`, `市场普遍预计，…`, `公司预计，…`,
 * `What Wall Street expects: …`) governs the figure after it. Items written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import type { DigestStory } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { hedgedFigure } from './facts.js';
import { forecastLeadIn } from './forecast-words.js';

const engine = createOfflineEngine();
const body = (s: DigestStory) => s.paragraphs.join('').replace(/\*\*/g, '');
const write = (text: string, value: number) =>
  engine.doWriteStory(
    oneItemStory({ title: '澜芯科技涨势延续，同行跟涨', text, url: 'https://www.cls.cn/detail/7100011', date: '2026-12-06' }, [
      ['澜芯科技', 'revenue', '2026Q4', value],
    ]),
    'stories',
  );

test('a results preview never heads on the market’s estimate printed as the quarter’s revenue', async () => {
  for (const text of [
    '澜芯科技将于12月10日盘后公布第四财季业绩。市场预估，澜芯科技第四财季营收约52亿美元，同比增长18%。投资者将关注公司对明年的业绩指引。',
    '澜芯科技将于12月10日盘后公布第四财季业绩。市场普遍预计，公司第四财季营收约52亿美元。投资者将关注公司对明年的业绩指引。',
  ]) {
    const s = await write(text, 5.2e9);
    assert.doesNotMatch(s.headline, /52亿美元/u, `${s.headline} / ${body(s)}`);
    // The body still quotes it in its sentence, the estimate's words kept.
    assert.match(body(s), /预[估计]，[^。]*52亿美元/u, body(s));
  }
});

test('a company’s own forecast in a lead-in clause heads as 预计, never as a reported quarter', async () => {
  const s = await write(
    '澜芯科技11月19日晚间发布公告。公司预计，四季度营收12亿元，同比增长40%。公司称，DDR5合约价格本月已上调15%。',
    1.2e9,
  );
  assert.match(s.headline, /预计/u, `${s.headline} / ${body(s)}`);
});

test('a forecast lead-in governs the figure after it, in English and Chinese', () => {
  assert.ok(hedgedFigure('市场预估，澜芯科技第四财季营收约52亿美元，同比增长18%。', '约52亿美元', 'revenue'));
  assert.ok(hedgedFigure('市场普遍预计，公司第四财季营收约52亿美元。', '约52亿美元', 'revenue'));
  assert.equal(forecastLeadIn('公司预计，四季度营收12亿元，同比增长40%。', '12亿元'), '公司预计，');
  assert.ok(forecastLeadIn('What Wall Street expects: fourth-quarter revenue of about $5.2 billion, per LSEG data.', 'about $5.2 billion'));
  // A reported quarter stays a result; a forecast word in an earlier clause with a figure of its own governs nothing after.
  assert.ok(!hedgedFigure('澜芯科技第四财季营收52亿美元，同比增长18%。', '52亿美元', 'revenue'));
  assert.equal(forecastLeadIn('公司此前预计营收48亿美元，实际第四财季营收52亿美元。', '52亿美元'), undefined);
  assert.equal(forecastLeadIn('Lanxin reported fourth-quarter revenue of $5.2 billion.', '$5.2 billion'), undefined);
});
