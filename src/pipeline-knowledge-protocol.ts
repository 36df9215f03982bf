/** Messages between the knowledge parts' worker (pipeline-knowledge-worker.ts) and its pool; plain data only. */
import type { Gazetteer } from './extract/index.js';
import type { KnowledgeInput, PackedPart } from './knowledge/index.js';

export type PartsRequest =
  /** The first message: the gazetteer names are made canonical with, and the agreement tolerance. */
  | { op: 'setup'; entries: Gazetteer['entries']; rules: Gazetteer['rules']; tolerance: number }
  | ({ op: 'parts'; job: number } & KnowledgeInput);

export type PartsReply =
  | { ready: true }
  | { job: number; parts: PackedPart[] }
  /** `knowledgeParts` threw on the chunk: the calling thread builds it again, item by item. */
  | { job: number; error: string };
