/** compose17 (issue 11): a deed is said with its verb, a contract done is signed, not a table row of 为. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClaimRow, makeBundle, oneItemStory, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { mergeSameSubject } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { introducedEarlier } from './lead.js';
import { type SourceSentence, sourceSentences } from './sentences.js';

const engine = createOfflineEngine();

async function body(title: string, text: string, claims: ClaimRow[]): Promise<string> {
  const s = await engine.doWriteStory(oneItemStory({ title, text }, claims), 'stories');
  return s.paragraphs.join('\n');
}

test('a bond sale and a loan beside the news are said with their verbs (发行…债券, 获得…贷款), not X债券为N', async () => {
  const out = await body(
    'Meta data-center venture raises $21 billion',
    'Meta Platforms’ data-center venture Lakeshore Compute raised $21 billion on Tuesday. Its power unit Lakeshore Power took out a $6 billion loan to build a gas plant, and its sister vehicle Ridge Funding sold $960 million of bonds.',
    [
      ['Lakeshore Compute', 'funding', '2026', 2.1e10],
      ['Lakeshore Power', 'debt', '2026', 6e9],
      ['Ridge Funding', 'debt', '2026', 9.6e8],
    ],
  );
  assert.match(out, /Lakeshore Power[^。]*获得\*\*60亿美元\*\*贷款/u, out);
  assert.doesNotMatch(out, /(?:贷款|债券)(?:约)?为/u, out);
});

test('a contract signed with a named party is signed (与…签订价值…的合同), not …与…的合同金额为…', async () => {
  const out = await body(
    'Orbital AI raises $2 billion in new funding round',
    'Orbital AI raised $2 billion in a new funding round on Monday. The company also signed a $3.4 billion contract with Nebius for data-center capacity.',
    [
      ['Orbital AI', 'funding', '2026', 2e9],
      ['Orbital AI', 'contract', '2026', 3.4e9, 'Nebius'],
    ],
  );
  assert.match(out, /Orbital AI[^。]*与Nebius签订价值\*\*34亿美元\*\*的合同/u, out);
  assert.doesNotMatch(out, /的合同金额(?:约)?为/u, out);
});

test('a follow-up headed by the day’s new figure leads with it: the lead tells the event its headline names', async () => {
  const earlier = makeBundle({
    id: 'st_earlier',
    items: [
      {
        title: 'Orbital AI raises $2 billion',
        text: 'Orbital AI raised $2 billion in a new round valuing it at $18 billion, people familiar said.',
        url: 'https://www.reuters.com/technology/orbital-1',
        date: '2026-05-13',
      },
    ],
  });
  const before = earlier.items[0] as ItemRecord;
  const today = makeBundle({
    id: 'st_today',
    items: [
      {
        title: 'Orbital AI raises $2 billion in new round',
        text: 'Orbital AI has raised $2 billion in a round that values it at $20 billion, according to people with knowledge of the deal.',
        url: 'https://www.theinformation.com/articles/orbital',
        date: '2026-05-14',
      },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const old = earlier.figures[before.id] ?? [];
      return [
        single('Orbital AI', 'funding', '2026', [statement(it, figs[it.id] ?? [], 2e9), statement(before, old, 2e9)]),
        {
          ...single('Orbital AI', 'valuation', '2026', [statement(it, figs[it.id] ?? [], 2e10), statement(before, old, 1.8e10)]),
          conflict: true,
        },
      ];
    },
  });
  const s = await engine.doWriteStory({ ...today, toldBefore: { [before.id]: 'Orbital AI融资20亿美元' } }, 'stories');
  assert.match(s.headline, /估值/u, s.headline);
  const lead = s.paragraphs[0] ?? '';
  assert.match(lead, /估值[^。]*\*\*200亿美元\*\*/u, lead);
});

test('the lead’s subject goes on in one sentence: no row of sentences each opening on the same name', async () => {
  const out = await body(
    'Orbital AI raises $2 billion in new funding round',
    'Orbital AI raised $2 billion in a new funding round on Monday. The company also signed a $3.4 billion contract with Nebius for data-center capacity.',
    [
      ['Orbital AI', 'funding', '2026', 2e9],
      ['Orbital AI', 'contract', '2026', 3.4e9, 'Nebius'],
    ],
  );
  assert.equal(out.split('。').length - 1, 1, out);
  assert.equal(out.split('Orbital AI').length - 1, 1, out);
  // Two facts run on into one sentence are no brief story: it ranks as it did with them apart.
  const s = await engine.doWriteStory(
    oneItemStory(
      {
        title: 'Orbital AI raises $2 billion in new funding round',
        text: 'Orbital AI raised $2 billion in a new funding round on Monday. The company also signed a $3.4 billion contract with Nebius for data-center capacity.',
      },
      [
        ['Orbital AI', 'funding', '2026', 2e9],
        ['Orbital AI', 'contract', '2026', 3.4e9, 'Nebius'],
      ],
    ),
    'stories',
  );
  assert.ok(!s.brief, JSON.stringify(s.paragraphs));
});

test('mergeSameSubject: a part of the subject (惠普个人系统业务 after 惠普) continues its sentence', () => {
  assert.deepEqual(
    mergeSameSubject([
      { subject: '惠普', text: '惠普2026财年第四财季营收约为146亿美元。' },
      { subject: '惠普个人系统业务', text: '惠普个人系统业务营收为102亿美元。' },
    ]),
    ['惠普2026财年第四财季营收约为146亿美元，个人系统业务营收102亿美元。'],
  );
  // Two parties (阿里巴巴和腾讯) are another subject, not a part of the first.
  assert.equal(
    mergeSameSubject([
      { subject: '阿里巴巴', text: '阿里巴巴计划资本开支超过4800亿元。' },
      { subject: '阿里巴巴和腾讯', text: '阿里巴巴和腾讯获资金净买入52亿港元。' },
    ]).length,
    2,
  );
  // Another company whose name only starts the same way (a Latin name and its longer form) is not a part.
  assert.equal(
    mergeSameSubject([
      { subject: 'Meta', text: 'Meta融资30亿美元。' },
      { subject: 'Meta Platforms', text: 'Meta Platforms估值为1.5万亿美元。' },
    ]).length,
    2,
  );
});

test('a loss is said with its verb (亏损4.12亿美元), not 亏损为', async () => {
  const out = await body(
    'Nimbus Cloud raises $1 billion as losses widen',
    'Nimbus Cloud raised $1 billion on Tuesday. Nimbus Cloud posted a first-quarter net loss of $412 million.',
    [
      ['Nimbus Cloud', 'funding', '2026', 1e9],
      ['Nimbus Cloud', 'loss', '2026Q1', 4.12e8],
    ],
  );
  assert.match(out, /亏损\*\*4\.12亿美元\*\*/u, out);
  assert.doesNotMatch(out, /亏损(?:约)?为/u, out);
});

test('a person by the bare name an earlier sentence introduced (张伟表示…) does not stand alone', () => {
  const b = oneItemStory({
    title: '某智算公司完成30亿元B轮融资',
    text: '某智算公司创始人兼CEO张伟在接受采访时透露，公司已完成30亿元B轮融资。\n\n业内人士认为，算力租赁价格仍在下行。\n\n张伟表示，明年公司将新建两座数据中心，投资约50亿元。',
    url: 'https://www.36kr.com/p/1',
  });
  const all = sourceSentences(b, null);
  const find = (x: string) => all.find((s) => s.sentence.text.startsWith(x)) as SourceSentence;
  assert.equal(introducedEarlier(find('张伟表示')), true);
  assert.equal(introducedEarlier(find('某智算公司创始人')), false);
  assert.equal(introducedEarlier(find('业内人士认为')), false);
});
