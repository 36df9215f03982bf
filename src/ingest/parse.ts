/** parseBytes: the pure path from bytes to drafts — size and binary checks, decoding, format detection, the per-format parser, final clean-up. */
import type { ItemDraft, SourceKind } from '../types/index.js';
import { parseDigest, parseNote } from './archive.js';
import { isTraditional, toSimplified } from './chinese-script.js';
import { type DetectedFormat, detectFormat, looksBinary, looksBinaryText } from './detect.js';
import type { Parsed } from './draft.js';
import { decodeBytes } from './encoding.js';
import { SourceError, tooLarge } from './errors.js';
import { parseFeed } from './feeds/index.js';
import { parseHighlightPairs, parseKindle, parseReadwiseCsv } from './highlights.js';
import { parseHtml } from './html.js';
import { htmlToText } from './html-text.js';
import { parseMarkdown } from './markdown.js';
import { parseOpml } from './opml.js';
import { type IngestOptions, type SourceHint, sourceName } from './options.js';
import { parseSubtitles } from './subtitles.js';
import { parseText } from './text.js';

/** Raw text kept per item, in UTF-8 bytes. */
export const RAW_CAP_BYTES = 2 * 1024 * 1024;

const FEEDS = new Set<DetectedFormat>(['rss', 'atom', 'rdf', 'json-feed']);

/** What parseBytes returns. */
export interface ParsedSource {
  kind: SourceKind;
  title: string | null;
  items: ItemDraft[];
  feeds?: string[];
}

/** A URL whose path says it is a feed (`/feed`, `/rss.xml`, `.atom` …). */
export function looksLikeFeedUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const p = new URL(url).pathname.toLowerCase();
    return /\.(rss|atom|rdf|xml)$/.test(p) || /(^|\/)(feed|rss|atom|feeds)(\.json)?\/?$/.test(p);
  } catch {
    return false;
  }
}

/** Cuts a string to at most `cap` UTF-8 bytes, on a code point boundary. */
export function capUtf8(s: string, cap: number): { text: string; cut: boolean } {
  if (s.length * 3 <= cap || Buffer.byteLength(s, 'utf8') <= cap) return { text: s, cut: false };
  const buf = Buffer.from(s, 'utf8').subarray(0, cap);
  let end = buf.length;
  while (end > 0 && ((buf[end - 1] as number) & 0xc0) === 0x80) end--;
  if (end > 0 && (buf[end - 1] as number) >= 0xc0) end--;
  return { text: buf.subarray(0, end).toString('utf8'), cut: true };
}

function dispatch(text: string, format: DetectedFormat, hint: SourceHint): Parsed {
  const source = sourceName(hint);
  switch (format) {
    case 'rss':
    case 'atom':
    case 'rdf':
    case 'json-feed':
      return parseFeed(text, format, hint);
    case 'opml':
      return parseOpml(text, hint);
    case 'html':
      if (hint.url && looksLikeFeedUrl(hint.url) && !hint.filename) {
        const got = hint.contentType?.split(';')[0]?.trim() || 'an HTML page';
        throw new SourceError({ source, format: 'feed', code: 'not-a-feed', reason: `not a feed (got ${got}); check the feed URL` });
      }
      return parseHtml(text, hint);
    case 'markdown':
      return parseMarkdown(text, hint);
    case 'text':
      return parseText(text, hint);
    case 'vtt':
    case 'srt':
    case 'transcript':
      return parseSubtitles(text, format, hint);
    case 'highlights-pairs':
    case 'highlights-archive':
      return parseHighlightPairs(text, format, hint);
    case 'kindle':
      return parseKindle(text, hint);
    case 'readwise-csv':
      return parseReadwiseCsv(text, hint);
    case 'digest':
      return parseDigest(text, hint);
    case 'note':
      return parseNote(text, hint);
    case 'xml-unknown': {
      const root = /<([A-Za-z_][\w:.-]*)/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1] ?? '?';
      throw new SourceError({
        source,
        format: 'xml',
        code: 'not-a-feed',
        reason: `not a feed (XML root element <${root}>, expected rss, feed, rdf:RDF or opml)`,
      });
    }
    case 'json-unknown':
      throw new SourceError({ source, format: 'json', code: 'not-a-feed', reason: 'not a feed (JSON without a jsonfeed.org version)' });
  }
}

function finish(item: ItemDraft, opts: IngestOptions, encoding: string, warnings: string[]): ItemDraft {
  const raw = capUtf8(item.raw, RAW_CAP_BYTES);
  const messages = [...item.messages, ...warnings.map((reason) => ({ origin: 'ingest:encoding', severity: 'warning' as const, reason }))];
  if (raw.cut) messages.push({ origin: 'ingest', severity: 'warning', reason: `raw text cut to ${RAW_CAP_BYTES} bytes` });
  // A safety net: script-like markup that reached the text of a non-HTML format is removed.
  let text = /<\/?(script|style|iframe|object|embed|noscript|svg)\b/i.test(item.text) ? htmlToText(item.text) : item.text;
  let title = item.title;
  let pairs = item.pairs;
  const traditional = isTraditional(`${title}\n${text.slice(0, 20000)}`);
  // Only Traditional items are converted: a Simplified text keeps brand characters such as 昇 (昇腾) as written.
  if (opts.toSimplified && traditional) {
    text = toSimplified(text);
    title = toSimplified(title);
    pairs = pairs.map((p) => ({
      ...p,
      a: toSimplified(p.a),
      b: toSimplified(p.b),
      ...(p.section ? { section: toSimplified(p.section) } : {}),
    }));
  }
  // `traditional`: the extractor reads a bare 元 of Hong Kong copy as 港元 (the converted text no longer shows the script).
  const meta = { ...item.meta, ...(encoding === 'utf8' ? {} : { encoding }), ...(traditional ? { traditional: true } : {}) };
  return { ...item, title, text: text || title, raw: raw.text, pairs, meta, messages };
}

/**
 * Bytes → drafts, with no I/O. Throws SourceError for oversize, binary, empty, malformed or unsupported input.
 * @example parseBytes(new TextEncoder().encode('# 英伟达\n\n营收 **681 亿美元**'), { filename: 'a.md' }, defaultIngestOptions).items[0].text === '英伟达\n\n营收 681 亿美元'
 */
export function parseBytes(bytes: Uint8Array, hint: SourceHint, opts: IngestOptions): ParsedSource {
  const source = sourceName(hint);
  const layer = hint.url ? 'http' : 'file';
  if (bytes.length > opts.maxBytes) throw tooLarge(source, layer, bytes.length, opts.maxBytes);
  if (looksBinary(bytes)) {
    throw new SourceError({
      source,
      format: layer,
      code: 'binary',
      reason: 'binary content (NUL bytes or control characters), not text, HTML, a feed or subtitles',
    });
  }
  const decoded = decodeBytes(bytes, hint);
  if (looksBinaryText(decoded.text)) {
    throw new SourceError({
      source,
      format: 'encoding',
      code: 'binary',
      reason: `binary content: mostly control or undecodable characters after decoding as ${decoded.encoding}`,
    });
  }
  if (!decoded.text.trim()) throw new SourceError({ source, format: layer, code: 'empty', reason: 'empty: no text in it' });
  const format = detectFormat(decoded.text, hint);
  const parsed = dispatch(decoded.text, format, hint);
  const kind: SourceKind = FEEDS.has(format) ? 'feed' : format === 'opml' ? 'opml' : hint.url ? 'url' : 'file';
  const items = parsed.items.map((it) => finish(it, opts, decoded.encoding, decoded.warnings));
  const title = parsed.title && opts.toSimplified ? toSimplified(parsed.title) : parsed.title;
  return { kind, title, items, ...(parsed.feeds ? { feeds: parsed.feeds } : {}) };
}
