/**
 * Decision 111: every head clause is told first. A clause's own sentence comes before the lead's sentences telling none
 * of the head's clauses (another company's figures), never appended after them; a feature title over a capital-flow
 * loop its article tells opens the lead on the loop's legs and is headed by them; a trimmed head's clause no sentence
 * tells leaves the head. Articles written for this test (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory, sourceSentenceAt } from '../../../test/fixtures/enrich/bundles.js';
import { fixtureDays } from '../../../test/fixtures/offline-day.js';
import type { DigestStory } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { headFirst, withoutUntold } from './head-first.js';

const engine = createOfflineEngine();
const body = (s: DigestStory) => s.paragraphs.join('').replace(/\*\*/g, '');
const day = fixtureDays('told35');

test('a feature title over a loop opens on the loop’s legs and is headed by them', async () => {
  const md = await day('loop', '2026-12-02');
  const head = md.match(/^## (.+)$/mu)?.[1] ?? '';
  assert.doesNotMatch(head, /循环账本|冲刺上市/u, md);
  assert.match(head, /澄微科技向岚峰智能投资6亿元/u, md);
  assert.match(head, /采购约25亿元/u, md);
  const lead =
    md
      .split(/^## .+$/mu)[1]
      ?.trim()
      .split('\n')[0] ?? '';
  assert.match(lead, /^2025年3月，澄微科技向岚峰智能投资/u, lead);
  assert.ok(lead.indexOf('采购加速卡') < lead.indexOf('挂牌'), lead);
});

test('a trimmed head’s clause sentence comes first after its source’s opening, never appended after other figures', async () => {
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: '澜芯科技涨势延续，同行跟涨',
        text: '澜芯科技11月19日晚间公告，公司10月营收4.2亿元，同比增长40%。同行华岩存储10月营收2.6亿元，同比增长18%。公司董事长表示，明年将扩充两条产线，并加大车规存储投入。\n\n二级市场上，澜芯科技股价涨势延续，本周已连续第四个交易日收涨。',
        url: 'https://www.cls.cn/detail/7100105',
        date: '2026-11-20',
      },
      [
        ['澜芯科技', 'revenue', '2026-10', 4.2e8],
        ['华岩存储', 'revenue', '2026-10', 2.6e8],
      ],
    ),
    'stories',
  );
  const text = body(s);
  assert.equal(s.headline, '澜芯科技涨势延续', text);
  // The head's news comes before the peer's figures, right after the opening sentence of its own source (the scene its
  // later sentences rely on: the lead's first sentence is never displaced by a later sentence of the same source).
  assert.match(text, /^澜芯科技11月19日晚间公告[^。]*。二级市场上，澜芯科技股价涨势延续/u, text);
  if (text.includes('华岩存储')) assert.ok(text.indexOf('股价涨势延续') < text.indexOf('华岩存储'), text);
});

test('a head clause no sentence tells leaves the head when its opening clause stays', () => {
  assert.equal(withoutUntold('澜芯科技股价大涨9%，存储芯片涨势延续', ['存储芯片涨势延续']), '澜芯科技股价大涨9%');
  assert.equal(withoutUntold('澜芯科技股价大涨9%，存储芯片涨势延续', ['澜芯科技股价大涨9%']), undefined);
  assert.equal(withoutUntold('澜芯涨9%，同行跟涨', ['同行跟涨']), undefined, 'too short to head');
});

test('a brought sentence never opens the lead on a topic opening, nor before its own source’s opening sentence', () => {
  const at = sourceSentenceAt;
  const opening = at('a', 0, '上海市经信委今日发布新版算力补贴细则，补贴改为按Token用量结算。');
  const other = at('b', 0, '深圳去年发放算力券约5.3亿元。');
  const never = () => false;
  // A later sentence of the same source, or one opening on a topic (补贴之外，), follows the source's opening sentence.
  const later = at('a', 4, '算力租赁价格本身已大幅下行，部分机型报价腰斩。');
  assert.deepEqual(headFirst([opening, other], [later], never), [opening, later, other]);
  const topic = at('c', 2, '补贴之外，算力租赁价格本身已大幅下行。');
  assert.deepEqual(headFirst([opening, other], [topic], never), [opening, topic, other]);
  // Another source's sentence standing alone may open the lead when the lead's first tells none of the head's clauses.
  const own = at('c', 1, '算力租赁价格较年初下跌约50%。');
  assert.deepEqual(headFirst([opening, other], [own], never), [own, opening, other]);
});
