/**
 * The sandbox worker: parses a source's bytes and extracts an item's figures on request, one job at a time. The
 * pipeline may terminate it at any moment (CPU budget); it holds nothing that needs cleaning up.
 */
import { parentPort } from 'node:worker_threads';
import { buildGazetteer, extract, type Gazetteer } from '../extract/index.js';
import { parseBytes, SourceError } from '../ingest/index.js';
import type { Job, JobResult, Reply, WorkerError } from './protocol.js';

const gazetteers = new Map<number, Gazetteer>();

function run(job: Job): JobResult {
  switch (job.op) {
    case 'gazetteer':
      gazetteers.set(job.gazId, buildGazetteer(job.entries, job.rules));
      return null;
    case 'parse':
      return parseBytes(job.bytes, job.hint, job.opts);
    case 'extract': {
      const gaz = gazetteers.get(job.gazId);
      if (!gaz) throw new Error(`gazetteer ${job.gazId} was not sent to this worker`);
      const r = extract(job.text, job.ctx, gaz);
      // An item over the figure limit is refused: sending 160,000 figures back would only double the peak memory.
      return r.figures.length > job.maxFigures ? { figures: [], entities: [], count: r.figures.length } : { ...r, count: r.figures.length };
    }
  }
}

function asData(e: unknown): WorkerError {
  if (e instanceof SourceError)
    return { name: e.name, message: e.message, source: { source: e.source, format: e.format, code: e.code, reason: e.reason } };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}

const port = parentPort;
if (!port) throw new Error('src/sandbox/worker.ts runs only as a worker thread');
port.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { ok: true, result: run(job) };
  } catch (e) {
    reply = { ok: false, error: asData(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies Reply);
