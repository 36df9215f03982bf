/**
 * Decision 102: a comparison line only for the same measure, and a company's reply to a rumour settles it. Two values
 * the sources' own arithmetic reconciles (a cash price plus an earn-out against the total; pre-money plus the new money
 * against post-money) are no dispute: no line. A value on people's word the company called inaccurate is printed with
 * the company's reply, never as an open dispute between outlets. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { checkDigest } from '../../render/check/index.js';
import type { Claim } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { responseSentence } from './dispute.js';
import { createOfflineEngine } from './engine.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';
import { companyReply } from './settled.js';

const dir = entityDirectory(loadGazetteerEntries());

function bundle(reports: { outlet: string; text: string; date: string }[], values: number[], metric = 'investment') {
  return conflictedClaimBundle({ id: 'st_claims33', metric, path: 'tech', date: '2026-11-20', reports, values });
}

test('a company reply is a denial about a report by the company: inaccurate, untrue, denied; no comment is none', () => {
  const names = ['北风系统', 'Northwind Systems'];
  assert.equal(companyReply('对此，北风系统回应称此前有关融资金额的报道不准确。', names), '回应称相关报道不准确');
  assert.equal(companyReply('公司方面表示，上述传闻不实。', names), '回应称相关报道不实');
  assert.equal(companyReply('Northwind Systems denied the reports on Tuesday.', names), '已否认相关报道');
  assert.equal(
    companyReply('A company spokesperson said earlier reports of the round size were inaccurate.', names),
    '回应称相关报道不准确',
  );
  // No denial, or no report it answers, or nobody of the company speaking: no reply.
  assert.equal(companyReply('Northwind Systems declined to comment on the reports.', names), undefined);
  assert.equal(companyReply('北风系统称，上一季度的库存数据不准确，已在年报中更正。', names), undefined);
  assert.equal(companyReply('分析师认为相关报道不准确。', names), undefined);
});

test('the company calling an earlier rumour inaccurate settles it: the later value with the reply, no 与此前报道对比', () => {
  const [line] = conflictSentences(
    bundle(
      [
        {
          outlet: 'cls.cn',
          text: 'Northwind Systems is raising $150 million in a new round, people familiar with the matter said.',
          date: '2026-11-18',
        },
        {
          outlet: '36kr.com',
          text: 'Northwind Systems has closed a $100 million round led by Harbor Capital. A Northwind Systems spokesperson said earlier reports of the round size were inaccurate.',
          date: '2026-11-20',
        },
      ],
      [1.5e8, 1e8],
      'investment',
    ),
    dir,
  );
  assert.ok(line, 'a line');
  assert.doesNotMatch(line, /与此前报道对比|说法不一/);
  assert.match(line, /36氪称[^。]*\*\*1亿美元\*\*；财联社此前称\*\*1\.5亿美元\*\*，[^。]*回应称相关报道不准确。$/);
  // Two rumours, the company answering neither: the comparison stays.
  const [open] = conflictSentences(
    bundle(
      [
        {
          outlet: 'cls.cn',
          text: 'Northwind Systems is raising $150 million in a new round, people familiar with the matter said.',
          date: '2026-11-18',
        },
        {
          outlet: '36kr.com',
          text: 'Northwind Systems is close to closing a $100 million round, according to people familiar with the matter.',
          date: '2026-11-20',
        },
      ],
      [1.5e8, 1e8],
      'investment',
    ),
    dir,
  );
  assert.ok(open, 'a line');
  assert.match(open, /与此前报道对比|说法不一/);
});

test('a rumour the company denied in its own report is told with the denial beside the other outlet’s value', () => {
  const [line] = conflictSentences(
    bundle(
      [
        {
          outlet: 'stcn.com',
          text: '北风系统本轮融资金额为1亿美元，由港湾资本领投。',
          date: '2026-11-20',
        },
        {
          outlet: 'cls.cn',
          text: '据知情人士透露，北风系统正以1.5亿美元的规模进行新一轮融资。对此，公司回应称相关报道不实。',
          date: '2026-11-20',
        },
      ],
      [1e8, 1.5e8],
      'investment',
    ),
    dir,
  );
  assert.ok(line, 'a line');
  assert.doesNotMatch(line, /与此前报道对比|说法不一/);
  assert.match(line, /《证券时报》称[^。]*\*\*1亿美元\*\*；财联社称\*\*1\.5亿美元\*\*，[^。]*回应称相关报道不实。$/);
});

test('a wire telling its figure on "one of the people said" is a rumour too: a reply to the other rumour settles nothing', () => {
  for (const said of ['one of the people said', 'a person briefed on the talks said', 'the people added']) {
    const [line] = conflictSentences(
      bundle(
        [
          {
            outlet: 'reuters.com',
            text: `Northwind Systems has agreed to buy about $100 million of servers from Harbor Compute over two years, ${said}.`,
            date: '2026-11-20',
          },
          {
            outlet: 'cls.cn',
            text: '据知情人士透露，北风系统已与港湾算力签署约1.5亿美元的服务器采购协议。对此，公司回应称相关报道不准确。',
            date: '2026-11-20',
          },
        ],
        [1e8, 1.5e8],
        'investment',
      ),
      dir,
    );
    assert.ok(line, said);
    assert.doesNotMatch(line, /回应称/, said);
    assert.match(line, /说法不一|与此前报道对比/, said);
  }
});

test('a cash price and the total with its earn-out, reconciled by the source’s own sentence, draw no comparison line', () => {
  const lines = conflictSentences(
    bundle(
      [
        {
          outlet: 'reuters.com',
          text: 'Northwind Systems agreed to buy Lakeside Data for $1.2 billion in cash, plus up to $300 million in earn-out payments tied to revenue targets.',
          date: '2026-11-19',
        },
        {
          outlet: 'yicai.com',
          text: 'Northwind Systems will buy Lakeside Data in a deal worth $1.5 billion.',
          date: '2026-11-20',
        },
      ],
      [1.2e9, 1.5e9],
      'acquisition',
    ),
    dir,
  );
  assert.deepEqual(
    lines.filter((l) => /15亿美元|12亿美元/.test(l)),
    [],
  );
  // Two investors' cheques side by side (300 + 200 = 500 by chance) reconcile nothing: the dispute stays.
  const side = conflictSentences(
    bundle(
      [
        {
          outlet: 'reuters.com',
          text: 'Harbor Capital will put $300 million into Lakeside Data, while Northwind Systems is negotiating an investment of as much as $200 million, people familiar said.',
          date: '2026-11-19',
        },
        {
          outlet: 'yicai.com',
          text: '港湾资本向湖畔数据注资3亿美元，Northwind Systems则拟投入最多5亿美元，其中部分款项将与云服务协议挂钩。',
          date: '2026-11-20',
        },
      ],
      [2e8, 5e8],
    ),
    dir,
  );
  assert.ok(
    side.some((l) => /2亿美元/.test(l) && /5亿美元/.test(l)),
    side.join('\n'),
  );
  // Two post-money values 20亿 apart are a dispute though one sentence also gives a 20亿 round: a measure's label (投后)
  // joins nothing.
  const post = conflictSentences(
    bundle(
      [
        {
          outlet: '36kr.com',
          text: '北风系统已完成新一轮融资，融资额约2亿美元，投后估值约18亿美元。',
          date: '2026-11-19',
        },
        {
          outlet: 'theinformation.com',
          text: 'Northwind Systems has raised $200 million in a round that values it at $2 billion after the investment.',
          date: '2026-11-20',
        },
      ],
      [1.8e9, 2e9],
      'valuation',
    ),
    dir,
  );
  assert.ok(
    post.some((l) => /18亿美元/.test(l) && /20亿美元/.test(l)),
    post.join('\n'),
  );
  // No sentence reconciles them: the dispute stays.
  const open = conflictSentences(
    bundle(
      [
        {
          outlet: 'reuters.com',
          text: 'Northwind Systems agreed to buy Lakeside Data for $1.2 billion in cash, people familiar with the matter said.',
          date: '2026-11-19',
        },
        {
          outlet: 'yicai.com',
          text: 'Northwind Systems will buy Lakeside Data in a deal worth $1.5 billion.',
          date: '2026-11-20',
        },
      ],
      [1.2e9, 1.5e9],
      'acquisition',
    ),
    dir,
  );
  assert.ok(
    open.some((l) => /15亿美元/.test(l) && /12亿美元/.test(l)),
    open.join('\n'),
  );
});

test('digest --check reads a reply-settled line as the two values side by side: no conflict unshown', () => {
  const figure = (text: string) => extractFigures(text)[0] as Claim['statements'][number]['figure'];
  const st = (text: string, itemId: string) => ({ figure: figure(text), itemId, source: itemId, line: 1, sentence: text, date: null });
  const claim: Claim = {
    subject: 'Nvidia',
    metric: 'investment',
    period: '',
    kind: 'money',
    statements: [st('1.5亿美元', 'a'), st('1亿美元', 'b')],
    conflict: true,
    latest: 1,
    mostCited: 0,
  };
  const page = (day: string, paragraphs: string[]) =>
    [
      '---',
      'title: 英伟达完成融资',
      `date: ${day}`,
      'category: AI 日报',
      '---',
      '',
      '# 英伟达完成融资',
      '',
      '## 英伟达完成1亿美元融资',
      '',
      ...paragraphs.flatMap((p) => [p, '']),
      '来源：[36氪](https://36kr.com/p/1)',
      '',
    ].join('\n');
  const dayOne = page('2026-11-18', ['据知情人士透露，英伟达正以**1.5亿美元**的规模融资。']);
  const today = '据36氪报道，英伟达完成**1亿美元**融资。';
  const rules = (close?: string) =>
    checkDigest(page('2026-11-20', close ? [today, close] : [today]), { claims: [claim], earlierDigests: [dayOne] }).map((p) => p.rule);
  assert.ok(rules().includes('conflict-unshown'));
  assert.ok(!rules('36氪称英伟达融资为**1亿美元**；财联社此前称**1.5亿美元**，英伟达回应称相关报道不准确。').includes('conflict-unshown'));
});

test('a round still sought (is raising, close to raising, seeking) heads and leads as 拟融资, never as money raised', async () => {
  const engine = createOfflineEngine();
  const write = async (title: string, text: string) => {
    const s = await engine.doWriteStory(
      oneItemStory({ title, text, date: '2026-11-20' }, [['Harbor Data Centers', 'funding', '', 8e8]]),
      'stories',
    );
    return `${s.headline}｜${s.paragraphs.join('｜')}`;
  };
  for (const [title, text] of [
    [
      'Harbor Data lines up $800m financing for Ohio campus',
      'Harbor Data Centers is raising $800m to build a data centre campus near Columbus, Ohio, according to people familiar with the deal.',
    ],
    [
      'Harbor Data close to raising $800m for Ohio campus',
      'Harbor Data Centers is close to raising $800m to build a data centre campus near Columbus, Ohio, according to people familiar with the deal.',
    ],
    [
      'Harbor Data seeks $800m for Ohio campus',
      'Harbor Data Centers is seeking to raise $800m for a data centre campus near Columbus, Ohio, according to people familiar with the deal.',
    ],
  ]) {
    const out = await write(title as string, text as string);
    assert.match(out, /^Harbor Data Centers拟融资8亿美元｜/u, out);
    assert.match(out, /援引知情人士报道，Harbor Data Centers拟融资\*\*8亿美元\*\*/u, out);
  }
  // A round closed is told as raised.
  const done = await write(
    'Harbor Data raises $800m for Ohio campus',
    'Harbor Data Centers has raised $800m to build a data centre campus near Columbus, Ohio, the company said on Thursday.',
  );
  assert.doesNotMatch(done, /拟融资|正洽谈/u, done);
  // A title's `lines up` is no hedge when the report says the money is secured.
  const lined = await write(
    'Harbor Data lines up $800m financing for Ohio campus',
    'Harbor Data Centers has secured $800m of financing from a group of banks for a campus near Columbus, Ohio, according to people familiar with the matter.',
  );
  assert.doesNotMatch(lined, /拟/u, lined);
});

test('a reply to a rumour is an answer: not aware, no such plan, a report called untrue (printed with the rumour)', () => {
  assert.equal(responseSentence('Northwind Systems said it was not aware of any talks.'), true);
  assert.equal(responseSentence('A Northwind Systems spokesperson said the company had no such plans.'), true);
  assert.equal(responseSentence('Northwind Systems said the reports were inaccurate.'), true);
  assert.equal(responseSentence('北风系统表示，公司目前没有相关计划。'), true);
  assert.equal(responseSentence('北风系统相关人士称对此不知情。'), true);
  assert.equal(responseSentence('北风系统称上述消息不实。'), true);
  // A plan told, a plain report: no answer.
  assert.equal(responseSentence('北风系统计划明年在上海新建研发中心。'), false);
  assert.equal(responseSentence('Northwind Systems plans to raise $200 million next year.'), false);
});

test('a reply is its own clause’s speaker’s: one who declined to comment denies nothing, another party’s denial is not the company’s', () => {
  const names = ['港湾资本', 'Harbor Capital'];
  // The investor declined to comment; the start-up called the reports inaccurate: no reply of the investor's.
  assert.equal(
    companyReply(
      'Harbor Capital declined to comment, while Northwind Systems said earlier reports of its valuation were inaccurate.',
      names,
    ),
    undefined,
  );
  assert.equal(companyReply('港湾资本对此不予置评，而北风系统回应称此前有关估值的报道不准确。', names), undefined);
  // The investor's own clause denying the reports is its reply.
  assert.equal(
    companyReply('Northwind Systems declined to comment, while Harbor Capital said the reports of its stake were inaccurate.', names),
    '回应称相关报道不准确',
  );
});
