import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFormat } from './detect.js';
import { defaultIngestOptions } from './options.js';
import { parseBytes } from './parse.js';

const ALTERNATING = `"Amazon is putting $4 billion into the startup now, with up to $10 billion more to follow."

亚马逊的总敞口要把几笔加起来看。

"Nobody knows who will be left holding the risk when the spending slows."

判断而已，没有数字。

"Nobody knows who will be left holding the risk when the spending slows."

判断而已，没有数字。
`;

const parse = (text: string, filename: string) => parseBytes(new TextEncoder().encode(text), { filename }, defaultIngestOptions);

test('a text whose paragraphs alternate an English quote and a Chinese comment is read as quote/note pairs', () => {
  assert.equal(detectFormat(ALTERNATING, { filename: '/notes/reading.txt' }), 'highlights-pairs');
  const r = parse(ALTERNATING, '/notes/reading.txt');
  const item = r.items[0];
  assert.equal(r.items.length, 1);
  assert.equal(item?.kind, 'highlights');
  // The duplicated pair is dropped (and said so).
  assert.deepEqual(
    item?.pairs.map((p) => [p.a.slice(0, 20), p.b]),
    [
      ['"Amazon is putting $', '亚马逊的总敞口要把几笔加起来看。'],
      ['"Nobody knows who wi', '判断而已，没有数字。'],
    ],
  );
  assert.ok(item?.messages.some((m) => /1 exact duplicate pair/.test(m.reason)));
  // A title line stays the title.
  assert.equal(parse(`# 资本开支摘录\n\n${ALTERNATING}`, '/notes/x.txt').items[0]?.title, '资本开支摘录');
});

test('an ordinary article is not mistaken for alternating pairs', () => {
  const article = `Nvidia reported record revenue on Wednesday, beating estimates.

英伟达周三公布创纪录营收。

The company said demand for its chips remained strong across every region.

Analysts raised their price targets after the call, citing data-center growth.
`;
  assert.equal(detectFormat(article, { filename: '/a/article.txt' }), 'text');
  const zhFirst =
    '英伟达周三公布创纪录营收，超出预期。\n\nNvidia reported record revenue on Wednesday.\n\n微软上调资本开支指引。\n\nMicrosoft raised its capex guidance.\n';
  assert.notEqual(detectFormat(zhFirst, { filename: '/a/b.txt' }), 'highlights-pairs');
});
