/**
 * The publishability check's cohesion rules: a story sentence leaning on a source sentence the digest does not print,
 * a headline whose figure or company the body never gives, a headline naming no one, a question or column title, a
 * broker left unnamed, a currency unit printed twice. Hand-written digests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CheckOptions, checkDigest } from './index.js';

const FRONT = '---\ntitle: 某日AI动态\ndate: 2026-05-14\ncategory: AI 日报\n---\n\n# 某日AI动态\n\n';
const url = (n: number) => `https://www.cls.cn/detail/${n}`;
const story = (headline: string, paragraphs: string[], n: number) =>
  `## ${headline}\n\n${paragraphs.join('\n\n')}\n\n来源：[财联社](${url(n)})\n\n---\n\n`;
const rules = (md: string, opts: CheckOptions = {}) => checkDigest(`${FRONT}${md}`, opts).map((p) => p.rule);

// One source: the company and its event, then a sentence leaning on it, then a second company's paragraph.
const SOURCE = [
  '星河智芯今日公告，公司与某云厂商签署总额为30亿元的算力服务协议。',
  '上述协议期限为五年，自2026年7月起执行。',
  '另据了解，某光模块公司一季度营收同比增长42%。',
  '其海外客户收入占比已升至六成。',
];
const sources = (n: number): CheckOptions => ({ sourceSentences: new Map([[url(n), SOURCE]]) });

test('check: a sentence leaning on a source sentence the digest does not print is refused wherever it stands', () => {
  const lead = SOURCE[0] as string;
  // 上述协议 right after the sentence naming the agreement: it stands.
  assert.ok(!rules(story('星河智芯签署30亿元算力服务协议', [`${lead}${SOURCE[1]}`], 1), sources(1)).includes('dependent-sentence'));
  // 其 right after the sentence about the agreement, while its source put it after another company's sentence.
  const glued = story('星河智芯签署30亿元算力服务协议', [`${lead}${SOURCE[3]}`], 2);
  assert.ok(rules(glued, sources(2)).includes('dependent-sentence'));
  // A dependent sentence opening a later paragraph leans on nothing printed.
  const later = story('星河智芯签署30亿元算力服务协议', [lead, SOURCE[1] as string], 3);
  assert.ok(rules(later, sources(3)).includes('dependent-sentence'));
  // A measure with no one's name opening a later paragraph.
  assert.ok(rules(story('星河智芯签署30亿元算力服务协议', [lead, '营收为12.3亿元。'], 4)).includes('dependent-sentence'));
});

test('check: a bare 公司 after a sentence about the company its source meant stands; after another company it is refused', () => {
  const src = [
    '英伟达今日发布第三财季财报。',
    '英伟达第三财季营收570亿美元，同比增长62%。',
    '数据中心业务贡献了九成收入。',
    '公司预计第四财季营收650亿美元。',
  ];
  const opts: CheckOptions = { sourceSentences: new Map([[url(1), src]]) };
  const same = story('英伟达第三财季营收570亿美元', [`${src[1]}${src[3]}`], 1);
  assert.ok(!rules(same, opts).includes('dependent-sentence'));
  const other = story('英伟达第三财季营收570亿美元', [`${src[1]}微软同日宣布追加投资。${src[3]}`], 1);
  assert.ok(rules(other, opts).includes('dependent-sentence'));
});

test('check: a headline whose amount or company the body never gives is refused', () => {
  const body = '星河智芯今日宣布完成新一轮融资，由某产业基金领投。';
  assert.ok(rules(story('星河智芯完成20亿元B轮融资', [body], 1)).includes('headline-untold'));
  assert.ok(!rules(story('星河智芯完成20亿元B轮融资', [`${body}本轮融资金额为**20亿元**。`], 2)).includes('headline-untold'));
  // A bound in the headline (突破千亿港元) is told by a body figure on its side.
  const ipo = '某芯科技上市首日收涨32%，市值**约1056亿港元**。';
  assert.ok(!rules(story('某芯科技上市首日市值突破千亿港元', [ipo], 3)).includes('headline-untold'));
  // A headline rounds what the body states (18% for 18.2%).
  assert.ok(!rules(story('某存储厂3月营收环比增18%', ['某存储厂3月营收环比增长18.2%。'], 5)).includes('headline-untold'));
  // A company the headline names that the body never does.
  const deal = '英伟达宣布向某数据中心运营商投资**20亿美元**。';
  assert.ok(rules(story('英伟达与微软联手投资20亿美元', [deal], 4)).includes('headline-untold'));
});

test('check: a headline naming no one, a question or column title, an unnamed broker are refused', () => {
  const body = '某芯科技一季度营收同比增长**30%**，净利润同比增长**1倍**。';
  assert.ok(rules(story('营收同比增长30%，净利润翻倍', [body], 1)).includes('headline-subject'));
  assert.ok(!rules(story('某芯科技一季度营收同比增长30%', [body], 2)).includes('headline-subject'));
  // A market story's subject is its sector's stocks.
  assert.ok(!rules(story('光模块股午后集体拉升', ['光模块股午后全线拉升，某光模块公司大涨**12.6%**。'], 8)).includes('headline-subject'));
  assert.ok(rules(story('国产GPU拿到多大份额？', [body], 3)).includes('headline-feature'));
  assert.ok(rules(story('算力观察｜某芯科技营收增长30%', [body], 4)).includes('headline-feature'));
  assert.ok(!rules(story('某芯科技一季度营收同比增长30%', [body], 5)).includes('headline-feature'));
  const note = '中金公司给予某芯科技买入评级，目标价**186元**。';
  assert.ok(rules(story('券商给予某芯科技买入评级', [note], 6)).includes('headline-broker'));
  assert.ok(!rules(story('中金给予某芯科技买入评级', [note], 7)).includes('headline-broker'));
});

test('check: a currency unit printed twice is refused; 元人民币 and 元新台币 stand', () => {
  assert.ok(rules(story('某芯科技募资40亿美元美元', ['某芯科技募资**40亿美元**。'], 1)).includes('doubled-unit'));
  assert.ok(rules(story('某芯科技募资40亿美元', ['某芯科技募资40亿美元美元。'], 2)).includes('doubled-unit'));
  assert.ok(
    !rules(story('某芯科技营收2.06万亿元新台币', ['某芯科技营收**2.06万亿元新台币**，另募资5亿元人民币。'], 3)).includes('doubled-unit'),
  );
});

test('check: a 更多动态 line opening on 公司 after a title naming the company stands; a story paragraph opening on it does not', () => {
  const more =
    '## 更多动态\n\n- **某芯科技预计四季度营收86亿元**：公司三季度营收增长38%至78.4亿元。（来源：[财联社](https://www.cls.cn/detail/9)）\n';
  assert.ok(!rules(more).includes('dependent-opening'));
  assert.ok(rules(story('某芯科技预计四季度营收86亿元', ['公司三季度营收增长38%至**78.4亿元**。'], 9)).includes('dependent-opening'));
});

test('check: a market lead on no day, a headline event its lead never tells', () => {
  const wrap = '截至收盘，创业板指上涨**2.4%**，报2310点。';
  assert.ok(rules(story('创业板指涨2.4%，算力板块午后拉升', [wrap], 11)).includes('lead-undated'));
  const dated = `5月20日，受算力政策消息提振，A股算力板块午后拉升。${wrap}`;
  assert.ok(!rules(story('创业板指涨2.4%，算力板块午后拉升', [dated], 12)).includes('lead-undated'));
  // A company story's share move is no market wrap.
  assert.ok(
    !rules(story('星河智芯签署30亿元算力服务协议', ['星河智芯签署**30亿元**算力服务协议，股价上涨5%。'], 13)).includes('lead-undated'),
  );
  const revenue = '星河智芯今年营收有望达到**20亿元**。';
  assert.ok(rules(story('星河智芯完成20亿元B轮融资', [revenue], 14)).includes('lead-event-untold'));
  const round = '星河智芯今日宣布完成**20亿元**B轮融资。';
  assert.ok(!rules(story('星河智芯完成20亿元B轮融资', [round], 15)).includes('lead-event-untold'));
});
