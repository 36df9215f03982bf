import type { ItemRecord } from '../../types/item.js';

/** One stored article of `text` for the knowledge tests (ingest's record with nothing but the text and its date). */
export function articleItem(id: string, lang: 'en' | 'zh', text: string, date = '2026-03-02'): ItemRecord {
  return {
    id,
    source: `/news/${id}.md`,
    date,
    lang,
    title: 't',
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
    hash: id,
    sourceId: 1,
    story: null,
    ingestedAt: `${date}T00:00:00Z`,
  };
}
