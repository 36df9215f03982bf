import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  capexBundle,
  makeBundle,
  openaiAwsBundle,
  openaiContractsBundle,
  priceCutBundle,
  single,
  statement,
} from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { itemOutlet } from '../../select/index.js';
import type { DigestStory, DigestStyle, ItemRecord, Sentence } from '../../types/index.js';
import { guardStory } from '../numeric-guard/index.js';
import { createOfflineEngine } from './engine.js';
import { keyFigureScore, pastPeriod } from './key-figure.js';
import { boldFigures, joinSentences } from './sentences.js';

const engine = createOfflineEngine();
const styles: DigestStyle[] = ['stories', 'sections'];

function allText(s: DigestStory): string[] {
  return [s.headline, s.oneLine, ...s.paragraphs, ...s.blocks.flatMap((b) => b.bullets), ...s.insights, ...s.impacts];
}

test('offline: a Chinese story is headlined by its best Chinese source title, its key figure one the knowledge layer holds', async () => {
  const s = await engine.doWriteStory(capexBundle(), 'sections');
  assert.equal(s.headline, '四巨头2026年资本开支将超过4000亿美元');
  assert.ok(s.keyFigure, 'a key figure is chosen');
  assert.equal(s.keyFigure.value, 4e11);
  assert.equal(s.sources[0]?.outlet, '36氪', 'the headline links to the source whose title it is');
});

test('offline: every number of every story is traceable (the guard finds nothing) in both styles', async () => {
  for (const make of [capexBundle, openaiAwsBundle, priceCutBundle]) {
    for (const style of styles) {
      const bundle = make();
      const s = await engine.doWriteStory(bundle, style);
      const { events } = guardStory(s, bundle);
      assert.deepEqual(events, [], `${bundle.story.id} (${style}): ${JSON.stringify(events)}`);
    }
  }
});

test('offline: Chinese sources lead; key figures are bold; 关键数据 written Chinese-style', async () => {
  const s = await engine.doWriteStory(capexBundle(), 'sections');
  assert.equal(s.paragraphs.length, 1);
  assert.match(s.paragraphs[0] ?? '', /\*\*超过4000亿美元\*\*/);
  const key = s.blocks.find((b) => b.label === '关键数据');
  const bullets = key?.bullets ?? [];
  assert.ok(
    bullets.every((b) => !/\$|billion/.test(b)),
    'figures are written Chinese-style',
  );
  // 关键数据 never repeats a figure the lead prints.
  assert.ok(!bullets.some((b) => b.includes('超过4000亿美元')), JSON.stringify(bullets));
  // One bullet per claim, and never a hedged figure: the brokerage's $380 billion is no key figure, and no dispute either.
  assert.ok(!bullets.some((b) => b.includes('3800亿美元')), JSON.stringify(bullets));
  assert.ok(!s.insights.some((i) => i.includes('说法不一')), JSON.stringify(s.insights));
  // Reuters' own figure is a dispute, written Chinese-style with its source.
  const disputed = await engine.doWriteStory(capexBundle({ disputed: true }), 'sections');
  assert.ok(
    disputed.insights.some((i) => i.includes('**3800亿美元**')),
    'the English $380 billion is written as 3800亿美元',
  );
});

test('offline: the conflict is written with both values and both sources', async () => {
  const s = await engine.doWriteStory(capexBundle({ disputed: true }), 'sections');
  const conflict = s.insights.find((i) => i.includes('说法不一'));
  assert.ok(conflict, JSON.stringify(s.insights));
  assert.match(conflict, /36氪(?:、路透社)?称\*\*超过4000亿美元\*\*/);
  assert.match(conflict, /路透社称\*\*3800亿美元\*\*/);
  // A rate computed from approximate amounts has two significant digits (约33%, not 33.3%).
  assert.ok(
    s.insights.some((i) => i.includes('增速测算') && i.includes('33%') && !i.includes('33.3%')),
    JSON.stringify(s.insights),
  );
});

test('offline: impact bullets start with 利好：, 利空： or 投资启示： and follow the rule table', async () => {
  const capex = await engine.doWriteStory(capexBundle(), 'sections');
  const price = await engine.doWriteStory(priceCutBundle(), 'sections');
  const aws = await engine.doWriteStory(openaiAwsBundle(), 'sections');
  for (const s of [capex, aws]) {
    assert.ok(s.impacts.length > 0, s.storyId);
    for (const i of s.impacts) assert.match(i, /^(?:利好|利空|投资启示)：/);
  }
  assert.ok(
    capex.impacts.some((i) => i.startsWith('利好：英伟达、博通等算力供应商')),
    JSON.stringify(capex.impacts),
  );
  // A template that names no subject (利好：下游应用开发者…) would say the same of every price cut: it never fires.
  assert.deepEqual(price.impacts, []);
  for (const s of [capex, aws]) for (const i of s.impacts) assert.ok(!/下游应用开发者|电力设备、数据中心建设/.test(i), i);
});

test('offline: an English-only story is written in Chinese from its deal edge and title verb; the English only in the fold', async () => {
  for (const style of styles) {
    const s = await engine.doWriteStory(openaiAwsBundle(), style);
    assert.equal(s.headline, 'OpenAI与亚马逊云签署价值380亿美元的云服务合同');
    assert.ok(s.paragraphs[0]?.startsWith('据CNBC报道，OpenAI与亚马逊云签署价值**380亿美元**的云服务合同。'), s.paragraphs[0]);
    for (const p of s.paragraphs) assert.ok(!/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/.test(p), `English in a paragraph: ${p}`);
    assert.match(s.original ?? '', /^OpenAI has signed an agreement worth \$38 billion/);
    assert.ok(s.oneLine.startsWith('据CNBC报道，'), s.oneLine);
  }
});

test('offline: the stories style writes a conflicting figure with both values and sources', async () => {
  const s = await engine.doWriteStory(capexBundle({ disputed: true }), 'stories');
  const last = s.paragraphs.at(-1) ?? '';
  assert.match(last, /说法不一：.*称\*\*.+\*\*，.*称\*\*.+\*\*/, last);
  assert.ok(s.paragraphs.length <= 3, 'one to three paragraphs');
});

test('offline: durations and small counts are not bold; a paragraph never ends on a clause mark', () => {
  const text = '微软今年资本开支约为1200亿美元，较上一年增长，两家合计接近2500亿美元，部署10万块GPU；';
  const figures = extractFigures(text);
  assert.ok(
    figures.some((f) => f.kind === 'duration') && figures.some((f) => f.kind === 'count' && f.value === 2),
    JSON.stringify(figures),
  );
  const item = { id: 'i1' } as ItemRecord;
  const sentence: Sentence = { index: 0, para: 0, start: 0, end: text.length, text };
  const bold = boldFigures({ item, sentence, figures, lang: 'zh', score: 0 });
  assert.equal(bold, '微软今年资本开支**约为1200亿美元**，较上一年增长，两家合计**接近2500亿美元**，部署**10万块GPU**；');
  assert.equal(joinSentences([bold]).at(-1), '。');
  assert.equal(joinSentences(['Capex rose to $610 billion;']), 'Capex rose to $610 billion.');
});

test('offline: no glossary gloss in news copy', async () => {
  const s = await engine.doWriteStory(capexBundle(), 'stories');
  assert.ok(!allText(s).some((t) => /（[A-Z][A-Za-z ]+:/.test(t)), JSON.stringify(allText(s)));
});

test('offline: output is deterministic and carries its sources', async () => {
  const a = await engine.doWriteStory(capexBundle(), 'stories');
  const b = await engine.doWriteStory(capexBundle(), 'stories');
  assert.deepEqual(a, b);
  assert.deepEqual(
    a.sources.map((s) => s.outlet),
    ['36氪', '路透社'],
  );
  for (const t of allText(a)) assert.ok(!/\{[a-z_]+\}/.test(t), `unfilled placeholder in ${t}`);
});

test('offline: outlets are named as Chinese readers know them: the item outlet field first, then the domain, never a file name', () => {
  const item = (meta: Record<string, unknown>, url: string | null = 'https://www.reuters.com/x', title = '标题') => ({ meta, url, title });
  assert.equal(itemOutlet(item({ outlet: 'Reuters' })), '路透社');
  assert.equal(itemOutlet(item({ outlet: 'bloomberg news' })), '彭博');
  assert.equal(itemOutlet(item({ outlet: '财新网' })), '财新');
  assert.equal(itemOutlet(item({ outlet: 'Yahoo Finance (AP)' })), '雅虎财经');
  assert.equal(itemOutlet(item({ siteName: 'Some Blog' })), 'Some Blog');
  assert.equal(itemOutlet(item({})), '路透社', 'the domain through the table');
  assert.equal(itemOutlet(item({}, 'https://tech.sina.com.cn/a')), '新浪科技', 'the most specific domain wins');
  assert.equal(itemOutlet(item({ outlet: 'notes-0209.md' }, null)), null, 'a file name is never a source');
  assert.equal(itemOutlet(item({}, 'https://example.com/a')), null, 'nor a bare domain');
  assert.equal(itemOutlet(item({}, null, 'Google rolls out Gemini | ZDNET')), 'ZDNET', 'an outlet named at the end of the title');
  // A record, not a publication: named by its kind in Chinese, never in English.
  const ir = 'https://ir.example-chips.com/events/q3';
  assert.equal(itemOutlet(item({ outlet: 'Earnings call transcript' }, ir)), '业绩电话会实录');
  assert.equal(itemOutlet(item({ outlet: 'Marvell Investor Relations webcast (machine transcript)' }, ir)), '业绩电话会实录');
  assert.equal(itemOutlet(item({ outlet: 'Silicon Weekly (podcast)' }, null)), '播客《Silicon Weekly》');
  // A broker's note is its research, cited by the firm's name; a newspaper named for securities stays a newspaper.
  assert.equal(itemOutlet(item({ outlet: 'Eastgate Securities equity research' }, null)), 'Eastgate Securities的研报');
  assert.equal(itemOutlet(item({ outlet: 'Kowloon Capital Markets' }, null)), 'Kowloon Capital Markets的研报');
  assert.equal(itemOutlet(item({ outlet: '证券时报' }, null)), '《证券时报》');
  // Hong Kong and Taiwan outlets: by their Traditional name or their domain, with their place; an unknown one written
  // in Traditional characters is named in Simplified, as the digest is written.
  assert.equal(itemOutlet(item({ outlet: '香港經濟日報' }, null)), '香港《经济日报》');
  assert.equal(itemOutlet(item({}, 'https://inews.hket.com/article/1')), '香港《经济日报》');
  assert.equal(itemOutlet(item({ outlet: '信報' }, null)), '香港《信报》');
  assert.equal(itemOutlet(item({ outlet: '鉅亨網' }, null)), '钜亨网');
  assert.equal(itemOutlet(item({ outlet: '經濟日報' }, null)), '台湾《经济日报》');
  assert.equal(itemOutlet(item({ outlet: '港島財經週報' }, null)), '港岛财经周报');
});

test('offline: an English-only story from a call transcript cites the record (据业绩电话会实录，…), never 据…报道', async () => {
  const b = capexBundle();
  const first = b.items[0] as ItemRecord;
  const item: ItemRecord = {
    ...first,
    title: 'Acme Cloud Q3 fiscal 2026 earnings call - transcript',
    lang: 'en',
    meta: { outlet: 'Earnings call transcript' },
    url: 'https://ir.acme.example/q3',
  };
  const s = await engine.doWriteStory({ ...b, items: [item] }, 'stories');
  const text = allText(s).join('\n');
  assert.doesNotMatch(text, /Earnings call transcript|业绩电话会实录报道/);
});

test('offline: an English-only story from a broker note cites its research (据…研报，…), never 据…报道', async () => {
  const b = capexBundle();
  const first = b.items[0] as ItemRecord;
  const item: ItemRecord = { ...first, lang: 'en', meta: { outlet: 'Eastgate Securities equity research' }, url: null };
  const text = allText(await engine.doWriteStory({ ...b, items: [item] }, 'stories')).join('\n');
  // A broker the tables name only in English is cited by its name and its kind of firm in Chinese (decision 087:
  // Eastgate证券), never by its English name as written nor as an unnamed 券商.
  assert.match(text, /据Eastgate证券研报，/);
  assert.doesNotMatch(text, /Eastgate Securities|券商研报/);
  assert.doesNotMatch(text, /研报报道|equity research/);
});

test('offline: a broker note whose firm the gazetteer names in Chinese cites it by that name (据派杰研报), not 券商', async () => {
  const b = capexBundle();
  const first = b.items[0] as ItemRecord;
  const item: ItemRecord = { ...first, lang: 'en', meta: { outlet: 'Piper Sandler equity research' }, url: null };
  const text = allText(await engine.doWriteStory({ ...b, items: [item] }, 'stories')).join('\n');
  assert.match(text, /据派杰研报，/);
  assert.doesNotMatch(text, /Piper|券商研报/);
});

test('offline: a figure of an earlier year is background, never the key figure over a current one', () => {
  const f = (period: string) => ({
    text: 'x',
    start: 0,
    end: 1,
    kind: 'money' as const,
    value: 1.3e10,
    currency: 'USD',
    qualifier: 'approx' as const,
    subject: 'Microsoft',
    metric: 'investment',
    period,
  });
  assert.ok(pastPeriod(f('2019'), '2026-11-22'));
  assert.ok(!pastPeriod(f('2026'), '2026-11-22'));
  assert.ok(!pastPeriod(f('FY2025'), '2026-11-22'), 'a fiscal year may end in the item year');
  assert.ok(!pastPeriod(f('2025Q4'), '2026-01-16'), "last quarter's results, reported in January, are the news");
  assert.ok(!pastPeriod(f('2025-12'), '2026-01-20'), 'a month that just closed is the news');
  assert.ok(pastPeriod(f('2025-09'), '2026-01-23'), 'a high of last September is background');
  assert.ok(pastPeriod(f('2025Q2'), '2026-01-16'), 'a quarter closed half a year ago is background');
  assert.ok(keyFigureScore(f('2019'), false, true, '2026-11-22') < keyFigureScore({ ...f('2026'), value: 1e9 }, false, true, '2026-11-22'));
});

test('offline: corroboration is a proofreading note, not an insight: no 获多个来源印证 line (audit 81, 98)', async () => {
  const s = await engine.doWriteStory(openaiContractsBundle(), 'sections');
  assert.ok(
    s.insights.every((i) => !i.includes('获多个来源印证')),
    JSON.stringify(s.insights),
  );
});

test('offline: a figure that names 新台币 before its number keeps its 元', () => {
  const doc = '台积电公布第四季合并营收新台币1兆461亿元，税后纯益新台币5,057亿元。';
  const figures = extractFigures(doc).filter((f) => f.kind === 'money');
  const sentence: Sentence = { index: 0, para: 0, start: 0, end: doc.length, text: doc };
  const bold = boldFigures({ item: { id: 'i1' } as ItemRecord, sentence, figures, lang: 'zh', score: 0 });
  assert.ok(!bold.includes('新台币新台币') && !/新台币[^，。]*新台币/.test(bold), bold);
});

test('offline: a bare 元 the source meant as 新台币 is written with the currency, and the guard accepts it', () => {
  const doc = '鸿海第三季合并营收为2.06兆元新台币，年增11%；归属母公司税后纯益为577亿元，每股纯益4.15元。';
  const figures = extractFigures(doc);
  assert.ok(
    figures.filter((f) => f.kind === 'money').every((f) => f.currency === 'TWD'),
    JSON.stringify(figures),
  );
  const start = doc.indexOf('归属');
  const text = doc.slice(start);
  const sentence: Sentence = { index: 1, para: 0, start, end: doc.length, text };
  const inside = figures.filter((f) => f.start >= start);
  const bold = boldFigures({ item: { id: 'i1' } as ItemRecord, sentence, figures: inside, lang: 'zh', score: 0 });
  assert.equal(bold, '归属母公司税后纯益为**新台币577亿元**，每股纯益**新台币4.15元**。');
  const again = extractFigures(bold).filter((f) => f.kind === 'money');
  assert.deepEqual(
    again.map((f) => [f.value, f.currency]),
    [
      [5.77e10, 'TWD'],
      [4.15, 'TWD'],
    ],
  );
});

test("offline: a Hong Kong outlet's bare 元 is written 港元 after the number, and the guard reads Hong Kong dollars", () => {
  const doc = '海澄科技今起招股，招股价每股8.6元，集资最多15亿元。';
  const figures = extractFigures(doc, { region: 'hk' }).filter((f) => f.kind === 'money');
  const sentence: Sentence = { index: 0, para: 0, start: 0, end: doc.length, text: doc };
  const bold = boldFigures({ item: { id: 'i1' } as ItemRecord, sentence, figures, lang: 'zh', score: 0 });
  assert.equal(bold, '海澄科技今起招股，招股价每股**8.6港元**，集资**最多15亿港元**。');
  assert.deepEqual(
    extractFigures(bold)
      .filter((f) => f.kind === 'money')
      .map((f) => f.currency),
    ['HKD', 'HKD'],
  );
});

test('offline: a conflict lists every value its sources state (each with its outlets), never a per-share amount or a rate of another basis', async () => {
  const items = [
    {
      title: '台积电第四季度净利润5057亿元新台币',
      url: 'https://money.udn.com/money/story/5612/1',
      date: '2026-01-15',
      text: '台积电第四季税后纯益新台币5057亿元，季增5.7%，每股纯益19.50元。',
    },
    {
      title: '台积电四季度净利润5257亿元新台币',
      url: 'https://www.yicai.com/news/2',
      date: '2026-01-15',
      text: '台积电第四季度净利润为5257亿元新台币，营收同比增长20.5%。',
    },
    {
      title: '台积电四季度净利润约5100亿元新台币',
      url: 'https://www.cls.cn/detail/3',
      date: '2026-01-15',
      text: '台积电第四季度净利润约5100亿元新台币，同比增长35%。',
    },
  ];
  const bundle = makeBundle({
    id: 'st_tsmc_q4',
    items,
    attributions: [
      { value: 505_700_000_000, subject: 'TSMC', metric: 'profit', period: '2025Q4' },
      { value: 525_700_000_000, subject: 'TSMC', metric: 'profit', period: '2025Q4' },
      { value: 510_000_000_000, subject: 'TSMC', metric: 'profit', period: '2025Q4' },
      { value: 19.5, subject: 'TSMC', metric: 'profit', period: '2025Q4' },
      { value: 5.7, subject: 'TSMC', metric: 'revenue-growth', period: '2025Q4' },
      { value: 20.5, subject: 'TSMC', metric: 'revenue-growth', period: '2025Q4' },
    ],
    claims: (its, figs) => {
      const [a, b, c] = its as [ItemRecord, ItemRecord, ItemRecord];
      const f = (i: ItemRecord) => figs[i.id] ?? [];
      const profit = single('TSMC', 'profit', '2025Q4', [
        statement(a, f(a), 505_700_000_000),
        statement(a, f(a), 19.5),
        statement(b, f(b), 525_700_000_000),
        statement(c, f(c), 510_000_000_000),
      ]);
      const growth = single('TSMC', 'revenue-growth', '2025Q4', [statement(a, f(a), 5.7), statement(b, f(b), 20.5)]);
      return [
        { ...profit, conflict: true },
        { ...growth, conflict: true },
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'sections');
  const conflicts = s.insights.filter((i) => i.includes('说法不一'));
  assert.equal(conflicts.length, 1, JSON.stringify(s.insights));
  const [line] = conflicts as [string];
  for (const v of ['5057亿', '5257亿', '5100亿']) assert.ok(line.includes(v), `${v} in ${line}`);
  assert.doesNotMatch(line, /19\.5/, 'a per-share amount is no profit');
  assert.doesNotMatch(line, /以原始来源为准/);
  assert.ok(!s.insights.some((i) => i.includes('5.7%')), 'a quarter-on-quarter rate does not dispute a year-on-year one');
});
