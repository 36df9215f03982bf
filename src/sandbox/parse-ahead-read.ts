/** What the ingest read-ahead does with one file, in its worker or (while it would wait for the worker) in the calling thread. */
import { readFileCapped } from '../ingest/files.js';
import { type IngestOptions, parseBytes } from '../ingest/index.js';
import { normalizeItem } from '../normalize/index.js';
import { indexTerms } from '../store/search-terms.js';
import type { ReadAhead } from './parse-ahead-protocol.js';

export interface AheadSetup {
  opts: IngestOptions;
  maxSentenceChars: number;
  /** The largest file read ahead: what the calling thread parses unwatched (`UNWATCHED_BYTES`). */
  unwatchedBytes: number;
}

/**
 * The file at `path` (resolved) as `readSource` reads it, its drafts normalized; or why it is left to the caller's own
 * read (larger than an unwatched parse, or reading or parsing it failed: the caller's read says how, under its budget).
 */
export async function readAhead(path: string, setup: AheadSetup): Promise<ReadAhead | { declined: string }> {
  try {
    const bytes = await readFileCapped(path, setup.opts.maxBytes);
    if (bytes.length > setup.unwatchedBytes) return { declined: 'larger than an unwatched parse' };
    const parsed = parseBytes(bytes, { filename: path }, setup.opts);
    const items = parsed.items.map((d) => normalizeItem(d, { maxSentenceChars: setup.maxSentenceChars }));
    const terms = items.map((it) => [indexTerms(it.title), indexTerms(it.text)] as const);
    return { ...parsed, items, terms, locator: path };
  } catch (e) {
    return { declined: (e as Error).message };
  }
}
