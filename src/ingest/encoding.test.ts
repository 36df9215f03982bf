// Encodings: UTF-8 ± BOM, UTF-16 LE/BE, GBK without declaration, Big5 from <meta>, GBK from the HTTP header, wrong declarations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { isTraditional } from './chinese-script.js';
import { decodeBytes } from './encoding.js';
import { defaultIngestOptions, parseBytes } from './index.js';

const ZH = '英伟达宣布向数据中心投资1000亿美元，微软、谷歌和亚马逊今年的资本支出合计超过6000亿美元。';
const TW = '輝達宣布投資1000億美元建設人工智慧資料中心，微軟和亞馬遜也在擴大資本支出。';
const opts = defaultIngestOptions;

const cases: { name: string; bytes: () => Uint8Array; contentType?: string; encoding: string; text: string }[] = [
  { name: 'UTF-8 without BOM', bytes: () => Buffer.from(ZH, 'utf8'), encoding: 'utf8', text: ZH },
  {
    name: 'UTF-8 with BOM',
    bytes: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ZH, 'utf8')]),
    encoding: 'utf8',
    text: ZH,
  },
  { name: 'UTF-16 LE with BOM', bytes: () => iconv.encode(ZH, 'utf16le', { addBOM: true }), encoding: 'utf16le', text: ZH },
  { name: 'UTF-16 BE with BOM', bytes: () => iconv.encode(ZH, 'utf16be', { addBOM: true }), encoding: 'utf16be', text: ZH },
  {
    name: 'UTF-16 LE without BOM (English)',
    bytes: () => iconv.encode('Nvidia revenue rose 62% to $57 billion.', 'utf16le'),
    encoding: 'utf16le',
    text: 'Nvidia revenue rose 62% to $57 billion.',
  },
  { name: 'GBK without any declaration', bytes: () => iconv.encode(ZH, 'gbk'), encoding: 'gb18030', text: ZH },
  {
    name: 'GBK page whose HTTP header says gbk',
    bytes: () => iconv.encode(ZH, 'gbk'),
    contentType: 'text/plain; charset=GBK',
    encoding: 'gb18030',
    text: ZH,
  },
  {
    name: 'GB2312 label read as GB18030',
    bytes: () => iconv.encode(ZH, 'gb18030'),
    contentType: 'text/plain; charset="gb2312"',
    encoding: 'gb18030',
    text: ZH,
  },
  { name: 'Big5 without declaration', bytes: () => iconv.encode(TW, 'big5'), encoding: 'big5', text: TW },
  {
    name: 'GBK bytes under a default ISO-8859-1 header',
    bytes: () => iconv.encode(ZH, 'gbk'),
    contentType: 'text/html; charset=ISO-8859-1',
    encoding: 'gb18030',
    text: ZH,
  },
  {
    name: 'GBK bytes under a wrong utf-8 header',
    bytes: () => iconv.encode(ZH, 'gbk'),
    contentType: 'text/plain; charset=utf-8',
    encoding: 'gb18030',
    text: ZH,
  },
];

for (const c of cases) {
  test(`decodes ${c.name}`, () => {
    const d = decodeBytes(c.bytes(), c.contentType ? { contentType: c.contentType } : {});
    assert.equal(d.encoding, c.encoding);
    assert.equal(d.text, c.text);
  });
}

test('a wrong declaration is overridden with a warning recorded on the item', () => {
  const r = parseBytes(iconv.encode(ZH, 'gbk'), { filename: 'a.txt', contentType: 'text/plain; charset=utf-8' }, opts);
  assert.equal(r.items[0]?.text, ZH);
  assert.ok(r.items[0]?.messages.some((m) => m.origin === 'ingest:encoding' && m.reason.includes('does not match')));
  assert.equal(r.items[0]?.meta.encoding, 'gb18030');
});

test('Big5 HTML with <meta charset=big5> is decoded and its text extracted', () => {
  const html = `<html><head><meta charset=big5><title>台積電資本支出</title></head><body><article><p>${TW}</p><p>台積電預計今年資本支出介於520億至560億美元之間。</p></article></body></html>`;
  const r = parseBytes(iconv.encode(html, 'big5'), { filename: 'tw.html' }, opts);
  assert.equal(r.items[0]?.title, '台積電資本支出');
  assert.ok(r.items[0]?.text.includes(TW));
});

test('GBK HTML served with charset=gbk in the HTTP header only', () => {
  const html = `<html><head><title>阿里云</title></head><body><p>${ZH}</p></body></html>`;
  const r = parseBytes(iconv.encode(html, 'gbk'), { url: 'https://news.example.cn/a.html', contentType: 'text/html; charset=gbk' }, opts);
  assert.equal(r.kind, 'url');
  assert.equal(r.items[0]?.text, ZH);
});

test('a GBK RSS feed declared in its XML declaration', () => {
  const xml = `<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><title>科技日报</title><item><title>英伟达财报</title><description>${ZH}</description></item></channel></rss>`;
  const r = parseBytes(iconv.encode(xml, 'gbk'), { filename: 'feed.xml' }, opts);
  assert.equal(r.title, '科技日报');
  assert.equal(r.items[0]?.text, ZH);
});

test('UTF-16 text with BOM is not mistaken for binary (NUL bytes)', () => {
  const r = parseBytes(iconv.encode(`# 标题\n\n${ZH}`, 'utf16le', { addBOM: true }), { filename: 'a.md' }, opts);
  assert.equal(r.items[0]?.title, '标题');
});

test('mixed encodings: UTF-8 text with a few stray GBK bytes keeps the UTF-8 and warns', () => {
  const bytes = Buffer.concat([
    Buffer.from(`${ZH}\n\n`.repeat(20), 'utf8'),
    iconv.encode('错码', 'gbk'),
    Buffer.from('\n\nNvidia 结尾。', 'utf8'),
  ]);
  const r = parseBytes(bytes, { filename: 'mixed.txt' }, opts);
  assert.ok(r.items[0]?.text.startsWith(ZH));
  assert.ok(r.items[0]?.text.endsWith('Nvidia 结尾。'));
  assert.ok(r.items[0]?.messages.some((m) => m.origin === 'ingest:encoding'));
});

test('toSimplified converts Traditional Chinese text and titles', () => {
  const r = parseBytes(iconv.encode(`輝達資本支出\n\n${TW}`, 'big5'), { filename: 'tw.txt' }, { ...opts, toSimplified: true });
  // Taiwan names and phrases become the mainland's: 輝達 → 英伟达.
  assert.equal(r.items[0]?.title, '英伟达资本支出');
  assert.ok(r.items[0]?.text.includes('投资1000亿美元'));
  const phrases = parseBytes(
    Buffer.from('人工智慧伺服器與資料中心\n\n人工智慧伺服器與資料中心帶動晶片需求。', 'utf8'),
    { filename: 'p.txt' },
    { ...opts, toSimplified: true },
  );
  assert.ok(phrases.items[0]?.text.includes('人工智能服务器与数据中心带动芯片需求。'));
  const off = parseBytes(Buffer.from(TW, 'utf8'), { filename: 'tw.txt' }, opts);
  assert.equal(off.items[0]?.text, TW);
});

test('toSimplified leaves Simplified text alone: 昇腾 stays 昇腾', () => {
  const zh = '华为昇腾芯片今年出货量有望突破百万颗\n\n据产业链人士透露，华为昇腾系列AI芯片今年全年出货量有望突破100万颗。';
  const r = parseBytes(Buffer.from(zh, 'utf8'), { filename: 'cn.txt' }, { ...opts, toSimplified: true });
  assert.equal(r.items[0]?.title, '华为昇腾芯片今年出货量有望突破百万颗');
  assert.match(r.items[0]?.text ?? '', /华为昇腾系列/);
  assert.ok(isTraditional('輝達擴大資本支出，鴻海營收創新高'));
  assert.ok(!isTraditional(zh));
});
