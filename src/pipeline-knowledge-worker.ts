/**
 * The knowledge parts' worker (pipeline-knowledge-pool.ts): builds the parts of the chunks it is sent, in the order
 * sent, as the calling thread would (`knowledgeParts` with the same options), packed as the stage keeps them.
 */
import { parentPort } from 'node:worker_threads';
import { buildGazetteer, canonicalSubject, dealOwnerOf } from './extract/index.js';
import { type KnowledgeOptions, knowledgeParts, packPart } from './knowledge/index.js';
import type { PartsReply, PartsRequest } from './pipeline-knowledge-protocol.js';

let opts: Partial<KnowledgeOptions> | null = null;

function answer(m: Extract<PartsRequest, { op: 'parts' }>): PartsReply {
  if (!opts) return { job: m.job, error: 'the knowledge worker was not set up' };
  try {
    const o = opts;
    return { job: m.job, parts: knowledgeParts({ items: m.items, extractions: m.extractions }, o).map((p) => packPart(p, o)) };
  } catch (e) {
    return { job: m.job, error: (e as Error).message };
  }
}

const port = parentPort;
if (!port) throw new Error('src/pipeline-knowledge-worker.ts runs only as a worker thread');
port.on('message', (m: PartsRequest) => {
  if (m.op === 'setup') {
    const gaz = buildGazetteer(m.entries, m.rules);
    opts = {
      tolerance: m.tolerance,
      canonicalSubject: (name: string) => canonicalSubject(name, gaz),
      ownerOf: (name: string) => dealOwnerOf(name, gaz),
    };
  } else port.postMessage(answer(m));
});
port.postMessage({ ready: true } satisfies PartsReply);
