/**
 * Decision 114: a figure keeps its standing in the Chinese. A named research firm or broker estimating hedges its
 * sentence's figures with or without a `research firm` cue; talks stay talks (正洽谈) under a title's plan; what a project
 * could cost is 或达, never a fixed total; a 更多动态 line keeps the unnamed people it stands on. Items written for it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { moreLine } from '../assemble/tidy.js';
import { createOfflineEngine } from './engine.js';
import { hedgedFigure } from './facts.js';
import { rumouredHead } from './rumour-head.js';
import { estimatorSentence, namedEstimator, possibleFigure } from './standing.js';

test('a named research firm or broker estimating hedges its sentence, with or without a research-firm cue', () => {
  // Research firms speaking, counting or cited, in English and Chinese.
  assert.equal(namedEstimator('TrendForce expects HBM revenue to climb to $61 billion in 2027.'), 'TrendForce');
  assert.equal(namedEstimator('According to Canalys, global PC shipments rose 9% to 71 million units.'), 'Canalys');
  assert.equal(namedEstimator('Counterpoint Research analysts estimate the foldable market at 24 million units.'), 'Counterpoint Research');
  assert.equal(namedEstimator('集邦咨询预估，明年全球AI服务器出货量将达到280万台。'), '集邦咨询');
  assert.equal(namedEstimator('IDC最新报告显示，上半年中国智能眼镜出货量约120万台。'), 'IDC');
  assert.equal(namedEstimator('據集邦科技統計，第三季晶圓代工產值達480億美元。'), '集邦科技');
  // Brokers only estimating: their own results, a round they led or a deal they advise are not estimates.
  assert.equal(namedEstimator('大摩测算，北风系统明年营收有望达到95亿元。'), '大摩');
  assert.equal(namedEstimator('Morgan Stanley expects the company to ship 1.2 million racks next year.'), 'Morgan Stanley');
  assert.equal(namedEstimator('Morgan Stanley reported third-quarter revenue of $17.4 billion.'), undefined);
  assert.equal(namedEstimator('Goldman Sachs led the $450 million round.'), undefined);
  assert.equal(namedEstimator('高盛第三季度净利润同比增长18%。'), undefined);
  // A firm telling its own results speaks of itself.
  assert.equal(namedEstimator('Gartner said its revenue rose 6% to $1.6 billion.', 'Gartner'), undefined);
  assert.ok(estimatorSentence('TrendForce expects HBM revenue to climb to $61 billion in 2027.'));
  // The figure of such a sentence is never written as a plain fact.
  assert.ok(hedgedFigure('TrendForce expects HBM revenue to climb to $61 billion in 2027.', '$61 billion', 'revenue'));
  assert.ok(hedgedFigure('大摩测算，北风系统明年营收有望达到95亿元。', '95亿元', 'revenue', { subject: '北风系统' }));
  assert.ok(!hedgedFigure('Gartner said its revenue rose 6% to $1.6 billion.', '$1.6 billion', 'revenue', { subject: 'Gartner' }));
});

test('what a project could cost is a possibility (或达), what it will cost is not', () => {
  assert.ok(possibleFigure('in a project that could cost about 900 billion yen ($6.1 billion)', '$6.1 billion'));
  assert.ok(possibleFigure('in a project that could cost about 900 billion yen ($6.1 billion)', '900 billion yen'));
  assert.ok(possibleFigure('该项目总投资或达61亿美元', '61亿美元'));
  assert.ok(!possibleFigure('in a project that will cost $6.1 billion', '$6.1 billion'));
  assert.ok(!possibleFigure('The venture raised $6.1 billion, it could expand later.', '$6.1 billion'));
});

test('talks under a "said to plan" title stay talks, and the cost that could be is 或达', async () => {
  const engine = createOfflineEngine();
  const write = async (text: string) => {
    const s = await engine.doWriteStory(
      oneItemStory(
        {
          title: 'Digital Realty, SoftBank Are Said to Plan $6.1 Billion Japan AI Data Center Venture',
          text,
          url: 'https://www.bloomberg.com/news/articles/2026-11-20/x',
          date: '2026-11-20',
        },
        [['Digital Realty', 'cost', 'unknown', 6.1e9]],
      ),
      'stories',
    );
    return `${s.headline}｜${s.paragraphs.join('｜')}`;
  };
  const talks = await write(
    'Digital Realty Trust Inc. and SoftBank Corp. are in advanced talks to form a joint venture to build an artificial intelligence data center campus near Osaka, in a project that could cost about 900 billion yen ($6.1 billion), according to people familiar with the matter. Representatives for the companies declined to comment.',
  );
  assert.match(talks, /^Digital Realty与软银正洽谈在日本合资建设AI数据中心｜/u, talks);
  assert.match(talks, /援引知情人士报道，Digital Realty与软银正洽谈在日本合资建设AI数据中心，总投资或达\*\*61亿美元\*\*/u, talks);
  // A plan the report states as a plan, at a cost it states as fixed, stays 拟 with its total.
  const plan = await write(
    'Digital Realty Trust Inc. and SoftBank Corp. plan to form a joint venture to build an artificial intelligence data center campus near Osaka, in a project that will cost $6.1 billion, according to people familiar with the matter.',
  );
  assert.match(plan, /拟在日本合资建设AI数据中心，总投资\*\*61亿美元\*\*/u, plan);
});

test('a 更多动态 line on unnamed people keeps their word when its headline is cut away', () => {
  const head = '甲数据与乙电信正洽谈在日本合资建设AI数据中心';
  const line = `据彭博援引知情人士报道，${head}，总投资或达**61亿美元**。`;
  assert.deepEqual(moreLine(line, head, [line], ['彭博']), {
    head: '',
    text: `据知情人士透露，${head}，总投资或达**61亿美元**。`,
  });
  // A line saying more than its headline keeps its citation.
  const other = '据彭博援引知情人士报道，合资公司拟向日本银行团借款最多**45亿美元**。';
  assert.deepEqual(moreLine(other, head, [other], ['彭博']), { head, text: other });
  const cut = `据知情人士透露，${head}，合资公司拟借款最多**45亿美元**。`;
  assert.deepEqual(moreLine(cut, head, [cut], ['彭博']), { head: '', text: cut });
  // A line of an outlet's own report is cut as before.
  const own = `据彭博报道，${head}，总投资**61亿美元**。`;
  assert.deepEqual(moreLine(own, head, [own], ['彭博']), { head, text: '总投资**61亿美元**。' });
});

test('a head whose figure stands on unnamed people is told as 传…; a plan, talks or an own report are not', async () => {
  assert.equal(rumouredHead('甲向乙投资20亿美元', '据彭博援引知情人士报道，甲向乙投资**20亿美元**。'), '传甲向乙投资20亿美元');
  assert.equal(rumouredHead('甲融资5亿美元', '据36氪报道，多位知情人士透露，甲已完成**5亿美元**融资。'), '传甲融资5亿美元');
  assert.equal(rumouredHead('甲拟融资20亿美元', '据彭博援引知情人士报道，甲拟融资**20亿美元**。'), '甲拟融资20亿美元');
  assert.equal(rumouredHead('甲向乙投资20亿美元', '据彭博报道，甲向乙投资**20亿美元**。'), '甲向乙投资20亿美元');
  // A head figure the rumoured sentence does not give is not its rumour.
  assert.equal(rumouredHead('甲营收20亿美元', '据知情人士透露，甲估值约**300亿美元**。甲营收**20亿美元**。'), '甲营收20亿美元');
  assert.equal(rumouredHead('甲与乙合资建设数据中心', '据彭博援引知情人士报道，甲与乙合资建设数据中心。'), '甲与乙合资建设数据中心');
  const engine = createOfflineEngine();
  const write = async (title: string, text: string) =>
    engine.doWriteStory(
      oneItemStory({ title, text, url: 'https://www.bloomberg.com/news/articles/2026-11-20/x', date: '2026-11-20' }, [
        ['Qualcomm', 'investment', '', 1.8e9, 'Fluidstack'],
      ]),
      'stories',
    );
  const rumour = await write(
    'Qualcomm invests $1.8 billion in Fluidstack',
    'Qualcomm Inc. invested $1.8 billion in Fluidstack, according to people familiar with the matter.',
  );
  assert.equal(rumour.headline, '传高通向Fluidstack投资18亿美元');
  const said = await write(
    'Qualcomm invests $1.8 billion in Fluidstack',
    'Qualcomm Inc. invested $1.8 billion in Fluidstack, the companies said on Tuesday.',
  );
  assert.equal(said.headline, '高通向Fluidstack投资18亿美元');
  // Its 更多动态 line is the lead's sentence with its citation, the title not said twice.
  assert.deepEqual(
    moreLine(
      '据彭博援引知情人士报道，高通向Fluidstack投资**18亿美元**，Fluidstack将向高通采购**42亿美元**芯片。',
      rumour.headline,
      [],
      ['彭博'],
    ),
    { head: '', text: '据知情人士透露，高通向Fluidstack投资**18亿美元**，Fluidstack将向高通采购**42亿美元**芯片。' },
  );
});
