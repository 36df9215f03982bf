import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateFromFileName, parseSubtitles, readVttNotes, type VttNoteMeta } from './subtitles.js';

const CUE = '\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Capex will pass $400 billion this year.\n';

const noteCases: [name: string, vtt: string, expected: VttNoteMeta][] = [
  [
    'title line, recorded and published dates, source URL',
    'WEBVTT\nKind: captions\n\nNOTE\nThe Compute Cycle, episode 112: "Who pays?"\nRecorded 2026-11-20, published 2026-11-21. Auto-generated captions.\nSource: https://podcasts.example.com/episodes/112' +
      CUE,
    { title: 'The Compute Cycle, episode 112: "Who pays?"', date: '2026-11-21', url: 'https://podcasts.example.com/episodes/112' },
  ],
  ['only a recorded date', 'WEBVTT\n\nNOTE Recorded Nov. 20, 2026 in San Jose' + CUE, { date: '2026-11-20' }],
  [
    'Chinese note: 发布 preferred over 录制',
    'WEBVTT\n\nNOTE\n《算力周期》第 112 期\n录制于2026年11月20日，发布于2026年11月21日\n来源：https://podcasts.example.cn/112' + CUE,
    { title: '《算力周期》第 112 期', date: '2026-11-21', url: 'https://podcasts.example.cn/112' },
  ],
  [
    'a note line opening with a date',
    'WEBVTT\n\nNOTE\n2026-11-18 — Earnings call, Q3 FY2027' + CUE,
    { title: '2026-11-18 — Earnings call, Q3 FY2027', date: '2026-11-18' },
  ],
  ['an impossible date is no date', 'WEBVTT\n\nNOTE\nPublished 2026-02-30' + CUE, {}],
  ['a NOTE after the first cue is a comment, not metadata', `WEBVTT${CUE}\nNOTE\nPublished 2026-11-21\n`, {}],
  ['no NOTE at all', `WEBVTT - Fireside chat${CUE}`, {}],
  [
    'CRLF line endings',
    'WEBVTT\r\n\r\nNOTE\r\nFireside chat\r\nPublished: 2026-11-22\r\nSource: https://example.com/chat\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nHi\r\n',
    { title: 'Fireside chat', date: '2026-11-22', url: 'https://example.com/chat' },
  ],
];

for (const [name, vtt, expected] of noteCases) {
  test(`readVttNotes — ${name}`, () => {
    assert.deepEqual(readVttNotes(vtt), expected);
  });
}

test('dateFromFileName: a YYYY-MM-DD prefix of the base name only', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['/data/transcripts/2026-11-19-farrow-street-interview.srt', '2026-11-19'],
    ['2026-11-21.vtt', '2026-11-21'],
    ['C:\\captions\\2026-01-05_keynote.vtt', '2026-01-05'],
    ['https://cdn.example.com/subs/2026-03-02-talk.vtt?sig=abc', '2026-03-02'],
    ['/2026-11-19/interview.srt', undefined],
    ['interview-2026-11-19.srt', undefined],
    ['2026-13-01-bad.srt', undefined],
    ['2026-11-191.srt', undefined],
    [undefined, undefined],
  ];
  for (const [name, expected] of cases) assert.equal(dateFromFileName(name), expected, String(name));
});

test('parseSubtitles: a VTT item takes title, date and URL from its NOTE block', () => {
  const vtt =
    'WEBVTT\n\nNOTE\nThe Compute Cycle, episode 112\nRecorded 2026-11-20, published 2026-11-21.\nSource: https://podcasts.example.com/112?utm_source=feed' +
    CUE;
  const [it] = parseSubtitles(vtt, 'vtt', { filename: '/x/2026-11-19-ep112.vtt' }).items;
  assert.equal(it?.title, 'The Compute Cycle, episode 112');
  assert.equal(it?.date, '2026-11-21');
  assert.equal(it?.url, 'https://podcasts.example.com/112');
  assert.equal(it?.text, 'Capex will pass $400 billion this year.');
});

test('parseSubtitles: the WEBVTT header title wins over the NOTE line; the file name gives the date when NOTE has none', () => {
  const vtt = `WEBVTT - Fireside chat on AI infrastructure\n\nNOTE recorded at a developer conference${CUE}`;
  const [it] = parseSubtitles(vtt, 'vtt', { filename: '/x/2026-03-18-gtc-fireside.vtt' }).items;
  assert.equal(it?.title, 'Fireside chat on AI infrastructure');
  assert.equal(it?.date, '2026-03-18');
  assert.equal(it?.url, null);
});

test('parseSubtitles: an SRT item is dated by its file name, else undated', () => {
  const srt = '1\r\n00:00:00,500 --> 00:00:03,000\r\n主持人：今年四大云厂商的资本支出预计将超过 6000 亿美元。\r\n';
  assert.equal(parseSubtitles(srt, 'srt', { filename: '/t/2026-11-19-farrow-street-interview.srt' }).items[0]?.date, '2026-11-19');
  assert.equal(parseSubtitles(srt, 'srt', { filename: '/t/farrow-street-interview.srt' }).items[0]?.date, null);
  // The URL a file was fetched from is where it lives; its name can date it too.
  const fetched = parseSubtitles(srt, 'srt', { url: 'https://cdn.example.com/2026-11-20-talk.srt' }).items[0];
  assert.equal(fetched?.date, '2026-11-20');
  assert.equal(fetched?.url, 'https://cdn.example.com/2026-11-20-talk.srt');
});

test('parseSubtitles: a plain transcript saved with YAML front matter takes title, date and URL from it, not as speech', () => {
  const text = [
    '---',
    'title: "Lam Research June quarter 2026 earnings call (auto transcript)"',
    'date: 2026-07-29',
    'outlet: Lam Research investor webcast',
    'url: https://investor.example.com/events/q4-fy2026-call',
    'lang: en',
    '---',
    'Operator: Good day, and welcome to the Lam Research June quarter 2026 earnings call.',
    '',
    'Tim Archer: Thanks. So, uh, revenue was $5.17 billion, a record.',
    '',
    'Doug Bettinger: For the September quarter we expect revenue of $5.4 billion, plus or minus $300 million.',
  ].join('\n');
  const [it] = parseSubtitles(text, 'transcript', { filename: '/x/10-lam-call-transcript.md' }).items;
  assert.equal(it?.title, 'Lam Research June quarter 2026 earnings call (auto transcript)');
  assert.equal(it?.date, '2026-07-29');
  assert.equal(it?.url, 'https://investor.example.com/events/q4-fy2026-call');
  assert.ok(it?.text.startsWith('Good day, and welcome'), it?.text.slice(0, 60));
  assert.ok(!it?.text.includes('outlet:'));
});
