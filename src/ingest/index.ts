/** The ingest stage's public surface: expand targets, read a source (file or URL) into drafts, parse bytes. */
import { resolve } from 'node:path';
import { canonicalUrl } from '../normalize/url.js';
import type { ItemDraft, SourceKind } from '../types/index.js';
import { fetchUrl } from './fetcher.js';
import { isUrl, readFileCapped } from './files.js';
import type { IngestOptions } from './options.js';
import { looksLikeFeedUrl, parseBytes } from './parse.js';

export { foldTraditional } from './chinese-script.js';
export { contentSpans, type FileText, readTextFiles } from './document-view.js';
export type { SourceErrorCode } from './errors.js';
export { SourceError } from './errors.js';
export { expandTargets } from './files.js';
export { maskDocument, maskMarkup, spanIsContent } from './mask.js';
export type { IngestOptions } from './options.js';
export { defaultIngestOptions } from './options.js';
export { parseBytes } from './parse.js';

export interface SourceRead {
  kind: SourceKind;
  locator: string;
  title: string | null;
  items: ItemDraft[];
  etag?: string | null;
  lastModified?: string | null;
  /** A conditional GET answered 304: nothing changed, `items` is empty. */
  notModified?: boolean;
  /** An OPML file's feed URLs: the pipeline reads each as its own source. */
  feeds?: string[];
}

/**
 * Reads one source: a URL through the guarded fetcher (a feed → its entries, a page → one article),
 * a path from disk (size checked before reading). Throws SourceError naming the source.
 */
export async function readSource(
  target: string,
  opts: IngestOptions,
  previous?: { etag: string | null; lastModified: string | null },
): Promise<SourceRead> {
  if (isUrl(target)) {
    const locator = canonicalUrl(target);
    const r = await fetchUrl(target.trim(), opts, previous);
    if (r.notModified) {
      return {
        kind: looksLikeFeedUrl(target) ? 'feed' : 'url',
        locator,
        title: null,
        items: [],
        etag: r.etag,
        lastModified: r.lastModified,
        notModified: true,
      };
    }
    const hint = r.contentType === undefined ? { url: r.url } : { url: r.url, contentType: r.contentType };
    const parsed = parseBytes(r.bytes, hint, opts);
    return { ...parsed, locator, etag: r.etag, lastModified: r.lastModified, notModified: false };
  }
  const abs = resolve(target);
  const bytes = await readFileCapped(abs, opts.maxBytes);
  const parsed = parseBytes(bytes, { filename: abs }, opts);
  return { ...parsed, locator: abs };
}
export { decodeBytes } from './encoding.js';
