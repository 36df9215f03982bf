/** Messages between the pipeline and the sandbox worker (structured-cloned: plain data only). */
import type { Gazetteer } from '../extract/index.js';
import type { IngestOptions, ParsedSource, SourceHint } from '../ingest/index.js';
import type { EntityMention } from '../types/entity.js';
import type { ExtractContext, Figure } from '../types/figure.js';
import type { ItemKind } from '../types/item.js';

export type Job =
  /** Builds a gazetteer from its entries and keeps it under `gazId` (no budget: its cost is the table's, not an item's). */
  | { op: 'gazetteer'; gazId: number; entries: Gazetteer['entries']; rules: Gazetteer['rules'] }
  | { op: 'parse'; bytes: Uint8Array; hint: SourceHint; opts: IngestOptions }
  /** Figures past `maxFigures` are not sent back (the item is refused anyway): only their count. */
  | { op: 'extract'; gazId: number; text: string; ctx: ExtractContext & { kind?: ItemKind }; maxFigures: number };

/** What a job may answer. */
export type JobResult = null | ParsedSource | Extracted;

/** An extraction: `count` figures found, `figures` empty when there were more than the job's `maxFigures`. */
export interface Extracted {
  figures: Figure[];
  entities: EntityMention[];
  count: number;
}

/** An error thrown in the worker, as data; a SourceError keeps its fields so the pipeline can rebuild it. */
export interface WorkerError {
  name: string;
  message: string;
  source?: { source: string; format: string; code: string; reason: string };
}

export type Reply = { ready: true } | { ok: true; result: JobResult } | { ok: false; error: WorkerError };
