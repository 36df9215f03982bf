/**
 * The worker of the ingest read-ahead (parse-ahead.ts): reads, parses and normalizes the local files it is sent, one
 * at a time in the order sent, as the calling thread would (`readSource` of a path, then `normalizeItem`), and
 * answers each in order. It takes only what the calling thread parses unwatched (`UNWATCHED_BYTES` or less): that
 * parse has no budget to stop it, so its result is the same in any thread. Anything else (a larger file, a file that
 * cannot be read or parsed) is declined, and the calling thread reads it itself, with its own errors and budget.
 */
import { parentPort } from 'node:worker_threads';
import type { AheadReply, AheadRequest } from './parse-ahead-protocol.js';
import { type AheadSetup, readAhead } from './parse-ahead-read.js';

let setup: AheadSetup | null = null;

async function answer(m: Extract<AheadRequest, { op: 'read' }>): Promise<AheadReply> {
  if (!setup) return { job: m.job, declined: 'the read-ahead worker was not set up' };
  const r = await readAhead(m.path, setup);
  return 'declined' in r ? { job: m.job, declined: r.declined } : { job: m.job, value: r };
}

const port = parentPort;
if (!port) throw new Error('src/sandbox/parse-ahead-worker.ts runs only as a worker thread');
// Answers go out in the order the files came in, one file at a time.
let chain: Promise<void> = Promise.resolve();
port.on('message', (m: AheadRequest) => {
  if (m.op === 'setup') setup = m.setup;
  else
    chain = chain.then(async () => {
      port.postMessage(await answer(m));
    });
});
port.postMessage({ ready: true } satisfies AheadReply);
