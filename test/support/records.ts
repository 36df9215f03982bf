import type { ItemRecord } from '../../src/types/index.js';

/**
 * A stored item for tests: the fields a test names, the rest as a freshly ingested Markdown article of that day would
 * have them (no URL, no author, no sentences yet, not in a story). `raw` is the text unless given; `lang` is `zh` when
 * the text has a Han character, else `en`.
 */
export function itemRecord(fields: Pick<ItemRecord, 'id'> & Partial<ItemRecord>): ItemRecord {
  const text = fields.text ?? '';
  const date = fields.date ?? '2026-11-20';
  return {
    source: `/news/${fields.id}.md`,
    date,
    lang: /[\u4e00-\u9fff]/u.test(text) ? 'zh' : 'en',
    title: fields.id,
    text,
    kind: 'article',
    format: 'markdown',
    url: null,
    author: null,
    raw: text,
    meta: {},
    pairs: [],
    links: [],
    messages: [],
    sentences: [],
    hash: fields.id.padEnd(64, '0'),
    sourceId: 1,
    story: null,
    ingestedAt: `${date}T00:00:00Z`,
    ...fields,
  };
}
