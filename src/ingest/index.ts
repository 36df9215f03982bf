/** The ingest stage's public surface: expand targets, read a source (file or URL) into drafts, parse bytes. */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { canonicalUrl } from '../normalize/url.js';
import type { ItemDraft, SourceKind } from '../types/index.js';
import { SourceError } from './errors.js';
import { fetchUrl } from './fetcher.js';
import { isUrl, readFileCapped } from './files.js';
import type { IngestOptions, SourceHint } from './options.js';
import { looksLikeFeedUrl, type ParsedSource, parseBytes } from './parse.js';

export { foldTraditional, isTraditional, simplifyLeftovers, toSimplified, traditionalLeft, traditionalOnly } from './chinese-script.js';
export { contentSpans, type FileText, readTextFiles } from './document-view.js';
export type { SourceErrorCode } from './errors.js';
export { SourceError } from './errors.js';
export { expandTargets } from './files.js';
export { maskDocument, maskMarkup, spanIsContent } from './mask.js';
export { MAX_OPML_DEPTH, OpmlChain, type OpmlStep } from './opml-chain.js';
export type { IngestOptions, SourceHint } from './options.js';
export { defaultIngestOptions } from './options.js';
export { type ParsedSource, parseBytes } from './parse.js';

/** Bytes → drafts: `parseBytes` in this thread, or the same in a killable worker with a CPU budget (src/sandbox). */
export interface Parser {
  (bytes: Uint8Array, hint: SourceHint, opts: IngestOptions): ParsedSource | Promise<ParsedSource>;
  /**
   * For a parser with a budget: what identifies bytes it refused together with the limits it refused them under
   * (`sha256:…/parseMs=…`). Bytes whose key a source remembers are refused without parsing; new bytes or new limits are tried.
   */
  refusalKey?: (bytes: Uint8Array) => string;
}

/** sha256 of bytes, in hex. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What readSource knows of the source from earlier runs. */
export interface PreviousRead {
  etag: string | null;
  lastModified: string | null;
  /** The `Parser.refusalKey` of bytes whose parsing went over its budget: the same bytes under the same limits are refused at once. */
  refusedKey?: string | null;
}

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
 * a path from disk (size checked before reading), parsed by `parse`. Throws SourceError naming the source.
 */
export async function readSource(
  target: string,
  opts: IngestOptions,
  previous?: PreviousRead,
  parse: Parser = parseBytes,
): Promise<SourceRead> {
  const parseOnce = (bytes: Uint8Array, hint: SourceHint) => {
    if (previous?.refusedKey && parse.refusalKey?.(bytes) === previous.refusedKey)
      throw new SourceError({
        source: hint.url ?? hint.filename ?? target,
        format: 'budget',
        code: 'budget',
        refusedKey: previous.refusedKey,
        reason: `not parsed again: these same bytes went over the same parse limits before (${previous.refusedKey}); they are read again once they change or the limits are raised, or after \`factbrief remove ${target}\``,
      });
    return parse(bytes, hint, opts);
  };
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
    const parsed = await parseOnce(r.bytes, hint);
    return { ...parsed, locator, etag: r.etag, lastModified: r.lastModified, notModified: false };
  }
  const abs = resolve(target);
  const bytes = await readFileCapped(abs, opts.maxBytes);
  const parsed = await parseOnce(bytes, { filename: abs });
  return { ...parsed, locator: abs };
}
export { decodeBytes } from './encoding.js';
