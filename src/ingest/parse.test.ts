// Table-driven parse tests: one realistic fixture per format (English and Chinese), read through the public surface.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ItemDraft } from '../types/index.js';
import { defaultIngestOptions, readSource } from './index.js';

const FIX = join(import.meta.dirname, '../../test/fixtures/ingest');

interface Case {
  file: string;
  kind: 'file' | 'feed' | 'opml';
  title: string | null;
  count: number;
  check: (items: ItemDraft[]) => void;
}

const has = (s: string, ...parts: string[]) => {
  for (const p of parts) assert.ok(s.includes(p), `expected ${JSON.stringify(p)} in ${JSON.stringify(s.slice(0, 300))}`);
};
const lacks = (s: string, ...parts: string[]) => {
  for (const p of parts) assert.ok(!s.includes(p), `did not expect ${JSON.stringify(p)} in ${JSON.stringify(s.slice(0, 300))}`);
};

const cases: Case[] = [
  {
    file: 'article-en.md',
    kind: 'file',
    title: 'Hyperscalers lift 2026 capex guidance past $600 billion',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.format, 'markdown');
      assert.equal(it?.date, '2026-02-05');
      assert.equal(it?.author, 'Dana Whitfield');
      assert.equal(it?.url, 'https://news.example.com/ai/capex-2026?id=42');
      assert.deepEqual(it?.meta.tags, ['capex', 'cloud', 'nvidia']);
      has(
        it?.text ?? '',
        'spend more than $600 billion on data centers',
        'Alphabet: $175 billion to $185 billion',
        'Microsoft; $140 billion',
      );
      lacks(it?.text ?? '', '**', '](', '![', '<div', 'track()', '| Company');
      assert.deepEqual(it?.links, ['https://aws.example.com/']);
    },
  },
  {
    file: 'article-zh.md',
    kind: 'file',
    title: '英伟达与 OpenAI 签署 1000 亿美元算力协议',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.kind, 'article');
      has(it?.text ?? '', '投资最多 1000 亿美元，用于建设至少 10 吉瓦');
      lacks(it?.text ?? '', '**', '#');
      assert.equal(it?.text.split('\n\n').length, 4);
    },
  },
  {
    file: 'plain-zh.txt',
    kind: 'file',
    title: '甲骨文云合同积压突破五千亿美元',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.format, 'text');
      // A hard-wrapped Chinese line is joined without a space.
      has(it?.text ?? '', '5230 亿美元，同比增长 438%');
      assert.equal(it?.text.split('\n\n').length, 3);
    },
  },
  {
    file: 'article-en.html',
    kind: 'file',
    title: 'TSMC raises AI accelerator revenue outlook',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.format, 'html');
      assert.equal(it?.url, 'https://chipwire.example.com/2026/01/tsmc-ai-outlook');
      assert.equal(it?.date, '2026-01-16T06:30:00.000Z');
      assert.equal(it?.author, 'Lin Mei-hua');
      has(it?.text ?? '', '$52 billion to $56 billion', 'Gross margin reached 62.3%');
      lacks(it?.text ?? '', 'LEAK', 'Home Chips Cloud', '© 2026', '<', 'font-family');
      assert.ok(it?.raw.includes('<script>'), 'raw keeps the page as decoded');
    },
  },
  {
    file: 'talk.vtt',
    kind: 'file',
    title: 'Fireside chat on AI infrastructure',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.kind, 'transcript');
      assert.equal(it?.format, 'vtt');
      assert.deepEqual(it?.meta.speakers, ['Jensen Huang', 'Interviewer']);
      const paras = it?.text.split('\n\n') ?? [];
      assert.equal(paras[0], 'We shipped about six million Blackwell GPUs in the last four quarters.');
      // The 7-second pause before the last cue starts a new paragraph.
      assert.equal(paras.length, 4);
      lacks(it?.text ?? '', '<v', '<i>', '-->', 'NOTE');
    },
  },
  {
    file: 'talk-zh.srt',
    kind: 'file',
    title: 'talk-zh',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.format, 'srt');
      assert.deepEqual(it?.meta.speakers, ['主持人', '嘉宾']);
      has(it?.text ?? '', '今年四大云厂商的资本支出预计将超过 6000 亿美元。');
      lacks(it?.text ?? '', '嘉宾：', '<i>', '-->');
    },
  },
  {
    file: 'transcript-en.txt',
    kind: 'file',
    title: 'transcript-en',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.kind, 'transcript');
      assert.equal(it?.format, 'transcript');
      assert.deepEqual(it?.meta.speakers, ['Host', 'Lisa Su']);
      assert.deepEqual(
        ((it?.meta.paragraphs ?? []) as { start: string }[]).map((p) => p.start),
        ['00:00:05', '00:00:12', '00:00:31', '00:00:38'],
      );
      lacks(it?.text ?? '', '[00:', 'Lisa Su:');
    },
  },
  {
    file: 'highlights-en.txt',
    kind: 'file',
    title: 'highlights-en',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.kind, 'highlights');
      assert.equal(it?.format, 'highlights-pairs');
      // The exact duplicate pair is dropped.
      assert.equal(it?.pairs.length, 3);
      assert.equal(it?.pairs[1]?.b, 'Up from $39 billion the year before.');
    },
  },
  {
    file: 'My Clippings.txt',
    kind: 'file',
    title: 'My Clippings',
    count: 2,
    check: ([en, zh]) => {
      assert.equal(en?.format, 'kindle');
      assert.equal(en?.title, 'The Chip War Economy');
      assert.equal(en?.author, 'Ada Brennan');
      assert.equal(en?.date, '2026-03-02T21:15:03');
      assert.deepEqual(
        en?.pairs.map((p) => p.b),
        ['Compare with 2026 guidance of 52-56B.'],
      );
      assert.equal(zh?.title, '算力时代');
      assert.equal(zh?.date, '2026-03-03T10:05:00');
      assert.equal(zh?.pairs[0]?.a, '一块高端 GPU 的售价约为 3 万美元。');
    },
  },
  {
    file: 'readwise.csv',
    kind: 'file',
    title: 'readwise',
    count: 2,
    check: ([a, b]) => {
      assert.equal(a?.format, 'readwise-csv');
      assert.equal(a?.title, 'The AI Buildout');
      assert.equal(a?.pairs.length, 2, 'duplicate row dropped');
      assert.equal(a?.pairs[0]?.b, 'SoftBank and OpenAI lead, Oracle builds.');
      assert.deepEqual(a?.meta.tags, ['capex', 'cloud', 'deals']);
      assert.equal(b?.author, '李明');
    },
  },
  {
    file: 'archive/digests/2026-03-02.md',
    kind: 'file',
    title: '英伟达获 OpenAI 千亿美元订单，四大云厂商资本支出超 6000 亿美元',
    count: 4,
    check: (items) => {
      assert.ok(items.every((i) => i.kind === 'digest-story' && i.format === 'digest' && i.date === '2026-03-02'));
      assert.deepEqual(
        items.map((i) => i.title),
        [
          '英伟达拟向 OpenAI 投资最多 1000 亿美元',
          '四大云厂商 2026 年资本支出预计超 6000 亿美元',
          '台积电上调 AI 收入预期',
          '甲骨文订单积压',
        ],
      );
      assert.deepEqual(items[0]?.links, [
        'https://www.reuters.example.com/tech/nvidia-openai-100b',
        'https://www.cnbc.example.com/2026/03/01/nvidia-openai.html',
      ]);
      assert.deepEqual(
        items.map((i) => i.meta.minor),
        [false, false, true, true],
      );
      assert.equal(items[3]?.text, '剩余履约义务达到 5230 亿美元。');
      // Provenance: each story's first line in the file (front matter counted), for claims and graph lines.
      assert.deepEqual(
        items.map((i) => i.meta.line),
        [15, 23, 29, 30],
      );
      for (const i of items) lacks(i.text, '**', '---', 'Telegram', '](');
    },
  },
  {
    file: 'archive/digests/2026-03-03.md',
    kind: 'file',
    title: 'AMD 与 OpenAI 签下 6 吉瓦 GPU 协议',
    count: 3,
    check: (items) => {
      assert.deepEqual(
        items.map((i) => i.meta.section),
        ['资本与市场', '技术突破与产品创新', '更多动态'],
      );
      assert.equal(items[0]?.url, 'https://amd-news.example.com/openai-6gw');
      has(items[0]?.text ?? '', '最多 1.6 亿股 AMD 认股权证', '利好：AMD 数据中心业务');
      assert.equal(items[2]?.meta.minor, true);
    },
  },
  {
    file: 'archive/notes/nadella-interview.md',
    kind: 'file',
    title: '纳德拉谈 AI 资本支出与云计算',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.kind, 'note');
      assert.equal(it?.url, 'https://video.example.com/watch?v=abc123');
      assert.equal(it?.author, 'Satya Nadella');
      assert.equal(it?.pairs.length, 3);
      assert.ok(it?.pairs.every((p) => p.kind === 'zh-en'));
      assert.equal(it?.pairs[1]?.b, 'Demand still exceeds supply; we are short of power, not chips. Margins & returns will follow.');
      assert.equal(it?.pairs[2]?.section, '与 OpenAI 的关系');
      assert.equal(it?.pairs[2]?.b, "We own roughly 27% of OpenAI's for-profit entity.");
      lacks(it?.text ?? '', '<details>', 'english-text', 'View/Hide');
    },
  },
  {
    file: 'archive/highlights/capex-quotes.md',
    kind: 'file',
    title: 'AI 资本支出摘录',
    count: 1,
    check: ([it]) => {
      assert.equal(it?.format, 'highlights-archive');
      assert.equal(it?.pairs.length, 2);
      assert.equal(it?.pairs[1]?.b, '这一说法没有数字支撑。');
    },
  },
  {
    file: 'feeds/rss2.xml',
    kind: 'feed',
    title: 'Cloud & Chips Daily',
    count: 2,
    check: ([a, b]) => {
      assert.equal(a?.format, 'rss');
      assert.equal(a?.url, 'https://cloudchips.example.com/2026/02/microsoft-iren');
      assert.equal(a?.date, '2026-02-11T14:05:00.000Z');
      assert.equal(a?.author, 'Sam Okafor');
      assert.equal(a?.text.split('\n\n').length, 2);
      lacks(a?.text ?? '', 'LEAK', '<');
      assert.equal(b?.text, '阿里巴巴表示，未来三年在云和 AI 基础设施上的投入将超过 3800 亿元。\n\n第二段：资本支出同比增长 220%。');
      assert.equal(b?.date, '2026-02-10T01:00:00.000Z');
    },
  },
  {
    file: 'feeds/atom.xml',
    kind: 'feed',
    title: '算力观察',
    count: 2,
    check: ([a, b]) => {
      assert.equal(a?.format, 'atom');
      assert.equal(a?.title, '台积电 2026 年资本支出 520 亿至 560 亿美元');
      assert.equal(a?.author, '王晓');
      assert.equal(a?.text.split('\n\n').length, 2);
      assert.equal(b?.text, 'Broadcom said a new customer placed orders worth more than $10 billion for custom AI racks.');
    },
  },
  {
    file: 'feeds/rdf.xml',
    kind: 'feed',
    title: 'Semis Weekly',
    count: 1,
    check: ([a]) => {
      assert.equal(a?.format, 'rdf');
      assert.equal(a?.author, 'Kim Ji-woo');
      assert.deepEqual(a?.meta.categories, ['Memory']);
    },
  },
  {
    file: 'feeds/feed.json',
    kind: 'feed',
    title: 'AI Deals Tracker',
    count: 2,
    check: ([a, b]) => {
      assert.equal(a?.format, 'json-feed');
      lacks(a?.text ?? '', 'LEAK', '<');
      assert.equal(b?.text, 'xAI 完成 200 亿美元融资，英伟达参与本轮投资。\n\n资金将用于扩建孟菲斯数据中心。');
    },
  },
];

for (const c of cases) {
  test(`parses ${c.file}`, async () => {
    const r = await readSource(join(FIX, c.file), defaultIngestOptions);
    assert.equal(r.kind, c.kind);
    assert.equal(r.title, c.title);
    assert.equal(r.items.length, c.count);
    for (const it of r.items) {
      assert.ok(!/\n{3,}/.test(it.text), 'paragraphs separated by exactly one blank line');
      assert.equal(it.text, it.text.trim());
      assert.ok(!/<\/?(script|style|p|div|b|details)\b/i.test(it.text), 'no markup in text');
    }
    c.check(r.items);
  });
}

test('parses an OPML list into feed URLs (nested, canonical, deduplicated)', async () => {
  const r = await readSource(join(FIX, 'feeds/subscriptions.opml'), defaultIngestOptions);
  assert.equal(r.kind, 'opml');
  assert.equal(r.title, 'AI & Tech News');
  assert.deepEqual(r.items, []);
  assert.deepEqual(r.feeds, [
    'https://cloudchips.example.com/feed.xml',
    'https://semis.example.org/rss',
    'https://suanli.example.cn/atom.xml',
  ]);
});
