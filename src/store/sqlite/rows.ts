/** Row ↔ record mapping for the SQLite driver. */
import type { EntityMention, Figure, ItemRecord, SourceRecord } from '../../types/index.js';
import type { EvidenceFigure } from '../types.js';

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

/**
 * The items' columns in `ItemRow`'s order (the source's locator last, from the join), read as arrays as `FIGURE_COLUMNS`
 * is: `itemRowOf` names them once. `raw` is the eleventh (an item listed without its raw text reads '' there).
 */
export const ITEM_COLUMNS_BEFORE_RAW =
  'items.id, items.hash, items.source_id, items.kind, items.format, items.title, items.url, items.date, items.author, items.lang';
export const ITEM_COLUMNS_AFTER_RAW =
  'items.text, items.meta, items.pairs, items.links, items.messages, items.story, items.ingested_at, sources.locator AS source';

/** One row of the items' columns (`ITEM_COLUMNS_BEFORE_RAW`, raw, `ITEM_COLUMNS_AFTER_RAW`) read as an array. */
export type ItemValues = [
  string,
  string,
  number,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string | null,
  string,
  string,
];

/** The named row of an item read as an array (better-sqlite3's `raw` mode): a literal instead of the driver's object. */
export function itemRowOf(v: ItemValues): ItemRow {
  return {
    id: v[0],
    hash: v[1],
    source_id: v[2],
    kind: v[3],
    format: v[4],
    title: v[5],
    url: v[6],
    date: v[7],
    author: v[8],
    lang: v[9],
    raw: v[10],
    text: v[11],
    meta: v[12],
    pairs: v[13],
    links: v[14],
    messages: v[15],
    story: v[16],
    ingested_at: v[17],
    source: v[18],
  };
}

/** The sentences table's columns in `SentenceRow`'s order, read as arrays as `FIGURE_COLUMNS` is. */
export const SENTENCE_COLUMNS = 'item_id, idx, para, start, end';

/** One row of `SELECT ${SENTENCE_COLUMNS}` read as an array. */
export type SentenceValues = [string, number, number, number, number];

export function sentenceRowOf(v: SentenceValues): SentenceRow {
  return { item_id: v[0], idx: v[1], para: v[2], start: v[3], end: v[4] };
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

/**
 * The figures table's columns in `FigureRow`'s order, as a read selects them to take each row as an array
 * (better-sqlite3's `raw` mode, `figureRowOf`): a row as an object is built by the driver one named property at a time,
 * ~35 % of reading every figure of 10,000 items (docs/decisions/063).
 */
export const FIGURE_COLUMNS =
  'item_id, idx, start, end, text, kind, value, low, high, currency, unit, qualifier, direction, subject, metric, period, negated, counterparty, scope';

/** One row of `SELECT ${FIGURE_COLUMNS}` read as an array. */
export type FigureValues = [
  string,
  number,
  number,
  number,
  string,
  string,
  number | null,
  number | null,
  number | null,
  string | null,
  string | null,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  number,
  string | null,
  string | null,
];

export function figureRowOf(v: FigureValues): FigureRow {
  return {
    item_id: v[0],
    idx: v[1],
    start: v[2],
    end: v[3],
    text: v[4],
    kind: v[5],
    value: v[6],
    low: v[7],
    high: v[8],
    currency: v[9],
    unit: v[10],
    qualifier: v[11],
    direction: v[12],
    subject: v[13],
    metric: v[14],
    period: v[15],
    negated: v[16],
    counterparty: v[17],
    scope: v[18],
  };
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

/** The figure columns the clusterer weighs, in `EvidenceValues`' order (both drivers). */
export const EVIDENCE_COLUMNS = 'item_id, kind, value, low, high, currency, subject';

/** One row of `SELECT ${EVIDENCE_COLUMNS}` read as an array. */
export type EvidenceValues = [string, string, number | null, number | null, number | null, string | null, string | null];

/** A figure's evidence from its row, absent fields as `figureFromRow` leaves them (the same figure's same fields). */
export function evidenceFromRow(v: EvidenceValues): EvidenceFigure {
  const f: EvidenceFigure = { kind: v[1] as Figure['kind'] };
  if (v[2] !== null) f.value = v[2];
  if (v[3] !== null) f.low = v[3];
  if (v[4] !== null) f.high = v[4];
  if (v[5] !== null) f.currency = v[5];
  if (v[6] !== null) f.subject = v[6];
  return f;
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

/** The mentions table's columns in `MentionRow`'s order, read as arrays as `FIGURE_COLUMNS` is. */
export const MENTION_COLUMNS = 'item_id, idx, name, type, start, end, text, match';

/** One row of `SELECT ${MENTION_COLUMNS}` read as an array. */
export type MentionValues = [string, number, string, string, number, number, string, string];

export function mentionRowOf(v: MentionValues): MentionRow {
  return { item_id: v[0], idx: v[1], name: v[2], type: v[3], start: v[4], end: v[5], text: v[6], match: v[7] };
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
