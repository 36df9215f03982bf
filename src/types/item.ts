/** The document model: a source yields items; items hold cleaned text, sentences and, for archive formats, aligned units. */
import type { Message } from './message.js';

export type Lang = 'zh' | 'en' | 'mixed';

export type SourceKind = 'file' | 'feed' | 'url' | 'opml';

/** A place items come from: a file path, a feed URL or a page URL. */
export interface SourceRecord {
  id: number;
  kind: SourceKind;
  /** Absolute file path or URL, as the user gave it (URLs canonicalised). */
  locator: string;
  title: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  itemsLastFetch: number | null;
  etag: string | null;
  lastModified: string | null;
  /** Bytes whose parsing went over its CPU or memory budget (their sha256 and the limits then): refused again without parsing. */
  refusedKey?: string | null;
}

/** What an item is. A digest file becomes one `digest-story` per story, a note one `note`, a highlights export one `highlights`. */
export type ItemKind = 'article' | 'transcript' | 'highlights' | 'digest-story' | 'note';

/** The on-disk / on-wire format an item was decoded from. */
export type ItemFormat =
  | 'markdown'
  | 'text'
  | 'html'
  | 'vtt'
  | 'srt'
  | 'transcript'
  | 'highlights-pairs'
  | 'kindle'
  | 'readwise-csv'
  | 'digest'
  | 'note'
  | 'highlights-archive'
  | 'rss'
  | 'atom'
  | 'rdf'
  | 'json-feed';

/**
 * An aligned pair kept from archive formats:
 * a bilingual note gives `zh-en` pairs (a = Chinese, b = English),
 * a highlights file gives `quote-insight` pairs (a = quote, b = insight or note).
 */
export interface UnitPair {
  kind: 'zh-en' | 'quote-insight';
  a: string;
  b: string;
  /** Section heading the pair stands under, if any. */
  section?: string;
}

/** What an ingest adapter produces: one decoded item, not yet stored. */
export interface ItemDraft {
  kind: ItemKind;
  format: ItemFormat;
  title: string;
  /** Canonical URL (tracking parameters removed) when known. */
  url: string | null;
  /** ISO 8601 date or date-time when known (published / front matter date). */
  date: string | null;
  author: string | null;
  /** The raw text as decoded from the source (HTML, Markdown, XML entry, ...), capped. */
  raw: string;
  /** Clean plain text: paragraphs separated by one blank line, no markup, no scripts. */
  text: string;
  /** Front matter or feed metadata worth keeping (tags, speaker, section, ...). */
  meta: Record<string, unknown>;
  /** Aligned pairs for notes and highlights. */
  pairs: UnitPair[];
  /** Links the item cites (a digest story's source links). */
  links: string[];
  messages: Message[];
}

/** A sentence of an item's `text`: offsets are JavaScript string offsets into `text`, end exclusive. */
export interface Sentence {
  /** Paragraph index (0-based) within the item. */
  para: number;
  /** Sentence index (0-based) within the item. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A normalized item: a draft plus language, sentences and its content hash. */
export interface NormalizedItem extends ItemDraft {
  lang: Lang;
  sentences: Sentence[];
  /** sha256 hex of the normalized text (plus kind and pairs): the idempotency key. */
  hash: string;
  /** Stable id derived from the hash: `it_` + 16 hex chars. */
  id: string;
}

/** An item as stored. */
export interface ItemRecord extends NormalizedItem {
  sourceId: number;
  /** The locator of the source (file path, feed or URL). */
  source: string;
  /** Story cluster id, once clustered. */
  story: string | null;
  ingestedAt: string;
}
