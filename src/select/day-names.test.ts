/** The Chinese names of the day (select: chineseNamesOfDay) and a story told only in English using them (zhName). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemRecord } from '../../test/support/records.js';
import { loadGazetteerEntries } from '../enrich/data-files.js';
import { entityDirectory, zhName } from '../enrich/offline/names.js';
import type { ItemExtraction } from '../store/types.js';
import type { EntityMention, StoryBundle } from '../types/index.js';
import { chineseNamesOfDay, chineseNamesUpTo } from './index.js';

const mention = (name: string, text: string, type: EntityMention['type'] = 'org'): EntityMention => ({
  name,
  type,
  start: 0,
  end: text.length,
  text,
  match: 'discovered',
});

test('the full Han name Chinese items of the day write an organisation with, never a Latin one or an English item’s', () => {
  const zh = itemRecord({ id: 'it_zh', lang: 'zh', text: '澜舟算力科技拟定增募资不超60亿元，澜舟称将用于封装产线。' });
  const zh2 = itemRecord({ id: 'it_zh2', lang: 'zh', text: 'Meta与澜舟洽谈合作。' });
  const en = itemRecord({ id: 'it_en', lang: 'en', text: 'Lanzhou Compute shares rose 4%.' });
  const x = new Map<string, ItemExtraction>([
    ['it_zh', { itemId: 'it_zh', figures: [], entities: [mention('Lanzhou Compute', '澜舟算力科技'), mention('Lanzhou Compute', '澜舟')] }],
    [
      'it_zh2',
      {
        itemId: 'it_zh2',
        figures: [],
        entities: [mention('Meta', 'Meta'), mention('Lanzhou Compute', '澜舟'), mention('Zhang Wei', '张伟', 'person')],
      },
    ],
    ['it_en', { itemId: 'it_en', figures: [], entities: [mention('Lanzhou Compute', 'Lanzhou Compute')] }],
  ]);
  assert.deepEqual(chineseNamesOfDay([zh, zh2, en], x), { 'Lanzhou Compute': '澜舟算力科技' });
});

test('an English-only story names a company by the day’s Chinese name when no table has one; a table’s name comes first', () => {
  const dir = entityDirectory(loadGazetteerEntries());
  const bundle = {
    items: [itemRecord({ id: 'it_en', lang: 'en', text: 'Lanzhou Compute shares rose 4%.' })],
    entities: { it_en: [mention('Lanzhou Compute', 'Lanzhou Compute')] },
    dayNames: { 'Lanzhou Compute': '澜舟算力科技', Nvidia: '辉达公司' },
  } as unknown as StoryBundle; // only the fields zhName reads
  assert.equal(zhName('Lanzhou Compute', bundle, dir), '澜舟算力科技');
  assert.equal(zhName('Nvidia', bundle, dir), '英伟达');
  assert.equal(zhName('Lanzhou Compute', { ...bundle, dayNames: {} }, dir), 'Lanzhou Compute');
});

test('chineseNamesUpTo: an earlier day’s Chinese name stands for an entity today’s Chinese items do not name; today’s wins', () => {
  const yesterday = itemRecord({ id: 'it_y', lang: 'zh', text: '澜舟算力科技完成新一轮融资；星衡智算发布新品。' });
  const today = itemRecord({ id: 'it_t', lang: 'zh', text: '星衡科技与Meta签约。' });
  const en = itemRecord({ id: 'it_en', lang: 'en', text: 'Lanzhou Compute signed a cloud deal.' });
  const x = new Map<string, ItemExtraction>([
    ['it_y', { itemId: 'it_y', figures: [], entities: [mention('Lanzhou Compute', '澜舟算力科技'), mention('Xingheng', '星衡智算')] }],
    ['it_t', { itemId: 'it_t', figures: [], entities: [mention('Xingheng', '星衡科技')] }],
    ['it_en', { itemId: 'it_en', figures: [], entities: [mention('Lanzhou Compute', 'Lanzhou Compute')] }],
  ]);
  assert.deepEqual(chineseNamesUpTo([en, today], [yesterday], x), { 'Lanzhou Compute': '澜舟算力科技', Xingheng: '星衡科技' });
  assert.deepEqual(chineseNamesOfDay([en, today], x), { Xingheng: '星衡科技' });
});
