import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseText } from './text.js';
import { headerDate, readTextHeader } from './text-header.js';

test('text header: byline, Published and Source lines under an English title', () => {
  const h = readTextHeader([
    'By Maria Okafor, Barron’s Daily (sample)',
    'Published: Sept. 3, 2026 at 7:45 a.m. ET',
    'Source: https://news.example.com/chips/2026/09/03/story?utm_source=x',
    '',
    'Chip stocks rose on Wednesday after a supplier raised its outlook.',
  ]);
  assert.deepEqual(h, {
    author: 'Maria Okafor',
    outlet: 'Barron’s Daily',
    date: '2026-09-03',
    url: 'https://news.example.com/chips/2026/09/03/story?utm_source=x',
  });
});

test('text header: a Chinese dateline gives outlet and date; a closing 来源 line gives the URL', () => {
  const h = readTextHeader([
    '证券日报网讯 2026年3月2日 08:30',
    '',
    '据悉，某公司一季度营收同比增长12%。',
    '',
    '来源：https://www.example.cn/a/1.html',
  ]);
  assert.deepEqual(h, { date: '2026-03-02', outlet: '证券日报网', url: 'https://www.example.cn/a/1.html' });
  assert.deepEqual(readTextHeader(['新华财经（示例） 2026年11月22日电']), { date: '2026-11-22', outlet: '新华财经' });
});

test('text header: body sentences with dates or links are not mistaken for a header', () => {
  const h = readTextHeader([
    'The company said on Nov. 3, 2026 that it would spend more than it did in 2025, according to a filing that runs to more than two hundred pages and was posted late on Tuesday evening.',
    '公司表示，2026年11月22日起执行新价格，详情见官网公告以及后续披露的相关文件和说明，请投资者注意风险并理性投资。',
  ]);
  assert.deepEqual(h, {});
  assert.equal(headerDate('Dec 1, 2026'), '2026-12-01');
  assert.equal(headerDate('2026年13月1日'), undefined);
});

test('a plain text article gets its URL, date, author and outlet from header lines', () => {
  const text = [
    'Chipmaker lifts forecast as AI demand holds up',
    '',
    'By Ann Lee, Example Wire',
    'Published: Nov. 20, 2026',
    'Source: https://wire.example.com/2026/11/20/chipmaker-forecast',
    '',
    'The chipmaker raised its revenue forecast to $12 billion.',
  ].join('\n');
  const { items } = parseText(text, { filename: 'chip.txt' });
  const it = items[0];
  assert.ok(it);
  assert.equal(it.title, 'Chipmaker lifts forecast as AI demand holds up');
  assert.equal(it.url, 'https://wire.example.com/2026/11/20/chipmaker-forecast');
  assert.equal(it.date, '2026-11-20');
  assert.equal(it.author, 'Ann Lee');
  assert.deepEqual(it.meta, { outlet: 'Example Wire' });
});
