/**
 * Issue 11 (docs/decisions/094): two outlets' values of one measure are no dispute to set side by side when the
 * company's own statement gives one of them, or when the offer's own terms (shares × price per share) give one: the
 * settled value is printed with its basis and the other outlet's value beside it. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, oneItemStory, withoutEarlierItem } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { checkDigest } from '../../render/check/index.js';
import type { Claim } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { allowedFigures } from '../numeric-guard/allowed.js';
import { guardStory } from '../numeric-guard/index.js';
import { createOfflineEngine } from './engine.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';
import { companyStated } from './settled.js';

const dir = entityDirectory(loadGazetteerEntries());

function bundle(reports: { outlet: string; text: string; date: string }[], values: number[], metric = 'investment') {
  return conflictedClaimBundle({ id: 'st_days32', metric, path: 'tech', date: '2026-11-20', reports, values });
}

test('the company opening a sentence with an announcement verb is its own statement; an outlet citing a document is not', () => {
  const names = ['北风系统', 'Northwind Systems'];
  assert.equal(companyStated('北风系统11月19日晚间公告，子公司拟以6000万美元认购湖畔数据股份。', '6000万美元', names), true);
  assert.equal(companyStated('对此，北风系统宣布将追加投资6000万美元。', '6000万美元', names), true);
  assert.equal(
    companyStated('Northwind Systems said in a statement that it would invest $60 million in Lakeside.', '$60 million', names),
    true,
  );
  // An outlet's report, a document an outlet cites, another company's announcement: no statement of the company's.
  assert.equal(companyStated('据知情人士透露，北风系统拟投资5000万美元认购湖畔数据股份。', '5000万美元', names), false);
  assert.equal(companyStated('据招股文件，北风系统此次认购金额约6000万美元。', '6000万美元', names), false);
  assert.equal(companyStated('湖畔数据公告，北风系统将认购6000万美元股份。', '6000万美元', names), false);
  assert.equal(companyStated('据华尔街见闻整理，北风系统披露截至一季度末的积压订单达1280亿美元。', '1280亿美元', names), false);
  assert.equal(companyStated('Northwind Systems will invest $50 million in Lakeside, people familiar said.', '$50 million', names), false);
  // A wire's plain `X said` is the company speaking.
  assert.equal(
    companyStated('Northwind Systems said its backlog stood at $118 billion at the end of the quarter.', '$118 billion', names),
    true,
  );
});

test('a value the company announced settles an outlet’s earlier one: the announced value with its basis, no 与此前报道对比', () => {
  const [line] = conflictSentences(
    bundle(
      [
        {
          outlet: 'cls.cn',
          text: 'Northwind Systems will invest $50 million in Lakeside Data, people familiar said.',
          date: '2026-11-19',
        },
        {
          outlet: 'stcn.com',
          text: 'Northwind Systems said in a statement it will invest $60 million in Lakeside Data.',
          date: '2026-11-20',
        },
      ],
      [5e7, 6e7],
    ),
    dir,
  );
  assert.ok(line, 'a line');
  assert.doesNotMatch(line, /与此前报道对比|说法不一/);
  assert.match(line, /公司披露为\*\*6000万美元\*\*/);
  assert.match(line, /^财联社此前报道[^。]*为\*\*5000万美元\*\*/);
  // Neither value the company's own: the comparison line stays.
  const [open] = conflictSentences(
    bundle(
      [
        {
          outlet: 'cls.cn',
          text: 'Northwind Systems will put $50 million into Lakeside Data’s listing, people familiar said.',
          date: '2026-11-19',
        },
        {
          outlet: 'stcn.com',
          text: 'Northwind Systems will subscribe for $60 million of Lakeside Data shares, a person close to the deal said.',
          date: '2026-11-20',
        },
      ],
      [5e7, 6e7],
    ),
    dir,
  );
  assert.match(open ?? '', /说法不一|与此前报道对比/);
});

test('an offer size the shares and price per share give is no editor’s sum against a size a source of the story states', async () => {
  const story = bundle(
    [
      {
        outlet: 'cls.cn',
        text: '北风系统今日起在港招股，拟发行1.5亿股H股，招股价区间为每股36港元至40港元，以招股价上限计，募资约60亿港元。',
        date: '2026-11-19',
      },
      { outlet: 'udn.com', text: '據招股文件，北風系統此次IPO募資上限約66億港元，基石投資人合計認購約3億美元。', date: '2026-11-20' },
    ],
    [6e9, 6.6e9],
    'ipo',
  );
  const [line] = conflictSentences(story, dir);
  assert.ok(line, 'a line');
  // The story's source states 66亿港元: the terms' product in the editor's voice would contradict it (decision 170);
  // the outlets' values stand side by side, each its own.
  assert.doesNotMatch(line, /^按1\.5亿股|所报一致|与此不符/);
  assert.match(line, /财联社称\*\*约60亿港元\*\*/);
  assert.match(line, /66亿港元/);
  const today = withoutEarlierItem(story);
  const written = await createOfflineEngine().doWriteStory(today, 'stories');
  const guarded = guardStory(written, today, allowedFigures(today)).story;
  assert.ok(!guarded.paragraphs.some((p) => p.startsWith('按1.5亿股')), JSON.stringify(guarded.paragraphs));
  // Both sizes the terms' product misses (or both meet): no settlement, the outlets' values side by side.
  const [open] = conflictSentences(
    bundle(
      [
        { outlet: 'cls.cn', text: '北风系统今日起在港招股，募资约60亿港元。', date: '2026-11-19' },
        { outlet: 'udn.com', text: '據報導，北風系統此次IPO募資上限約66億港元。', date: '2026-11-20' },
      ],
      [6e9, 6.6e9],
      'ipo',
    ),
    dir,
  );
  assert.match(open ?? '', /说法不一|与此前报道对比|口径不同/);
});

test('digest --check reads a settled line as the two values set side by side: no conflict unshown', () => {
  const figure = (text: string) => extractFigures(text)[0] as Claim['statements'][number]['figure'];
  const st = (text: string, itemId: string) => ({ figure: figure(text), itemId, source: itemId, line: 1, sentence: text, date: null });
  const claim: Claim = {
    subject: 'Nvidia',
    metric: 'investment',
    period: '2026',
    kind: 'money',
    statements: [st('5000万美元', 'a'), st('6000万美元', 'b')],
    conflict: true,
    latest: 1,
    mostCited: 0,
  };
  const page = (day: string, paragraphs: string[]) =>
    [
      '---',
      'title: 英伟达认购湖畔数据',
      `date: ${day}`,
      'category: AI 日报',
      '---',
      '',
      '# 英伟达认购湖畔数据',
      '',
      '## 英伟达拟认购湖畔数据港股',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      '来源：[财联社](https://www.cls.cn/detail/1)',
      '',
    ].join('\n');
  const dayOne = page('2026-11-19', ['据知情人士透露，英伟达拟以**5000万美元**认购湖畔数据港股。']);
  const today = '英伟达公告，子公司拟以**6000万美元**认购湖畔数据港股，锁定期6个月。';
  const rules = (close?: string) =>
    checkDigest(page('2026-11-20', close ? [today, close] : [today]), { claims: [claim], earlierDigests: [dayOne] }).map((p) => p.rule);
  assert.ok(rules().includes('conflict-unshown'));
  assert.ok(!rules('英伟达投资以公司披露的**6000万美元**为准，财联社此前称**5000万美元**。').includes('conflict-unshown'));
  // …and the lines as decision 154 words them.
  assert.ok(!rules('财联社此前报道英伟达投资为**5000万美元**，公司披露为**6000万美元**。').includes('conflict-unshown'));
  assert.ok(
    !rules('按1.2亿股、每股0.5美元计，英伟达投资约为**6000万美元**；财联社此前报道为**5000万美元**。').includes('conflict-unshown'),
  );
  assert.ok(
    !rules('按1.2亿股、每股0.5美元计，英伟达投资约为**6000万美元**，与证券时报所报一致；财联社此前称**5000万美元**，与此不符。').includes(
      'conflict-unshown',
    ),
  );
});

test('a listing the title reports priced at the top of its range, with its size held as a claim, heads on the pricing', async () => {
  const s = await createOfflineEngine().doWriteStory(
    oneItemStory(
      {
        title: 'Harbour Robotics Prices Hong Kong IPO at Top of Range to Raise HK$4.1 Billion',
        text: 'Harbour Robotics Ltd. priced its Hong Kong initial public offering at the top of the marketed range, raising HK$4.1 billion, according to people familiar with the matter. The company sold 205 million shares at HK$20 apiece, the people said.',
        url: 'https://www.bloomberg.com/news/articles/2026-11-20/harbour-robotics-prices-ipo',
        date: '2026-11-20',
      },
      [['Harbour Robotics', 'ipo', '2026', 4.1e9]],
      [],
      'st_days32_ipo',
    ),
    'stories',
  );
  assert.match(s.headline, /IPO定价于区间上限，募资41亿港元/);
  // The launch's own title (no pricing) keeps the size alone.
  const launch = await createOfflineEngine().doWriteStory(
    oneItemStory(
      {
        title: 'Harbour Robotics Launches Hong Kong IPO to Raise Up to HK$4.1 Billion',
        text: 'Harbour Robotics Ltd. launched its Hong Kong initial public offering on Monday, seeking to raise up to HK$4.1 billion.',
        url: 'https://www.bloomberg.com/news/articles/2026-11-17/harbour-robotics-launches-ipo',
        date: '2026-11-17',
      },
      [['Harbour Robotics', 'ipo', '2026', 4.1e9]],
      [],
      'st_days32_launch',
    ),
    'stories',
  );
  assert.doesNotMatch(launch.headline, /定价/);
});

test('the company’s word settles only an outlet’s earlier report or a relayed one: two same-day tellings stay a dispute', () => {
  const pair = (other: string) =>
    conflictSentences(
      bundle(
        [
          { outlet: 'reuters.com', text: 'Northwind Systems said it will invest $60 million in Lakeside Data.', date: '2026-11-20' },
          { outlet: 'wallstreetcn.com', text: other, date: '2026-11-20' },
        ],
        [6e7, 5e7],
      ),
      dir,
    )[0] ?? '';
  assert.match(
    pair('Northwind Systems will invest $50 million in Lakeside Data, according to people familiar.'),
    /公司披露为\*\*6000万美元\*\*/,
  );
  assert.match(pair('Northwind Systems will invest $50 million in Lakeside Data this year.'), /说法不一/);
});
