/** Row ↔ record mapping for the SQLite driver. */
import type { EntityMention, Figure, ItemRecord, SourceRecord } from '../../types/index.js';

export interface SourceRow {
  id: number;
  kind: string;
  locator: string;
  title: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  items_last_fetch: number | null;
  etag: string | null;
  last_modified: string | null;
  refused_key: string | null;
}

export function sourceFromRow(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    kind: r.kind as SourceRecord['kind'],
    locator: r.locator,
    title: r.title,
    lastSuccessAt: r.last_success_at,
    lastErrorAt: r.last_error_at,
    lastError: r.last_error,
    itemsLastFetch: r.items_last_fetch,
    etag: r.etag,
    lastModified: r.last_modified,
    refusedKey: r.refused_key,
  };
}

export interface ItemRow {
  id: string;
  hash: string;
  source_id: number;
  source: string;
  kind: string;
  format: string;
  title: string;
  url: string | null;
  date: string | null;
  author: string | null;
  lang: string;
  raw: string;
  text: string;
  meta: string;
  pairs: string;
  links: string;
  messages: string;
  story: string | null;
  ingested_at: string;
}

export interface SentenceRow {
  item_id: string;
  idx: number;
  para: number;
  start: number;
  end: number;
}

export function itemFromRow(r: ItemRow, sentences: SentenceRow[]): ItemRecord {
  return {
    id: r.id,
    hash: r.hash,
    sourceId: r.source_id,
    source: r.source,
    kind: r.kind as ItemRecord['kind'],
    format: r.format as ItemRecord['format'],
    title: r.title,
    url: r.url,
    date: r.date,
    author: r.author,
    lang: r.lang as ItemRecord['lang'],
    raw: r.raw,
    text: r.text,
    meta: JSON.parse(r.meta) as Record<string, unknown>,
    pairs: JSON.parse(r.pairs) as ItemRecord['pairs'],
    links: JSON.parse(r.links) as string[],
    messages: JSON.parse(r.messages) as ItemRecord['messages'],
    story: r.story,
    ingestedAt: r.ingested_at,
    sentences: sentences.map((s) => ({ para: s.para, index: s.idx, start: s.start, end: s.end, text: r.text.slice(s.start, s.end) })),
  };
}

export interface FigureRow {
  item_id: string;
  idx: number;
  start: number;
  end: number;
  text: string;
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  currency: string | null;
  unit: string | null;
  qualifier: string;
  direction: string | null;
  subject: string | null;
  metric: string | null;
  period: string | null;
  negated: number;
  counterparty: string | null;
  scope: string | null;
}

export function figureToRow(itemId: string, idx: number, f: Figure): FigureRow {
  return {
    item_id: itemId,
    idx,
    start: f.start,
    end: f.end,
    text: f.text,
    kind: f.kind,
    value: f.value ?? null,
    low: f.low ?? null,
    high: f.high ?? null,
    currency: f.currency ?? null,
    unit: f.unit ?? null,
    qualifier: f.qualifier,
    direction: f.direction ?? null,
    subject: f.subject ?? null,
    metric: f.metric ?? null,
    period: f.period ?? null,
    negated: f.negated ? 1 : 0,
    counterparty: f.counterparty ?? null,
    scope: f.scope ?? null,
  };
}

export function figureFromRow(r: FigureRow): Figure {
  const f: Figure = {
    text: r.text,
    start: r.start,
    end: r.end,
    kind: r.kind as Figure['kind'],
    qualifier: r.qualifier as Figure['qualifier'],
  };
  if (r.value !== null) f.value = r.value;
  if (r.low !== null) f.low = r.low;
  if (r.high !== null) f.high = r.high;
  if (r.currency !== null) f.currency = r.currency;
  if (r.unit !== null) f.unit = r.unit;
  if (r.direction !== null) f.direction = r.direction as 'up' | 'down';
  if (r.subject !== null) f.subject = r.subject;
  if (r.metric !== null) f.metric = r.metric;
  if (r.period !== null) f.period = r.period;
  if (r.negated) f.negated = true;
  if (r.counterparty) f.counterparty = r.counterparty;
  if (r.scope) f.scope = r.scope;
  return f;
}

export interface MentionRow {
  item_id: string;
  idx: number;
  name: string;
  type: string;
  start: number;
  end: number;
  text: string;
  match: string;
}

export function mentionFromRow(r: MentionRow): EntityMention {
  return {
    name: r.name,
    type: r.type as EntityMention['type'],
    start: r.start,
    end: r.end,
    text: r.text,
    match: r.match as EntityMention['match'],
  };
}
