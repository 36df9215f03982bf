/**
 * A story's paragraphs never print a sentence leaning on one they do not print right before it (issue 11, editor26
 * "Worse": reshuffled paragraphs printed 该<unit>, a 则 clause, a 按此测算 calculation alone). Hand-written fixtures.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

test('a later paragraph takes no 该<unit>, contrast half or 按此 calculation whose antecedent it does not print', async () => {
  const text = [
    '星河半导体11月3日晚间公告，拟在合肥投资建设车规芯片产线。',
    '产线建成后年产能为每月3万片。',
    '星河半导体同时披露，第三季度营收18.6亿元，同比增长42%。',
    '晨光电子同期营收增长15%，股价年内上涨三成。据悉，该基地总投资约120亿元，分两期建设。',
    '按此测算，星河半导体全年营收将超过70亿元。',
  ].join('\n\n');
  const b = makeBundle({
    id: 'st_xinghe_fab',
    items: [{ title: '星河半导体拟建车规芯片产线', text, url: 'https://www.cls.cn/detail/88101', date: '2026-11-04' }],
    attributions: [
      { value: 1.86e9, subject: '星河半导体', metric: 'revenue', period: '2026Q3' },
      { value: 42, subject: '星河半导体', metric: 'revenue-growth', period: '2026Q3' },
      { value: 1.2e10, subject: '星河半导体', metric: 'investment', period: 'unknown' },
      { value: 7e9, subject: '星河半导体', metric: 'revenue', period: '2026' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('星河半导体', 'revenue', '2026Q3', [statement(it, f, 1.86e9)]),
        single('星河半导体', 'investment', 'unknown', [statement(it, f, 1.2e10)]),
        single('星河半导体', 'revenue', '2026', [statement(it, f, 7e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'stories');
  const body = s.paragraphs.join('\n').replace(/\*\*/g, '');
  assert.doesNotMatch(body, /该基地/u, body);
  assert.doesNotMatch(body, /按此测算/u, body);
  assert.match(body, /18\.6亿元/u, body);
});
