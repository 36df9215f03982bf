/** Messages between the ingest read-ahead (parse-ahead.ts) and its worker (parse-ahead-worker.ts); plain data only. */
import type { SourceRead } from '../ingest/index.js';
import type { ItemTerms } from '../store/types.js';
import type { NormalizedItem } from '../types/index.js';
import type { AheadSetup } from './parse-ahead-read.js';

export type AheadRequest =
  /** The first message: the options every file is read and normalized with, and the largest file it may parse. */
  { op: 'setup'; setup: AheadSetup } | { op: 'read'; job: number; path: string };

/**
 * A file read ahead: the source as `readSource` returns it for that path, its drafts already normalized, and each
 * item's search terms as the store would make them (`indexTerms` of title and text: made on the reading thread, so the
 * calling thread, which owns the store, does not make them).
 */
export type ReadAhead = SourceRead & { items: NormalizedItem[]; terms: ItemTerms[] };

export type AheadReply =
  | { ready: true }
  | { job: number; value: ReadAhead }
  /** The worker did not read this file (too large for an unwatched parse, or reading or parsing it failed): the caller reads it. */
  | { job: number; declined: string };
