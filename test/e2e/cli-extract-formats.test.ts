/**
 * End-to-end: `extract` / `entities` on subtitle and HTML files read what a viewer or reader sees — cue timings,
 * voice tags, NOTE / STYLE blocks, tags, scripts and styles are masked — while `line`, `start`, `end` and `text`
 * stay true to the file as it is on disk.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { jsonLines, root, runCli, tempDir } from '../support/cli.js';

interface Row {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  value?: number;
  low?: number;
  high?: number;
  currency?: string;
  qualifier: string;
  direction?: string;
}

const VTT = `WEBVTT
Kind: captions
Language: en

NOTE
Margin Call, episode 9: "Who is paying for the data centers?"
Recorded 2026-11-20, published 2026-11-21.
Source: https://podcasts.example.com/margin-call/9

STYLE
::cue(.num) { color: #ffcc00; font-size: 110%; }

1
00:00:02.000 --> 00:00:05.500 align:start position:10%
<v Ruth Okafor>Microsoft told investors it will spend
<c.num>$80 billion</c> on data centers this year.

2
00:00:05.750 --> 00:00:09.250
<v Ruth Okafor>four hundred billion dollars, that is what the big four
could spend together.

3
00:00:09.500 --> 00:00:12.000
<v 李明>英伟达第三季度营收570亿美元，同比增长62%。

4
00:00:12.250 --> 00:00:15.000 line:85% size:70%
<v Ruth Okafor>And cloud revenue grew <i>about 40%</i><00:00:14.000> last quarter.

75
00:05:01.200 --> 00:05:05.861
<v Ruth Okafor>By 2030 the build-out could cost eight hundred billion

76
00:05:05.861 --> 00:05:09.000
<v Ruth Okafor>dollars, and <b>40</b>% of it is chips.
`;

const SRT = [
  '1',
  '00:00:01,000 --> 00:00:04,200',
  '<i>主持人：</i>阿里巴巴宣布未来三年投入超过3800亿元',
  '',
  '2',
  '00:00:04,400 --> 00:00:07,900 X1:120 X2:600 Y1:40 Y2:80',
  '{\\an8}<font color="#ffff00">嘉宾：</font>这比过去十年的总和还多。',
  '',
  '3',
  '00:00:08,100 --> 00:00:11,000',
  'ANCHOR: Oracle sold <b>$18 billion</b> of bonds',
  '',
  '4',
  '00:00:11,200 --> 00:00:13,000',
  'this week, up 25% from its last sale.',
  '',
].join('\r\n');

const HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Meta prices a bond sale</title>
<meta name="description" content="Meta sold $25 billion of debt">
<style>.hero { width: 75%; }</style>
<script>window.__DATA__ = {"raise": "$99 billion", "growth": "300%", "close": "</p>"};</script>
</head><body>
<!-- promo: 50% off -->
<article><h1>Meta prices <em>bond</em> sale</h1>
<p class="lead">Meta Platforms sold <strong>$30 billion</strong> of bonds on Thursday, with orders of more than $125 billion.</p>
<p>Meta 本周发行<b>300亿美元</b>债券，认购规模超过1250亿美元。</p>
<noscript><p>Load 5 more stories, 20% off today</p></noscript>
</article></body></html>
`;

function write(name: string, text: string): string {
  const f = join(tempDir(), name);
  writeFileSync(f, text);
  return f;
}

function extractRows(file: string): Row[] {
  const r = runCli(['extract', '--json', '--date', '2026-11-21', file]);
  assert.equal(r.code, 0, r.stderr);
  return jsonLines<Row>(r.stdout);
}

/** Every row's text is the file's own slice, on the line it names, and holds no markup. */
function assertTrueToFile(rows: Row[], text: string): void {
  for (const row of rows) {
    assert.equal(text.slice(row.start, row.end), row.text, JSON.stringify(row));
    assert.equal(text.slice(0, row.start).split('\n').length, row.line, JSON.stringify(row));
    assert.doesNotMatch(row.text, /[<>{}]|-->/, JSON.stringify(row));
  }
}

function find(rows: Row[], text: string): Row {
  const row = rows.find((r) => r.text === text);
  assert.ok(row, `no figure ${JSON.stringify(text)} in ${JSON.stringify(rows.map((r) => r.text))}`);
  return row;
}

test('extract --json on a WebVTT file: cue text only, exact offsets', () => {
  const f = write('margin-call-9.vtt', VTT);
  const rows = extractRows(f);
  assertTrueToFile(rows, VTT);
  // Cues 75 / 76: an amount split across two cues is not joined over the timing line between them, and `<b>40</b>%`
  // (read as `40    %` in the masked text) reaches into markup, so it is dropped rather than printed with a tag in it.
  assert.deepEqual(rows.map((r) => r.text).sort(), ['$80 billion', 'about 40%', 'four hundred billion dollars', '570亿美元', '62%'].sort());

  const capex = find(rows, '$80 billion');
  assert.equal(capex.value, 80e9);
  assert.equal(capex.currency, 'USD');
  assert.equal(capex.line, 16);
  // the voice tag's `>` is not "more than"
  const big = find(rows, 'four hundred billion dollars');
  assert.equal(big.value, 400e9);
  assert.equal(big.qualifier, 'exact');
  const nv = find(rows, '570亿美元');
  assert.equal(nv.value, 57e9);
  assert.equal(nv.currency, 'USD');
  assert.equal(find(rows, '62%').value, 62);
  assert.equal(find(rows, '62%').direction, 'up');
  const growth = find(rows, 'about 40%');
  assert.equal(growth.value, 40);
  assert.equal(growth.qualifier, 'approx');
});

test('extract --json on a SubRip file with CRLF line endings', () => {
  const f = write('farrow-street.srt', SRT);
  const rows = extractRows(f);
  assertTrueToFile(rows, SRT);
  assert.deepEqual(rows.map((r) => r.text).sort(), ['$18 billion', '25%', '超过3800亿元', '三年', '十年'].sort());
  const ali = find(rows, '超过3800亿元');
  assert.equal(ali.value, 380e9);
  assert.equal(ali.currency, 'CNY');
  assert.equal(ali.qualifier, 'min');
  assert.equal(ali.line, 3);
  const orcl = find(rows, '$18 billion');
  assert.equal(orcl.value, 18e9);
  assert.equal(orcl.line, 11);
  assert.equal(find(rows, '25%').value, 25);
});

test('extract --json on an HTML page: visible text only (no meta, style, script, comment or noscript figures)', () => {
  const f = write('meta-bond.html', HTML);
  const rows = extractRows(f);
  assertTrueToFile(rows, HTML);
  assert.deepEqual(rows.map((r) => r.text).sort(), ['$30 billion', 'more than $125 billion', '300亿美元', '超过1250亿美元'].sort());
  assert.equal(find(rows, '$30 billion').value, 30e9);
  const orders = find(rows, 'more than $125 billion');
  assert.equal(orders.value, 125e9);
  assert.equal(orders.qualifier, 'min');
  const zh = find(rows, '超过1250亿美元');
  assert.equal(zh.value, 125e9);
  assert.equal(zh.qualifier, 'min');
  assert.equal(find(rows, '300亿美元').line, 11);
});

test('entities --json on subtitles: names in cue text are found, voice tags are not read', () => {
  const r = runCli(['entities', '--json', write('margin-call-9.vtt', VTT)]);
  assert.equal(r.code, 0, r.stderr);
  const ents = jsonLines<{ name: string; mentions: number }>(r.stdout);
  assert.equal(ents.find((e) => e.name === 'Microsoft')?.mentions, 1);
  assert.equal(ents.find((e) => e.name === 'Nvidia')?.mentions, 1);
  assert.ok(!ents.some((e) => /Ruth Okafor|李明/.test(e.name)), JSON.stringify(ents));
});

test('extract --json on the sample corpus transcript: no figure reads markup; offsets index the file', () => {
  const file = join(root, 'corpus', 'transcripts', '2026-11-21-compute-cycle-ep112.vtt');
  const rows = extractRows(file);
  assertTrueToFile(rows, readFileSync(file, 'utf8'));
  const big = find(rows, 'four hundred billion dollars');
  assert.equal(big.value, 400e9);
  assert.notEqual(big.qualifier, 'min');
});

test('ingest dates the sample transcripts as corpus/expected.json says (VTT NOTE block, SRT file name)', () => {
  const expected = JSON.parse(readFileSync(join(root, 'corpus', 'expected.json'), 'utf8')) as {
    transcripts: { vtt: { date: string }; srt: { date: string } };
  };
  const data = tempDir();
  const r = runCli(['--data', data, 'ingest', join(root, 'corpus', 'transcripts'), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const items = jsonLines<{ source: string; date: string | null; url: string | null; title: string }>(
    runCli(['--data', data, 'items', '--json']).stdout,
  );
  const vtt = items.find((i) => i.source.endsWith('.vtt'));
  const srt = items.find((i) => i.source.endsWith('.srt'));
  assert.equal(vtt?.date, expected.transcripts.vtt.date.slice(0, 10));
  assert.equal(srt?.date, expected.transcripts.srt.date.slice(0, 10));
  assert.match(vtt?.url ?? '', /^https:\/\/podcasts\./);
  assert.match(vtt?.title ?? '', /^The Compute Cycle, episode 112/);
});
