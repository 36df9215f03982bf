import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemRecord } from '../../test/support/records.js';
import type { ItemRecord, Story } from '../types/index.js';
import { eligibleStories, explainEmptyDay } from './index.js';

function item(id: string, kind: ItemRecord['kind'], date: string): ItemRecord {
  return itemRecord({
    id,
    kind,
    date,
    format: kind === 'digest-story' ? 'digest' : 'markdown',
    lang: 'zh',
    source: `/in/${id}.md`,
    ingestedAt: '2026-11-23T00:00:00Z',
  });
}

const items = [
  item('a1', 'article', '2026-11-22T09:00:00+08:00'),
  item('d1', 'digest-story', '2026-11-22'),
  item('d2', 'digest-story', '2026-11-21'),
  item('d3', 'digest-story', '2026-11-21'),
  item('a3', 'article', '2026-11-20T10:00:00+08:00'),
  item('n1', 'note', '2026-11-19'),
];
const stories: Story[] = [
  { id: 'st_1', title: '', date: null, items: ['a1', 'd1'] },
  { id: 'st_2', title: '', date: null, items: ['d2'] },
  { id: 'st_3', title: '', date: null, items: ['d3', 'a3'] },
  { id: 'st_4', title: '', date: null, items: ['n1'] },
];

test('eligible: an imported digest story counts only when no article of its day tells the story', () => {
  const e = eligibleStories(stories, items, 'Asia/Shanghai');
  assert.deepEqual(
    e.stories.map((s) => [s.id, s.items]),
    [
      ['st_1', ['a1']],
      ['st_2', ['d2']],
      ['st_3', ['d3', 'a3']],
    ],
    'the article of the same day replaces the archive copy; an article of another day does not; notes are not news',
  );
  assert.deepEqual(
    e.items.map((i) => i.id),
    ['a1', 'd2', 'd3', 'a3'],
  );
});

test('eligible: an empty day is explained with what the store holds and the nearest days with stories', () => {
  const none = explainEmptyDay('2026-11-25', 'Asia/Shanghai', items);
  assert.match(none, /dated 2026-11-25 \(Asia\/Shanghai\)/);
  assert.match(none, /6 item\(s\), none dated that day/);
  assert.match(none, /2026-11-22 \(2\), 2026-11-21 \(2\), 2026-11-20 \(1\)/);
  const notes = explainEmptyDay('2026-11-19', 'Asia/Shanghai', items);
  assert.match(notes, /1 note, none of them news a digest reports/);
});
