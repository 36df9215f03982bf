/**
 * Odd but honest input that used to be misread: a feed whose leading comment is longer than the 8 KB once looked at,
 * Chinese-only UTF-16 without a byte-order mark (no NUL bytes to see), and short GBK lines that chardet calls
 * Shift_JIS. Each goes through parseBytes, the whole path from bytes to drafts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes, defaultIngestOptions, parseBytes } from '../../src/ingest/index.js';

const opts = defaultIngestOptions;
const note = 'This feed is generated every ten minutes by the newsroom publishing system; do not edit it by hand. ';

test('an RSS feed whose leading comment exceeds 8 KB is still a feed', () => {
  const comment = `<!-- ${note.repeat(220)} -->`;
  assert.ok(comment.length > 20_000);
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n${comment}\n<rss version="2.0"><channel><title>AI Wire</title>
<item><title>Oracle signs $300 billion deal</title><link>https://news.example.com/1</link><description>Oracle signed a $300 billion contract with OpenAI.</description></item>
<item><title>英伟达营收创新高</title><link>https://news.example.com/2</link><description>英伟达第三季度营收570亿美元。</description></item>
</channel></rss>`;
  const r = parseBytes(Buffer.from(xml), { filename: 'wire.xml' }, opts);
  assert.equal(r.kind, 'feed');
  assert.equal(r.title, 'AI Wire');
  assert.deepEqual(
    r.items.map((i) => i.title),
    ['Oracle signs $300 billion deal', '英伟达营收创新高'],
  );
});

test('an Atom feed behind a long comment and a doctype is still a feed', () => {
  const xml = `<?xml version="1.0"?><!-- ${note.repeat(120)} --><!DOCTYPE feed><!-- second note -->
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><entry><title>Meta raises $30 billion</title><id>urn:1</id><updated>2026-11-22T08:00:00Z</updated><summary>Meta raised $30 billion in bonds on Sunday.</summary></entry></feed>`;
  const r = parseBytes(Buffer.from(xml), { filename: 'wire.atom' }, opts);
  assert.equal(r.kind, 'feed');
  assert.deepEqual(
    r.items.map((i) => i.title),
    ['Meta raises $30 billion'],
  );
});

const CHINESE_ONLY = ['英伟达第三季度营收创新高', '阿里巴巴云计算收入同比增长', '华为发布新款人工智能芯片'];

for (const enc of ['utf16le', 'utf16be'] as const) {
  test(`Chinese-only ${enc} without a byte-order mark is decoded, not refused as binary`, () => {
    const text = `${CHINESE_ONLY[0]}\n\n${CHINESE_ONLY.slice(1).join('。')}。`;
    const r = parseBytes(iconv.encode(text, enc), { filename: 'note.txt' }, opts);
    assert.equal(r.items[0]?.title, CHINESE_ONLY[0]);
    assert.equal(r.items[0]?.text, text);
    assert.equal(r.items[0]?.meta.encoding, enc);
    for (const line of CHINESE_ONLY) assert.equal(decodeBytes(iconv.encode(line, enc), {}).text, line, `one short line: ${line}`);
  });
}

test('short GBK lines decode as GBK, not Shift_JIS; Japanese in Shift_JIS stays Japanese', () => {
  for (const line of ['华为发布新款芯片', '今天天气很好', '阿里巴巴云计算收入', '英伟达营收增长', '小米汽车交付']) {
    const d = decodeBytes(iconv.encode(line, 'gbk'), {});
    assert.deepEqual([d.encoding, d.text], ['gb18030', line], line);
  }
  const ja = '東京で会議が開かれた';
  assert.equal(decodeBytes(iconv.encode(ja, 'shift_jis'), {}).text, ja);
});

test('English UTF-8 and Latin text is never taken for Chinese UTF-16', () => {
  for (const s of ['revenue rose sharply', 'Nvidia reports record quarter', 'café au lait']) {
    const d = decodeBytes(Buffer.from(s, 'utf8'), {});
    assert.deepEqual([d.encoding, d.text], ['utf8', s]);
  }
});
