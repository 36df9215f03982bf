/**
 * The compose9 audit's fixes (issue 11): a space between two phrases of a title is a comma in the headline (mainland
 * spacing would run them together), a wire flash's bracketed headline is no lead, a quotation without its speaker is no
 * lead material, a Latin name is never run into a year, touching bold spans are one, an English conversion in brackets
 * is no fact of its own. Fixtures are hand-written sentences.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { defaultOutlets } from '../../select/index.js';
import type { ItemRecord } from '../../types/index.js';
import { nameYearSpace } from '../assemble/mainland.js';
import { dropOutletTag, unattributedQuote } from '../assemble/sentence-shape.js';
import { tidyStories } from '../assemble/tidy.js';
import { conversion } from './conversion.js';
import { asksQuestion, createOfflineEngine, englishOriginal, originalSentence } from './engine.js';
import { onlyBackground } from './lead.js';
import { spacedOut, trimTitle } from './titles.js';

const engine = createOfflineEngine();

test('a space between two phrases of a title becomes a comma, also before a Latin word or after a quote', () => {
  const t = (s: string) => trimTitle(s, defaultOutlets());
  assert.equal(t('稀土管制升级刺激国产替代 A股永磁板块集体涨停'), '稀土管制升级刺激国产替代，A股永磁板块集体涨停');
  assert.equal(t('芯片公司融资落地 GPU概念股午后走强'), '芯片公司融资落地，GPU概念股午后走强');
  assert.equal(t('三省加码"数据券" 江苏单家企业补贴上限提至3000万元'), '三省加码"数据券"，江苏单家企业补贴上限提至3000万元');
  assert.equal(t('某云厂商三季度营收翻倍 在手订单达800亿元'), '某云厂商三季度营收翻倍，在手订单达800亿元');
  // A spaced-out title (pangu style) keeps its spaces as spacing: mainland style closes them up later.
  assert.ok(spacedOut('谷歌母公司 Alphabet 和 Meta 2026 年资本开支'));
  assert.equal(t('谷歌母公司 Alphabet 和 Meta 资本开支创新高'), '谷歌母公司 Alphabet 和 Meta 资本开支创新高');
  assert.ok(!spacedOut('稀土管制升级刺激国产替代 A股永磁板块集体涨停'));
});

test('a wire flash’s bracketed headline before its dateline is no part of the lead', () => {
  assert.equal(
    dropOutletTag('【某银行：前三季度净利润512.3亿元 同比增长6%】财联社10月28日电，某银行公告，前三季度净利润512.3亿元。'),
    '某银行公告，前三季度净利润512.3亿元。',
  );
  assert.equal(dropOutletTag('【独家】某公司完成融资。'), '某公司完成融资。');
  // A bracket that is the sentence's own text (no dateline after it) stays.
  const own = '【观点】资本开支的回报周期正在拉长，市场需要耐心。';
  assert.equal(dropOutletTag(own).startsWith('资本开支'), true);
});

test('a quotation without its speaker is no lead material, even right after the news sentence', async () => {
  assert.ok(unattributedQuote('“800亿元只是起点。”'));
  assert.ok(!unattributedQuote('“800亿元只是起点。”公司负责人表示。'));
  assert.ok(!unattributedQuote('华东电网今年将投入逾800亿元。'));
  const text = [
    '华东电网8日表示，今年将投入逾800亿元强化输配电网，较去年的约600亿元增加约三成。',
    '“明年的1000亿元才是大头。”华东电网负责人坦言，数据中心新增用电需求将持续攀升。工业电价4月起平均上调约5%。',
  ].join('\n\n');
  const s = await engine.doWriteStory(
    makeBundle({
      id: 'st9_quote',
      items: [{ title: 'AI数据中心用电攀升，华东电网今年电网投资超800亿元', text, url: 'https://www.cls.cn/detail/9', date: '2026-02-10' }],
      attributions: [
        { value: 8e10, subject: '华东电网', metric: 'capex', period: '2026' },
        { value: 1e11, subject: '华东电网', metric: 'capex', period: '2027' },
      ],
      claims: (items, figs) => {
        const it = items[0] as ItemRecord;
        return [
          single('华东电网', 'capex', '2026', [statement(it, figs[it.id] ?? [], 8e10)]),
          single('华东电网', 'capex', '2027', [statement(it, figs[it.id] ?? [], 1e11)]),
        ];
      },
    }),
    'stories',
  );
  const all = s.paragraphs.join('\n');
  assert.match(s.paragraphs[0] ?? '', /^华东电网8日表示/, all);
  assert.ok(!/“明年的\*{0,2}1000亿元\*{0,2}才是大头。”/.test(all), all);
});

test('a Latin name is never run into a year; a model name (GB300, H20) is no year', () => {
  assert.equal(nameYearSpace('Mistral AI2027至2031年估值约为18亿美元'), 'Mistral AI 2027至2031年估值约为18亿美元');
  assert.equal(nameYearSpace('Personal Systems2026财年第四财季营收为102亿美元'), 'Personal Systems 2026财年第四财季营收为102亿美元');
  assert.equal(nameYearSpace('英伟达GB300出货量，H20停产'), '英伟达GB300出货量，H20停产');
  assert.equal(nameYearSpace('CoreWeave 2026年第一季度'), 'CoreWeave 2026年第一季度');
});

test('two bold spans that touch are one; an English amount in brackets after another is its conversion', () => {
  const [s] = tidyStories([
    {
      storyId: 's',
      headline: '某公司融资',
      section: 'capital',
      sources: [],
      paragraphs: ['投后估值较上一轮的**1130亿美元****翻倍**有余。'],
      blocks: [],
      insights: [],
      impacts: [],
      oneLine: '某公司融资。',
      keyFigure: null,
      minor: false,
    },
  ]);
  assert.equal(s?.paragraphs[0], '投后估值较上一轮的**1130亿美元翻倍**有余。');
  const sentence = 'The group plans to spend about 180 billion yuan ($25.3 billion) on capital expenditure next year.';
  const usd = extractFigures(sentence).find((f) => f.currency === 'USD');
  assert.ok(usd);
  assert.ok(conversion({ figure: usd, sentence }));
  const plain = 'It raised $2 billion (led by a sovereign fund) and $1.5 billion in debt.';
  const debt = extractFigures(plain).find((f) => f.value === 1.5e9);
  assert.ok(debt && !conversion({ figure: debt, sentence: plain }));
});

test('a title that asks a question is told as one', () => {
  assert.ok(asksQuestion('国产GPU拿到多大份额'));
  assert.ok(asksQuestion('算力租赁还能涨吗'));
  assert.ok(!asksQuestion('某公司完成20亿美元融资'));
});

test('the English fold of a call transcript skips its housekeeping, speaker labels and fillers', () => {
  const text = [
    'Operator: Good afternoon and welcome to the Acme Corp. third quarter fiscal 2026 earnings conference call. All lines are in listen-only mode.',
    'Jane Doe, Head of Investor Relations: Thanks, operator. Comments today include forward-looking statements. Over to you, John.',
    'John Roe, Chief Executive Officer: Thanks, Jane, and thanks everyone for joining. So, Q3. Revenue came in at about eight point one billion dollars, up six percent, and, uh, margins held.',
  ].join('\n\n');
  const item = makeItem({
    title: 'Acme Corp. Q3 FY2026 earnings call transcript',
    text,
    url: 'https://investor.acme.example/q3',
    date: '2026-11-20',
  });
  const fold = englishOriginal(item);
  assert.equal(fold, 'Revenue came in at about eight point one billion dollars, up six percent, and, margins held.');
  assert.equal(originalSentence('Operator: Good afternoon and welcome to the call.'), '');
  assert.equal(
    originalSentence('Acme agreed to buy about $10bn of chips over the next five years, one person said.'),
    'Acme agreed to buy about $10bn of chips over the next five years, one person said.',
  );
});

test('a year its item’s title names is what the item reports, not background (a year’s results in March)', () => {
  const text = '3月4日晚间，某证券公司发布2025年度业绩快报。公司全年实现营业收入约742亿元，同比增长16.3%。';
  const figures = extractFigures(text).map((f) => ({ ...f, period: '2025' }));
  const titled = makeItem({ title: '某证券公司2025年净利润同比增逾三成', text, url: 'https://www.stcn.com/a', date: '2026-03-05' });
  const untitled = makeItem({ title: '某证券公司完成5亿美元债券发行', text, url: 'https://www.stcn.com/b', date: '2026-03-05' });
  assert.equal(onlyBackground({ figures, item: titled }), false);
  assert.equal(onlyBackground({ figures, item: untitled }), true, 'last year in another story is background');
});

test('a review kicker (`研报点评｜`) goes; a feature kicker stays before an indefinite line that names nobody', () => {
  const t = (s: string) => trimTitle(s, defaultOutlets());
  assert.equal(t('研报点评｜某芯片公司获买入评级，合理市值300亿至350亿港元'), '某芯片公司获买入评级，合理市值300亿至350亿港元');
  assert.equal(t('云岭智算上市前夜：一笔既是股东又是客户的循环交易'), '云岭智算上市前夜：一笔既是股东又是客户的循环交易');
  assert.equal(t('观察：某云厂商下调GPU租赁价格'), '某云厂商下调GPU租赁价格');
});

test('a title that asks heads the story only when no other source’s title tells the news', async () => {
  const s = await engine.doWriteStory(
    makeBundle({
      id: 'st9_question',
      items: [
        {
          title: '云岭智算的算力订单从哪里来？',
          text: '云岭智算近日与多家大模型公司签署算力租赁协议，合同期三年。',
          url: 'https://36kr.com/p/9',
          date: '2026-11-17',
        },
        {
          title: '云岭智算签下多家大模型公司算力租赁协议',
          text: '云岭智算今日宣布，已与多家大模型公司签署三年期算力租赁协议。',
          url: 'https://www.cls.cn/detail/9',
          date: '2026-11-17',
        },
      ],
    }),
    'stories',
  );
  assert.equal(s.headline, '云岭智算签下多家大模型公司算力租赁协议');
});
