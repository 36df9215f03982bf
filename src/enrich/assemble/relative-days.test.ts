/**
 * labels34 (decision 110): a sentence copied from a source dated another day keeps its own day. The source's 今日 /
 * 明日 / 昨日 are said as the dates they name, counted from the source's day, never left to re-date the event to the
 * digest's day. Articles invented for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle } from '../../../test/fixtures/enrich/bundles.js';
import { writeDigest } from '../digest.js';
import { createOfflineEngine } from '../offline/engine.js';
import { anchorRelativeDays, dayAsWritten, relativeDayWords } from './relative-days.js';

test('a relative day word of a source dated another day is said as the date it names', () => {
  const src = (text: string, day: string) => [{ text, day }];
  // 今日 of a source dated the day before the digest.
  assert.equal(
    anchorRelativeDays(
      '澜舟算力今日起在香港招股，每股定价区间为18至21港元。',
      src('澜舟算力今日起在香港招股，每股定价区间为18至21港元。', '2026-10-21'),
      '2026-10-22',
    ),
    '澜舟算力10月21日起在香港招股，每股定价区间为18至21港元。',
  );
  // 明日 of that source is the digest's own day, said as its date; 昨日 the day before the source's.
  assert.equal(
    anchorRelativeDays('澜舟算力将于明日起招股。', src('消息称，澜舟算力将于明日起招股。', '2026-10-21'), '2026-10-22'),
    '澜舟算力将于10月22日起招股。',
  );
  assert.equal(
    anchorRelativeDays('鸿图电子昨日股价下跌**2.5%**。', src('鸿图电子昨日股价下跌2.5%，收于88元。', '2026-03-01'), '2026-03-02'),
    '鸿图电子2月28日股价下跌**2.5%**。',
  );
  // A gloss of the same day goes with the word.
  assert.equal(
    anchorRelativeDays('星河机器人今日（12日）在港交所挂牌。', src('星河机器人今日（12日）在港交所挂牌。', '2026-06-12'), '2026-06-13'),
    '星河机器人6月12日在港交所挂牌。',
  );
});

test('a relative day word of the digest’s own day, of no known source, or inside a name is left alone', () => {
  const text = '澜舟算力今日起在香港招股。';
  // The source is of the digest's day.
  assert.equal(anchorRelativeDays(text, [{ text, day: '2026-10-22' }], '2026-10-22'), text);
  // Sources of the digest's day and of the day before state the same words: the digest's day wins.
  assert.equal(
    anchorRelativeDays(
      text,
      [
        { text, day: '2026-10-21' },
        { text, day: '2026-10-22' },
      ],
      '2026-10-22',
    ),
    text,
  );
  // No source states its words (the digest wrote them).
  assert.equal(anchorRelativeDays(text, [{ text: '澜舟算力计划募资20亿港元。', day: '2026-10-21' }], '2026-10-22'), text);
  // 今日头条 is a name, never a day.
  assert.deepEqual(
    relativeDayWords('据今日头条报道，澜舟算力明日起招股。').map((w) => w.word),
    ['明日'],
  );
  assert.equal(dayAsWritten('2026-12-31', 1), '1月1日');
  assert.equal(dayAsWritten('2026-03-01', -1), '2月28日');
});

test('a digest printing a source of the day before says its 今日 as that day', async () => {
  const engine = createOfflineEngine();
  const bundle = makeBundle({
    id: 'st_lanzhou_ipo',
    items: [
      {
        title: '澜舟算力今日起在香港招股 拟募资最多25亿港元',
        url: 'https://www.cls.cn/detail/880011',
        date: '2026-10-21',
        text: '国产算力服务商澜舟算力今日起在香港招股，计划发行1.2亿股H股，招股价区间为每股18港元至21港元，按上限计募资最多25亿港元。',
      },
    ],
  });
  const d = await writeDigest([bundle], engine, { date: '2026-10-22', style: 'stories' });
  const text = d.stories.map((s) => `${s.headline}｜${s.paragraphs.join('｜')}｜${s.oneLine}`).join('\n');
  assert.doesNotMatch(text, /今日/u, text);
  assert.match(text, /10月21日起在香港招股/u, text);
  // Printed on its own day, the source's 今日 stands.
  const same = await writeDigest([bundle], engine, { date: '2026-10-21', style: 'stories' });
  assert.match(same.stories.map((s) => s.paragraphs.join('')).join(''), /今日起在香港招股/u);
});
